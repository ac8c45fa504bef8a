import { describe, expect, it } from 'vitest';
import { NOW, finding } from './builders.test-support.js';
import { parseGitleaksIgnore } from './gitleaksignore.js';
import type { PolicySuppression } from './policy.js';
import { SuppressionMatcher, canonicalCheckId } from './suppressions.js';
import { parseTrivyIgnore } from './trivyignore.js';

function matcher(suppressions: PolicySuppression[], ignores = [] as ReturnType<typeof parseTrivyIgnore>[], honor = true) {
  return new SuppressionMatcher(suppressions, 'policy.yml', ignores, NOW, honor);
}

describe('policy suppressions', () => {
  it('matches by id (finding id or rule id, any case) and requires every matcher given', () => {
    const m = matcher([{ id: 'cve-2019-1549', package: 'libssl1.1', reason: 'not reachable' }]);
    expect(m.match(finding({ id: 'CVE-2019-1549', package: 'libssl1.1' }))?.reason).toBe('not reachable');
    expect(m.match(finding({ id: 'CVE-2019-1549', package: 'libcrypto1.1' }))).toBeUndefined();
    expect(m.match(finding({ id: 'DS002' }, { ruleId: 'CVE-2019-1549' }))).toBeUndefined();
    const byRule = matcher([{ id: 'AVD-DS-0002', reason: 'r' }]);
    expect(byRule.match(finding({ id: 'DS002', kind: 'misconfiguration' }, { ruleId: 'AVD-DS-0002' }))).toBeDefined();
  });

  it('matches an alias such as the old AVD id of a Trivy check', () => {
    const m = matcher([{ id: 'AVD-DS-0002', reason: 'old id' }]);
    const facts = { id: 'DS-0002', kind: 'misconfiguration' as const, aliases: ['AVD-DS-0002'] };
    expect(m.match(finding(facts))?.reason).toBe('old id');
    expect(m.report().applied[0]?.matched).toBe(1);
  });

  it('matches path globs (dot files included) and falls back to the target for image findings', () => {
    const m = matcher([{ path: 'test/**', reason: 'fixtures' }, { path: 'alpine:*', reason: 'image' }]);
    expect(m.match(finding({ id: 'k', path: 'test/fixtures/.env' }))?.reason).toBe('fixtures');
    expect(m.match(finding({ id: 'k', path: './test/a.txt' }))?.reason).toBe('fixtures');
    expect(m.match(finding({ id: 'k', path: 'src/test/a.txt' }))).toBeUndefined();
    expect(m.match(finding({ id: 'CVE-1', target: 'alpine:3.10' }))?.reason).toBe('image');
  });

  it('matches the srp fingerprint and the scanner fingerprint', () => {
    const target = finding({ id: 'aws-access-token', kind: 'secret', scanner: 'gitleaks', nativeFingerprint: 'abc1234:a.txt:aws-access-token:2' });
    const srp = target.partialFingerprints['srp/v1'];
    expect(matcher([{ fingerprint: srp, reason: 'srp' }]).match(target)?.reason).toBe('srp');
    expect(matcher([{ fingerprint: 'abc1234:a.txt:aws-access-token:2', reason: 'native' }]).match(target)?.reason).toBe('native');
    expect(matcher([{ fingerprint: 'a.txt:aws-access-token:2', reason: 'any commit' }]).match(target)?.reason).toBe('any commit');
  });

  it('narrows by scanner', () => {
    const m = matcher([{ id: 'CVE-1', scanner: 'Trivy', reason: 'r' }]);
    expect(m.match(finding({ id: 'CVE-1', scanner: 'trivy' }))).toBeDefined();
    expect(m.match(finding({ id: 'CVE-1', scanner: 'grype' }))).toBeUndefined();
  });

  it('the first matching suppression is credited, every matching one counts as used', () => {
    const m = matcher([
      { id: 'CVE-1', reason: 'first' },
      { package: 'openssl', reason: 'second' },
      { id: 'CVE-9', reason: 'never' },
    ]);
    expect(m.match(finding({ id: 'CVE-1', package: 'openssl' }))?.reason).toBe('first');
    const report = m.report();
    expect(report.applied.map((s) => [s.reason, s.matched])).toEqual([
      ['first', 1],
      ['second', 1],
    ]);
    expect(report.unused.map((s) => s.id)).toEqual(['CVE-9']);
  });

  it('an expired suppression stops applying but says what it would have matched', () => {
    const m = matcher([{ id: 'CVE-1', reason: 'old', expires: '2026-06-15' }, { id: 'CVE-2', reason: 'current', expires: '2026-06-16' }]);
    expect(m.match(finding({ id: 'CVE-1' }))).toBeUndefined();
    expect(m.match(finding({ id: 'CVE-1', path: 'b' }))).toBeUndefined();
    expect(m.match(finding({ id: 'CVE-2' }))?.reason).toBe('current');
    const report = m.report();
    expect(report.expired).toEqual([
      { id: 'CVE-1', reason: 'old', source: 'policy', expires: '2026-06-15', file: 'policy.yml', matched: 2 },
    ]);
    expect(report.applied.map((s) => s.id)).toEqual(['CVE-2']);
  });
});

