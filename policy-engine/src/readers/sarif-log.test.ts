import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../paths.test-support.js';
import { validateSarifLog } from '../sarif/validate.js';
import { parseReport } from './index.js';
import { SCHEMA_PATH, readFixture, results, sarifLog, severityCounts } from './fixtures.test-support.js';

function read(log: unknown, format?: string) {
  return parseReport(JSON.stringify(log), { file: 'in.sarif' }, format);
}

describe("Trivy's SARIF", () => {
  it('reads packages and severities back from the messages, same facts as the JSON reader', () => {
    const fromSarif = results(readFixture('trivy/alpine-3.10-image-vulns.sarif'));
    const fromJson = results(readFixture('trivy/alpine-3.10-image-vulns.json'));
    expect(fromSarif.map((r) => [r.properties.srp.id, r.properties.srp.package, r.properties.srp.installedVersion, r.properties.srp.fixedVersion])).toEqual([
      ['CVE-2019-1549', 'libcrypto1.1', '1.1.1c-r0', '1.1.1d-r0'],
      ['CVE-2019-1551', 'libcrypto1.1', '1.1.1c-r0', '1.1.1d-r2'],
      ['CVE-2019-1549', 'libssl1.1', '1.1.1c-r0', '1.1.1d-r0'],
      ['CVE-2019-1551', 'libssl1.1', '1.1.1c-r0', '1.1.1d-r2'],
    ]);
    expect(fromSarif.map((r) => r.properties['security-severity'])).toEqual(['5.3', '5.3', '5.3', '5.3']);
    // Same finding, same identity, whichever Trivy output format the pipeline used.
    expect(fromSarif.map((r) => r.partialFingerprints['srp/v1']).sort()).toEqual(fromJson.map((r) => r.partialFingerprints['srp/v1']).sort());
    const old = results(readFixture('trivy/alpine-3.10-image-vulns-v0.50.0.sarif'));
    expect(old.map((r) => r.partialFingerprints['srp/v1'])).toEqual(fromSarif.map((r) => r.partialFingerprints['srp/v1']));
    expect(readFixture('trivy/alpine-3.10-image-vulns.sarif').runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['CVE-2019-1549', 'CVE-2019-1551']);
  });

  it('reads template-era SARIF (@contrib/sarif.tpl, "[SEVERITY] id" rules)', () => {
    const log = {
      $schema: 'https://schemastore.azurewebsites.net/schemas/json/sarif-2.1.0-rtm.4.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Trivy',
              fullName: 'Trivy Vulnerability Scanner',
              rules: [
                {
                  id: '[CRITICAL] CVE-2019-14697',
                  name: 'dockerfile_scan',
                  shortDescription: { text: 'CVE-2019-14697 Package: musl' },
                  fullDescription: { text: 'musl libc x87 floating-point stack adjustment imbalance.' },
                  help: { text: 'Vulnerability CVE-2019-14697\nSeverity: CRITICAL\nPackage: musl\nInstalled Version: 1.1.20-r4\nFixed Version: 1.1.20-r5\nLink: [CVE-2019-14697](https://nvd.nist.gov/vuln/detail/cve-2019-14697)' },
                  properties: { tags: ['vulnerability', 'CRITICAL', 'musl'], precision: 'very-high' },
                },
              ],
            },
          },
          results: [
            {
              ruleId: '[CRITICAL] CVE-2019-14697',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'musl libc through 1.1.23 has an x87 floating-point stack adjustment imbalance.' },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'alpine:3.9', uriBaseId: 'ROOTPATH' }, region: { startLine: 1 } } }],
            },
          ],
          columnKind: 'utf16CodeUnits',
        },
      ],
    };
    const out = read(log);
    expect(out.format).toBe('trivy-sarif');
    const [r] = results(out);
    expect(r!.properties.srp).toMatchObject({ id: 'CVE-2019-14697', severity: 'CRITICAL', package: 'musl', installedVersion: '1.1.20-r4', fixedVersion: '1.1.20-r5' });
    expect(r!.ruleId).toBe('CVE-2019-14697');
    expect(r!.properties['security-severity']).toBe('9.5');
  });

  it("never copies the Match line Trivy puts in a secret's message, rule description and help", () => {
    const match = 'export GITHUB_PAT=ghp_CANARYtrivysarif0123456789abcdefghij';
    const log = {
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'Trivy',
              rules: [
                {
                  id: 'github-pat',
                  name: 'Secret',
                  shortDescription: { text: 'GitHub Personal Access Token' },
                  fullDescription: { text: match },
                  help: { text: `Secret GitHub Personal Access Token\nSeverity: CRITICAL\nMatch: ${match}`, markdown: `|CRITICAL|${match}|` },
                  properties: { 'security-severity': '9.5', tags: ['secret', 'security', 'CRITICAL'] },
                },
              ],
            },
          },
          results: [
            {
              ruleId: 'github-pat',
              ruleIndex: 0,
              level: 'error',
              message: { text: `Artifact: deploy.sh\nType: \nSecret GitHub Personal Access Token\nSeverity: CRITICAL\nMatch: ${match}` },
              locations: [{ physicalLocation: { artifactLocation: { uri: 'deploy.sh', uriBaseId: 'ROOTPATH' }, region: { startLine: 5, endLine: 5, snippet: { text: match } } } }],
            },
          ],
        },
      ],
    };
    const out = read(log);
    const [r] = results(out);
    expect(r!.properties.srp).toMatchObject({ kind: 'secret', id: 'github-pat', severity: 'CRITICAL', path: 'deploy.sh', line: 5, title: 'GitHub Personal Access Token' });
    expect(r!.message.text).toBe('Secret github-pat (GitHub Personal Access Token) in deploy.sh:5 (CRITICAL) — revoke and rotate it');
    expect(JSON.stringify(out)).not.toContain('CANARY');
  });
});

