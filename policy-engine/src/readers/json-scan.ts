/**
 * Pass one of reading a large report: a validating JSON scanner over the file's bytes, read in
 * chunks. It checks the whole grammar (strings, escapes, numbers, literals, nesting) and that the
 * bytes are UTF-8, so a malformed byte anywhere fails before anything is read, with its offset. It
 * keeps no values: only the containers larger than `spillBytes` (their offsets, member separators
 * and large children), which pass two (json-spill.ts) reads on demand. Memory is one chunk plus
 * one separator offset per member of each large container.
 */
import { isUtf8 } from 'node:buffer';
import { firstNonUtf8, readBytes } from '../io.js';

/** A container (object or array) larger than the spill size: what pass two needs to read it in parts. */
export interface LargeNode {
  readonly kind: 'object' | 'array';
  /** Byte offset of `{` / `[`. */
  readonly start: number;
  /** Byte offset of the closing `}` / `]`. */
  readonly end: number;
  /** Byte offsets of the commas that separate its members, in order. */
  readonly commas: Float64Array;
  /** Number of members (0 for `[]`/`{}`). */
  readonly count: number;
  /** Its direct members that are large containers themselves, in order. */
  readonly kids: readonly LargeNode[];
}

/** A place in the file where the bytes are not JSON (or not UTF-8), found by the scanner. */
export class JsonScanError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: 'syntax' | 'truncated' | 'utf8' | 'depth' | 'token' | 'members',
  ) {
    super(`${reason} at byte ${offset}`);
  }
}

export const MAX_JSON_DEPTH = 1024;
const CHUNK_BYTES = 8 * 1024 * 1024;
/** Numbers and literals are read whole; one longer than this is not from a scanner. */
const MAX_TOKEN_BYTES = 1024 * 1024;
/**
 * Member separators held at once (8 bytes each: 64 MiB), in open containers and in the large ones
 * kept for pass two. A 1.6 GiB report of 600k findings needs about two million; without a cap, a
 * file of tiny elements (`[0,0,0,…]`) needed four times its own size (a 300 MiB one took 3.5 GiB).
 */
export const MAX_JSON_MEMBERS = 8 * 1024 * 1024;

// Byte classes.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** Bytes that end the fast path inside a string: quote, backslash, control characters. */
const STRING_STOP = new Uint8Array(256);
for (let c = 0; c < 0x20; c++) STRING_STOP[c] = 1;
STRING_STOP[QUOTE] = 1;
STRING_STOP[BACKSLASH] = 1;
const HEX = new Uint8Array(256);
for (const c of '0123456789abcdefABCDEF') HEX[c.charCodeAt(0)] = 1;

// What the grammar expects next.
const VALUE = 0; // a value (start, after `[`, `:`, or `,` in an array)
const VALUE_OR_CLOSE = 1; // right after `[`
const KEY = 2; // a key string (after `,` in an object)
const KEY_OR_CLOSE = 3; // right after `{`
const COLON = 4;
const AFTER = 5; // `,` or the closing bracket (or the end, at depth 0)
const DONE = 6; // the top-level value is complete: only whitespace may follow

const IN_OBJECT = 1;
const IN_ARRAY = 2;

class Scanner {
  private expect = VALUE;
  private inString = false;
  /** The string being read is a key (then COLON follows), else a value (AFTER follows). */
  private stringIsKey = false;
  private depth = 0;
  private readonly kinds = new Uint8Array(MAX_JSON_DEPTH + 1);
  private readonly starts = new Float64Array(MAX_JSON_DEPTH + 1);
  private readonly marks = new Float64Array(MAX_JSON_DEPTH + 1);
  private readonly nonEmpty = new Uint8Array(MAX_JSON_DEPTH + 1);
  private readonly kids: (LargeNode[] | undefined)[] = [];
  private commas = new Float64Array(1 << 16);
  private commaCount = 0;
  /** Separators kept in the LargeNodes recorded so far. */
  private retained = 0;
  root: LargeNode | undefined;

