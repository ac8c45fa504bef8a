/**
 * The gate on reports from the real, pinned gitleaks and trivy (scripts/scan-sample): planted
 * secrets block, a .gitleaksignore written from the report suppresses exactly them, our SARIF log
 * works as the next release's baseline, and no planted secret reaches any output.
 * Missing reports FAIL this suite (CI makes them in scripts/checks/35-engine.sh), never skip it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR, REAL_SCANS_DIR } from '../../src/paths.test-support.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { parseGitleaksIgnore } from '../../src/policy/gitleaksignore.js';
import { parsePolicy } from '../../src/policy/policy-file.js';
import { DEFAULT_POLICY } from '../../src/policy/policy.js';
import { parseReport } from '../../src/readers/index.js';
import { mergeRunsByTool } from '../../src/sarif/merge.js';
import type { NormalizedRun } from '../../src/sarif/model.js';
import { validateSarifLog } from '../../src/sarif/validate.test-support.js';
import { renderMarkdownSummary } from '../../src/outputs/markdown.js';
import { renderSarifLog } from '../../src/outputs/sarif.js';
import { renderTerminalSummary } from '../../src/outputs/terminal.js';
import { renderJUnit, renderVerdictJson } from '../../src/outputs/render.test-support.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const REPORTS = ['gitleaks-git.json', 'trivy-fs.json', 'trivy-config.json'];

function realScan(name: string): string {
  const path = join(REAL_SCANS_DIR, name);
  if (!existsSync(path)) {
    throw new Error(`missing real scan ${path}: run \`scripts/scan-sample .srp-out/real-scans\` (after scripts/setup)`);
  }
  return readFileSync(path, 'utf8');
}

function readRuns(names: string[]): NormalizedRun[] {
  return mergeRunsByTool(names.flatMap((name) => parseReport(realScan(name), { file: name }).runs));
}

describe(`the gate on the real scans in ${REAL_SCANS_DIR}`, () => {
  it('blocks on the planted secrets and IaC mistakes, and writes nothing secret', () => {
    const runs = readRuns(REPORTS);
    const evaluation = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW });
    const { verdict } = evaluation;
    expect(verdict.passed).toBe(false);
    expect(verdict.byScanner.gitleaks?.passed).toBe(false);
    expect(verdict.blockingFindings.some((f) => f.scanner === 'gitleaks' && f.kind === 'secret')).toBe(true);
    expect(verdict.blockingFindings.some((f) => f.kind === 'misconfiguration')).toBe(true);

    const sarif = renderSarifLog(runs, evaluation);
    expect(validateSarifLog(JSON.parse(sarif), join(FIXTURES_DIR, 'sarif', 'sarif-schema-2.1.0.json'))).toEqual([]);
    const outputs = [sarif, renderJUnit(runs, evaluation), renderMarkdownSummary(verdict), renderVerdictJson(verdict), renderTerminalSummary(verdict, { color: true })];
    const planted = realScan('planted-secrets.txt')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 8);
    expect(planted.length).toBeGreaterThan(0);
    for (const secret of planted) for (const output of outputs) expect(output.includes(secret)).toBe(false);
  });

  it('a .gitleaksignore written from the report fingerprints suppresses every Gitleaks finding, and only those', () => {
    const runs = readRuns(REPORTS);
    const fingerprints = runs
      .flatMap((r) => r.results)
      .filter((r) => r.properties.srp.scanner === 'gitleaks')
      .map((r) => r.properties.srp.nativeFingerprint as string);
    const ignore = parseGitleaksIgnore(`# accepted in review\n${fingerprints.join('\n')}\n`, '.gitleaksignore');
    const { verdict } = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW, ignores: [ignore] });
    expect(verdict.byScanner.gitleaks).toMatchObject({ passed: true, blocking: 0, suppressed: fingerprints.length });
    expect(verdict.byScanner.trivy?.suppressed).toBe(0);
    expect(verdict.suppressions.unused).toEqual([]);
  });

  it('our SARIF log is the next release baseline: nothing new, and newFindingsOnly lets the release through', () => {
    const runs = readRuns(REPORTS);
    const first = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW });
    const baseline = mergeRunsByTool(parseReport(renderSarifLog(runs, first), { file: 'previous.sarif' }).runs);
    const policy = parsePolicy('version: 1\nnewFindingsOnly: true\n', 'policy.yml');
    const next = evaluate({ runs: readRuns(REPORTS), policy, now: NOW, baseline });
    expect(next.verdict.baseline).toEqual({ new: 0, updated: 0, unchanged: first.verdict.total, absent: 0 });
    expect(next.verdict.passed).toBe(true);
    // Without the trivy reports this time, their findings are absent from the new scan.
    const onlySecrets = evaluate({ runs: readRuns(['gitleaks-git.json']), policy, now: NOW, baseline });
    // Absent counts identities: trivy fs and trivy config can report the same misconfiguration,
    // which is one finding with one fingerprint.
    const all = runs.flatMap((r) => r.results);
    const gitleaks = all.filter((r) => r.properties.srp.scanner === 'gitleaks');
    const gitleaksIds = new Set(gitleaks.map((r) => r.partialFingerprints['srp/v1']));
    const otherIds = new Set(all.map((r) => r.partialFingerprints['srp/v1']).filter((id) => !gitleaksIds.has(id)));
    expect(onlySecrets.verdict.baseline).toEqual({ new: 0, updated: 0, unchanged: gitleaks.length, absent: otherIds.size });
    const absentLog = JSON.parse(renderSarifLog(readRuns(['gitleaks-git.json']), onlySecrets)) as { runs: { tool: { driver: { name: string } }; results: { baselineState?: string }[] }[] };
    expect(absentLog.runs.map((r) => r.tool.driver.name.toLowerCase()).sort()).toEqual(['gitleaks', 'trivy']);
    expect(absentLog.runs.flatMap((r) => r.results).filter((r) => r.baselineState === 'absent')).toHaveLength(otherIds.size);
  });
});
