import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../errors.js';
import { packageFromPurl, parseTrivyIgnore } from './trivyignore.js';

describe('parseTrivyIgnore (.trivyignore)', () => {
  it('reads ids, exp: dates and comments as reasons', () => {
    const text = [
      '# Accept the risk: not reachable from the entry point',
      'CVE-2019-1549',
      '',
      'CVE-2019-1551 exp:2026-07-01',
      'AVD-DS-0002 # runs as root on purpose',
      '   ',
      '# a trailing comment with no entry',
    ].join('\r\n');
    const ignore = parseTrivyIgnore(text, '.trivyignore');
    expect(ignore).toMatchObject({ source: 'trivyignore', scanner: 'trivy', file: '.trivyignore' });
    expect(ignore.entries).toEqual([
      { id: 'CVE-2019-1549', reason: 'Accept the risk: not reachable from the entry point', line: 2 },
      { id: 'CVE-2019-1551', expires: '2026-07-01', reason: 'listed in .trivyignore', line: 4 },
      { id: 'AVD-DS-0002', reason: 'runs as root on purpose', line: 5 },
    ]);
  });

  it('is empty for an empty or comment-only file', () => {
    expect(parseTrivyIgnore('', '.trivyignore').entries).toEqual([]);
    expect(parseTrivyIgnore('# nothing\n\n', '.trivyignore').entries).toEqual([]);
  });

  it('refuses an expiry that is not a real date, naming the line', () => {
    expect(() => parseTrivyIgnore('CVE-1\nCVE-2 exp:2026-02-30\n', '.trivyignore')).toThrow(
      new InputError('.trivyignore', 'line 2: expiry must be exp:YYYY-MM-DD (a real date)'),
    );
  });
});

