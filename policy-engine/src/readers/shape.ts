/**
 * Hand-written shape checks for untrusted reports. Measured on a 100k-vulnerability Trivy report
 * (163 MB): zod 4 `safeParse` of just the fields we read costs ~370 ms CPU, about half the
 * JSON.parse of the same file, and copies every object; these checks run inside the normalization
 * loop at no extra allocation. Every failure names the file and the JSON path, and describes the
 * offending value only by its type (a value could be a secret).
 */
import { InputError } from '../errors.js';
import { toRelativePath, toRelativeUri, uriToPath } from '../sarif/uri.js';

export type Rec = Record<string, unknown>;

export function isRec(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typeName(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** Knows the file and the format being read, so every message is one complete, actionable line. */
export class Shape {
  constructor(
    readonly file: string,
    /** e.g. 'Trivy JSON report' */
    readonly what: string,
    /** The scan's root directory (ReportSource.root), to make absolute paths relative. */
    readonly root?: string,
  ) {}

  private readonly uriCache = new Map<string, { uri: string | undefined; path: string | undefined }>();

  /** A SARIF artifact URI as our relative URI and plain path; cached, as many results share a file. */
  sarifUri(raw: string): { uri: string | undefined; path: string | undefined } {
    let entry = this.uriCache.get(raw);
    if (entry === undefined) {
      const uri = toRelativeUri(raw, true, this.root);
      entry = { uri, path: uri !== undefined ? uriToPath(uri) : undefined };
      this.uriCache.set(raw, entry);
    }
    return entry;
  }

  /** The report file as a relative URI: the location of last resort for results that name none. */
  reportUri(): string | undefined {
    return toRelativeUri(this.file, false, this.root);
  }

  /** A scanner path as a plain relative path (see toRelativeUri). */
  relPath(path: string, alreadyEncoded = false): string | undefined {
    return toRelativePath(path, alreadyEncoded, this.root);
  }

  fail(path: string, expected: string, got: unknown): never {
    throw new InputError(
      this.file,
      `not a valid ${this.what}: ${path} must be ${expected}, found ${typeName(got)} (is this file complete and produced by the scanner? --format forces another format)`,
    );
  }

  object(value: unknown, path: string): Rec {
    return isRec(value) ? value : this.fail(path, 'an object', value);
  }

  /** Arrays that may be absent or null (Go's encoding of an empty slice) come back as []. */
  array(o: Rec, key: string, at: string): unknown[] {
    const value = o[key];
    if (Array.isArray(value)) return value;
    if (value === undefined || value === null) return EMPTY;
    return this.fail(`${at}.${key}`, 'an array', value);
  }

  /**
   * `index`: when given, `o` is `at[index]`. Hot loops (one call per vulnerability) pass the array's
   * path and the index instead of building `…Vulnerabilities[i]` for every element: the path string
   * is only needed when a check fails.
   */
  string(o: Rec, key: string, at: string, index?: number): string {
    const value = o[key];
    return typeof value === 'string' && value !== '' ? value : this.fail(keyPath(at, key, index), 'a non-empty string', value);
  }

  /** Optional string: absent, null and "" all mean "not given". */
  optString(o: Rec, key: string, at: string, index?: number): string | undefined {
    const value = o[key];
    if (typeof value === 'string') return value === '' ? undefined : value;
    if (value === undefined || value === null) return undefined;
    return this.fail(keyPath(at, key, index), 'a string', value);
  }

  optNumber(o: Rec, key: string, at: string): number | undefined {
    const value = o[key];
    if (typeof value === 'number') return value;
    if (value === undefined || value === null) return undefined;
    return this.fail(`${at}.${key}`, 'a number', value);
  }

  optObject(o: Rec, key: string, at: string, index?: number): Rec | undefined {
    const value = o[key];
    if (isRec(value)) return value;
    if (value === undefined || value === null) return undefined;
    return this.fail(keyPath(at, key, index), 'an object', value);
  }
}

/** `at.key`, or `at[index].key` when `at` names an array (see Shape.string). */
export function keyPath(at: string, key: string, index?: number): string {
  return index === undefined ? `${at}.${key}` : `${at}[${index}].${key}`;
}

const EMPTY: unknown[] = Object.freeze([]) as unknown as unknown[];

/** A positive integer line/column, or undefined (scanners write 0 for "unknown"). */
export function positive(value: number | undefined): number | undefined {
  return value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined;
}