  constructor(private readonly spillBytes: number) {}

  /**
   * Scans buf[from, to) (file offset of buf[0] is `base`). Returns where it stopped: `to`, or the
   * start of a number, literal or escape that continues past `to` (the caller carries those bytes
   * into the next chunk). At the end of the file, `last` is true and nothing may continue.
   */
  scan(buf: Buffer, words: Int32Array, from: number, to: number, base: number, last: boolean): number {
    let i = from;
    let expect = this.expect;
    let inString = this.inString;
    while (i < to) {
      if (inString) {
        // The hot loop: most bytes of a report are inside strings.
        // Four bytes at a time (SWAR): stop at a word holding a quote, a backslash or a byte < 0x20.
        for (;;) {
          if ((i & 3) === 0) {
            while (i + 4 <= to) {
              const w = words[i >> 2] as number;
              const q = w ^ 0x22222222;
              const b = w ^ 0x5c5c5c5c;
              if (((((q - 0x01010101) | 0) & ~q) | (((b - 0x01010101) | 0) & ~b) | (((w - 0x20202020) | 0) & ~w)) & 0x80808080) break;
              i += 4;
            }
          }
          if (i >= to || STRING_STOP[buf[i] as number] !== 0) break;
          i++;
        }
        if (i === to) break;
        const c = buf[i] as number;
        if (c === QUOTE) {
          inString = false;
          expect = this.stringIsKey ? COLON : AFTER;
          i++;
          continue;
        }
        if (c === BACKSLASH) {
          if (i + 1 >= to) {
            if (last) throw new JsonScanError(base + to, 'truncated');
            break;
          }
          const e = buf[i + 1] as number;
          if (e === 0x75 /* u */) {
            if (i + 6 > to) {
              if (last) throw new JsonScanError(base + to, 'truncated');
              break;
            }
            for (let k = i + 2; k < i + 6; k++) if (HEX[buf[k] as number] === 0) throw new JsonScanError(base + k, 'syntax');
            i += 6;
          } else if (e === QUOTE || e === BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
            i += 2;
          } else {
            throw new JsonScanError(base + i + 1, 'syntax');
          }
          continue;
        }
        throw new JsonScanError(base + i, 'syntax'); // a raw control character
      }
      const c = buf[i] as number;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        // Indentation (a quarter of a pretty-printed report): four spaces at a time.
        while ((i & 3) === 0 && i + 4 <= to && words[i >> 2] === 0x20202020) i += 4;
        continue;
      }
      switch (expect) {
        case VALUE:
        case VALUE_OR_CLOSE:
          if (c === QUOTE) {
            inString = true;
            this.stringIsKey = false;
            this.markValue();
            i++;
          } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
            this.markValue();
            this.open(c === 0x7b ? IN_OBJECT : IN_ARRAY, base + i);
            expect = c === 0x7b ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
            i++;
          } else if (c === 0x5d /* ] */ && expect === VALUE_OR_CLOSE) {
            this.close(base + i);
            expect = this.depth === 0 ? DONE : AFTER;
            i++;
          } else {
            const end = scalarEnd(buf, i, to, c);
            if (end < 0) throw new JsonScanError(base - end - 1, 'syntax');
            if (end === to && !last) {
              if (to - i > MAX_TOKEN_BYTES) throw new JsonScanError(base + i, 'token');
              this.expect = expect;
              this.inString = inString;
              return i; // the token may go on in the next chunk
            }
            if (!validScalar(buf, i, end, c)) throw new JsonScanError(base + i, 'syntax');
            this.markValue();
            i = end;
            expect = this.depth === 0 ? DONE : AFTER;
          }
          break;
        case KEY:
        case KEY_OR_CLOSE:
          if (c === QUOTE) {
            inString = true;
            this.stringIsKey = true;
            i++;
          } else if (c === 0x7d /* } */ && expect === KEY_OR_CLOSE) {
            this.close(base + i);
            expect = this.depth === 0 ? DONE : AFTER;
            i++;
          } else throw new JsonScanError(base + i, 'syntax');
          break;
        case COLON:
          if (c !== 0x3a) throw new JsonScanError(base + i, 'syntax');
          this.nonEmpty[this.depth] = 1;
          expect = VALUE;
          i++;
          break;
        case AFTER: {
          const kind = this.kinds[this.depth];
          if (c === 0x2c /* , */) {
            this.comma(base + i);
            expect = kind === IN_OBJECT ? KEY : VALUE;
          } else if ((c === 0x7d && kind === IN_OBJECT) || (c === 0x5d && kind === IN_ARRAY)) {
            this.close(base + i);
            expect = this.depth === 0 ? DONE : AFTER;
          } else throw new JsonScanError(base + i, 'syntax');
          i++;
          break;
        }
        default:
          throw new JsonScanError(base + i, 'syntax'); // something after the top-level value
      }
    }
    this.expect = expect;
    this.inString = inString;
    if (last && (inString || expect !== DONE)) throw new JsonScanError(base + to, 'truncated');
    return i; // `to`, or an escape cut by the chunk end
  }

  private markValue(): void {
    this.nonEmpty[this.depth] = 1;
  }

  private open(kind: number, offset: number): void {
    const d = ++this.depth;
    if (d > MAX_JSON_DEPTH) throw new JsonScanError(offset, 'depth');
    this.kinds[d] = kind;
    this.starts[d] = offset;
    this.marks[d] = this.commaCount;
    this.nonEmpty[d] = 0;
    this.kids[d] = undefined;
  }

  private comma(offset: number): void {
    if (this.commaCount + this.retained >= MAX_JSON_MEMBERS) throw new JsonScanError(offset, 'members');
    if (this.commaCount === this.commas.length) {
      const bigger = new Float64Array(this.commas.length * 2);
      bigger.set(this.commas);
      this.commas = bigger;
    }
    this.commas[this.commaCount++] = offset;
  }

  private close(offset: number): void {
    const d = this.depth;
    const start = this.starts[d] as number;
    const mark = this.marks[d] as number;
    if (offset - start + 1 > this.spillBytes || d === 1) {
      const commas = this.commas.slice(mark, this.commaCount);
      const node: LargeNode = {
        kind: this.kinds[d] === IN_OBJECT ? 'object' : 'array',
        start,
        end: offset,
        commas,
        count: this.nonEmpty[d] ? commas.length + 1 : 0,
        kids: this.kids[d] ?? [],
      };
      this.retained += commas.length;
      if (d === 1) this.root = node;
      else (this.kids[d - 1] ??= []).push(node);
    }
    this.kids[d] = undefined;
    this.commaCount = mark;
    this.depth = d - 1;
  }
}

