import { describe, expect, it } from 'vitest';
import { redactSecret } from './redact.js';

describe('redactSecret', () => {
  it('keeps at most 4 characters and the length', () => {
    expect(redactSecret('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA…(20 chars)');
    expect(redactSecret('ghp_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')).toBe('ghp_…(40 chars)');
  });

  it('fully masks short secrets', () => {
    expect(redactSecret('a secret')).toBe('…(8 chars)');
    expect(redactSecret('hunter2')).toBe('…(7 chars)');
    expect(redactSecret('')).toBe('(empty)');
  });

  it('counts code points, not UTF-16 units', () => {
    expect(redactSecret('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toBe('🔑🔑🔑🔑…(12 chars)');
  });
});
