import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError } from '../errors.js';
import { classifyDbErrors, isUnavailable } from './unavailable.js';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isUnavailable', () => {
  it.each([
    withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
    withCode('terminating connection due to administrator command', '57P01'),
    withCode('the database system is starting up', '57P03'),
    withCode('connection failure', '08006'),
    withCode('too many connections', '53300'),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    new AggregateError([withCode('x', 'ECONNREFUSED')], 'all failed'),
  ])('treats %s as the database being down', (err) => {
    expect(isUnavailable(err)).toBe(true);
  });

  it.each([
    withCode('syntax error at or near "SELEC"', '42601'),
    withCode('duplicate key value violates unique constraint', '23505'),
    new TypeError('cannot read properties of undefined'),
    'a string',
  ])('treats %s as a bug, not an outage', (err) => {
    expect(isUnavailable(err)).toBe(false);
  });
});

describe('classifyDbErrors', () => {
  it('wraps outages and passes everything else through', async () => {
    await expect(classifyDbErrors(() => Promise.reject(withCode('refused', 'ECONNREFUSED')))).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    const bug = withCode('syntax error', '42601');
    await expect(classifyDbErrors(() => Promise.reject(bug))).rejects.toBe(bug);
    await expect(classifyDbErrors(async () => 7)).resolves.toBe(7);
  });
});
