import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  VERDICT_MAX_BLOCKING_FINDINGS,
  VERDICT_MAX_BLOCKING_FINDINGS_CHARS,
  VERDICT_MAX_SUPPRESSIONS_PER_LIST,
} from '../limits.js';
import type { FindingSummary, SuppressionRef, Verdict } from '../policy/verdict.js';
import { loadScenario, scenarioNames } from './scenarios.test-support.js';
import { renderVerdictJson } from './render.test-support.js';
import { findingJson, jsonString, orderVerdict } from './verdict-json.js';

describe.each(scenarioNames())('verdict JSON golden: %s', (name) => {
  const scenario = loadScenario(name);
  const json = renderVerdictJson(scenario.evaluation.verdict);

  it('matches testdata/*.expected.verdict.json', async () => {
    await expect(json).toMatchFileSnapshot(scenario.expected('verdict.json'));
  });

  it('written piece by piece, is byte for byte JSON.stringify of the ordered verdict', () => {
    expect(json).toBe(`${JSON.stringify(orderVerdict(scenario.evaluation.verdict), null, 2)}\n`);
  });

  it('round-trips to the same verdict', () => {
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(scenario.evaluation.verdict)));
  });
});

describe('renderVerdictJson', () => {
  it('starts with the contract fields and does not depend on the order the object was built in', () => {
    const { verdict } = loadScenario('mixed-blocked').evaluation;
    const shuffled = Object.fromEntries(Object.entries(verdict).reverse()) as unknown as Verdict;
    shuffled.byScanner = Object.fromEntries(Object.entries(verdict.byScanner).reverse());
    shuffled.blockingFindings = verdict.blockingFindings.map((f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f);
    const json = renderVerdictJson(shuffled);
    expect(json).toBe(renderVerdictJson(verdict));
    expect(Object.keys(JSON.parse(json)).slice(0, 3)).toEqual(['schemaVersion', 'passed', 'blocking']);
    expect(json.endsWith('}\n')).toBe(true);
  });
});

describe('verdict JSON caps', () => {
  const base = loadScenario('mixed-blocked').evaluation.verdict;
  const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
  /** `n` findings, most severe first as evaluate sorts them; `perSeverity` of each in turn. */
  const findings = (n: number, perSeverity: number, title = 'a finding'): FindingSummary[] =>
    Array.from({ length: n }, (_, i) => ({
      scanner: 'trivy',
      kind: 'vulnerability' as const,
      severity: SEVERITIES[Math.min(Math.floor(i / perSeverity), SEVERITIES.length - 1)] as FindingSummary['severity'],
      id: `CVE-2026-${i}`,
      ruleId: `CVE-2026-${i}`,
      title,
      package: 'pkg',
      fingerprint: `fp${i}`,
    }));
  const refs = (n: number, reason = 'accepted'): SuppressionRef[] =>
    Array.from({ length: n }, (_, i) => ({ source: 'trivyignore' as const, id: `CVE-2025-${i}`, reason, file: '.trivyignore' }));
  const withLists = (blockingFindings: FindingSummary[], suppressions: Partial<Verdict['suppressions']> = {}): Verdict => ({
    ...base,
    passed: blockingFindings.length === 0,
    blocking: blockingFindings.length,
    blockingFindings,
    suppressions: { ...base.suppressions, ...suppressions },
  });
  const written = (verdict: Verdict) => {
    const json = renderVerdictJson(verdict);
    expect(json).toBe(`${JSON.stringify(orderVerdict(verdict), null, 2)}\n`);
    return { json, parsed: JSON.parse(json) as Record<string, unknown> & { blockingFindings: FindingSummary[]; suppressions: Record<string, unknown> } };
  };

  it('lists at most VERDICT_MAX_BLOCKING_FINDINGS, the most severe, and says how many it left out', () => {
    const all = findings(VERDICT_MAX_BLOCKING_FINDINGS + 2345, 4000);
    const verdict = withLists(all);
    const { parsed } = written(verdict);
    expect(parsed.blockingFindings).toHaveLength(VERDICT_MAX_BLOCKING_FINDINGS);
    expect(parsed.blockingFindings.map((f) => f.id)).toEqual(all.slice(0, VERDICT_MAX_BLOCKING_FINDINGS).map((f) => f.id));
    expect(parsed.blockingFindings.at(-1)?.severity).toBe('MEDIUM');
    expect(parsed.blockingFindingsOmitted).toBe(2345);
    // The counts count everything, not the list.
    expect(parsed.blocking).toBe(all.length);
    expect(parsed.counts).toEqual(base.counts);
    expect(parsed.total).toBe(base.total);
    expect(Object.keys(parsed).indexOf('blockingFindingsOmitted')).toBe(Object.keys(parsed).indexOf('blockingFindings') + 1);
    // The caller's verdict is not cut: other writers, statuses and the ledger see every finding.
    expect(verdict.blockingFindings).toHaveLength(all.length);
  });

  it('at the cap lists everything and adds no field', () => {
    const { json, parsed } = written(withLists(findings(VERDICT_MAX_BLOCKING_FINDINGS, 4000)));
    expect(parsed.blockingFindings).toHaveLength(VERDICT_MAX_BLOCKING_FINDINGS);
    expect(json).not.toContain('Omitted');
  });

  it('stops listing findings at VERDICT_MAX_BLOCKING_FINDINGS_CHARS of JSON (64 KiB titles)', () => {
    const all = findings(400, 100, 'x'.repeat(64 * 1024));
    const { json, parsed } = written(withLists(all));
    const listed = parsed.blockingFindings.length;
    expect(listed).toBeGreaterThan(200);
    expect(listed).toBeLessThan(all.length);
    expect(parsed.blockingFindingsOmitted).toBe(all.length - listed);
    expect(json.length).toBeLessThan(VERDICT_MAX_BLOCKING_FINDINGS_CHARS + 1024 * 1024);
  });

  it('cuts each suppression list at VERDICT_MAX_SUPPRESSIONS_PER_LIST, in its order, with <list>Omitted after it', () => {
    const unused = refs(VERDICT_MAX_SUPPRESSIONS_PER_LIST + 7);
    const applied = refs(VERDICT_MAX_SUPPRESSIONS_PER_LIST + 1).map((s) => ({ ...s, matched: 2 }));
    const expiringSoon = refs(3).map((s) => ({ ...s, expires: '2026-06-20' }));
    const { parsed } = written(withLists(base.blockingFindings, { applied, expiringSoon, expired: [], unused }));
    const s = parsed.suppressions;
    expect(Object.keys(s)).toEqual(['applied', 'appliedOmitted', 'expiringSoon', 'expired', 'unused', 'unusedOmitted']);
    expect(s.applied).toEqual(applied.slice(0, VERDICT_MAX_SUPPRESSIONS_PER_LIST));
    expect(s.appliedOmitted).toBe(1);
    expect(s.expiringSoon).toEqual(expiringSoon);
    expect(s.unused).toEqual(unused.slice(0, VERDICT_MAX_SUPPRESSIONS_PER_LIST));
    expect(s.unusedOmitted).toBe(7);
    expect(parsed.suppressed).toBe(base.suppressed);
    expect(parsed.blockingFindingsOmitted).toBeUndefined();
  });

  it('stops a suppression list at VERDICT_MAX_SUPPRESSION_LIST_CHARS of JSON (long reasons)', () => {
    const unused = refs(900, 'r'.repeat(8 * 1024));
    const { parsed } = written(withLists([], { unused }));
    const listed = (parsed.suppressions.unused as unknown[]).length;
    expect(listed).toBeGreaterThan(200);
    expect(listed).toBeLessThan(unused.length);
    expect(parsed.suppressions.unusedOmitted).toBe(unused.length - listed);
  });
});

describe('blocking findings written directly', () => {
  const base = loadScenario('mixed-blocked').evaluation.verdict;
  const odd = fc
    .array(fc.constantFrom('a', ' ', '"', '\\', '/', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '\uD83D', '\uDE00', 'é', '😀'), { maxLength: 12 })
    .map((chars) => chars.join(''));

  it('jsonString is JSON.stringify for any string, lone surrogates and controls included', () => {
    fc.assert(
      fc.property(odd, (text) => {
        expect(jsonString(text)).toBe(JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the bytes of the generic path for odd text, odd numbers, missing and unknown fields', () => {
    const value = fc.oneof(odd, fc.constantFrom(0, -1, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY, undefined, true, null));
    const key = fc.constantFrom('scanner', 'kind', 'severity', 'id', 'ruleId', 'title', 'path', 'line', 'package', 'baselineState', 'fingerprint', 'zeta', 'alpha');
    const findingArb = fc.dictionary(key, value, { maxKeys: 8 }).map((f) => f as unknown as FindingSummary);
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 4 }), (blockingFindings) => {
        const verdict: Verdict = { ...base, blockingFindings };
        expect(renderVerdictJson(verdict)).toBe(`${JSON.stringify(orderVerdict(verdict), null, 2)}\n`);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the direct path for what evaluate builds, and leaves the rest to the generic one', () => {
    const finding = base.blockingFindings[0] as FindingSummary;
    expect(findingJson(finding)).toBeDefined();
    expect(findingJson({ ...finding, title: undefined })).toBeUndefined();
    expect(findingJson({ ...finding, extra: 1 } as FindingSummary)).toBeUndefined();
    expect(findingJson({ ...finding, line: true } as unknown as FindingSummary)).toBeUndefined();
  });
});
