import { describe, expect, it } from 'vitest';
import { finding } from './builders.test-support.js';
import { Gate, isUnfixed, shouldBlock } from './gate.js';
import { parsePolicy } from './policy-file.js';
import { DEFAULT_POLICY } from './policy.js';

const facts = (input: Parameters<typeof finding>[0]) => finding(input).properties.srp;

describe('default policy', () => {
  it.each([
    ['CRITICAL', true],
    ['HIGH', true],
    ['MEDIUM', false],
    ['LOW', false],
    ['UNKNOWN', false],
  ] as const)('%s vulnerability blocks: %s', (severity, blocks) => {
    expect(shouldBlock(facts({ id: 'CVE-1', severity }), DEFAULT_POLICY)).toBe(blocks);
  });

  it.each(['vulnerability', 'misconfiguration', 'license', 'code'] as const)('HIGH %s blocks', (kind) => {
    expect(shouldBlock(facts({ id: 'X', kind, severity: 'HIGH', scanner: 'semgrep' }), DEFAULT_POLICY)).toBe(true);
  });

  it.each(['LOW', 'UNKNOWN', 'MEDIUM'] as const)('a %s secret blocks anyway', (severity) => {
    expect(shouldBlock(facts({ id: 'aws-access-token', kind: 'secret', scanner: 'gitleaks', severity }), DEFAULT_POLICY)).toBe(
      true,
    );
  });

  it('a suppressed finding never blocks, and newFindingsOnly is off by default', () => {
    const critical = facts({ id: 'CVE-1', severity: 'CRITICAL' });
    expect(shouldBlock(critical, DEFAULT_POLICY, { suppressed: true })).toBe(false);
    expect(shouldBlock(critical, DEFAULT_POLICY, { baselineState: 'unchanged' })).toBe(true);
  });
});

describe('policy settings', () => {
  const policy = parsePolicy(
    [
      'version: 1',
      'blockingSeverities: [CRITICAL, HIGH, MEDIUM]',
      'newFindingsOnly: true',
      'scanners:',
      '  trivy: { ignoreUnfixed: true }',
      '  gitleaks: { secretsAlwaysBlock: false, blockingSeverities: [CRITICAL] }',
      'kinds:',
      '  misconfiguration: { blockingSeverities: [CRITICAL] }',
      '  license: { blockingSeverities: [] }',
    ].join('\n'),
    'p.yml',
  );
  const gate = new Gate(policy);

  it('resolves top level, then scanner, then kind', () => {
    expect(gate.settingsFor('trivy', 'vulnerability')).toEqual({
      blockingSeverities: ['CRITICAL', 'HIGH', 'MEDIUM'],
      secretsAlwaysBlock: true,
      ignoreUnfixed: true,
    });
    expect(gate.settingsFor('trivy', 'misconfiguration').blockingSeverities).toEqual(['CRITICAL']);
    expect(gate.settingsFor('semgrep', 'code').ignoreUnfixed).toBe(false);
  });

  it('ignoreUnfixed lets unfixed vulnerabilities pass but not fixable ones', () => {
    expect(gate.shouldBlock(facts({ id: 'CVE-1', severity: 'CRITICAL', status: 'will_not_fix' }))).toBe(false);
    expect(gate.shouldBlock(facts({ id: 'CVE-1', severity: 'CRITICAL', fixedVersion: '1.2.3' }))).toBe(true);
    expect(gate.shouldBlock(facts({ id: 'CVE-1', severity: 'MEDIUM', status: 'fixed' }))).toBe(true);
    // Only Trivy has ignoreUnfixed here.
    expect(gate.shouldBlock(facts({ id: 'CVE-1', scanner: 'grype', severity: 'HIGH' }))).toBe(true);
  });

  it('a secret follows severities when secretsAlwaysBlock is turned off for its scanner', () => {
    expect(gate.shouldBlock(facts({ id: 'k', kind: 'secret', scanner: 'gitleaks', severity: 'HIGH' }))).toBe(false);
    expect(gate.shouldBlock(facts({ id: 'k', kind: 'secret', scanner: 'gitleaks', severity: 'CRITICAL' }))).toBe(true);
    expect(gate.shouldBlock(facts({ id: 'k', kind: 'secret', scanner: 'trivy', severity: 'LOW' }))).toBe(true);
  });

  it('an empty severity list means that kind never blocks', () => {
    expect(gate.shouldBlock(facts({ id: 'GPL-3.0', kind: 'license', severity: 'CRITICAL' }))).toBe(false);
  });

  it('newFindingsOnly: unchanged findings pass, new and unbaselined ones block', () => {
    const critical = facts({ id: 'CVE-2', severity: 'CRITICAL', fixedVersion: '2' });
    expect(gate.shouldBlock(critical, { baselineState: 'unchanged' })).toBe(false);
    expect(gate.shouldBlock(critical, { baselineState: 'new' })).toBe(true);
    expect(gate.shouldBlock(critical, {})).toBe(true);
  });

  it('isUnfixed concerns vulnerabilities only', () => {
    expect(isUnfixed(facts({ id: 'CVE-1' }))).toBe(true);
    expect(isUnfixed(facts({ id: 'CVE-1', fixedVersion: '1.0' }))).toBe(false);
    expect(isUnfixed(facts({ id: 'DS002', kind: 'misconfiguration' }))).toBe(false);
  });
});