/**
 * End of the number or literal starting at buf[i]: the first byte that cannot be part of one.
 * Returns `to` when the bytes run out (the token may continue), or -(k + 1) for an offending byte k.
 */
function scalarEnd(buf: Buffer, i: number, to: number, first: number): number {
  const isNumber = first === 0x2d || (first >= 0x30 && first <= 0x39);
  const isLiteral = first === 0x74 || first === 0x66 || first === 0x6e; // t f n
  if (!isNumber && !isLiteral) return -(i + 1);
  let k = i + 1;
  if (isNumber) {
    while (k < to) {
      const c = buf[k] as number;
      if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d) k++;
      else break;
    }
  } else {
    while (k < to) {
      const c = buf[k] as number;
      if (c >= 0x61 && c <= 0x7a) k++;
      else break;
    }
  }
  return k;
}

/** Whether buf[i, end) is exactly `true`, `false`, `null` or a JSON number (no string is made: a report has millions). */
function validScalar(buf: Buffer, i: number, end: number, first: number): boolean {
  if (first === 0x74) return end - i === 4 && buf[i + 1] === 0x72 && buf[i + 2] === 0x75 && buf[i + 3] === 0x65;
  if (first === 0x66) return end - i === 5 && buf[i + 1] === 0x61 && buf[i + 2] === 0x6c && buf[i + 3] === 0x73 && buf[i + 4] === 0x65;
  if (first === 0x6e) return end - i === 4 && buf[i + 1] === 0x75 && buf[i + 2] === 0x6c && buf[i + 3] === 0x6c;
  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  let k = i;
  if (buf[k] === 0x2d) k++;
  if (k === end) return false;
  if (buf[k] === 0x30) k++;
  else if (isDigit(buf[k])) while (k < end && isDigit(buf[k])) k++;
  else return false;
  if (k < end && buf[k] === 0x2e) {
    const digits = ++k;
    while (k < end && isDigit(buf[k])) k++;
    if (k === digits) return false;
  }
  if (k < end && (buf[k] === 0x65 || buf[k] === 0x45)) {
    k++;
    if (k < end && (buf[k] === 0x2b || buf[k] === 0x2d)) k++;
    const digits = k;
    while (k < end && isDigit(buf[k])) k++;
    if (k === digits) return false;
  }
  return k === end;
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= 0x30 && c <= 0x39;
}

