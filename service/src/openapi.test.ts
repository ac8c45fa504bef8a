/**
 * The published OpenAPI document is a contract other code validates against (the engine, schemathesis):
 * it must be internally consistent and accept exactly what the zod schemas accept.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { failedVerdict, passedVerdict, trivySarif } from '../test/fixtures.js';
import { buildOpenApi } from './openapi.js';
import { ReleaseInput } from './releases/schema.js';

const doc = buildOpenApi('1.2.3') as {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, object> };
};

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('buildOpenApi', () => {
  it('is OpenAPI 3.1 with the given version, unique operation ids and resolvable $refs', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('1.2.3');
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of refs(doc)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split('/').pop()!], ref).toBeDefined();
    }
  });

  it('documents an error body for every 4xx/5xx response', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, res] of Object.entries(op.responses)) {
          if (/^[45]/.test(status) && path !== '/ready') {
            expect(JSON.stringify(res), `${method} ${path} ${status}`).toContain('#/components/schemas/Error');
          }
        }
      }
    }
  });

  describe('ReleaseInput as JSON Schema agrees with zod', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const [id, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema, `#/components/schemas/${id}`);
    const validate = ajv.getSchema('#/components/schemas/ReleaseInput')!;

    const cases: [string, Record<string, unknown>][] = [
      ['a failed verdict with SARIF', failedVerdict({ sarif: trivySarif() })],
      ['a passed verdict', passedVerdict()],
      ['a string build number', passedVerdict({ buildNumber: '2026.11.24-1' })],
      ['a missing commit', (({ commit: _c, ...rest }) => rest)(failedVerdict())],
      ['a short commit', failedVerdict({ commit: 'abc' })],
      ['a repository without owner', failedVerdict({ repository: 'payments-api' })],
      ['a negative count', failedVerdict({ counts: { critical: -1, high: 0, medium: 0, low: 0, unknown: 0 } })],
      ['a suppression without reason', failedVerdict({ suppressions: { applied: [{ id: 'CVE-1', source: 'policy' }] } })],
      ['an upper-case severity', failedVerdict({ blockingFindings: [{ severity: 'CRITICAL' }] })],
      ['SARIF 2.0', failedVerdict({ sarif: { version: '2.0.0', runs: [] } })],
    ];
    it.each(cases)('%s', (_name, body) => {
      expect(validate(body)).toBe(ReleaseInput.safeParse(body).success);
    });
    it('accepts the valid cases (the comparison above is not vacuous)', () => {
      expect(validate(failedVerdict())).toBe(true);
      expect(validate(failedVerdict({ commit: 'abc' }))).toBe(false);
    });
  });
});