describe("Gitleaks' SARIF", () => {
  it('drops the raw secret from the snippet, adds the missing rule and a level', () => {
    const out = readFixture('gitleaks/sarif-report-v8.30.sarif');
    const run = out.runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(['test-rule']);
    const [r] = run.results;
    expect(r!.level).toBe('error');
    expect(r!.properties.srp).toMatchObject({ kind: 'secret', id: 'test-rule', path: 'auth.py', line: 1, nativeFingerprint: '0000000000000000:auth.py:test-rule:1' });
    expect(r!.locations?.[0]?.physicalLocation?.region?.snippet).toBeUndefined();
    const text = JSON.stringify(out);
    expect(text).not.toContain('a secret');
    expect(text).not.toContain('johndoe@gmail.com');
  });

  it('redacts even when the log is forced through the generic reader', () => {
    const out = readFixture('gitleaks/sarif-report-v8.30.sarif', 'sarif');
    expect(out.format).toBe('sarif');
    expect(JSON.stringify(out)).not.toContain('a secret');
  });
});

describe('generic SARIF', () => {
  const log = {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Semgrep OSS',
            version: '1.50.0',
            rules: [
              { id: 'sqli', shortDescription: { text: 'SQL injection' }, properties: { 'security-severity': '9.1', tags: ['security'] } },
              { id: 'weak-hash', shortDescription: { text: 'Weak hash' }, defaultConfiguration: { level: 'note' } },
              { id: 'templated', messageStrings: { default: { text: 'Use {0} instead of {1}' } } },
            ],
          },
        },
        results: [
          { ruleId: 'sqli', ruleIndex: 0, level: 'warning', message: { text: 'Tainted query' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///src/db.py' }, region: { startLine: 12, snippet: { text: 'SELECT * FROM x' } } } }] },
          { ruleId: 'sqli', properties: { 'security-severity': '5.0' }, message: { text: 'Less bad' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/db.py' }, region: { startLine: 40 } } }] },
          { ruleId: 'weak-hash', message: { text: 'md5' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/h.py' } } }] },
          { ruleId: 'templated', ruleIndex: 2, message: { id: 'default', arguments: ['sha256', 'md5'] }, level: 'error', partialFingerprints: { primaryLocationLineHash: 'abc:1' } },
          { ruleId: 'other', message: { text: 'no level' } },
          { ruleId: 'other', kind: 'pass', level: 'none', message: { text: 'passed check' } },
          { ruleId: 'other', level: 'none', message: { text: 'none level' } },
        ],
      },
    ],
  };

  it('gates by security-severity (result, then rule), then by level; skips non-failures', () => {
    const out = read(log);
    expect(out.format).toBe('sarif');
    const run = out.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'Semgrep OSS', version: '1.50.0' });
    expect(run.results.map((r) => [r.ruleId, r.properties.srp.severity, r.level])).toEqual([
      ['sqli', 'CRITICAL', 'error'],
      ['sqli', 'MEDIUM', 'warning'],
      ['weak-hash', 'LOW', 'note'],
      ['templated', 'HIGH', 'error'],
      ['other', 'MEDIUM', 'warning'],
      ['other', 'UNKNOWN', 'note'],
    ]);
    expect(run.results[0]!.properties.srp).toMatchObject({ scanner: 'semgrep oss', kind: 'code', path: 'src/db.py', line: 12, title: 'SQL injection' });
    expect(run.results[0]!.properties['security-severity']).toBe('9.1');
    expect(run.results[1]!.properties['security-severity']).toBe('5.0');
    expect(run.results[3]!.message.text).toBe('Use sha256 instead of md5');
    expect(run.results[3]!.partialFingerprints.primaryLocationLineHash).toBe('abc:1');
    expect(JSON.stringify(out)).not.toContain('SELECT');
    // GitHub refuses results without a location: those point at the report itself.
    expect(run.results[4]!.properties.srp.path).toBeUndefined();
    expect(run.results[4]!.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('in.sarif');
    expect(validateSarifLog(sarifLog(out.runs), SCHEMA_PATH)).toEqual([]);
  });

  it('refuses other SARIF versions and malformed runs with the JSON path', () => {
    expect(() => read({ version: '2.0.0', runs: [] })).toThrow('in.sarif: SARIF version "2.0.0" is not supported: only SARIF 2.1.0 is read');
    expect(() => read({ version: '2.1.0', runs: [{ tool: {} }] })).toThrow('in.sarif: not a valid SARIF 2.1.0 log: $.runs[0].tool.driver must be an object, found nothing (the key is missing)');
    expect(() => read({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 5 }] }] })).toThrow('$.runs[0].results[0].ruleId must be a string, found a number');
  });

  it('reads a log with no runs as no runs', () => {
    expect(read({ version: '2.1.0', runs: [] }).runs).toEqual([]);
  });
});

