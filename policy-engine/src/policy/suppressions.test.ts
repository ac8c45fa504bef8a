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
    const target = finding({ id: 'aws-access-token', kind: 'secret', scanner: 'gitleaks', nativeFingerprint: 'abc1234:a.txt:aws-access-token:2', path: 'a.txt', line: 2 });
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
    // As the readers write them: the finding's path and line are those of its fingerprint.
    const leak = (nativeFingerprint: string, scanner = 'gitleaks') =>
      finding({ id: 'aws-access-token', kind: 'secret', scanner, nativeFingerprint, path: 'a.txt', line: Number(nativeFingerprint.split(':').pop()) });
    expect(m.match(leak('abc1234:a.txt:aws-access-token:2'))).toMatchObject({ source: 'gitleaksignore' });
    expect(m.match(leak('a.txt:aws-access-token:2'))).toBeDefined();
    expect(m.match(leak('a.txt:aws-access-token:3'))).toBeUndefined();
    expect(m.match(leak('a.txt:aws-access-token:2', 'trivy'))).toBeUndefined();
    // Gitleaks SARIF has no Fingerprint field: path, rule and line still identify the finding.
    expect(m.match(finding({ id: 'generic-api-key', kind: 'secret', scanner: 'gitleaks', path: 'b.txt', line: 7 }))).toBeUndefined();
    expect(m.match(finding({ id: 'aws-access-token', kind: 'secret', scanner: 'gitleaks', path: 'a.txt', line: 2 }))).toBeDefined();
  });
});

