/**
 * Pass two of reading a large report: the document as the readers see it, built from the file on
 * demand. Small values are JSON.parse'd from their bytes (the fastest parser Node has); a large
 * object is built member by member; a large array is a read-only array Proxy whose elements are
 * parsed in batches of consecutive elements as they are asked for, so memory follows the batch and
 * what the readers keep, not the file. The bytes were validated by pass one (json-scan.ts), so a
 * parse here fails on syntax only when another writer changed the file in between (FileChangedError).
 *
 * Readers should walk arrays once, in order: reading onward parses a batch, a jump back or ahead
 * parses just that element again (correct, slower). The Proxy answers `Array.isArray`, `length`, indexing, `in` and every Array.prototype method, and
 * refuses writes.
 */
import { readBytes } from '../io.js';
import type { LargeNode } from './json-scan.js';

/** Bytes read from the file at once. */
const WINDOW_BYTES = 4 * 1024 * 1024;
/** Consecutive small members parsed by one JSON.parse call. */
const BATCH_BYTES = 256 * 1024;

/** Reads ranges of the file through one reusable window (pass two reads mostly forward). */
class FileWindow {
  private buf = Buffer.allocUnsafe(0);
  private from = 0;
  private to = 0;

  constructor(
    private readonly fd: number,
    private readonly size: number,
  ) {}

  /** The text of bytes [a, b). */
  text(a: number, b: number): string {
    if (a < this.from || b > this.to) this.load(a, b);
    return decode(this.buf, a - this.from, b - this.from, a);
  }

  /**
   * The text of bytes [a, b) between `open` and `close`, e.g. `[` elements `]`: the separators
   * around the range (a `[`, `{` or `,` before it; a `,`, `]` or `}` after it) are swapped for
   * the brackets in the window's copy while it is decoded, so JSON.parse gets one flat string.
   */
  wrapped(a: number, b: number, open: number, close: number): string {
    if (a - 1 < this.from || b + 1 > this.to) this.load(a - 1, b + 1);
    const i = a - 1 - this.from;
    const j = b - this.from;
    const before = this.buf[i] as number;
    const after = this.buf[j] as number;
    this.buf[i] = open;
    this.buf[j] = close;
    try {
      return decode(this.buf, i, j + 1, a);
    } finally {
      this.buf[i] = before;
      this.buf[j] = after;
    }
  }

  private load(a: number, b: number): void {
    const length = Math.min(Math.max(WINDOW_BYTES, b - a), this.size - a);
    if (this.buf.length < length || (this.buf.length > WINDOW_BYTES && length <= WINDOW_BYTES)) this.buf = Buffer.allocUnsafe(length);
    const read = readBytes(this.fd, this.buf, length, a);
    if (read !== length) throw new FileChangedError(a + read);
    this.from = a;
    this.to = a + length;
  }
}

/** The file is shorter than when pass one read it, or its bytes are no longer the ones pass one validated. */
export class FileChangedError extends Error {
  constructor(readonly offset: number) {
    super(`the file changed at byte ${offset} while being read`);
  }
}

/** One value (a string) longer than V8 can hold as a string: the whole-file path refuses it too. */
export class ValueTooLargeError extends Error {
  constructor(readonly offset: number) {
    super(`a value from byte ${offset} on is longer than a string can be`);
  }
}

/** buf[a, b) as text; `at` is the file offset of the range, for the error. */
function decode(buf: Buffer, a: number, b: number, at: number): string {
  try {
    return buf.toString('utf8', a, b);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') throw new ValueTooLargeError(at);
    throw error;
  }
}

/** JSON.parse of bytes pass one validated: a syntax error now means another writer changed them since. */
function parseValidated(text: string, offset: number): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError) throw new FileChangedError(offset);
    throw error;
  }
}

/** Where member m of a large container starts (after `{`, `[` or its comma; whitespace included). */
function memberStart(node: LargeNode, m: number): number {
  return m === 0 ? node.start + 1 : (node.commas[m - 1] as number) + 1;
}

