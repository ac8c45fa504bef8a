/**
 * Parses report text. JSON.parse's own messages quote the text around the error, which could be a
 * secret, so they are never shown: only the line and column are, found by a small scanner that runs
 * on the failure path only.
 */
import { InputError } from '../errors.js';

/**
 * `body`: the text as readOpenText returns it, without its byte order mark. A second one is refused,
 * as the two-pass reader refuses it (report-input.ts), so a report reads the same at any size.
 */
export function parseJsonReport(body: string, file: string): unknown {
  refuseNonJson(body, file);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    const offset = findJsonErrorOffset(body);
    const { line, column } = lineColumn(body, offset);
    const what = offset >= body.length ? 'the JSON ends early (truncated file?)' : 'invalid JSON';
    throw new InputError(file, `${what} at line ${line}, column ${column}: the report must be the scanner's complete JSON or SARIF output`);
  }
}

export function refuseNonJson(text: string, file: string): void {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i === text.length) {
    throw new InputError(file, 'the file is empty: expected a Trivy/Gitleaks JSON or SARIF report (did the scanner fail before writing it?)');
  }
  const head = text.slice(i, i + 4096);
  if (head.includes('\u0000')) {
    throw new InputError(file, 'this is a binary file, not a scan report: pass the JSON or SARIF file the scanner wrote');
  }
  const first = head[0];
  if (first === '\ufeff') {
    throw new InputError(file, 'starts with two byte order marks: save the report as UTF-8 with one at most');
  }
  if (first === '<') {
    throw new InputError(
      file,
      'this is XML (a JUnit or HTML report?), not a scan report: run the scanner with JSON or SARIF output (trivy --format json|sarif, gitleaks --report-format json|sarif)',
    );
  }
  // Anything a JSON value can start with goes on to JSON.parse (and then format detection).
  if (first === undefined || !/[{["\-0-9tfn]/.test(first)) {
    const firstLine = head.split('\n', 1)[0] ?? '';
    if (firstLine.includes(',')) {
      throw new InputError(
        file,
        'this looks like CSV, not a JSON scan report: run the scanner with JSON or SARIF output (gitleaks --report-format json|sarif)',
      );
    }
    throw new InputError(file, 'this is not JSON: pass the JSON or SARIF report the scanner wrote');
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Offset of the first syntax error in text that JSON.parse rejected (text.length when it ends early). */
export function findJsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = (): void => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };
  const fail = (): never => {
    throw new SyntaxAt(i);
  };
  const literal = (word: string): void => {
    if (text.startsWith(word, i)) i += word.length;
    else fail();
  };
  const string = (): void => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) fail();
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            fail();
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else {
          i++;
          fail();
        }
      } else i++;
    }
    fail();
  };
  const number = (): void => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    if (i >= n) fail();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail();
      }
    } else if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else number();
  };
  try {
    value();
    ws();
    if (i < n) return i;
    return n;
  } catch (e) {
    if (e instanceof SyntaxAt) return e.offset;
    // Deep nesting overflowed our recursion: report the start rather than crash.
    return 0;
  }
}

class SyntaxAt {
  constructor(readonly offset: number) {}
}
