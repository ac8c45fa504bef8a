import { describe, expect, it } from 'vitest';
import { mergeRunsByTool } from './merge.js';
import type { NormalizedResult, NormalizedRun } from './model.js';

function result(ruleId: string, ruleIndex: number): NormalizedResult {
  return {
    ruleId,
    ruleIndex,
    level: 'error',
    message: { text: ruleId },
    partialFingerprints: { 'srp/v1': ruleId },
    properties: { srp: { scanner: 'trivy', kind: 'vulnerability', severity: 'HIGH', id: ruleId } },
  };
}

function run(name: string, ruleIds: string[]): NormalizedRun {
  return {
    tool: { driver: { name, rules: ruleIds.map((id) => ({ id })) } },
    results: ruleIds.map((id, index) => result(id, index)),
  };
}

describe('mergeRunsByTool', () => {
  it('merges runs of one tool, de-duplicating rules and re-pointing rule indexes', () => {
    const merged = mergeRunsByTool([run('Trivy', ['A', 'B']), run('gitleaks', ['S']), run('trivy', ['B', 'C'])]);
    expect(merged.map((r) => r.tool.driver.name)).toEqual(['Trivy', 'gitleaks']);
    const trivy = merged[0]!;
    expect(trivy.tool.driver.rules.map((r) => r.id)).toEqual(['A', 'B', 'C']);
    expect(trivy.results.map((r) => [r.ruleId, r.ruleIndex])).toEqual([
      ['A', 0],
      ['B', 1],
      ['B', 1],
      ['C', 2],
    ]);
  });

  it('describes the merged tool the same way whichever report came first', () => {
    const older = { ...run('Semgrep', ['A']), tool: { driver: { name: 'Semgrep', version: '1.0', rules: [{ id: 'A' }] } } };
    const newer = { ...run('semgrep', ['B']), tool: { driver: { name: 'semgrep', version: '1.1', rules: [{ id: 'B' }] } } };
    const drivers = [mergeRunsByTool([older, newer]), mergeRunsByTool([newer, older])].map(([merged]) => merged!.tool.driver);
    expect(drivers.map((d) => [d.name, d.version])).toEqual([['Semgrep', '1.0'], ['Semgrep', '1.0']]);
    expect(drivers.map((d) => d.rules.map((r) => r.id))).toEqual([['A', 'B'], ['B', 'A']]);
    expect(older.tool.driver.rules).toHaveLength(1);
  });

  it('keeps the version one report gives over a report that gives none, in either order', () => {
    const versioned = { ...run('trivy', ['A']), tool: { driver: { name: 'trivy', version: '0.74.0', rules: [{ id: 'A' }] } } };
    const bare = run('trivy', ['B']);
    for (const order of [[versioned, bare], [bare, versioned]]) expect(mergeRunsByTool(order)[0]!.tool.driver.version).toBe('0.74.0');
  });

  it('does not modify the runs it was given', () => {
    const first = run('trivy', ['A']);
    mergeRunsByTool([first, run('trivy', ['B'])]);
    expect(first.tool.driver.rules.map((r) => r.id)).toEqual(['A']);
    expect(first.results).toHaveLength(1);
  });

  it("takes the worse level and security-severity of a rule two reports describe, in either order", () => {
    const rule = (level: 'note' | 'error', score: string) => ({ id: 'CVE-1', defaultConfiguration: { level }, properties: { 'security-severity': score, tags: ['x'] } });
    const low: NormalizedRun = { tool: { driver: { name: 'trivy', rules: [rule('note', '2.0')] } }, results: [result('CVE-1', 0)] };
    const critical: NormalizedRun = { tool: { driver: { name: 'trivy', rules: [rule('error', '9.5')] } }, results: [result('CVE-1', 0)] };
    for (const runs of [[low, critical], [critical, low]]) {
      const [merged] = mergeRunsByTool(runs);
      expect(merged!.tool.driver.rules).toEqual([rule('error', '9.5')]);
    }
    // The inputs' descriptors are not modified.
    expect(low.tool.driver.rules[0]).toEqual(rule('note', '2.0'));
  });
});