export interface ScanResult {
  /** The top-level container (always recorded, whatever its size); undefined for a scalar document. */
  root: LargeNode | undefined;
  /** Offset of the first byte after a UTF-8 byte order mark (0 without one). */
  bodyStart: number;
}

/**
 * Scans the whole file open on `fd` (`size` bytes). Throws JsonScanError at the first byte that is
 * not valid JSON in UTF-8, or at the end if the document is incomplete.
 */
export function scanJsonFile(fd: number, size: number, spillBytes: number, chunkBytes = CHUNK_BYTES): ScanResult {
  const scanner = new Scanner(spillBytes);
  // Its own ArrayBuffer (not the pool), so the Int32Array view of the same bytes is aligned.
  const buf = Buffer.from(new ArrayBuffer((Math.max(chunkBytes, 16) + MAX_TOKEN_BYTES + 8) & ~3));
  const words = new Int32Array(buf.buffer, 0, buf.length >> 2);
  let base = 0; // file offset of buf[0]
  let filled = 0; // bytes in buf
  let scanFrom = 0; // first byte the scanner has not consumed
  let checkFrom = 0; // first byte not yet checked as UTF-8
  let bodyStart = 0;
  let first = true;
  for (;;) {
    const want = Math.min(chunkBytes, buf.length - filled);
    const read = readBytes(fd, buf.subarray(filled), want, base + filled);
    filled += read;
    const last = base + filled >= size || read === 0;
    if (first) {
      first = false;
      if (filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) bodyStart = scanFrom = checkFrom = 3;
    }
    // UTF-8: check up to the last complete character (the rest waits for the next chunk).
    const checkTo = last ? filled : completeUtf8End(buf, checkFrom, filled);
    if (!isUtf8(buf.subarray(checkFrom, checkTo))) throw new JsonScanError(base + checkFrom + firstNonUtf8(buf.subarray(checkFrom, checkTo)), 'utf8');
    checkFrom = checkTo;
    const stopped = scanner.scan(buf, words, scanFrom, filled, base, last);
    if (last) {
      if (base + filled !== size) throw new JsonScanError(base + filled, 'truncated'); // the file shrank
      return { root: scanner.root, bodyStart };
    }
    // Carry what is not done (a token cut by the chunk end, an incomplete character) to the front.
    const keep = Math.min(stopped, checkFrom);
    buf.copy(buf, 0, keep, filled);
    base += keep;
    filled -= keep;
    scanFrom = stopped - keep;
    checkFrom -= keep;
  }
}

/** End of the last complete UTF-8 character in buf[from, to). */
function completeUtf8End(buf: Buffer, from: number, to: number): number {
  let k = to - 1;
  let back = 0;
  while (k >= from && back < 3 && ((buf[k] as number) & 0xc0) === 0x80) {
    k--;
    back++;
  }
  if (k < from) return to;
  const lead = buf[k] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return to - k >= need ? to : k;
}
