import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { NOW, finding, run } from '../policy/builders.test-support.js';
import { evaluate } from '../policy/evaluate.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { loadScenario, sarifSchemaErrors, scenarioNames } from './scenarios.test-support.js';
import { SARIF_SCHEMA_URI, buildSarifLog, renderSarifLog, writeSarifLog } from './sarif.js';

describe.each(scenarioNames())('SARIF golden: %s', (name) => {
  const scenario = loadScenario(name);
  const text = renderSarifLog(scenario.runs, scenario.evaluation, { pretty: true });
  const log = JSON.parse(text) as Log;

  it('matches testdata/*.expected.sarif', async () => {
    await expect(text).toMatchFileSnapshot(scenario.expected('sarif'));
  });

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('written piece by piece, the compact log is byte for byte JSON.stringify of the log', () => {
    const expected = `${JSON.stringify(buildSarifLog(scenario.runs, scenario.evaluation))}\n`;
    const pieces: string[] = [];
    writeSarifLog(scenario.runs, scenario.evaluation, (piece) => pieces.push(piece));
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(expected);
    expect(renderSarifLog(scenario.runs, scenario.evaluation)).toBe(expected);
    expect(JSON.parse(expected)).toEqual(log);
  });

  it('has one run per tool, each with a category and the fields GitHub requires', () => {
    const names = log.runs.map((r) => r.tool.driver.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    for (const r of log.runs) {
      expect(r.automationDetails?.id).toBe(`srp/${r.tool.driver.name.toLowerCase()}/`);
      expect(r.tool.driver.rules).toBeDefined();
      for (const result of r.results ?? []) {
        const rule = r.tool.driver.rules?.[result.ruleIndex ?? -1];
        expect(rule?.id).toBe(result.ruleId);
        expect(result.message.text).toBeTruthy();
        expect(result.partialFingerprints?.['srp/v1']).toBeTruthy();
      }
    }
  });

  it('keeps every finding: suppressed ones stay, marked', () => {
    const inputCount = scenario.runs.reduce((n, r) => n + r.results.length, 0);
    const results = log.runs.flatMap((r) => r.results ?? []).filter((r) => r.baselineState !== 'absent');
    expect(results).toHaveLength(inputCount);
    const suppressed = results.filter((r) => r.suppressions?.some((s) => s.status === 'accepted'));
    expect(suppressed).toHaveLength(scenario.evaluation.verdict.suppressed);
  });
});

describe('renderSarifLog', () => {
  const trivy = run('Trivy', [
    finding({ id: 'CVE-1', severity: 'LOW' }),
    finding({ id: 'CVE-2', severity: 'CRITICAL' }),
    finding({ id: 'CVE-3', severity: 'MEDIUM' }),
    finding({ id: 'CVE-4', severity: 'HIGH' }),
  ]);

  it('without an evaluation (srp convert) writes the runs as they are, with no suppressions or baseline state', () => {
    const log = buildSarifLog([trivy]);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results?.map((r) => r.ruleId)).toEqual(['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4']);
    expect(log.runs[0]?.results?.some((r) => r.suppressions || r.baselineState)).toBe(false);
    expect(log.runs[0]?.tool.driver.semanticVersion).toBe('1.0.0');
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('finds each result its rule by id even when the run\'s own rule indexes are stale', () => {
    const stale = run('Trivy', [finding({ id: 'CVE-1' }), finding({ id: 'CVE-2' }), finding({ id: 'CVE-3' })]);
    stale.results.forEach((result, index) => {
      result.ruleIndex = (index + 1) % 3;
    });
    const out = buildSarifLog([stale]).runs[0];
    expect(out?.tool.driver.rules?.map((r) => r.id)).toEqual(['CVE-1', 'CVE-2', 'CVE-3']);
    for (const result of out?.results ?? []) expect(out?.tool.driver.rules?.[result.ruleIndex as number]?.id).toBe(result.ruleId);
  });

  it('merges two runs of one tool into one run, re-pointing rule indexes', () => {
    const config = run('trivy', [finding({ id: 'DS002', kind: 'misconfiguration', path: 'Dockerfile' }), finding({ id: 'CVE-2' })]);
    const log = buildSarifLog([trivy, config]);
    expect(log.runs).toHaveLength(1);
    const [merged] = log.runs;
    expect(merged?.results).toHaveLength(6);
    expect(merged?.tool.driver.rules?.map((r) => r.id)).toEqual(['CVE-1', 'CVE-2', 'CVE-3', 'CVE-4', 'DS002']);
    for (const r of merged?.results ?? []) expect(merged?.tool.driver.rules?.[r.ruleIndex as number]?.id).toBe(r.ruleId);
  });

  it('keeps each decision with its result when two runs of one tool are merged', () => {
    const image = run('Trivy', [finding({ id: 'CVE-1', severity: 'CRITICAL' }), finding({ id: 'CVE-2', severity: 'HIGH' })]);
    const config = run('trivy', [finding({ id: 'DS002', kind: 'misconfiguration', severity: 'HIGH', path: 'Dockerfile' })]);
    const policy = { ...DEFAULT_POLICY, suppressions: [{ id: 'DS002', reason: 'CI image only' }] };
    const evaluation = evaluate({ runs: [image, config], policy, now: NOW });
    const results = buildSarifLog([image, config], evaluation).runs[0]?.results ?? [];
    expect(results.map((r) => [r.ruleId, r.suppressions?.[0]?.justification])).toEqual([
      ['CVE-1', undefined],
      ['CVE-2', undefined],
      ['DS002', 'CI image only'],
    ]);
    // The caller's runs are not modified.
    expect(image.results).toHaveLength(2);
    expect(config.results[0]?.suppressions).toBeUndefined();
  });

  it('within GitHub’s results-per-run limit keeps blocking findings first and says what was cut', () => {
    const evaluation = evaluate({ runs: [trivy], policy: DEFAULT_POLICY, now: NOW });
    const log = buildSarifLog([trivy], evaluation, { maxResultsPerRun: 2 });
    const [cut] = log.runs;
    expect(cut?.results?.map((r: Result) => r.ruleId)).toEqual(['CVE-2', 'CVE-4']);
    expect(cut?.properties?.['srp/truncated']).toMatchObject({ kept: 2, dropped: 2, droppedBlocking: 0, limit: 2 });
    const note = cut?.invocations?.[0]?.toolExecutionNotifications?.[0];
    expect(note?.level).toBe('warning');
    expect(note?.message.text).toContain('2 of 4 trivy results were left out');
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('says when even blocking findings did not fit', () => {
    const evaluation = evaluate({ runs: [trivy], policy: DEFAULT_POLICY, now: NOW });
    const log = buildSarifLog([trivy], evaluation, { maxResultsPerRun: 1 });
    expect(log.runs[0]?.results?.map((r) => r.ruleId)).toEqual(['CVE-2']);
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toContain('1 blocking findings did not fit');
  });

  it('keeps at most the runs-per-file limit, tools with blocking findings first', () => {
    const runs = ['a', 'b', 'c'].map((tool, i) =>
      run(tool, [finding({ id: `X-${i}`, scanner: tool, severity: tool === 'c' ? 'CRITICAL' : 'LOW' })]),
    );
    const evaluation = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW });
    const log = buildSarifLog(runs, evaluation, { maxRunsPerFile: 2 });
    expect(log.runs.map((r) => r.tool.driver.name)).toEqual(['c', 'a']);
    expect(log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toContain('the runs of b were left out');
  });

  it('drops a baseline state carried over from a re-read log when this run has no baseline', () => {
    const reread = run('Trivy', [finding({ id: 'CVE-1' }, { baselineState: 'new' })]);
    const evaluation = evaluate({ runs: [reread], policy: DEFAULT_POLICY, now: NOW });
    expect(buildSarifLog([reread], evaluation).runs[0]?.results?.[0]?.baselineState).toBeUndefined();
  });

  it('is compact by default and ends with a newline', () => {
    const text = renderSarifLog([trivy]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
  });
});

describe('writeSarifLog on big runs', () => {
  // Results whose JSON sizes vary a hundredfold, so the slices of rules and results change length.
  const results = Array.from({ length: 700 }, (_, i) =>
    finding({ id: `CVE-${i % 450}`, package: `pkg-${i}`, title: `issue ${i} → ${'x'.repeat((i * 37) % 900)} "q" \\ \n ${i % 5 === 0 ? '\ud800' : ''}` }),
  );

  it.each([0, 1, 7, 8, 9, 450, 700])('writes %i results byte for byte as JSON.stringify, in more than one piece', (count) => {
    const runs = [run('Trivy', results.slice(0, count))];
    const pieces: string[] = [];
    writeSarifLog(runs, undefined, (piece) => pieces.push(piece));
    expect(pieces.join('')).toBe(`${JSON.stringify(buildSarifLog(runs))}\n`);
  });

  it('writes no piece much longer than a slice, however long the run', () => {
    const runs = [run('Trivy', results)];
    let longest = 0;
    writeSarifLog(runs, undefined, (piece) => {
      longest = Math.max(longest, piece.length);
    });
    expect(longest).toBeLessThan(100_000);
  });
});
