/**
 * Every file in ../shared/fixtures is read (or refused) here, with the numbers from
 * fixtures/README.md; the normalized output of each is validated against the official schema.
 * A new fixture file without an entry below fails the coverage test.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../paths.test-support.js';
import type { Severity } from '../sarif/model.js';
import { validateSarifLog } from '../sarif/validate.test-support.js';
import { SCHEMA_PATH, readFixture, results, sarifLog, severityCounts } from './fixtures.test-support.js';

type Expected =
  | { format: string; runs?: number; counts: Partial<Record<Severity, number>>; kinds?: Record<string, number> }
  | { refused: string }
  | { schema: true };

const EXPECTED: Record<string, Expected> = {
  'trivy/alpine-3.10-image-vulns.json': { format: 'trivy-json', counts: { MEDIUM: 4 } },
  'trivy/alpine-3.9-image-vulns.json': { format: 'trivy-json', counts: { CRITICAL: 2, MEDIUM: 4 } },
  'trivy/debian-buster-image-vulns.json': { format: 'trivy-json', counts: { CRITICAL: 1, LOW: 1 } },
  'trivy/ubi-7-rhel-image-vulns.json': { format: 'trivy-json', counts: { LOW: 1 } },
  'trivy/rockylinux-8-image-vulns.json': { format: 'trivy-json', counts: { MEDIUM: 1 } },
  'trivy/npm-lockfile-vulns.json': { format: 'trivy-json', counts: { MEDIUM: 1 } },
  'trivy/pip-requirements-vulns.json': { format: 'trivy-json', counts: { HIGH: 1, MEDIUM: 1 } },
  'trivy/gomod-vulns-unknown-severity.json': { format: 'trivy-json', counts: { UNKNOWN: 4, MEDIUM: 1 } },
  'trivy/maven-pom-vulns.json': { format: 'trivy-json', counts: { CRITICAL: 1, HIGH: 1 } },
  'trivy/dockerfile-misconfig.json': { format: 'trivy-json', counts: { HIGH: 1 }, kinds: { misconfiguration: 1 } },
  'trivy/dockerfile-misconfig-v0.68.0-old-ids.json': { format: 'trivy-json', counts: { HIGH: 1 }, kinds: { misconfiguration: 1 } },
  'trivy/helm-chart-k8s-misconfig.json': { format: 'trivy-json', counts: { HIGH: 3, MEDIUM: 4, LOW: 11 }, kinds: { misconfiguration: 18 } },
  'trivy/terraform-remote-module-misconfig.json': { format: 'trivy-json', counts: { HIGH: 1, MEDIUM: 1, LOW: 1 }, kinds: { misconfiguration: 3 } },
  'trivy/repo-secrets.json': { format: 'trivy-json', counts: { CRITICAL: 1, HIGH: 1 }, kinds: { secret: 2 } },
  'trivy/sbom-cyclonedx-licenses.json': { format: 'trivy-json', counts: { MEDIUM: 1, LOW: 2 }, kinds: { license: 3 } },
  'trivy/empty-image-no-results.json': { format: 'trivy-json', counts: {} },
  'trivy/empty-terraform-no-failures.json': { format: 'trivy-json', counts: {} },
  // The VEX-suppressed LOW stays in the log (with a suppression): HIGH 1 + LOW 1.
  'trivy/npm-vex-suppressed-convert.json': { format: 'trivy-json', counts: { HIGH: 1, LOW: 1 } },
  'trivy/legacy-v0.19.0-alpine-3.9-bare-array.json': { format: 'trivy-json', counts: { CRITICAL: 2, MEDIUM: 6, LOW: 2 } },
  'trivy/dd-tomcat-jar-vulns-cvss4-trivy-0.69.1.json': { format: 'trivy-json', counts: { MEDIUM: 1, LOW: 2 } },
  'trivy/dd-k8s-cluster-legacy-format.json': {
    format: 'trivy-k8s',
    counts: { MEDIUM: 6, LOW: 14 },
    kinds: { vulnerability: 10, misconfiguration: 10 },
  },
  'trivy/alpine-3.10-image-vulns.sarif': { format: 'trivy-sarif', counts: { MEDIUM: 4 } },
  'trivy/alpine-3.10-image-vulns-v0.50.0.sarif': { format: 'trivy-sarif', counts: { MEDIUM: 4 } },
  'trivy/npm-cyclonedx.cdx.json': { refused: 'this is a CycloneDX SBOM, not a scan report: run trivy sbom on it' },
  'trivy/conda-spdx.spdx.json': { refused: 'this is an SPDX SBOM, not a scan report: run trivy sbom on it' },
  'gitleaks/json-report-v8.30.json': { format: 'gitleaks-json', counts: { HIGH: 1 }, kinds: { secret: 1 } },
  'gitleaks/json-report-empty.json': { format: 'gitleaks-json', counts: {} },
  'gitleaks/json-report-v8.13.0-no-symlinkfile.json': { format: 'gitleaks-json', counts: { HIGH: 1 } },
  'gitleaks/baseline-redacted-real-scan.json': { format: 'gitleaks-json', counts: { HIGH: 2 } },
  'gitleaks/legacy-v7.6.1-json-report.json': { format: 'gitleaks-json', counts: { HIGH: 5 } },
  'gitleaks/sarif-report-v8.30.sarif': { format: 'gitleaks-sarif', counts: { HIGH: 1 }, kinds: { secret: 1 } },
  'gitleaks/csv-report-v8.30.csv': { refused: 'this looks like CSV, not a JSON scan report' },
  'gitleaks/junit-report-v8.30.xml': { refused: 'this is XML (a JUnit or HTML report?), not a scan report' },
  'sarif/sarif-schema-2.1.0.json': { schema: true },
  'sarif/sarif-schema-2.1.0.draft-07.json': { schema: true },
};

function listFixtures(): string[] {
  const files: string[] = [];
  for (const dir of readdirSync(FIXTURES_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(FIXTURES_DIR, dir.name))) files.push(`${dir.name}/${f}`);
  }
  return files.sort();
}

describe('shared fixtures', () => {
  it('every fixture file has an expectation here', () => {
    expect(listFixtures()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    if ('schema' in expected) {
      it(`${file} is the schema the validator loads (not a report)`, () => {
        expect(() => readFixture(file)).toThrow(/unrecognised report/);
      });
      continue;
    }
    if ('refused' in expected) {
      it(`${file} is refused with a clear message`, () => {
        expect(() => readFixture(file)).toThrow(`${file}: ${expected.refused}`);
      });
      continue;
    }
    it(`${file} reads as ${expected.format} with ${JSON.stringify(expected.counts)}`, () => {
      const read = readFixture(file);
      expect(read.format).toBe(expected.format);
      expect(read.runs).toHaveLength(expected.runs ?? 1);
      expect(severityCounts(read)).toEqual(expected.counts);
      if (expected.kinds) {
        const kinds: Record<string, number> = {};
        for (const r of results(read)) kinds[r.properties.srp.kind] = (kinds[r.properties.srp.kind] ?? 0) + 1;
        expect(kinds).toEqual(expected.kinds);
      }
      expect(validateSarifLog(sarifLog(read.runs), SCHEMA_PATH)).toEqual([]);
      for (const r of results(read)) {
        // Every result is complete: rule, level, message, fingerprint, relative location.
        expect(read.runs[0]!.tool.driver.rules.some((rule) => rule.id === r.ruleId)).toBe(true);
        expect(r.partialFingerprints['srp/v1']).toMatch(/^[0-9a-f]{32}$/);
        const uri = r.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
        expect(uri).toBeDefined();
        expect(uri).not.toMatch(/^\/|^[a-z][a-z0-9+.-]*:/i);
      }
      const fingerprints = results(read).map((r) => r.partialFingerprints['srp/v1']);
      expect(new Set(fingerprints).size).toBe(fingerprints.length);
    });
  }
});
