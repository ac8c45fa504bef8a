import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../paths.test-support.js';
import { parseReport } from './index.js';
import { readFixture, results, sarifLog, severityCounts } from './fixtures.test-support.js';

function read(log: unknown, format?: string) {
  return parseReport(JSON.stringify(log), { file: 'in.sarif' }, format);
}

describe('round trip: a log srp wrote reads back to the same facts and fingerprints', () => {
  const reports = [
    ...readdirSync(`${FIXTURES_DIR}/trivy`).filter((f) => !/cdx|spdx/.test(f)).map((f) => `trivy/${f}`),
    ...readdirSync(`${FIXTURES_DIR}/gitleaks`).filter((f) => /\.(json|sarif)$/.test(f)).map((f) => `gitleaks/${f}`),
  ];
  it.each(reports)('%s', (file) => {
    const first = readFixture(file);
    const written = JSON.stringify(sarifLog(first.runs));
    const again = parseReport(written, { file: 'previous.sarif' });
    // A run without results carries no srp facts, so it is recognised by its driver name instead.
    expect(again.format).toBe(results(first).length > 0 ? 'sarif' : `${first.runs[0]!.tool.driver.name}-sarif`);
    expect(again.runs.map((r) => r.tool.driver.name)).toEqual(first.runs.map((r) => r.tool.driver.name));
    expect(results(again).map((r) => r.properties.srp)).toEqual(results(first).map((r) => r.properties.srp));
    expect(results(again).map((r) => r.partialFingerprints)).toEqual(results(first).map((r) => r.partialFingerprints));
    expect(results(again).map((r) => [r.ruleId, r.level, r.message.text, r.properties['security-severity'], r.locations])).toEqual(
      results(first).map((r) => [r.ruleId, r.level, r.message.text, r.properties['security-severity'], r.locations]),
    );
    expect(severityCounts(again)).toEqual(severityCounts(first));
  });

  it('keeps scanner suppressions (VEX) but not policy ones', () => {
    const first = readFixture('trivy/npm-vex-suppressed-convert.json');
    const log = sarifLog(first.runs);
    const withPolicy = JSON.parse(JSON.stringify(log)) as typeof log;
    withPolicy.runs[0]!.results[0]!.suppressions = [{ kind: 'external', status: 'accepted', justification: 'policy: accepted risk' }];
    const again = results(parseReport(JSON.stringify(withPolicy), { file: 'p.sarif' }));
    expect(again[0]!.suppressions).toBeUndefined();
    expect(again[1]!.suppressions?.[0]?.justification).toContain('not_affected');
  });

  it('skips results a previous --baseline run marked absent: they are not findings of this log', () => {
    const first = readFixture('trivy/alpine-3.9-image-vulns.json');
    const log = sarifLog(first.runs) as { runs: { results: { baselineState?: string }[] }[] };
    const kept = log.runs[0]!.results.length - 1;
    log.runs[0]!.results[0]!.baselineState = 'absent';
    expect(results(read(log))).toHaveLength(kept);
  });

  it('refuses srp facts with an unknown kind or severity', () => {
    const log = sarifLog(readFixture('trivy/repo-secrets.json').runs);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { properties: { srp: { severity: string } } }[] }[] };
    broken.runs[0]!.results[0]!.properties.srp.severity = 'SEVERE';
    expect(() => parseReport(JSON.stringify(broken), { file: 'p.sarif' })).toThrow(
      'p.sarif: not a valid SARIF 2.1.0 log: $.runs[0].results[0].properties.srp.severity must be one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN',
    );
  });
});
