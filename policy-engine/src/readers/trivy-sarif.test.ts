import { describe, expect, it } from 'vitest';
import { parseReport } from './index.js';
import { readFixture, results } from './fixtures.test-support.js';

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

describe("Trivy's SARIF: disagreeing severities", () => {
  const log = (message: string, tags: string[] = ['vulnerability']) => ({
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Trivy', rules: [{ id: 'CVE-1', name: 'OsPackageVulnerability', shortDescription: { text: 'x' }, properties: { tags } }] } },
        results: [{ ruleId: 'CVE-1', ruleIndex: 0, level: 'note', message: { text: message }, locations: [{ physicalLocation: { artifactLocation: { uri: 'img' }, region: { startLine: 1 } } }] }],
      },
    ],
  });
  const severity = (l: unknown) => results(read(l))[0]!.properties.srp.severity;

  it('takes the most severe when several Severity lines or sources disagree', () => {
    expect(severity(log('Package: musl\nSeverity: LOW\nSeverity: CRITICAL'))).toBe('CRITICAL');
    expect(severity(log('Package: musl\nSeverity: LOW', ['vulnerability', 'HIGH']))).toBe('HIGH');
    expect(severity(log('Package: musl\nSeverity: LOW'))).toBe('LOW');
  });

  it('refuses a later Severity line that is not a severity word', () => {
    expect(() => read(log('Severity: LOW\nSeverity: SEVERE'))).toThrow('"Severity:" line');
  });
});
