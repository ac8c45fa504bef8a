import { describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../errors.js';
import { REPORT_FORMATS, parseReport } from './index.js';
import { readFixture } from './fixtures.test-support.js';

function problem(text: string, format?: string): string {
  try {
    parseReport(text, { file: 'x.json' }, format);
  } catch (e) {
    expect(e instanceof InputError || e instanceof UsageError).toBe(true);
    const message = (e as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('expected a refusal');
}

describe('parseReport', () => {
  it('lists every format for --help', () => {
    expect(REPORT_FORMATS.map((f) => f.format)).toEqual(['trivy-k8s', 'trivy-json', 'gitleaks-json', 'trivy-sarif', 'gitleaks-sarif', 'sarif']);
    for (const f of REPORT_FORMATS) expect(f.description.length).toBeGreaterThan(10);
  });

  it('detects each format from content', () => {
    expect(readFixture('trivy/maven-pom-vulns.json').format).toBe('trivy-json');
    expect(readFixture('trivy/legacy-v0.19.0-alpine-3.9-bare-array.json').format).toBe('trivy-json');
    expect(readFixture('trivy/npm-vex-suppressed-convert.json').format).toBe('trivy-json');
    expect(readFixture('trivy/dd-k8s-cluster-legacy-format.json').format).toBe('trivy-k8s');
    expect(readFixture('gitleaks/legacy-v7.6.1-json-report.json').format).toBe('gitleaks-json');
    expect(readFixture('gitleaks/sarif-report-v8.30.sarif').format).toBe('gitleaks-sarif');
    expect(readFixture('trivy/alpine-3.10-image-vulns.sarif').format).toBe('trivy-sarif');
  });

  it('uses a forced format, and lists the valid ids for an unknown one', () => {
    expect(readFixture('trivy/maven-pom-vulns.json', 'trivy-json').format).toBe('trivy-json');
    // A forced format never makes a reader accept another format's shape (it read as an empty report).
    expect(problem('[{"RuleID":"x","Secret":"s"}]', 'trivy-json')).toBe(
      'x.json: --format trivy-json does not fit this file (its shape is not Trivy JSON (SchemaVersion 2, legacy bare array, trivy convert)); check the file, or leave out --format to detect the format',
    );
    for (const [text, format] of [['{}', 'trivy-json'], ['{"SchemaVersion":2,"Results":[]}', 'trivy-k8s'], ['{"version":"2.1.0","runs":[]}', 'trivy-json']]) {
      expect(problem(text as string, format)).toContain(`--format ${format} does not fit this file`);
    }
    expect(problem('{}', 'bogus')).toBe("unknown --format 'bogus': valid formats are trivy-k8s, trivy-json, gitleaks-json, trivy-sarif, gitleaks-sarif, sarif");
    expect(problem('{}', 'x\ny')).toBe('unknown --format value: valid formats are trivy-k8s, trivy-json, gitleaks-json, trivy-sarif, gitleaks-sarif, sarif');
    expect(problem('{"SchemaVersion":2}', 'gitleaks-json')).toContain('x.json: --format gitleaks-json does not fit this file');
  });

  it('refuses JSON of the wrong shape, naming what was expected', () => {
    for (const text of ['{"foo":1}', '42', '"text"', 'null', 'true', '[1,2]', '[{"name":"x"}]']) {
      expect(problem(text)).toMatch(/^x\.json: unrecognised report: not Trivy JSON .* --format \(trivy-k8s, trivy-json, gitleaks-json, trivy-sarif, gitleaks-sarif, sarif\)$/);
    }
  });

  it('refuses SBOMs with what to run instead', () => {
    expect(problem('{"bomFormat":"CycloneDX","specVersion":"1.5","components":[]}')).toBe(
      'x.json: this is a CycloneDX SBOM, not a scan report: run trivy sbom on it (trivy sbom --format json <file>) and pass that report',
    );
    expect(problem('{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","packages":[]}')).toContain('this is an SPDX SBOM');
  });

  it('refuses truncated reports without quoting them', () => {
    const full = JSON.stringify({ SchemaVersion: 2, Results: [{ Target: 'x', Secrets: [{ RuleID: 'r', Match: 'ghp_CANARYtruncated0000000000000000000000' }] }] });
    const message = problem(full.slice(0, 80));
    expect(message).toMatch(/^x\.json: the JSON ends early \(truncated file\?\) at line 1, column 81:/);
    expect(message).not.toContain('CANARY');
  });
});