describe('an ignore entry covers what it names and nothing else (issue 8, item 2)', () => {
  const yaml = (text: string) => matcher([], [parseTrivyIgnore(text, '.trivyignore.yaml')]);
  const vuln = (pkg: string, version: string, where: { path?: string; target?: string } = { path: 'package-lock.json', target: 'package-lock.json' }) =>
    finding({ id: 'CVE-2021-23337', package: pkg, installedVersion: version, ...where });

  it('a versioned purl suppresses that package at that version only', () => {
    const m = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    purls: ["pkg:npm/lodash@4.17.20"]\n');
    expect(m.match(vuln('lodash', '4.17.20'))).toBeDefined();
    expect(m.match(vuln('lodash', '4.17.21'))).toBeUndefined();
    expect(m.match(vuln('lodash', ''))).toBeUndefined();
    // An OS package of the same name is another package (Trivy compares the purl type too).
    expect(m.match(vuln('lodash', '4.17.20', { path: 'os-pkgs', target: 'alpine:3.9 (alpine 3.9.4)' }))).toBeUndefined();
  });

  it('a scoped or namespaced purl names the whole package, never its last part', () => {
    const m = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    purls: ["pkg:npm/%40babel/core@7.0.0", "pkg:golang/github.com/foo/bar@v1.0.0"]\n');
    expect(m.match(vuln('@babel/core', '7.0.0'))).toBeDefined();
    expect(m.match(vuln('core', '7.0.0'))).toBeUndefined();
    expect(m.match(vuln('github.com/foo/bar', 'v1.0.0'))).toBeDefined();
    expect(m.match(vuln('bar', 'v1.0.0'))).toBeUndefined();
  });

  it('OS purls match OS packages, by name and version (rpm with its epoch)', () => {
    const m = yaml(
      'vulnerabilities:\n  - id: CVE-2021-23337\n    purls: ["pkg:deb/debian/libssl1.1@1.1.1n-0%2Bdeb11u3", "pkg:rpm/redhat/openssl@1.1.1k-5.el8?epoch=1"]\n',
    );
    const image = { path: 'os-pkgs', target: 'app:1 (debian 11.3)' };
    expect(m.match(vuln('libssl1.1', '1.1.1n-0+deb11u3', image))).toBeDefined();
    expect(m.match(vuln('libssl1.1', '1.1.1n-0+deb11u2', image))).toBeUndefined();
    expect(m.match(vuln('libssl1.1', '1.1.1n-0+deb11u3'))).toBeUndefined();
    expect(m.match(vuln('openssl', '1:1.1.1k-5.el8', { path: 'os-pkgs', target: 'ubi:8 (redhat 8.5)' }))).toBeDefined();
    expect(m.match(vuln('openssl', '2:1.1.1k-5.el8', { path: 'os-pkgs', target: 'ubi:8 (redhat 8.5)' }))).toBeUndefined();
    // k8s findings are located at the resource; the decorated target still says "OS package".
    expect(m.match(vuln('libssl1.1', '1.1.1n-0+deb11u3', { path: 'prod/Deployment/api', target: 'app:1 (debian 11.3)' }))).toBeDefined();
  });

  // Checked with trivy 0.74.0 (`trivy convert --ignorefile`): distro must match, arch=aarch64 does not cover x86_64.
  it('purl qualifiers: distro is compared with the image, others cannot be and never match', () => {
    const m = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    purls: ["pkg:apk/alpine/libssl3@3.1.1-r0?distro=3.9.4", "pkg:apk/alpine/musl@1.1.20-r4?arch=aarch64"]\n');
    expect(m.match(vuln('libssl3', '3.1.1-r0', { path: 'os-pkgs', target: 'alpine:3.9 (alpine 3.9.4)' }))).toBeDefined();
    expect(m.match(vuln('libssl3', '3.1.1-r0', { path: 'os-pkgs', target: 'worker:1 (alpine 3.18.4)' }))).toBeUndefined();
    expect(m.match(vuln('libssl3', '3.1.1-r0', { path: 'os-pkgs' }))).toBeUndefined();
    expect(m.match(vuln('musl', '1.1.20-r4', { path: 'os-pkgs', target: 'alpine:3.9 (alpine 3.9.4)' }))).toBeUndefined();
    // The namespace is the distribution, compared as Trivy compares it.
    const ubuntu = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    purls: ["pkg:deb/ubuntu/libssl1.1@1.1.1n-0%2Bdeb11u3"]\n');
    expect(ubuntu.match(vuln('libssl1.1', '1.1.1n-0+deb11u3', { path: 'os-pkgs', target: 'app:1 (debian 11.6)' }))).toBeUndefined();
    expect(ubuntu.match(vuln('libssl1.1', '1.1.1n-0+deb11u3', { path: 'os-pkgs', target: 'app:1 (ubuntu 22.04)' }))).toBeDefined();
    const deb = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    purls: ["pkg:deb/debian/libssl1.1@1.1.1n-0%2Bdeb11u3?distro=debian-11.6"]\n');
    expect(deb.match(vuln('libssl1.1', '1.1.1n-0+deb11u3', { path: 'os-pkgs', target: 'app:1 (debian 11.6)' }))).toBeDefined();
    expect(deb.match(vuln('libssl1.1', '1.1.1n-0+deb11u3', { path: 'os-pkgs', target: 'app:1 (debian 12.1)' }))).toBeUndefined();
  });

  it('paths scope an entry to the targets or files it names, never to a placeholder', () => {
    const m = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    paths: ["alpine:3.9*"]\n    purls: ["pkg:apk/alpine/musl@1.1.20-r4"]\n');
    expect(m.match(vuln('musl', '1.1.20-r4', { path: 'os-pkgs', target: 'alpine:3.9 (alpine 3.9.4)' }))).toBeDefined();
    expect(m.match(vuln('musl', '1.1.20-r4', { path: 'os-pkgs', target: 'alpine:3.19 (alpine 3.19.2)' }))).toBeUndefined();
    const placeholder = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    paths: ["os-pkgs", "*"]\n');
    expect(placeholder.match(vuln('musl', '1.1.20-r4', { path: 'os-pkgs', target: 'registry.example/app:1 (alpine 3.9.4)' }))).toBeUndefined();
    // Like Trivy, a language package answers to its target (lockfile) and to its own path.
    const lang = yaml('vulnerabilities:\n  - id: CVE-2021-23337\n    paths: ["Java"]\n');
    expect(lang.match(vuln('log4j', '2.14.1', { path: 'app/log4j.jar', target: 'Java' }))).toBeDefined();
  });

  it('a Gitleaks fingerprint covers that finding only: that commit, that file, that rule, that line', () => {
    const m = matcher([], [parseGitleaksIgnore('feed123:config/app.env:generic-api-key:3\nother.env:generic-api-key:7\n', '.gitleaksignore')]);
    const leak = (nativeFingerprint: string, path: string, line: number) =>
      finding({ id: 'generic-api-key', kind: 'secret', scanner: 'gitleaks', nativeFingerprint, path, line });
    expect(m.match(leak('feed123:config/app.env:generic-api-key:3', 'config/app.env', 3))).toBeDefined();
    expect(m.match(leak('beef456:config/app.env:generic-api-key:3', 'config/app.env', 3))).toBeUndefined();
    expect(m.match(leak('feed123:config/app.env:generic-api-key:40', 'config/app.env', 40))).toBeUndefined();
    // A directory scan of the same file: no commit, so the commit-pinned entry does not cover it.
    expect(m.match(leak('config/app.env:generic-api-key:3', 'config/app.env', 3))).toBeUndefined();
    // file:rule:line covers that line in every commit and in directory scans (gitleaks detect.go).
    expect(m.match(leak('beef456:other.env:generic-api-key:7', 'other.env', 7))).toBeDefined();
    expect(m.match(leak('other.env:generic-api-key:7', 'other.env', 7))).toBeDefined();
    expect(m.match(leak('other.env:generic-api-key:8', 'other.env', 8))).toBeUndefined();
  });
});

