import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { findJsonErrorOffset, parseJsonReport } from './json.js';

function problem(text: string): string {
  try {
    parseJsonReport(text, 'r.json');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('parseJsonReport', () => {
  it('parses JSON; a byte order mark left in the text is not JSON (readOpenText removed the one allowed)', () => {
    expect(problem('\ufeff[1]')).toBe('r.json: starts with two byte order marks: save the report as UTF-8 with one at most');
    expect(parseJsonReport(' {"a":1}\n', 'r.json')).toEqual({ a: 1 });
  });

  it('gives line and column of a syntax error without quoting the text', () => {
    const message = problem('{\n  "Secret": "ghp_canary0123456789" x\n}');
    expect(message).toBe(
      "r.json: invalid JSON at line 2, column 36: the report must be the scanner's complete JSON or SARIF output",
    );
    expect(message).not.toContain('ghp_');
    expect(problem('{"a": tru}')).toContain('line 1, column 7');
    expect(problem('[1,2 3]')).toContain('line 1, column 6');
  });

  it('says when a file is truncated', () => {
    expect(problem('{"Results": [ {"Target": "x"')).toContain('the JSON ends early (truncated file?) at line 1, column 29');
  });

  it('refuses empty, XML, CSV, binary and other non-JSON text', () => {
    expect(problem('')).toContain('the file is empty');
    expect(problem(' \n\t')).toContain('the file is empty');
    expect(problem('<?xml version="1.0"?><testsuites/>')).toContain('this is XML');
    expect(problem('RuleID,Commit,File\nx,y,z\n')).toContain('this looks like CSV');
    expect(problem('\u0000\u0001ELF')).toContain('binary file');
    expect(problem('hello')).toBe('r.json: this is not JSON: pass the JSON or SARIF report the scanner wrote');
    expect(problem('nope')).toContain('invalid JSON at line 1, column 1');
  });

  it('finds offsets the way JSON.parse fails', () => {
    for (const bad of ['{"a":1,}', '{"a":1', '["\\x"]', '{"a":"\u0001"}', '{} {}', '[01]', '{"a" 1}']) {
      expect(() => JSON.parse(bad)).toThrow();
      expect(findJsonErrorOffset(bad)).toBeGreaterThan(0);
    }
  });
});
