/**
 * Hand-written shape checks for untrusted reports. Measured on a 100k-vulnerability Trivy report
 * (163 MB): zod 4 `safeParse` of just the fields we read costs ~370 ms CPU, about half the
 * JSON.parse of the same file, and copies every object; these checks run inside the normalization
 * loop at no extra allocation. Every failure names the file and the JSON path, and describes the
 * offending value only by its type (a value could be a secret).
 */
import { InputError } from '../errors.js';
import type { Severity } from '../sarif/model.js';
import { SEVERITY_WORDS, severityWord } from '../sarif/severity.js';
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

/** A short word-like string quoted ("SEVERE"); anything longer or odder by its type only. */
function describeWord(value: unknown): string {
  return typeof value === 'string' && /^[A-Za-z][\w -]{0,15}$/.test(value) ? `"${value}"` : typeName(value);
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
  private readonly pathCache = new Map<string, string | undefined>();

  /**
   * A SARIF artifact URI as our relative URI and plain path; cached, as many results share a file.
   * `encoded: false` for producers that write the raw path there (Gitleaks): `%63onfig` is then a
   * file of that name, not `config`.
   */
  sarifUri(raw: string, encoded = true): { uri: string | undefined; path: string | undefined } {
    const key = encoded ? raw : `\0raw:${raw}`;
    let entry = this.uriCache.get(key);
    if (entry === undefined) {
      const uri = toRelativeUri(raw, encoded, this.root);
      entry = { uri, path: uri !== undefined ? uriToPath(uri) : undefined };
      this.uriCache.set(key, entry);
    }
    return entry;
  }

  /** The report file as a relative URI: the location of last resort for results that name none. */
  reportUri(): string | undefined {
    return toRelativeUri(this.file, false, this.root);
  }

  /**
   * A scanner path as a plain relative path (see toRelativeUri); cached, as thousands of findings
   * share a file (every vulnerability of a jar has its PkgPath).
   */
  relPath(path: string): string | undefined {
    let relative = this.pathCache.get(path);
    if (relative === undefined && !this.pathCache.has(path)) {
      relative = toRelativePath(path, false, this.root);
      this.pathCache.set(path, relative);
    }
    return relative;
  }

  /**
   * `quoteWord`: only for fields that hold a fixed vocabulary (severity, status), where the word is
   * what the user needs to see; elsewhere a value could be a secret and only its type is named.
   */
  fail(path: string, expected: string, got: unknown, quoteWord = false): never {
    throw new InputError(
      this.file,
      `not a valid ${this.what}: ${path} must be ${expected}, found ${quoteWord ? describeWord(got) : typeName(got)} (is this file complete and produced by the scanner? --format forces another format)`,
    );
  }

  /** `path` names the key as the format spells it; the report has it in another case. */
  miscased(path: string, meant: string): never {
    throw new InputError(
      this.file,
      `not a valid ${this.what}: ${path} is spelled in another case in this file; keys are case-sensitive, so it must be "${meant}" exactly (was the report edited or produced by another tool?)`,
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

  /** A required severity word (see severityWord): anything else names the JSON path, never UNKNOWN. */
  severity(o: Rec, key: string, at: string, index?: number): Severity {
    const value = o[key];
    return severityWord(value) ?? this.fail(keyPath(at, key, index), SEVERITY_WORDS, value, true);
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

/**
 * Report keys are case-sensitive (`results` is not Trivy's `Results`, nor SARIF's `results`). A key
 * that matches one the reader relies on only without regard to case is refused: read as absent, it
 * would turn findings into "none". Keys the reader knows are checked with one Set lookup each.
 */
export class KeySpelling {
  private readonly known: Set<string>;
  private readonly byLower = new Map<string, string>();

  /** `read`: keys whose absence changes what is read; `alsoKnown`: other keys the format writes. */
  constructor(read: readonly string[], alsoKnown: readonly string[] = []) {
    this.known = new Set([...read, ...alsoKnown]);
    for (const key of read) this.byLower.set(key.toLowerCase(), key);
  }

  check(shape: Shape, o: Rec, at: string, index?: number): void {
    for (const key in o) {
      if (this.known.has(key)) continue;
      const meant = this.byLower.get(key.toLowerCase());
      if (meant !== undefined) shape.miscased(keyPath(at, meant, index), meant);
    }
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
