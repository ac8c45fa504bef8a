import { describe, expect, it } from 'vitest';
import type { NormalizedResult } from '../sarif/model.js';
import { parseReport } from './index.js';
import { readFixture, results } from './fixtures.test-support.js';

function byId(rs: NormalizedResult[], id: string, pkg?: string): NormalizedResult {
  const found = rs.find((r) => r.properties.srp.id === id && (pkg === undefined || r.properties.srp.package === pkg));
  if (!found) throw new Error(`no result ${id} ${pkg ?? ''}`);
  return found;
}

describe('Trivy JSON reader', () => {
  it('normalizes an image scan: facts, message, level, security-severity, location', () => {
    const read = readFixture('trivy/alpine-3.9-image-vulns.json');
    const run = read.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: 'trivy', version: 'dev', informationUri: 'https://github.com/aquasecurity/trivy' });
    const musl = byId(run.results, 'CVE-2019-14697', 'musl');
    expect(musl.properties.srp).toMatchObject({
      scanner: 'trivy',
      kind: 'vulnerability',
      severity: 'CRITICAL',
      package: 'musl',
      installedVersion: '1.1.20-r4',
      fixedVersion: '1.1.20-r5',
      status: 'fixed',
      path: 'os-pkgs',
      target: 'testdata/fixtures/images/alpine-39.tar.gz (alpine 3.9.4)',
    });
    expect(musl.level).toBe('error');
    expect(musl.message.text).toMatch(/^CVE-2019-14697: musl 1\.1\.20-r4 → fixed in 1\.1\.20-r5 \(CRITICAL\)/);
    expect(musl.properties['security-severity']).toBe('9.8');
    expect(musl.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('os-pkgs');
    // One rule per CVE even when two packages share it, with helpUri and help text.
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual(['CVE-2019-14697', 'CVE-2019-1549', 'CVE-2019-1551']);
    const rule = run.tool.driver.rules.find((r) => r.id === 'CVE-2019-14697')!;
    expect(rule.helpUri).toBe('https://avd.aquasec.com/nvd/cve-2019-14697');
    expect(rule.help?.text).toContain('CVE-2019-14697');
    expect(rule.properties?.['security-severity']).toBe('9.8');
    expect(rule.properties?.tags).toContain('security');
    expect(rule.defaultConfiguration?.level).toBe('error');
  });

  it('reports findings without a fix and keeps the band score when CVSS disagrees with the severity', () => {
    const ubi = results(readFixture('trivy/ubi-7-rhel-image-vulns.json'))[0]!;
    expect(ubi.properties.srp).toMatchObject({ id: 'CVE-2019-18276', package: 'bash', status: 'will_not_fix', severity: 'LOW' });
    expect(ubi.properties.srp.fixedVersion).toBeUndefined();
    expect(ubi.message.text).toMatch(/^CVE-2019-18276: bash 4\.2\.46-33\.el7, no fixed version \(will_not_fix\) \(LOW\)/);
    // redhat's V3 score is 7.8 (HIGH band) but Trivy says LOW: GitHub must show LOW too.
    expect(ubi.properties['security-severity']).toBe('2.0');
    expect(ubi.level).toBe('note');

    const debian = results(readFixture('trivy/debian-buster-image-vulns.json'));
    expect(byId(debian, 'CVE-2019-18224').properties.srp.fixedVersion).toBe('2.0.5-1+deb10u1');
    expect(byId(debian, 'CVE-2019-18276').properties.srp.status).toBe('affected');
  });

  it('locates language packages at their lockfile or package path', () => {
    const pom = results(readFixture('trivy/maven-pom-vulns.json'));
    expect(byId(pom, 'CVE-2020-9548').properties.srp).toMatchObject({
      path: 'pom.xml',
      package: 'com.fasterxml.jackson.core:jackson-databind',
      fixedVersion: '2.9.10.4',
      severity: 'CRITICAL',
    });
    const tomcat = results(readFixture('trivy/dd-tomcat-jar-vulns-cvss4-trivy-0.69.1.json'));
    expect(tomcat.map((r) => r.properties.srp.path)).toEqual(['catalina.jar', 'catalina.jar', 'catalina.jar']);
    expect(byId(tomcat, 'CVE-2025-66614').properties.srp.fixedVersion).toBe('11.0.14, 10.1.49, 9.0.112');
    expect(tomcat.map((r) => r.properties.srp.target)).toEqual(['Java', 'Java', 'Java']);
  });

  it('places lockfile vulnerabilities on the lines Trivy lists for the package', () => {
    const [jquery] = results(readFixture('trivy/npm-lockfile-vulns.json'));
    expect(jquery!.properties.srp).toMatchObject({ id: 'CVE-2019-11358', package: 'jquery', path: 'package-lock.json', line: 11 });
    expect(jquery!.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 11, endLine: 15 });
    expect(jquery!.message.text).toMatch(/^CVE-2019-11358: jquery 3\.3\.9 → fixed in 3\.4\.0 \(MEDIUM\)/);
  });

  it('keeps UNKNOWN severities as notes without a security-severity', () => {
    const gomod = results(readFixture('trivy/gomod-vulns-unknown-severity.json'));
    const unknown = gomod.filter((r) => r.properties.srp.severity === 'UNKNOWN');
    expect(unknown.map((r) => `${r.properties.srp.id}@${r.properties.srp.path}`).sort()).toEqual([
      'CVE-2021-38561@go.mod',
      'GMS-2022-20@go.mod',
      'GMS-2022-20@submod/go.mod',
      'GMS-2022-20@submod2/go.mod',
    ]);
    for (const r of unknown) {
      expect(r.level).toBe('note');
      expect(r.properties['security-severity']).toBeUndefined();
    }
  });

  it('reads misconfigurations with lines, resolution and old AVD ids as aliases', () => {
    const [ds] = results(readFixture('trivy/dockerfile-misconfig.json'));
    expect(ds!.properties.srp).toMatchObject({ kind: 'misconfiguration', id: 'DS-0002', severity: 'HIGH', path: 'Dockerfile' });
    expect(ds!.properties.srp.resolution).toBe("Add 'USER <non root user name>' line to the Dockerfile");
    expect(ds!.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1);
    const [old] = results(readFixture('trivy/dockerfile-misconfig-v0.68.0-old-ids.json'));
    expect(old!.properties.srp).toMatchObject({ id: 'DS002', aliases: ['AVD-DS-0002'] });

    const tf = results(readFixture('trivy/terraform-remote-module-misconfig.json'));
    expect(tf.map((r) => `${r.properties.srp.id}:${r.properties.srp.severity}`).sort()).toEqual(['AWS-0089:LOW', 'AWS-0090:MEDIUM', 'AWS-0132:HIGH']);
    expect(tf[0]!.properties.srp.path).toBe('terraform-aws-modules/s3-bucket/aws/main.tf');
    expect(tf[0]!.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 25, endLine: 36 });

    const helm = results(readFixture('trivy/helm-chart-k8s-misconfig.json'));
    expect(helm[0]!.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('testchart.tar.gz%3Atemplates/pod.yaml');
    expect(helm[0]!.properties.srp.path).toBe('testchart.tar.gz:templates/pod.yaml');
    // KSV-0118 fails twice in the same file (container and deployment): distinct fingerprints all the same.
    expect(new Set(helm.map((r) => r.properties.srp.id)).size).toBe(17);
    const ksv118 = helm.filter((r) => r.properties.srp.id === 'KSV-0118');
    expect(ksv118.map((r) => r.properties.srp.line)).toEqual([19, 17]);
    expect(ksv118[0]!.partialFingerprints['srp/v1']).not.toBe(ksv118[1]!.partialFingerprints['srp/v1']);
  });

  it('only FAIL misconfigurations are findings', () => {
    const report = {
      SchemaVersion: 2,
      Results: [
        {
          Target: 'main.tf',
          Class: 'config',
          Type: 'terraform',
          Misconfigurations: [
            { ID: 'AWS-0001', Severity: 'HIGH', Status: 'PASS' },
            { ID: 'AWS-0002', Severity: 'HIGH', Status: 'EXCEPTION' },
            { ID: 'AWS-0003', Severity: 'LOW', Status: 'FAIL' },
          ],
        },
      ],
    };
    const read = parseReport(JSON.stringify(report), { file: 'c.json' });
    expect(results(read).map((r) => r.properties.srp.id)).toEqual(['AWS-0003']);
  });

  it('reads secrets and licenses', () => {
    const secrets = results(readFixture('trivy/repo-secrets.json'));
    expect(secrets.map((r) => [r.properties.srp.id, r.properties.srp.severity, r.properties.srp.line, r.level])).toEqual([
      ['aws-access-key-id', 'CRITICAL', 3, 'error'],
      ['mysecret', 'HIGH', 7, 'error'],
    ]);
    expect(secrets[0]!.message.text).toBe('Secret aws-access-key-id (AWS Access Key ID) in deploy.sh:3 (CRITICAL) — revoke and rotate it');

    const licenses = results(readFixture('trivy/sbom-cyclonedx-licenses.json'));
    expect(licenses.map((r) => [r.properties.srp.id, r.properties.srp.package, r.properties.srp.severity])).toEqual([
      ['EPL-1.0', 'org.eclipse.sisu:org.eclipse.sisu.plexus', 'MEDIUM'],
      ['BSD-3-Clause', 'org.ow2.asm:asm', 'LOW'],
      ['MIT License', 'org.slf4j:slf4j-api', 'LOW'],
    ]);
  });

  it('keeps VEX-suppressed findings with a SARIF suppression', () => {
    const rs = results(readFixture('trivy/npm-vex-suppressed-convert.json'));
    const open = byId(rs, 'CVE-2017-20165');
    expect(open.suppressions).toBeUndefined();
    const vex = byId(rs, 'CVE-2017-16137');
    expect(vex.properties.srp).toMatchObject({ severity: 'LOW', package: 'debug', installedVersion: '3.0.1' });
    expect(vex.suppressions).toEqual([
      {
        kind: 'external',
        status: 'accepted',
        justification: 'Trivy suppressed it (not_affected: vulnerable_code_not_in_execute_path, from ./vex.json)',
        properties: { srpOrigin: 'scanner' },
      },
    ]);
  });

  it('reads the legacy bare array and reports without Results', () => {
    const legacy = readFixture('trivy/legacy-v0.19.0-alpine-3.9-bare-array.json');
    expect(legacy.runs[0]!.tool.driver.version).toBeUndefined();
    expect(results(legacy)).toHaveLength(10);
    expect(byId(results(legacy), 'CVE-2019-1547', 'libssl1.1').properties.srp.fixedVersion).toBe('1.1.1d-r0');
    const empty = readFixture('trivy/empty-image-no-results.json');
    expect(empty.runs).toHaveLength(1);
    expect(empty.runs[0]!.tool.driver.name).toBe('trivy');
    expect(empty.runs[0]!.results).toEqual([]);
  });

  it('infers the class of results from reports that predate Class', () => {
    const report = [{ Target: 'registry.example/app:1.0 (alpine 3.9.4)', Type: 'alpine', Vulnerabilities: [{ VulnerabilityID: 'CVE-2019-14697', PkgName: 'musl', InstalledVersion: '1.1.20-r4', Severity: 'CRITICAL' }] }, { Target: 'app/package-lock.json', Type: 'npm', Vulnerabilities: [{ VulnerabilityID: 'CVE-2019-11358', PkgName: 'jquery', Severity: 'MEDIUM' }] }];
    const rs = results(parseReport(JSON.stringify(report), { file: 'old.json' }));
    expect(rs.map((r) => r.properties.srp.path)).toEqual(['os-pkgs', 'app/package-lock.json']);
  });

  it('fingerprints do not change with image tag, digest, scan time or target decoration', () => {
    const text = JSON.stringify({
      SchemaVersion: 2,
      CreatedAt: '2026-01-01T00:00:00Z',
      ArtifactName: 'registry.example/app:1.0',
      Metadata: { RepoDigests: ['registry.example/app@sha256:aaaa'] },
      Results: [{ Target: 'registry.example/app:1.0 (alpine 3.19.1)', Class: 'os-pkgs', Type: 'alpine', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: 'musl', InstalledVersion: '1', Severity: 'HIGH' }] }],
    });
    const retagged = text
      .replaceAll('app:1.0', 'app:2.0')
      .replace('sha256:aaaa', 'sha256:bbbb')
      .replace('2026-01-01', '2026-02-02')
      .replace('alpine 3.19.1', 'alpine 3.19.2');
    const a = results(parseReport(text, { file: 'a.json' }))[0]!;
    const b = results(parseReport(retagged, { file: 'b.json' }))[0]!;
    expect(b.properties.srp.target).toBe('registry.example/app:2.0 (alpine 3.19.2)');
    expect(a.partialFingerprints['srp/v1']).toBe(b.partialFingerprints['srp/v1']);
  });

  it('renders vulnerability rule help on demand, serialized exactly like a plain help object', () => {
    const report = {
      SchemaVersion: 2,
      Results: [
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Vulnerabilities: [
            { VulnerabilityID: 'CVE-1', PkgName: 'a', Severity: 'HIGH', Title: 'Bad a', Description: 'Long text', PrimaryURL: 'https://avd.example/cve-1' },
            { VulnerabilityID: 'CVE-2', PkgName: 'b', Severity: 'LOW' },
          ],
        },
      ],
    };
    const rules = parseReport(JSON.stringify(report), { file: 'scan.json' }).runs[0]!.tool.driver.rules;
    const plain = [
      { text: 'Vulnerability CVE-1: Bad a\nLong text\nMore: https://avd.example/cve-1', markdown: '**Vulnerability CVE-1**: Bad a\n\nLong text\n\n[CVE-1](https://avd.example/cve-1)' },
      { text: 'Vulnerability CVE-2: \n', markdown: '**Vulnerability CVE-2**\n\n' },
    ];
    expect(rules.map((r) => [r.help?.text, r.help?.markdown])).toEqual(plain.map((h) => [h.text, h.markdown]));
    // The SARIF writer serializes rules with JSON.stringify: same bytes as before the help was lazy.
    expect(JSON.stringify(rules.map((r) => r.help))).toBe(JSON.stringify(plain));
    // Schema validators walk own keys with for-in: the lazy object must not expose its inputs.
    const keys: string[] = [];
    for (const key in rules[0]!.help) keys.push(key);
    expect(keys).toEqual([]);
  });

  it('names the index of a bad vulnerability that is not the first', () => {
    const bad = { SchemaVersion: 2, Results: [{ Target: 'x', Class: 'os-pkgs' }, { Target: 'y', Class: 'os-pkgs', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', Severity: 'LOW' }, { VulnerabilityID: 'CVE-2', Severity: 'LOW', Title: 3 }] }] };
    expect(() => parseReport(JSON.stringify(bad), { file: 'scan.json' })).toThrow(
      'scan.json: not a valid Trivy JSON report: $.Results[1].Vulnerabilities[1].Title must be a string, found a number',
    );
    const cvss = { SchemaVersion: 2, Results: [{ Target: 'x', Class: 'os-pkgs', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', Severity: 'LOW' }, { VulnerabilityID: 'CVE-1', Severity: 'LOW' }, { VulnerabilityID: 'CVE-2', Severity: 'LOW', CVSS: [] }] }] };
    expect(() => parseReport(JSON.stringify(cvss), { file: 'scan.json' })).toThrow('$.Results[0].Vulnerabilities[2].CVSS must be an object, found an array');
  });

  it('names the file and JSON path of a wrong shape', () => {
    const bad = { SchemaVersion: 2, Results: [{ Target: 'x', Class: 'os-pkgs', Vulnerabilities: [{ VulnerabilityID: 7 }] }] };
    expect(() => parseReport(JSON.stringify(bad), { file: 'scan.json' })).toThrow(
      'scan.json: not a valid Trivy JSON report: $.Results[0].Vulnerabilities[0].VulnerabilityID must be a non-empty string, found a number',
    );
    expect(() => parseReport('{"SchemaVersion":2,"Results":{}}', { file: 'scan.json' })).toThrow('$.Results must be an array, found an object');
    expect(() => parseReport('{"SchemaVersion":3,"Results":[]}', { file: 'scan.json' })).toThrow('$.SchemaVersion must be 2');
  });
});

describe('Trivy JSON: VEX-modified findings', () => {
  const read = (status: unknown) => {
    const report = {
      SchemaVersion: 2,
      ArtifactName: '.',
      ArtifactType: 'filesystem',
      Results: [
        {
          Target: 'package-lock.json',
          Class: 'lang-pkgs',
          Type: 'npm',
          ExperimentalModifiedFindings: [
            {
              Type: 'vulnerability',
              ...(status !== undefined ? { Status: status } : {}),
              Statement: 's',
              Source: 'vex.json',
              Finding: { VulnerabilityID: 'CVE-2017-16137', PkgName: 'debug', InstalledVersion: '3.0.1', Severity: 'CRITICAL' },
            },
          ],
        },
      ],
    };
    return parseReport(JSON.stringify(report), { file: 'r.json' });
  };

  it.each([['not_affected'], ['Fixed'], ['IGNORED']])('Status %s is a scanner suppression', (status) => {
    expect(results(read(status))[0]!.suppressions).toHaveLength(1);
  });

  it.each([['affected'], ['under_investigation'], ['unknown'], [undefined]])('Status %s is refused, not read as suppressed', (status) => {
    expect(() => read(status)).toThrow('$.Results[0].ExperimentalModifiedFindings[0].Status');
  });
});
