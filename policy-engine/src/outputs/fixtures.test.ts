/**
 * End to end over every real scanner output in ../shared/fixtures: read (the real readers), gate
 * with the default policy, write every output, and check what a consumer relies on: the SARIF log
 * validates, JUnit parses and agrees with the verdict, nothing secret leaks, and a log we wrote
 * reads back to the same verdict.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { FIXTURES_DIR } from '../paths.test-support.js';
import { evaluate } from '../policy/evaluate.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { parseReport } from '../readers/index.js';
import { mergeRunsByTool } from '../sarif/merge.js';
import { validateSarifLog } from '../sarif/validate.test-support.js';
import { renderJUnitWithXmlBuilder } from './junit-oracle.test-support.js';
import { renderMarkdownSummary } from './markdown.js';
import { buildSarifLog, renderSarifLog } from './sarif.js';
import { renderTerminalSummary } from './terminal.js';
import { renderJUnit, renderVerdictJson } from './render.test-support.js';
import { orderVerdict } from './verdict-json.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const SCHEMA = join(FIXTURES_DIR, 'sarif', 'sarif-schema-2.1.0.json');

/** Fixture files that are scanner outputs but not formats srp gates (SBOMs, CSV, JUnit). */
const NOT_GATE_INPUTS = new Set([
  'gitleaks/csv-report-v8.30.csv',
  'gitleaks/junit-report-v8.30.xml',
  'trivy/npm-cyclonedx.cdx.json',
  'trivy/conda-spdx.spdx.json',
]);

const files = ['trivy', 'gitleaks'].flatMap((dir) =>
  readdirSync(join(FIXTURES_DIR, dir))
    .sort()
    .map((name) => `${dir}/${name}`),
);

/** Raw secret material in a Gitleaks report (v8 Secret/Match, v7 offender/line). */
function rawSecrets(text: string): string[] {
  const doc: unknown = JSON.parse(text);
  if (!Array.isArray(doc)) return [];
  return doc
    .flatMap((f: Record<string, unknown>) => [f.Secret, f.Match, f.Context, f.offender, f.line])
    .filter((v): v is string => typeof v === 'string' && v.length >= 6 && !/^\*+$/.test(v));
}

it('covers every fixture file', () => {
  expect(files.length).toBeGreaterThanOrEqual(30);
});

describe.each(files)('%s', (file) => {
  const text = readFileSync(join(FIXTURES_DIR, file), 'utf8');

  if (NOT_GATE_INPUTS.has(file)) {
    it('is refused as input with exit-2 error naming the file', () => {
      expect(() => parseReport(text, { file })).toThrow(InputError);
      expect(() => parseReport(text, { file })).toThrow(file);
    });
    return;
  }

  const runs = mergeRunsByTool(parseReport(text, { file }).runs);
  const evaluation = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW });
  const { verdict } = evaluation;
  const sarif = renderSarifLog(runs, evaluation);
  const junit = renderJUnit(runs, evaluation);
  const outputs = [sarif, junit, renderMarkdownSummary(verdict), renderVerdictJson(verdict), renderTerminalSummary(verdict, { color: true })];

  it('writes a SARIF log that validates and keeps every finding', () => {
    const log = JSON.parse(sarif) as Log;
    expect(validateSarifLog(log, SCHEMA)).toEqual([]);
    expect(log.runs.flatMap((r) => r.results ?? [])).toHaveLength(verdict.total + (verdict.duplicates ?? 0));
    for (const run of log.runs) {
      expect(run.automationDetails?.id).toMatch(/^srp\/[^/]+\/$/);
      for (const result of run.results ?? []) {
        expect(run.tool.driver.rules?.[result.ruleIndex as number]?.id).toBe(result.ruleId);
        expect(result.partialFingerprints?.['srp/v1']).toBeTruthy();
        expect(result.locations?.length, `${result.ruleId} has a location`).toBeGreaterThan(0);
      }
    }
  });

  it('streams exactly the bytes JSON.stringify writes for the same log and verdict', () => {
    expect(sarif).toBe(`${JSON.stringify(buildSarifLog(runs, evaluation))}\n`);
    expect(renderVerdictJson(verdict)).toBe(`${JSON.stringify(orderVerdict(verdict), null, 2)}\n`);
  });

  it('writes JUnit XML that agrees with the verdict', () => {
    expect(XMLValidator.validate(junit)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(junit) as {
      testsuites: { failures: string; skipped: string };
    };
    expect(Number(doc.testsuites.failures)).toBe(verdict.blocking);
    expect(Number(doc.testsuites.skipped)).toBe(verdict.suppressed);
    expect(renderJUnitWithXmlBuilder(runs, evaluation)).toBe(junit);
  });

  it('leaks no raw secret into any output', () => {
    for (const secret of rawSecrets(text)) for (const output of outputs) expect(output).not.toContain(secret);
  });

  it('reads back from its own SARIF log to the same decision', () => {
    const reread = mergeRunsByTool(parseReport(sarif, { file: 'results.sarif' }).runs);
    const again = evaluate({ runs: reread, policy: DEFAULT_POLICY, now: NOW }).verdict;
    expect({ passed: again.passed, blocking: again.blocking, counts: again.counts, total: again.total }).toEqual({
      passed: verdict.passed,
      blocking: verdict.blocking,
      counts: verdict.counts,
      total: verdict.total,
    });
    expect(again.blockingFindings.map((f) => f.fingerprint)).toEqual(verdict.blockingFindings.map((f) => f.fingerprint));
  });
});

describe('default policy on real reports', () => {
  const gate = (file: string) => {
    const runs = mergeRunsByTool(parseReport(readFileSync(join(FIXTURES_DIR, file), 'utf8'), { file }).runs);
    return evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }).verdict;
  };

  it('blocks the alpine 3.9 image on its 2 CRITICAL vulnerabilities', () => {
    expect(gate('trivy/alpine-3.9-image-vulns.json')).toMatchObject({ passed: false, blocking: 2 });
  });

  it('passes alpine 3.10 (MEDIUM only) and UBI 7 (one LOW)', () => {
    expect(gate('trivy/alpine-3.10-image-vulns.json')).toMatchObject({ passed: true, blocking: 0 });
    expect(gate('trivy/ubi-7-rhel-image-vulns.json')).toMatchObject({ passed: true, blocking: 0 });
  });

  it('blocks every Gitleaks finding, whatever the format', () => {
    expect(gate('gitleaks/legacy-v7.6.1-json-report.json')).toMatchObject({ passed: false, blocking: 5 });
    expect(gate('gitleaks/json-report-v8.30.json')).toMatchObject({ passed: false, blocking: 1 });
    expect(gate('gitleaks/json-report-empty.json')).toMatchObject({ passed: true, total: 0 });
  });

  it('honours a .gitleaksignore entry written from the report fingerprint', async () => {
    const { parseGitleaksIgnore } = await import('../policy/gitleaksignore.js');
    const file = 'gitleaks/baseline-redacted-real-scan.json';
    const runs = mergeRunsByTool(parseReport(readFileSync(join(FIXTURES_DIR, file), 'utf8'), { file }).runs);
    const native = runs.flatMap((r) => r.results).map((r) => r.properties.srp.nativeFingerprint);
    expect(native.every((f) => typeof f === 'string' && f.length > 0)).toBe(true);
    const ignore = parseGitleaksIgnore(`${native.join('\n')}\n`, '.gitleaksignore');
    const verdict = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW, ignores: [ignore] }).verdict;
    expect(verdict).toMatchObject({ passed: true, suppressed: native.length });
  });
});