describe('native ignore files', () => {
  it('.trivyignore applies to Trivy findings only, with its exp: date', () => {
    const ignore = parseTrivyIgnore('CVE-1\nCVE-2 exp:2026-01-01\n', '.trivyignore');
    const m = matcher([], [ignore]);
    expect(m.match(finding({ id: 'CVE-1' }))).toMatchObject({ source: 'trivyignore', file: '.trivyignore' });
    expect(m.match(finding({ id: 'CVE-1', scanner: 'grype' }))).toBeUndefined();
    expect(m.match(finding({ id: 'CVE-2' }))).toBeUndefined();
    expect(m.report().expired.map((s) => s.id)).toEqual(['CVE-2']);
  });

  it('.trivyignore.yaml honours kind, paths and purls', () => {
    const ignore = parseTrivyIgnore(
      'vulnerabilities:\n  - id: CVE-1\n    purls: ["pkg:npm/%40scope/lib@1.0.0"]\nmisconfigurations:\n  - id: AVD-DS-0002\n    paths: ["docs/*"]\n',
      '.trivyignore.yaml',
    );
    const m = matcher([], [ignore]);
    expect(m.match(finding({ id: 'CVE-1', package: '@scope/lib', installedVersion: '1.0.0' }))).toBeDefined();
    expect(m.match(finding({ id: 'CVE-1', package: '@scope/lib', installedVersion: '1.0.1' }))).toBeUndefined();
    expect(m.match(finding({ id: 'DS002', kind: 'misconfiguration', path: 'docs/Dockerfile' }, { ruleId: 'AVD-DS-0002' }))).toBeDefined();
    expect(m.match(finding({ id: 'DS002', kind: 'misconfiguration', path: 'Dockerfile' }, { ruleId: 'AVD-DS-0002' }))).toBeUndefined();
    // A misconfiguration entry does not hide a vulnerability with the same id.
    expect(m.match(finding({ id: 'AVD-DS-0002', kind: 'vulnerability' }))).toBeUndefined();
  });

  it('.gitleaksignore matches the Gitleaks fingerprint, with or without commit, for Gitleaks findings only', () => {
    const ignore = parseGitleaksIgnore('a.txt:aws-access-token:2\nfeed123:b.txt:generic-api-key:7\n', '.gitleaksignore');
    const m = matcher([], [ignore]);
    const leak = (nativeFingerprint: string, scanner = 'gitleaks') =>
      finding({ id: 'aws-access-token', kind: 'secret', scanner, nativeFingerprint });
    expect(m.match(leak('abc1234:a.txt:aws-access-token:2'))).toMatchObject({ source: 'gitleaksignore' });
    expect(m.match(leak('a.txt:aws-access-token:2'))).toBeDefined();
    expect(m.match(leak('a.txt:aws-access-token:3'))).toBeUndefined();
    expect(m.match(leak('a.txt:aws-access-token:2', 'trivy'))).toBeUndefined();
    // Gitleaks SARIF has no Fingerprint field: path, rule and line still identify the finding.
    expect(m.match(finding({ id: 'generic-api-key', kind: 'secret', scanner: 'gitleaks', path: 'b.txt', line: 7 }))).toBeUndefined();
    expect(m.match(finding({ id: 'aws-access-token', kind: 'secret', scanner: 'gitleaks', path: 'a.txt', line: 2 }))).toBeDefined();
  });
});

