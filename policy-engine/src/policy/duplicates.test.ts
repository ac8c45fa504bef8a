import { describe, expect, it } from 'vitest';
import { finding } from './builders.test-support.js';
import { sameFinding } from './duplicates.js';

describe('sameFinding', () => {
  const base = finding({ id: 'CVE-2024-0001', package: 'openssl', installedVersion: '1.0.0', path: 'os-pkgs', target: 'registry.test/a:1', severity: 'LOW' });

  it('is true for a copy identical in every detail', () => {
    expect(sameFinding(base, structuredClone(base))).toBe(true);
  });

  it.each([
    ['severity', { severity: 'CRITICAL' }],
    ['target (another image)', { target: 'registry.test/b:1' }],
    ['installed version', { installedVersion: '1.0.1' }],
    ['fixed version', { fixedVersion: '1.0.2' }],
    ['status', { status: 'will_not_fix' }],
    ['line', { line: 40 }],
    ['native fingerprint', { nativeFingerprint: 'c0ffee:config/app.env:aws:40' }],
    ['title', { title: 'another title' }],
    ['aliases', { aliases: ['AVD-X'] }],
  ] as const)('is false when only the %s differs', (_name, change) => {
    const copy = structuredClone(base);
    Object.assign(copy.properties.srp, change);
    expect(sameFinding(base, copy)).toBe(false);
  });

  it('is false when the report itself suppressed only one copy', () => {
    const copy = structuredClone(base);
    copy.suppressions = [{ kind: 'external', status: 'accepted', justification: 'VEX: not affected' }];
    expect(sameFinding(base, copy)).toBe(false);
  });

  it('is false for another fingerprint, rule or message', () => {
    expect(sameFinding(base, { ...base, partialFingerprints: { 'srp/v1': 'other' } })).toBe(false);
    expect(sameFinding(base, { ...base, ruleId: 'other' })).toBe(false);
    expect(sameFinding(base, { ...base, message: { text: 'other' } })).toBe(false);
  });
});
