import { describe, expect, it } from 'vitest';
import { assertStorable } from './nul.js';

describe('assertStorable', () => {
  it('accepts ordinary documents, including other control characters and paired surrogates', () => {
    expect(() => assertStorable({ a: ['x\ty', { b: 'ünïcode \u0001 😀' }], n: 1, z: null }, 'body')).not.toThrow();
  });
  it('names the path of a NUL in a nested value', () => {
    expect(() => assertStorable({ a: [{ b: 'ok' }, { c: 'bad\u0000' }] }, 'body')).toThrow('body.a.1.c: must not contain the NUL character');
  });
  it('finds a NUL in a key', () => {
    expect(() => assertStorable({ ['k\u0000']: 1 }, 'query')).toThrow(/^query\.k\\u0000: must not contain/);
  });
  it('refuses a lone surrogate in a value or a key, high or low', () => {
    expect(() => assertStorable({ branch: 'main\ud800' }, 'body')).toThrow(/^body\.branch: must not contain a lone UTF-16 surrogate/);
    expect(() => assertStorable({ x: ['\udc00tail'] }, 'body')).toThrow(/^body\.x\.0: must not contain a lone/);
    expect(() => assertStorable({ ['k\ud800']: 1 }, 'body')).toThrow(/^body\.k\\ud800: must not contain a lone/);
  });
  it('reports the first offending value in document order', () => {
    expect(() => assertStorable({ a: 'x\u0000', b: 'y\u0000' }, 'body')).toThrow(/^body\.a:/);
  });
  it('refuses a document nested deeper than the limit without overflowing the stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => assertStorable(deep, 'body')).toThrow(/^body: nested deeper than 64 levels/);
    let ok: unknown = 1;
    for (let i = 0; i < 64; i++) ok = { a: ok };
    expect(() => assertStorable(ok, 'body')).not.toThrow();
  });
});
