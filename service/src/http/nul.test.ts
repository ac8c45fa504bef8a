import { describe, expect, it } from 'vitest';
import { assertNoNul } from './nul.js';

describe('assertNoNul', () => {
  it('accepts ordinary documents, including other control characters', () => {
    expect(() => assertNoNul({ a: ['x\ty', { b: 'ünïcode \u0001' }], n: 1, z: null }, 'body')).not.toThrow();
  });
  it('names the path of a NUL in a nested value', () => {
    expect(() => assertNoNul({ a: [{ b: 'ok' }, { c: 'bad\u0000' }] }, 'body')).toThrow('body.a.1.c: must not contain the NUL character');
  });
  it('finds a NUL in a key', () => {
    expect(() => assertNoNul({ ['k\u0000']: 1 }, 'query')).toThrow(/^query\.k\\u0000: must not contain/);
  });
});
