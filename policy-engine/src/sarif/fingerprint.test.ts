import { describe, expect, it } from 'vitest';
import { FingerprintCounter, fingerprintKey, fingerprintOf } from './fingerprint.js';
import type { FindingFacts } from './model.js';

const base: FindingFacts = {
  scanner: 'trivy',
  kind: 'vulnerability',
  severity: 'CRITICAL',
  id: 'CVE-2019-14697',
  package: 'musl',
  path: 'os-pkgs',
  installedVersion: '1.1.20-r4',
  target: 'registry.example/app:1.0 (alpine 3.9.4)',
};

describe('fingerprints', () => {
  it('ignores target, versions, line and severity', () => {
    const a = fingerprintOf(fingerprintKey(base));
    const b = fingerprintOf(
      fingerprintKey({ ...base, target: 'registry.example/app@sha256:abc (alpine 3.9.5)', installedVersion: '1.1.20-r5', line: 9, severity: 'HIGH' }),
    );
    expect(a).toBe(b);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with scanner, kind, id, package or path', () => {
    const a = fingerprintOf(fingerprintKey(base));
    for (const change of [{ scanner: 'x' }, { kind: 'license' as const }, { id: 'CVE-1' }, { package: 'busybox' }, { path: 'lib/x' }]) {
      expect(fingerprintOf(fingerprintKey({ ...base, ...change }))).not.toBe(a);
    }
  });

  it('numbers identical findings within a run, deterministically', () => {
    const c1 = new FingerprintCounter();
    const first = [c1.next(base), c1.next(base), c1.next({ ...base, id: 'CVE-2' })];
    const c2 = new FingerprintCounter();
    const second = [c2.next(base), c2.next(base), c2.next({ ...base, id: 'CVE-2' })];
    expect(first).toEqual(second);
    expect(new Set(first).size).toBe(3);
    expect(first[0]).toBe(fingerprintOf(fingerprintKey(base)));
  });

  it('includes the line for secrets only: an accepted token never covers another one in the same file', () => {
    const secret: FindingFacts = { scanner: 'gitleaks', kind: 'secret', severity: 'HIGH', id: 'github-pat', path: 'config/app.env', line: 3 };
    const key = (f: FindingFacts) => fingerprintOf(fingerprintKey(f));
    expect(key({ ...secret, line: 40 })).not.toBe(key(secret));
    expect(key({ ...secret, severity: 'CRITICAL' })).toBe(key(secret));
    expect(key({ ...base, line: 40 })).toBe(key({ ...base, line: 3 }));
  });
});
