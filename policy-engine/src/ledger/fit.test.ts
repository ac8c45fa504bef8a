import { describe, expect, it } from 'vitest';
import { fitLedgerDocument, fitSarifText, jsonDepth, LEDGER_LIMITS, truncate } from './fit.js';

describe('truncate', () => {
  it('keeps short strings, cuts long ones to the limit with a marker, never splitting a surrogate pair', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcdef', 4)).toBe('abc…');
    const cut = truncate(`${'a'.repeat(62)}😀😀`, 64);
    expect(cut.length).toBeLessThanOrEqual(64);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('fitLedgerDocument', () => {
  it('leaves a document that already fits untouched, with no notes', () => {
    const doc = { branch: 'main', byScanner: { trivy: { passed: true } }, suppressions: { applied: [{ id: 'x', reason: 'r', source: 'policy' }] } };
    expect(fitLedgerDocument(doc)).toEqual({ doc, notes: [] });
  });

  it('replaces NUL and lone surrogates in values and keys, leaving paired surrogates', () => {
    const { doc, notes } = fitLedgerDocument({ blockingFindings: [{ title: 'a\u0000b\ud800c😀', ['k\udc00']: 1 }] });
    expect(doc.blockingFindings).toEqual([{ title: 'a\uFFFDb\uFFFDc😀', ['k\uFFFD']: 1 }]);
    expect(notes).toEqual([expect.stringMatching(/replaced with U\+FFFD/)]);
  });

  it('cuts scanner names, suppression fields and metadata to the published limits, keeping names distinct', () => {
    const long = 'x'.repeat(80);
    const { doc, notes } = fitLedgerDocument({
      branch: 'b'.repeat(300),
      byScanner: { [`${long}1`]: { n: 1 }, [`${long}2`]: { n: 2 }, ['__proto__']: { n: 3 } },
      blockingFindings: [{ scanner: `${long}1`, severity: 'high' }],
      suppressions: { applied: [{ id: 'i'.repeat(600), reason: 'r'.repeat(3000), source: 's'.repeat(70) }, { id: 'y', reason: ' ', source: 'policy' }] },
    });
    const names = Object.keys(doc.byScanner as object);
    expect(names).toHaveLength(3);
    expect(names.every((n) => n.length <= LEDGER_LIMITS.scannerName)).toBe(true);
    expect(new Set(names).size).toBe(3);
    expect((doc.blockingFindings as { scanner: string }[])[0]!.scanner).toBe(names[0]);
    const [first, second] = (doc.suppressions as { applied: Record<string, string>[] }).applied;
    expect(first!.id).toHaveLength(500);
    expect(first!.reason).toHaveLength(2000);
    expect(first!.reason!.endsWith('…')).toBe(true);
    expect(first!.source).toHaveLength(64);
    expect(second!.reason).toBe('(no reason given)');
    expect(doc.branch).toHaveLength(255);
    expect(notes.length).toBeGreaterThanOrEqual(4);
  });

  it('removes user information from the build URL', () => {
    const { doc, notes } = fitLedgerDocument({ buildUrl: 'https://bot:s3cret@ci.example.com/job/x/1/' });
    expect(doc.buildUrl).toBe('https://ci.example.com/job/x/1/');
    expect(notes.join(' ')).not.toContain('s3cret');
  });
});

describe('fitSarifText', () => {
  it('passes an ordinary log through byte for byte', () => {
    const text = '{"version":"2.1.0","runs":[{"results":[{"message":{"text":"caf\\u00e9 😀 \\ud83d\\ude00"}}]}]}';
    expect(fitSarifText(text)).toEqual({ text, notes: [] });
  });
  it('rewrites a log with an escaped NUL or lone surrogate', () => {
    const out = fitSarifText('{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t\\u0000\\ud800"}}}]}');
    expect(JSON.parse(out.text!).runs[0].tool.driver.name).toBe('t\uFFFD\uFFFD');
    expect(out.notes).toHaveLength(1);
  });
  it('leaves out a log nested deeper than the ledger accepts', () => {
    const deep = `{"version":"2.1.0","runs":[${'['.repeat(70)}${']'.repeat(70)}]}`;
    expect(fitSarifText(deep).omitted).toMatch(/nested deeper/);
  });
  it('measures depth outside strings only', () => {
    expect(jsonDepth('{"a":"[[[{{\\"","b":[1,{"c":[]}]}')).toBe(4);
  });
});
