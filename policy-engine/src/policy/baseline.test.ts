import { describe, expect, it } from 'vitest';
import { Baseline, severityEscalated } from './baseline.js';
import { finding, run } from './builders.test-support.js';

describe('Baseline', () => {
  it('classifies by srp/v1 fingerprint and lists what disappeared with its rule and tool', () => {
    const kept = finding({ id: 'CVE-1', package: 'a' });
    const fixed = finding({ id: 'CVE-2', package: 'b' });
    const previous = run('Trivy', [kept, fixed, finding({ id: 'CVE-1', package: 'a' })]);
    const baseline = new Baseline([previous]);
    expect(baseline.size).toBe(2);
    // Same fingerprint, different object and message: still the same finding.
    expect(baseline.classify(finding({ id: 'CVE-1', package: 'a' }, { message: { text: 'changed wording' } }))).toBe('unchanged');
    expect(baseline.classify(finding({ id: 'CVE-3', package: 'a' }))).toBe('new');
    const absent = baseline.absent();
    expect(absent).toHaveLength(1);
    expect(absent[0]).toMatchObject({ scanner: 'trivy', result: fixed, rule: { id: 'CVE-2' }, driver: { name: 'Trivy' } });
  });

  it('an empty baseline makes everything new', () => {
    const baseline = new Baseline([run('Trivy', [])]);
    expect(baseline.classify(finding({ id: 'CVE-1' }))).toBe('new');
    expect(baseline.absent()).toEqual([]);
  });

  it('a finding more severe than in the baseline is updated, not unchanged (issue 8, item 8)', () => {
    const baseline = new Baseline([run('Trivy', [finding({ id: 'CVE-1', package: 'a', severity: 'LOW' })])]);
    expect(baseline.classify(finding({ id: 'CVE-1', package: 'a', severity: 'CRITICAL' }))).toBe('updated');
    expect(baseline.absent()).toEqual([]);
    const high = new Baseline([run('Trivy', [finding({ id: 'CVE-1', package: 'a', severity: 'HIGH' })])]);
    expect(high.classify(finding({ id: 'CVE-1', package: 'a', severity: 'HIGH' }))).toBe('unchanged');
    expect(high.classify(finding({ id: 'CVE-1', package: 'a', severity: 'LOW' }))).toBe('unchanged');
  });

  it('severityEscalated: up, or to or from UNKNOWN, is a change; down between known severities is not', () => {
    expect(severityEscalated('LOW', 'MEDIUM')).toBe(true);
    expect(severityEscalated('UNKNOWN', 'LOW')).toBe(true);
    expect(severityEscalated('HIGH', 'UNKNOWN')).toBe(true);
    expect(severityEscalated('CRITICAL', 'HIGH')).toBe(false);
    expect(severityEscalated('MEDIUM', 'MEDIUM')).toBe(false);
  });

  it('the same finding listed twice in the baseline is compared with its least severe copy', () => {
    const both = new Baseline([
      run('Trivy', [finding({ id: 'CVE-1', package: 'a', severity: 'CRITICAL' })]),
      run('Trivy', [finding({ id: 'CVE-1', package: 'a', severity: 'LOW' })]),
    ]);
    expect(both.classify(finding({ id: 'CVE-1', package: 'a', severity: 'CRITICAL' }))).toBe('updated');
  });

  it('a baseline entry matches only a finding of the same scanner and kind', () => {
    const current = finding({ id: 'CVE-1', package: 'a' });
    const fingerprint = current.partialFingerprints['srp/v1'];
    // A baseline log can put any fingerprint on any result.
    const forged = [
      finding({ id: 'CVE-1', package: 'a', scanner: 'grype' }, { partialFingerprints: { 'srp/v1': fingerprint } }),
      finding({ id: 'CVE-1', package: 'a', kind: 'license' }, { partialFingerprints: { 'srp/v1': fingerprint } }),
    ];
    const baseline = new Baseline([run('Other', forged)]);
    expect(baseline.classify(current)).toBe('new');
    expect(baseline.absent()).toHaveLength(2);
  });

  it('results the previous log marked absent were not in that scan', () => {
    const gone = finding({ id: 'CVE-1', package: 'a' }, { baselineState: 'absent' });
    const baseline = new Baseline([run('Trivy', [gone])]);
    expect(baseline.size).toBe(0);
    expect(baseline.classify(finding({ id: 'CVE-1', package: 'a' }))).toBe('new');
  });
});