describe('round trip: a log srp wrote reads back to the same facts and fingerprints', () => {
  const reports = [
    ...readdirSync(`${FIXTURES_DIR}/trivy`).filter((f) => !/cdx|spdx/.test(f)).map((f) => `trivy/${f}`),
    ...readdirSync(`${FIXTURES_DIR}/gitleaks`).filter((f) => /\.(json|sarif)$/.test(f)).map((f) => `gitleaks/${f}`),
  ];
  it.each(reports)('%s', (file) => {
    const first = readFixture(file);
    const written = JSON.stringify(sarifLog(first.runs));
    const again = parseReport(written, { file: 'previous.sarif' });
    // A run without results carries no srp facts, so it is recognised by its driver name instead.
    expect(again.format).toBe(results(first).length > 0 ? 'sarif' : `${first.runs[0]!.tool.driver.name}-sarif`);
    expect(again.runs.map((r) => r.tool.driver.name)).toEqual(first.runs.map((r) => r.tool.driver.name));
    expect(results(again).map((r) => r.properties.srp)).toEqual(results(first).map((r) => r.properties.srp));
    expect(results(again).map((r) => r.partialFingerprints)).toEqual(results(first).map((r) => r.partialFingerprints));
    expect(results(again).map((r) => [r.ruleId, r.level, r.message.text, r.properties['security-severity'], r.locations])).toEqual(
      results(first).map((r) => [r.ruleId, r.level, r.message.text, r.properties['security-severity'], r.locations]),
    );
    expect(severityCounts(again)).toEqual(severityCounts(first));
  });

  it('keeps scanner suppressions (VEX) but not policy ones', () => {
    const first = readFixture('trivy/npm-vex-suppressed-convert.json');
    const log = sarifLog(first.runs);
    const withPolicy = JSON.parse(JSON.stringify(log)) as typeof log;
    withPolicy.runs[0]!.results[0]!.suppressions = [{ kind: 'external', status: 'accepted', justification: 'policy: accepted risk' }];
    const again = results(parseReport(JSON.stringify(withPolicy), { file: 'p.sarif' }));
    expect(again[0]!.suppressions).toBeUndefined();
    expect(again[1]!.suppressions?.[0]?.justification).toContain('not_affected');
  });

  it('refuses srp facts with an unknown kind or severity', () => {
    const log = sarifLog(readFixture('trivy/repo-secrets.json').runs);
    const broken = JSON.parse(JSON.stringify(log)) as { runs: { results: { properties: { srp: { severity: string } } }[] }[] };
    broken.runs[0]!.results[0]!.properties.srp.severity = 'SEVERE';
    expect(() => parseReport(JSON.stringify(broken), { file: 'p.sarif' })).toThrow(
      'p.sarif: not a valid SARIF 2.1.0 log: $.runs[0].results[0].properties.srp.severity must be one of CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN',
    );
  });
});
