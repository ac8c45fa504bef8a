import { describe, expect, it } from 'vitest';
import { parseReport } from './index.js';
import { readFixture, results } from './fixtures.test-support.js';

describe('Trivy k8s reader', () => {
  it('locates findings at namespace/Kind/name, keeping the image as target', () => {
    const rs = results(readFixture('trivy/dd-k8s-cluster-legacy-format.json'));
    const paths = new Set(rs.map((r) => r.properties.srp.path));
    expect([...paths].sort()).toEqual(['default/Deployment/redis-follower', 'default/Deployment/redis-leader']);
    const vuln = rs.find((r) => r.properties.srp.kind === 'vulnerability' && r.properties.srp.id === 'CVE-2020-27350')!;
    expect(vuln.properties.srp.target).toBe('gcr.io/google_samples/gb-redis-follower:v2 (debian 10.4)');
    expect(vuln.properties.srp.package).toBe('apt');
    const misconf = rs.find((r) => r.properties.srp.id === 'KSV001')!;
    expect(misconf.properties.srp).toMatchObject({ kind: 'misconfiguration', severity: 'MEDIUM', line: 132 });
    expect(misconf.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 132, endLine: 143 });
    // Code lines of the manifest are never copied.
    expect(JSON.stringify(rs)).not.toContain('imagePullPolicy');
  });

  it('reads the newer Resources layout', () => {
    const report = {
      ClusterName: 'kind-test',
      Resources: [
        {
          Namespace: 'prod',
          Kind: 'Deployment',
          Name: 'api',
          Results: [{ Target: 'Deployment/api', Class: 'config', Type: 'kubernetes', Misconfigurations: [{ ID: 'KSV-0012', Severity: 'HIGH', Status: 'FAIL', Title: 'Runs as root' }] }],
        },
      ],
    };
    const read = parseReport(JSON.stringify(report), { file: 'k8s.json' });
    expect(read.format).toBe('trivy-k8s');
    expect(results(read).map((r) => [r.properties.srp.id, r.properties.srp.path])).toEqual([['KSV-0012', 'prod/Deployment/api']]);
  });
});