describe('parseTrivyIgnore (.trivyignore.yaml)', () => {
  const yaml = `
vulnerabilities:
  - id: CVE-2022-40897
    paths:
      - "usr/local/lib/python3.9/site-packages/setuptools-58.1.0.dist-info/METADATA"
    statement: Accept the risk
  - id: CVE-2023-2650
  - id: CVE-2023-3446
    expired_at: 2026-09-01
    purls:
      - "pkg:deb/debian/libssl1.1@1.1.1n-0%2Bdeb11u3"
misconfigurations:
  - id: AVD-DS-0002
    paths:
      - "docs/Dockerfile"
    statement: The image needs root privileges
secrets:
  - id: aws-access-key-id
licenses:
  - id: GPL-3.0
`;

  it('reads every section with its kind, paths, purls, statement and expiry', () => {
    const ignore = parseTrivyIgnore(yaml, '.trivyignore.yaml');
    expect(ignore.entries).toEqual([
      {
        id: 'CVE-2022-40897',
        kind: 'vulnerability',
        reason: 'Accept the risk',
        paths: ['usr/local/lib/python3.9/site-packages/setuptools-58.1.0.dist-info/METADATA'],
      },
      { id: 'CVE-2023-2650', kind: 'vulnerability', reason: 'listed in .trivyignore.yaml' },
      {
        id: 'CVE-2023-3446',
        kind: 'vulnerability',
        reason: 'listed in .trivyignore.yaml',
        packages: [{ name: 'libssl1.1', version: '1.1.1n-0+deb11u3', osPackage: true, osFamily: 'debian' }],
        expires: '2026-09-01',
      },
      {
        id: 'AVD-DS-0002',
        kind: 'misconfiguration',
        reason: 'The image needs root privileges',
        paths: ['docs/Dockerfile'],
      },
      { id: 'aws-access-key-id', kind: 'secret', reason: 'listed in .trivyignore.yaml' },
      { id: 'GPL-3.0', kind: 'license', reason: 'listed in .trivyignore.yaml' },
    ]);
  });

  it('detects the YAML form from content when the file name does not say', () => {
    expect(parseTrivyIgnore('secrets:\n  - id: github-pat\n', 'ignores').entries).toEqual([
      { id: 'github-pat', kind: 'secret', reason: 'listed in ignores' },
    ]);
  });

  it.each([
    ['vulnerabilities:\n  - id: CVE-1\n    expired_at: soon\n', 'vulnerabilities[0].expired_at: must be a date'],
    ['vulnerabilities:\n  - id: CVE-1\n    expired_at: !!timestamp 2026-13-45\n', 'vulnerabilities[0].expired_at: must be a date'],
    ['%YAML 1.1\n---\nvulnerabilities:\n  - id: CVE-1\n    expired_at: 2026-13-45\n', 'vulnerabilities[0].expired_at: must be a date'],
    ['%YAML 1.1\n---\nvulnerabilities:\n  - id: CVE-1\n    expired_at: 2026-12-31T23:00:00-10:00\n', 'vulnerabilities[0].expired_at: must be a date'],
    ['vulnerabilities:\n  - id: CVE-1\n    reason: x\n', 'unknown key vulnerabilities[0].reason'],
    ['vulnerabilities:\n  - paths: [a]\n', 'vulnerabilities[0].id'],
    ['vulns:\n  - id: CVE-1\n', 'unknown key vulns'],
    ['vulnerabilities:\n  - id: CVE-1\n    purls: [libssl]\n', 'must be a package URL'],
    ['vulnerabilities: [\n', 'not valid YAML'],
    // An alias without its anchor is found only when the document is turned into data.
    ['vulnerabilities:\n  - id: CVE-1\n  - *missing\n', 'not valid YAML: Unresolved alias'],
  ])('rejects %j with the file and key', (text, expected) => {
    expect(() => parseTrivyIgnore(text, '.trivyignore.yaml')).toThrow(InputError);
    expect(() => parseTrivyIgnore(text, '.trivyignore.yaml')).toThrow(expected);
  });

  it('never lets the YAML library print a warning that quotes the file (a mapping as a key)', () => {
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      expect(() => parseTrivyIgnore('vulnerabilities:\n  - id: CVE-1\n    ? {a: "\\nPASSED"}\n    : 1\n', '.trivyignore.yaml')).toThrow(
        '.trivyignore.yaml: line 3: a key is a list, mapping or alias; write each key out as plain text',
      );
      expect(emitWarning).not.toHaveBeenCalled();
    } finally {
      emitWarning.mockRestore();
    }
  });

  it('refuses a YAML alias bomb as an input error, before expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    lines.push('vulnerabilities: []');
    expect(() => parseTrivyIgnore(lines.join('\n'), 'bomb.trivyignore.yaml')).toThrow(InputError);
    expect(() => parseTrivyIgnore(lines.join('\n'), 'bomb.trivyignore.yaml')).toThrow('bomb.trivyignore.yaml: too many YAML alias expansions');
  });

  it('takes the package name and version out of a purl', () => {
    // One name per purl, the way Trivy's purl.Package() names it: never the bare `core` of @babel/core.
    expect(packageFromPurl('pkg:npm/%40babel/core@7.0.0')).toEqual({ name: '@babel/core', version: '7.0.0', osPackage: false });
    expect(packageFromPurl('pkg:npm/lodash')).toEqual({ name: 'lodash', osPackage: false });
    expect(packageFromPurl('pkg:golang/github.com/foo/bar')).toEqual({ name: 'github.com/foo/bar', osPackage: false });
    // A qualifier srp cannot compare makes the entry uncheckable (Trivy needs every qualifier to match).
    expect(packageFromPurl('pkg:maven/org.apache/log4j-core@2.14.1?type=jar')).toEqual({
      name: 'org.apache:log4j-core',
      version: '2.14.1',
      osPackage: false,
      uncheckable: true,
    });
    expect(packageFromPurl('pkg:deb/debian/libssl1.1@1.1.1n-0%2Bdeb11u3?distro=debian-11.6')).toEqual({
      name: 'libssl1.1',
      version: '1.1.1n-0+deb11u3',
      osPackage: true,
      osFamily: 'debian',
      distro: 'debian-11.6',
    });
    expect(packageFromPurl('pkg:rpm/redhat/openssl@1.1.1k-5.el8?epoch=1')).toEqual({
      name: 'openssl',
      version: '1.1.1k-5.el8',
      epoch: '1',
      osPackage: true,
      osFamily: 'redhat',
    });
    expect(packageFromPurl('pkg:cocoapods/GoogleUtilities@7.5.2#NSData+zlib')).toMatchObject({ name: 'GoogleUtilities/NSData+zlib' });
  });
});
