import { describe, expect, it } from 'vitest';
import { cutText, printableLine } from './errors.js';

describe('printableLine', () => {
  it('makes a crafted file name one visible line: CR/LF, ESC, C1, DEL and tab escaped', () => {
    const name = 'r.json\n\u001b[32msrp: gate PASSED\u001b[0m\r\u0085\u007f\tend';
    const line = printableLine(name);
    expect(line).toBe('r.json\\n\\x1b[32msrp: gate PASSED\\x1b[0m\\r\\x85\\x7f\\tend');
    expect(line).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });

  it('escapes bidi overrides, isolates and marks, and the Unicode line and paragraph separators', () => {
    const bidi = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C\u2028\u2029';
    expect(printableLine(`a${bidi}b`)).toBe(
      'a\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029b',
    );
  });

  it('keeps ordinary text, right-to-left scripts and emoji as they are', () => {
    expect(printableLine('C:\\temp\\r.json שלום 😀 ü')).toBe('C:\\temp\\r.json שלום 😀 ü');
  });

  it('cuts long input with a visible ellipsis, never inside a surrogate pair', () => {
    expect(printableLine('x'.repeat(5000), 100)).toBe(`${'x'.repeat(99)}…`);
    expect(cutText('ab😀cd', 4)).toBe('ab…');
    expect(cutText('abc', 3)).toBe('abc');
    expect(cutText(cutText('y'.repeat(50), 10), 10)).toBe(cutText('y'.repeat(50), 10));
  });
});
