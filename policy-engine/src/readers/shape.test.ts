import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { KeySpelling, Shape, positive } from './shape.js';

describe('Shape', () => {
  const shape = new Shape('reports/trivy.json', 'Trivy JSON report');

  it('names the file and JSON path, never the value', () => {
    let error: unknown;
    try {
      shape.string({ VulnerabilityID: 'AKIAIOSFODNN7EXAMPLE'.length }, 'VulnerabilityID', '$.Results[0].Vulnerabilities[3]');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).toContain('reports/trivy.json: not a valid Trivy JSON report: $.Results[0].Vulnerabilities[3].VulnerabilityID must be a non-empty string, found a number');
    expect(message).not.toContain('20');
    expect(message.split('\n')).toHaveLength(1);
  });

  it('builds the element path from the array path and index only when a check fails', () => {
    const at = '$.Results[0].Vulnerabilities';
    expect(shape.string({ VulnerabilityID: 'CVE-1' }, 'VulnerabilityID', at, 4)).toBe('CVE-1');
    expect(() => shape.string({}, 'VulnerabilityID', at, 4)).toThrow('$.Results[0].Vulnerabilities[4].VulnerabilityID must be a non-empty string, found nothing');
    expect(() => shape.optString({ Title: 1 }, 'Title', at, 0)).toThrow('$.Results[0].Vulnerabilities[0].Title must be a string, found a number');
    expect(() => shape.optObject({ CVSS: 'x' }, 'CVSS', at, 12)).toThrow('$.Results[0].Vulnerabilities[12].CVSS must be an object, found a string');
  });

  it('treats absent, null and empty values as not given', () => {
    expect(shape.array({}, 'Results', '$')).toEqual([]);
    expect(shape.array({ Results: null }, 'Results', '$')).toEqual([]);
    expect(shape.optString({ a: '' }, 'a', '$')).toBeUndefined();
    expect(shape.optString({ a: 'x' }, 'a', '$')).toBe('x');
    expect(() => shape.array({ Results: {} }, 'Results', '$')).toThrow('$.Results must be an array, found an object');
    expect(() => shape.optNumber({ n: '3' }, 'n', '$.x')).toThrow('$.x.n must be a number, found a string');
    expect(() => shape.object(null, '$.Results[1]')).toThrow('$.Results[1] must be an object, found null');
  });

  it('keeps only positive integer lines', () => {
    expect(positive(3)).toBe(3);
    expect(positive(0)).toBeUndefined();
    expect(positive(1.5)).toBeUndefined();
    expect(positive(undefined)).toBeUndefined();
  });

  it('reads the real severity names in any case and spacing, and refuses every other value by its path', () => {
    expect(shape.severity({ Severity: 'critical ' }, 'Severity', '$.R', 0)).toBe('CRITICAL');
    expect(shape.severity({ Severity: ' High' }, 'Severity', '$.R', 0)).toBe('HIGH');
    expect(shape.severity({ Severity: 'Moderate' }, 'Severity', '$.R', 0)).toBe('MEDIUM');
    expect(() => shape.severity({ Severity: 'SEVERE' }, 'Severity', '$.R', 2)).toThrow('$.R[2].Severity must be CRITICAL, HIGH, MEDIUM (or MODERATE), LOW or UNKNOWN, found "SEVERE"');
    expect(() => shape.severity({ Severity: 9 }, 'Severity', '$.R', 0)).toThrow('found a number');
    expect(() => shape.severity({ Severity: null }, 'Severity', '$.R', 0)).toThrow('found null');
    expect(() => shape.severity({}, 'Severity', '$.R', 0)).toThrow('found nothing');
    // A long or odd string is never echoed: it could be a secret.
    expect(() => shape.severity({ Severity: 'ghp_0123456789abcdefghijklmnop' }, 'Severity', '$.R', 0)).toThrow('found a string');
  });

  it('refuses a key the reader relies on when it is spelled in another case, and lets unknown keys be', () => {
    const keys = new KeySpelling(['Results', 'Severity'], ['Metadata']);
    expect(() => keys.check(shape, { Results: [], Metadata: {}, Extra: 1, severityScore: 2 }, '$')).not.toThrow();
    expect(() => keys.check(shape, { results: [] }, '$')).toThrow('$.Results is spelled in another case in this file; keys are case-sensitive, so it must be "Results" exactly');
    expect(() => keys.check(shape, { SEVERITY: 'HIGH' }, '$.V', 3)).toThrow('$.V[3].Severity is spelled in another case');
  });
});
