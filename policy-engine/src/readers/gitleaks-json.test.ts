import { describe, expect, it } from 'vitest';
import { parseReport } from './index.js';
import { readFixture, results } from './fixtures.test-support.js';

describe('Gitleaks JSON reader', () => {
  it('reads v8.30 findings as redacted HIGH secrets with regions and a native fingerprint', () => {
    const read = readFixture('gitleaks/json-report-v8.30.json');
    expect(read.runs[0]!.tool.driver).toMatchObject({ name: 'gitleaks', informationUri: 'https://github.com/gitleaks/gitleaks' });
    const [r] = results(read);
    expect(r!.properties.srp).toEqual({
      scanner: 'gitleaks',
      kind: 'secret',
      severity: 'HIGH',
      id: 'test-rule',
      path: 'auth.py',
      line: 1,
      resolution: 'Revoke and rotate the credential, then remove it from the file and from version control history',
      // Fingerprint is "" in this writer fixture: rebuilt the way gitleaks builds it.
      nativeFingerprint: '0000000000000000:auth.py:test-rule:1',
    });
    expect(r!.level).toBe('error');
    expect(r!.properties['security-severity']).toBe('8.0');
    expect(r!.message.text).toBe('Secret test-rule in auth.py:1 (commit 000000000000): …(8 chars) — revoke and rotate it');
    expect(r!.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 1, endLine: 2, startColumn: 1, endColumn: 3 });
    expect(JSON.stringify(read)).not.toContain('a secret');
    expect(JSON.stringify(read)).not.toContain('line containing secret');
    expect(JSON.stringify(read)).not.toContain('johndoe');
  });

  it('keeps the real Fingerprint of a v8.10-era scan', () => {
    const rs = results(readFixture('gitleaks/baseline-redacted-real-scan.json'));
    expect(rs.map((r) => r.properties.srp.nativeFingerprint)).toEqual([
      '9326f35380636bcbe61e94b0584d1618c4b5c2c2:detect/detect_test.go:pypi-upload-token:32',
      '9326f35380636bcbe61e94b0584d1618c4b5c2c2:detect/detect_test.go:pypi-upload-token:33',
    ]);
    expect(rs.map((r) => r.properties.srp.title)).toEqual(['PyPI upload token', 'PyPI upload token']);
    expect(rs[0]!.message.text).toContain('****…(24 chars)');
    // Same rule, same file: the occurrence number keeps the two fingerprints apart.
    expect(rs[0]!.partialFingerprints['srp/v1']).not.toBe(rs[1]!.partialFingerprints['srp/v1']);
  });

  it('reads v8.13 (no SymlinkFile) and the empty report', () => {
    expect(results(readFixture('gitleaks/json-report-v8.13.0-no-symlinkfile.json'))[0]!.properties.srp.id).toBe('test-rule');
    const empty = readFixture('gitleaks/json-report-empty.json');
    expect(empty.runs).toHaveLength(1);
    expect(empty.runs[0]!.results).toEqual([]);
  });

  it('reads v7 lower-camel keys', () => {
    const rs = results(readFixture('gitleaks/legacy-v7.6.1-json-report.json'));
    expect(rs.map((r) => `${r.properties.srp.id}@${r.properties.srp.path}:${r.properties.srp.line}`)).toEqual([
      'Generic Credential@secrets.py:13',
      'Generic Credential@secrets.py:5',
      'Generic Credential@secrets.py:6',
      'Generic Credential@secrets.py:9',
      'Generic Credential@secrets.py:10',
    ]);
    expect(rs[0]!.properties.srp.nativeFingerprint).toBe('208ae4669ade2563fcaf9f12922fa2c0a5b37c63:secrets.py:Generic Credential:13');
    const text = JSON.stringify(rs);
    for (const raw of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI', 'c2VjcmV0IG1lc3NhZ2', '8b1118b376c313ed420e5133ba91307817ed52c2']) {
      expect(text).not.toContain(raw);
    }
  });

  it('reads v8.0 findings that carry Context instead of Match', () => {
    const v80 = [{ Description: 'AWS', StartLine: 4, EndLine: 4, StartColumn: 3, EndColumn: 22, Context: 'key = AKIAXXXXCANARY000001', Secret: '', File: 'a/b.env', Commit: '', RuleID: 'aws-access-token', Tags: [] }];
    const [r] = results(parseReport(JSON.stringify(v80), { file: 'g.json' }));
    expect(r!.message.text).toBe('Secret aws-access-token in a/b.env:4: key …(26 chars) — revoke and rotate it');
    expect(r!.properties.srp.nativeFingerprint).toBe('a/b.env:aws-access-token:4');
    expect(JSON.stringify(r)).not.toContain('CANARY');
  });

  it('makes absolute paths (gitleaks dir .) relative to the scan root, with the same identity', () => {
    const finding = (file: string) => [{ RuleID: 'github-pat', File: file, StartLine: 2, Secret: 'ghp_x', Fingerprint: `${file}:github-pat:2` }];
    const absolute = results(parseReport(JSON.stringify(finding('/var/lib/jenkins/workspace/shop@2/deploy/ci.env')), { file: 'g.json', root: '/var/lib/jenkins/workspace/shop@2' }))[0]!;
    const relative = results(parseReport(JSON.stringify(finding('deploy/ci.env')), { file: 'g.json' }))[0]!;
    expect(absolute.properties.srp.path).toBe('deploy/ci.env');
    expect(absolute.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('deploy/ci.env');
    expect(absolute.partialFingerprints['srp/v1']).toBe(relative.partialFingerprints['srp/v1']);
    // Gitleaks' own fingerprint stays as gitleaks wrote it: that is what .gitleaksignore lists.
    expect(absolute.properties.srp.nativeFingerprint).toBe('/var/lib/jenkins/workspace/shop@2/deploy/ci.env:github-pat:2');
  });

  it('names the finding that has the wrong shape', () => {
    expect(() => parseReport('[{"RuleID":"x","StartLine":"3"}]', { file: 'g.json' })).toThrow(
      'g.json: not a valid Gitleaks JSON report: $[0].StartLine must be a number, found a string',
    );
    expect(() => parseReport('[{"RuleID":"x"}, 5]', { file: 'g.json', }, 'gitleaks-json')).toThrow('$[1] must be an object, found a number');
    expect(() => parseReport('{"a":1}', { file: 'g.json' }, 'gitleaks-json')).toThrow('g.json: --format gitleaks-json does not fit this file');
  });
});
