import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../paths.test-support.js';
import { compileSarifValidator, validateSarifLog } from './validate.test-support.js';

const SCHEMA = fixture('sarif/sarif-schema-2.1.0.json');

describe('validateSarifLog', () => {
  it('accepts the real Trivy and Gitleaks SARIF fixtures', () => {
    for (const f of ['trivy/alpine-3.10-image-vulns.sarif', 'trivy/alpine-3.10-image-vulns-v0.50.0.sarif', 'gitleaks/sarif-report-v8.30.sarif']) {
      const log = JSON.parse(readFileSync(fixture(f), 'utf8')) as unknown;
      expect(validateSarifLog(log, SCHEMA), f).toEqual([]);
    }
  });

  it('reports where a log is wrong', () => {
    const errors = validateSarifLog({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [{ level: 'fatal' }] }] }, SCHEMA);
    expect(errors.some((e) => e.startsWith('/runs/0/tool/driver') && e.includes("'name'"))).toBe(true);
    expect(errors.some((e) => e.startsWith('/runs/0/results/0'))).toBe(true);
    expect(validateSarifLog({ runs: [] }, SCHEMA).some((e) => e.includes("'version'"))).toBe(true);
  });

  it('compiles a validator from an already-loaded (draft-04) schema document', () => {
    const validate = compileSarifValidator(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] })).toEqual([]);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }).length).toBeGreaterThan(0);
  });
});
