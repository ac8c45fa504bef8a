/**
 * Every failure a user can act on is one of these classes, with a one-line message that says
 * what went wrong, where, and how to fix it. Anything else is a bug (cli.ts reports it briefly).
 * Messages must never contain secret material or tokens.
 */
export const EXIT = {
  passed: 0,
  blocked: 1,
  inputError: 2,
  networkError: 3,
  internalError: 4,
} as const;

/** Where each failure is explained; the path is relative to the srp repository. */
export const DOCS_URL = 'docs/engine.md';

export abstract class SrpError extends Error {
  abstract readonly exitCode: number;
  /** Anchor in docs/engine.md that explains this failure. */
  readonly docsAnchor: string = 'errors';
}

/** A failure about one file: the message is `file: problem`, and both stay readable apart. */
export abstract class FileError extends SrpError {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/** Bad command line (unknown flag, missing argument). */
export class UsageError extends SrpError {
  readonly exitCode = EXIT.inputError;
  override readonly docsAnchor = 'usage';
}

/** A report, policy, ignore or baseline file that cannot be read or is not what it must be. */
export class InputError extends FileError {
  readonly exitCode = EXIT.inputError;
  override readonly docsAnchor = 'input-errors';
}

/** A policy file that parses but says something invalid. */
export class PolicyError extends FileError {
  readonly exitCode = EXIT.inputError;
  override readonly docsAnchor = 'policy-file';
}

/**
 * An output (--sarif, --junit, --summary, --json, --html) that cannot be written, or that would
 * overwrite an input or another output. Exit 2 like an input error: nothing was written.
 */
export class OutputError extends FileError {
  readonly exitCode = EXIT.inputError;
  override readonly docsAnchor = 'output-errors';
}

/**
 * Characters that must never reach a one-line message raw: C0 and C1 controls and DEL (ESC drives
 * the terminal, CR/LF start a new line that can forge "gate PASSED"), Unicode line/paragraph
 * separators, and the bidi embeddings, overrides and isolates (plus LRM/RLM/ALM) that reorder what
 * a reader sees (Trojan Source). Linear: one character class, no backtracking. Writers that
 * replace rather than escape (Markdown, terminal) use the same set. Global: use with replace only.
 */
export const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const SHORT_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One character as a visible escape: \n, \r, \t, \x1b, \u202e. */
function escapeCharacter(c: string): string {
  const short = SHORT_ESCAPES[c];
  if (short) return short;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes text from input (file names, keys, ids) one printable line by escaping what could break or
 * disguise it, and cuts it to `maxChars` (a 100 MB key must not become a 100 MB error line).
 * Backslashes are left alone: a Windows path stays readable, and every escape we add is visible.
 */
export function printableLine(text: string, maxChars = Number.POSITIVE_INFINITY): string {
  return cutText(text, maxChars).replace(UNPRINTABLE, escapeCharacter);
}

/**
 * At most `maxChars` UTF-16 units, ending in "…" when something was cut; never half a surrogate
 * pair. Idempotent, so writers may cut text that was already cut.
 */
export function cutText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = Math.max(0, maxChars - 1);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}