/** Where member m ends (its comma, or the closing bracket): [memberStart, memberEnd) holds it. */
function memberEnd(node: LargeNode, m: number): number {
  return m === node.count - 1 ? node.end : (node.commas[m] as number);
}

/** Sets a key the way JSON.parse does: an own data property, even for `__proto__`. */
function define(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

export class SpilledDocument {
  private readonly window: FileWindow;

  constructor(fd: number, size: number) {
    this.window = new FileWindow(fd, size);
  }

  /** The value of a large container (pass one recorded it). */
  build(node: LargeNode): unknown {
    return node.kind === 'object' ? this.object(node) : this.array(node);
  }

  private object(node: LargeNode): Record<string, unknown> {
    const target: Record<string, unknown> = {};
    let kid = 0;
    let groupFrom = -1;
    let groupTo = -1;
    const flush = (): void => {
      if (groupFrom < 0) return;
      const part = parseValidated(this.window.wrapped(groupFrom, groupTo, 0x7b, 0x7d), groupFrom) as Record<string, unknown>;
      for (const key of Object.keys(part)) define(target, key, part[key]);
      groupFrom = -1;
    };
    for (let m = 0; m < node.count; m++) {
      const from = memberStart(node, m);
      const to = memberEnd(node, m);
      const large = node.kids[kid];
      if (large !== undefined && large.start < to) {
        flush();
        const head = this.window.text(from, large.start); // `"key" :` and whitespace
        const key = parseValidated(head.slice(0, head.lastIndexOf(':')), from);
        if (typeof key !== 'string') throw new FileChangedError(from);
        define(target, key, this.build(large));
        kid++;
      } else {
        if (groupFrom >= 0 && to - groupFrom > BATCH_BYTES) flush();
        if (groupFrom < 0) groupFrom = from;
        groupTo = to;
      }
    }
    flush();
    return target;
  }

  private array(node: LargeNode): unknown[] {
    const count = node.count;
    const kids = node.kids;
    let batch: unknown[] = [];
    let batchFrom = 0;
    let batchTo = 0;
    /** Index in kids of the first large member starting at or after byte `at`. */
    const kidFrom = (at: number): number => {
      let lo = 0;
      let hi = kids.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((kids[mid] as LargeNode).start < at) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const element = (i: number): unknown => {
      if (i >= batchFrom && i < batchTo) return batch[i - batchFrom];
      const from = memberStart(node, i);
      const k = kidFrom(from);
      const large = kids[k];
      if (large !== undefined && large.start < memberEnd(node, i)) {
        const value = this.build(large);
        batch = [value];
        batchFrom = i;
        batchTo = i + 1;
        return value;
      }
      // Reading onward (the first element, or the one after the batch): parse i and the next elements
      // up to BATCH_BYTES (stopping before a large one) in one call. A jump (SARIF message arguments
      // by index) parses element i alone, so random access costs one element, not one batch.
      const onward = i === batchTo || batchTo === 0;
      const nextKid = kids[k]?.start ?? Infinity;
      let j = i + 1;
      while (onward && j < count && memberEnd(node, j) - from <= BATCH_BYTES && memberEnd(node, j) < nextKid) j++;
      batch = parseValidated(this.window.wrapped(from, memberEnd(node, j - 1), 0x5b, 0x5d), from) as unknown[];
      batchFrom = i;
      batchTo = j;
      return batch[0];
    };
    return new Proxy([] as unknown[], {
      get(target, key, receiver) {
        if (typeof key === 'string') {
          if (key === 'length') return count;
          const c = key.charCodeAt(0);
          if (c >= 0x30 && c <= 0x39) {
            const i = Number(key);
            return Number.isInteger(i) && i < count && String(i) === key ? element(i) : undefined;
          }
        }
        return Reflect.get(target, key, receiver) as unknown;
      },
      has(target, key) {
        if (typeof key === 'string') {
          if (key === 'length') return true;
          const i = Number(key);
          if (Number.isInteger(i) && i >= 0 && String(i) === key) return i < count;
        }
        return Reflect.has(target, key);
      },
      set() {
        return false;
      },
      defineProperty() {
        return false;
      },
      deleteProperty() {
        return false;
      },
    });
  }
}
