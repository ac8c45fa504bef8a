import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeText, elementText, escapeMarkup, xmlAttribute, xmlElementText, xmlSafeLine } from './xml-text.js';

/** The definition the linear implementation must keep: a whitespace run holding a line break is one space. */
const reference = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ');

describe('xmlSafeLine', () => {
  it('folds each whitespace run that holds a line break into one space, and keeps other runs', () => {
    expect(xmlSafeLine('a \n\t b')).toBe('a b');
    expect(xmlSafeLine('a  b\r\nc\n\n  \n d   ')).toBe('a  b c d   ');
    expect(xmlSafeLine('\n lead and trail \n')).toBe(' lead and trail ');
  });

  it('agrees with the regular-expression definition on every string over a whitespace-heavy alphabet', () => {
    const alphabet = [' ', '\t', '\n', '\r', 'a', '\u00a0', '\u2028', '\u3000'];
    // All strings up to length 4: 4,681 cases, exhaustive rather than sampled.
    const strings = [''];
    for (let length = 1; length <= 4; length++) {
      const previous = strings.filter((s) => s.length === length - 1);
      for (const p of previous) for (const c of alphabet) strings.push(p + c);
    }
    for (const s of strings) expect(xmlSafeLine(s), JSON.stringify(s)).toBe(reference(s));
  });

  // Regression guard for the quadratic old pattern, which rescanned the run from every position
  // (~n²/2 steps: minutes on 200k characters). One `\s+` pass is linear and ends at once.
  it('handles a long run of whitespace with and without a line break at the end', () => {
    const spaces = ' '.repeat(200_000);
    expect(xmlSafeLine(`${spaces}x\n`)).toBe(`${spaces}x `);
    expect(xmlSafeLine(`x${spaces}\ny`)).toBe('x y');
    expect(xmlSafeLine(`\n${spaces}`)).toBe(' ');
  });
});

describe('XML escaper', () => {
  it('replaces what would reorder the text a reviewer reads (bidi controls, line separators), in attributes and text', () => {
    expect(attributeText('CRITICAL CVE-1 in \u202Eenv.lave\u202C', 100)).toBe('CRITICAL CVE-1 in \uFFFDenv.lave\uFFFD');
    expect(elementText('location: a\u2066b\u2069\u2028c\nd', 100)).toBe('location: a\uFFFDb\uFFFD\uFFFDc\nd');
    expect(attributeText('plain \u00e9 text', 100)).toBe('plain \u00e9 text');
  });

  it('makes attributes one XML-safe line, cut, and escaped', () => {
    expect(xmlAttribute('trivy\u0001\u001b<x a="1">\n&', 100)).toBe('trivy\uFFFD\uFFFD&lt;x a=&quot;1&quot;&gt; &amp;');
    expect(attributeText('z'.repeat(600), 500)).toHaveLength(500);
    expect(attributeText(attributeText('z\n'.repeat(600), 500), 500)).toBe(attributeText('z\n'.repeat(600), 500));
  });

  it('keeps line breaks in element text but replaces what XML 1.0 cannot carry', () => {
    expect(xmlElementText('a\nb\u0000c\uD800]]>', 100)).toBe('a\nb\uFFFDc\uFFFD]]&gt;');
  });
});

describe('escaping text that is already safe and cut (how JUnit writes its test cases)', () => {
  // Text over an alphabet of what each step changes: markup, controls, line breaks, both halves of
  // a surrogate pair in any order, and plain letters.
  const hostile = fc
    .array(fc.constantFrom('a', ' ', '\n', '\r', '\t', '<', '&', '"', "'", '\u0001', '\u001b', '\uD83D', '\uDE00', '\uFFFE', '…'), { maxLength: 40 })
    .map((chars) => chars.join(''));

  it('attributeText and elementText are idempotent, so a second pass changes nothing', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 45 }), (text, max) => {
        expect(attributeText(attributeText(text, max), max)).toBe(attributeText(text, max));
        expect(elementText(elementText(text, max), max)).toBe(elementText(text, max));
      }),
      { numRuns: 2000 },
    );
  });

  it('escapeMarkup of the safe text is what xmlAttribute and xmlElementText write', () => {
    fc.assert(
      fc.property(hostile, fc.integer({ min: 1, max: 45 }), (text, max) => {
        expect(escapeMarkup(attributeText(text, max))).toBe(xmlAttribute(text, max));
        expect(escapeMarkup(elementText(text, max))).toBe(xmlElementText(text, max));
      }),
      { numRuns: 2000 },
    );
  });
});
