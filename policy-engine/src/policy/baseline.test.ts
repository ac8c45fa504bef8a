import { describe, expect, it } from 'vitest';
import { Baseline } from './baseline.js';
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
});