describe('Trivy check ids, as trivy 0.74 itself matches them in .trivyignore', () => {
  const check = finding({ id: 'DS-0002', kind: 'misconfiguration', path: 'Dockerfile' });

  it.each(['DS-0002', 'DS002', 'AVD-DS-0002'])('.trivyignore %s ignores check DS-0002', (id) => {
    expect(matcher([], [parseTrivyIgnore(`${id}\n`, '.trivyignore')]).match(check)).toBeDefined();
  });

  it('.trivyignore is case-sensitive like Trivy (ds-0002 does not ignore DS-0002)', () => {
    expect(matcher([], [parseTrivyIgnore('ds-0002\n', '.trivyignore')]).match(check)).toBeUndefined();
  });

  it('policy ids are case-insensitive and know the other names too', () => {
    expect(matcher([{ id: 'ds002', reason: 'r' }]).match(check)).toBeDefined();
  });

  it('the other names apply to Trivy checks only, never to CVEs or other tools', () => {
    expect(matcher([], [parseTrivyIgnore('DS002\n', '.trivyignore')]).match(finding({ id: 'DS-0002', kind: 'vulnerability' }))).toBeUndefined();
    expect(matcher([{ id: 'DS002', reason: 'r' }]).match(finding({ id: 'DS-0002', kind: 'code', scanner: 'semgrep' }))).toBeUndefined();
  });

  it('canonicalCheckId', () => {
    expect(['DS-0002', 'DS002', 'AVD-DS-0002', 'ds002'].map(canonicalCheckId)).toEqual(['~DS-2', '~DS-2', '~DS-2', '~DS-2']);
    expect(['KSV001', 'KSV-0001', 'AVD-AWS-0086', 'AWS-0086'].map(canonicalCheckId)).toEqual(['~KSV-1', '~KSV-1', '~AWS-86', '~AWS-86']);
    expect(['CVE-2019-1549', 'GHSA-abcd-efgh-ijkl', 'GPL-3.0', 'aws-access-token', 'MIT'].map(canonicalCheckId)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('suppressions already in an input SARIF log', () => {
  const suppressedInReport = finding(
    { id: 'CVE-1', scanner: 'semgrep', kind: 'code' },
    { suppressions: [{ kind: 'inSource', justification: 'false positive, see #12' }] },
  );

  it('are honoured when accepted, and reported with their justification', () => {
    const m = matcher([]);
    expect(m.match(suppressedInReport)).toMatchObject({ source: 'sarif', reason: 'false positive, see #12' });
    expect(m.report().applied).toEqual([
      { id: 'report inSource suppression', reason: 'false positive, see #12', source: 'sarif', matched: 1 },
    ]);
  });

  it('are not honoured when under review or rejected, or when the policy says so', () => {
    const m = matcher([]);
    expect(m.match(finding({ id: 'X' }, { suppressions: [{ kind: 'external', status: 'underReview' }] }))).toBeUndefined();
    expect(m.match(finding({ id: 'X' }, { suppressions: [{ kind: 'external', status: 'rejected' }] }))).toBeUndefined();
    expect(matcher([], [], false).match(suppressedInReport)).toBeUndefined();
  });
});
