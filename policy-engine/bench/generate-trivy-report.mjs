/**
 * Deterministic synthetic Trivy JSON report (SchemaVersion 2) with N vulnerabilities spread over
 * OS and language-package results, shaped like real `trivy image` output (CVSS, references, ...).
 */
import { writeFileSync } from 'node:fs';

const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'MEDIUM', 'LOW', 'LOW', 'LOW', 'UNKNOWN'];
const STATUSES = ['fixed', 'fixed', 'affected', 'will_not_fix'];

/** Small LCG so every run produces byte-identical reports. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function vulnerability(index, next) {
  const severity = SEVERITIES[Math.floor(next() * SEVERITIES.length)];
  const status = STATUSES[Math.floor(next() * STATUSES.length)];
  const id = `CVE-${2015 + (index % 10)}-${10000 + index}`;
  const pkg = `pkg-${index % 2000}`;
  const score = (next() * 10).toFixed(1);
  return {
    VulnerabilityID: id,
    PkgID: `${pkg}@1.${index % 50}.0`,
    PkgName: pkg,
    PkgIdentifier: { PURL: `pkg:deb/debian/${pkg}@1.${index % 50}.0?arch=amd64&distro=debian-12` },
    InstalledVersion: `1.${index % 50}.0`,
    ...(status === 'fixed' ? { FixedVersion: `1.${index % 50}.1` } : {}),
    Status: status,
    Layer: { DiffID: `sha256:${(index % 7).toString(16).repeat(64)}` },
    SeveritySource: 'nvd',
    PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    DataSource: { ID: 'debian', Name: 'Debian Security Tracker', URL: 'https://salsa.debian.org/security-tracker-team/security-tracker' },
    Title: `${pkg}: synthetic issue number ${index} in request parsing`,
    Description: `A flaw was found in ${pkg} where crafted input could lead to memory corruption. This synthetic description is about as long as a real one, so parsing cost is realistic.`,
    Severity: severity,
    CweIDs: ['CWE-787'],
    VendorSeverity: { nvd: 3, debian: 2 },
    CVSS: { nvd: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', V3Score: Number(score) } },
    References: [`https://security-tracker.debian.org/tracker/${id}`, `https://nvd.nist.gov/vuln/detail/${id}`],
    PublishedDate: '2023-01-01T00:00:00Z',
    LastModifiedDate: '2024-01-01T00:00:00Z',
  };
}

export function generateTrivyReport(count, seed = 42) {
  const next = random(seed);
  const perResult = Math.ceil(count / 4);
  const results = [];
  for (let r = 0, made = 0; made < count; r += 1) {
    const size = Math.min(perResult, count - made);
    const vulnerabilities = Array.from({ length: size }, (_, i) => vulnerability(made + i, next));
    results.push(
      r === 0
        ? { Target: 'registry.example.com/shop/api:1234 (debian 12.5)', Class: 'os-pkgs', Type: 'debian', Vulnerabilities: vulnerabilities }
        : { Target: `app/lib${r}/package-lock.json`, Class: 'lang-pkgs', Type: 'npm', Vulnerabilities: vulnerabilities },
    );
    made += size;
  }
  return {
    SchemaVersion: 2,
    CreatedAt: '2026-11-24T00:00:00Z',
    ArtifactName: 'registry.example.com/shop/api:1234',
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'debian', Name: '12.5' }, ImageID: 'sha256:' + 'a'.repeat(64) },
    Results: results,
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [count, out] = process.argv.slice(2);
  writeFileSync(out, JSON.stringify(generateTrivyReport(Number(count)), null, 2));
}
