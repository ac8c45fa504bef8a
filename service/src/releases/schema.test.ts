import { describe, expect, it } from 'vitest';
import { failedVerdict } from '../../test/fixtures.js';
import { ListQuery, ReleaseId, ReleaseInput } from './schema.js';

describe('ReleaseInput', () => {
  it('keeps fields it does not model (the verdict may grow)', () => {
    const parsed = ReleaseInput.parse(failedVerdict({ newField: { x: 1 } }));
    expect(parsed).toMatchObject({ schemaVersion: 1, evaluatedAt: '2026-11-24T02:00:00.000Z', newField: { x: 1 } });
  });

  it('accepts both numeric and string build numbers, and rejects unsafe ones', () => {
    expect(ReleaseInput.safeParse(failedVerdict({ buildNumber: 0 })).success).toBe(true);
    expect(ReleaseInput.safeParse(failedVerdict({ buildNumber: 'release-7.1' })).success).toBe(true);
    for (const bad of [-1, 1.5, '', 'a b', '../x', 'x'.repeat(65)]) {
      expect(ReleaseInput.safeParse(failedVerdict({ buildNumber: bad })).success, String(bad)).toBe(false);
    }
  });

  it('requires a full commit SHA in either case', () => {
    expect(ReleaseInput.safeParse(failedVerdict({ commit: 'A'.repeat(40) })).success).toBe(true);
    expect(ReleaseInput.safeParse(failedVerdict({ commit: 'a'.repeat(39) })).success).toBe(false);
    expect(ReleaseInput.safeParse(failedVerdict({ commit: 'g'.repeat(40) })).success).toBe(false);
  });
});

describe('ListQuery', () => {
  it('defaults the page size and normalizes instants to UTC', () => {
    expect(ListQuery.parse({})).toEqual({ limit: 50 });
    expect(ListQuery.parse({ since: '2026-11-24T12:00:00+02:00', limit: '10' })).toEqual({
      since: '2026-11-24T10:00:00.000Z',
      limit: 10,
    });
  });

  it('refuses unknown parameters, pages over the maximum and instants PostgreSQL cannot store', () => {
    expect(ListQuery.safeParse({ sort: 'asc' }).success).toBe(false);
    expect(ListQuery.safeParse({ limit: '201' }).success).toBe(false);
    expect(ListQuery.safeParse({ until: '0000-01-01T00:00:00Z' }).success).toBe(false);
  });
});

describe('ReleaseId', () => {
  it('is a positive whole number', () => {
    expect(ReleaseId.safeParse('17').success).toBe(true);
    for (const bad of ['0', '-1', '01', '1e3', 'abc', '12345678901234567']) expect(ReleaseId.safeParse(bad).success, bad).toBe(false);
  });
});