describe('path globs match the location the summary shows under "Where" (issue 8, item 6)', () => {
  const os = (target?: string) => finding({ id: 'CVE-2019-14697', package: 'musl', installedVersion: '1.1.20-r4', path: 'os-pkgs', ...(target ? { target } : {}) });

  it('never the os-pkgs placeholder: "*" does not reach an OS package in a registry image', () => {
    const m = matcher([{ path: '*', reason: 'everything at the top level' }]);
    expect(m.match(os('registry.example/app:2.0 (alpine 3.19.2)'))).toBeUndefined();
    expect(m.match(os())).toBeUndefined();
    expect(m.match(finding({ id: 'k', path: 'README.md' }))).toBeDefined();
  });

  it('the documented image glob matches the image the summary names', () => {
    const m = matcher([{ path: 'alpine:3.9*', reason: 'old base image' }]);
    expect(m.match(os('alpine:3.9 (alpine 3.9.4)'))).toBeDefined();
    expect(m.match(os('alpine:3.19 (alpine 3.19.2)'))).toBeUndefined();
  });

  it('indexed lookups find the same suppressions a scan of every one would', () => {
    const suppressions: PolicySuppression[] = [];
    for (let i = 0; i < 50; i++) {
      suppressions.push({ package: `pkg-${i}`, reason: `package ${i}` });
      suppressions.push({ path: `src/mod-${i}/**/*.js`, reason: `module ${i}` });
      suppressions.push({ path: `**/gen-${i}/*`, reason: `generated ${i}` });
    }
    suppressions.push({ path: '**/*.md', reason: 'docs' }, { package: 'pkg-7', scanner: 'grype', reason: 'other tool' });
    const m = matcher(suppressions);
    expect(m.match(finding({ id: 'x', package: 'pkg-7' }))?.reason).toBe('package 7');
    expect(m.match(finding({ id: 'x', package: 'pkg-7', scanner: 'grype' }))?.reason).toBe('package 7');
    expect(m.match(finding({ id: 'x', path: 'src/mod-3/a/b.js' }))?.reason).toBe('module 3');
    expect(m.match(finding({ id: 'x', path: 'src/mod-3/a/b.ts' }))).toBeUndefined();
    expect(m.match(finding({ id: 'x', path: 'deep/down/gen-9/f' }))?.reason).toBe('generated 9');
    expect(m.match(finding({ id: 'x', path: 'deep/down/gen-9/g/f' }))).toBeUndefined();
    expect(m.match(finding({ id: 'x', path: 'a/b/README.md' }))?.reason).toBe('docs');
    expect(m.match(finding({ id: 'x', path: 'a/b/README.txt' }))).toBeUndefined();
  });

  it('refuses an unusable glob in a .trivyignore.yaml, naming the entry', () => {
    expect(() => parseTrivyIgnore('misconfigurations:\n  - id: DS002\n    paths: ["docs/[a-"]\n', 'ig.yaml')).toThrow(
      /ig.yaml: misconfigurations\[0\]\.paths: the pattern has a '\[' without its '\]'/,
    );
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
