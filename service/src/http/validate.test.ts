import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BadRequestError } from '../errors.js';
import { parseOr400 } from './validate.js';

const schema = z.strictObject({ a: z.object({ b: z.int().min(1) }), c: z.string().optional() });

function failure(value: unknown): BadRequestError {
  try {
    parseOr400(schema, value, 'body');
  } catch (err) {
    if (err instanceof BadRequestError) return err;
  }
  throw new Error('expected a BadRequestError');
}

describe('parseOr400', () => {
  it('returns parsed data', () => {
    expect(parseOr400(schema, { a: { b: 2 } }, 'body')).toEqual({ a: { b: 2 } });
  });
  it('names the nested field at fault', () => {
    const e = failure({ a: { b: 0 } });
    expect(e.field).toBe('body.a.b');
    expect(e.message).toMatch(/^body\.a\.b: .*>=1/);
  });
  it('says "is required" for a missing field', () => {
    expect(failure({}).message).toBe('body.a: is required');
  });
  it('names unknown parameters', () => {
    expect(failure({ a: { b: 1 }, zz: 1 }).message).toBe('body: unknown parameter "zz"');
  });
});
