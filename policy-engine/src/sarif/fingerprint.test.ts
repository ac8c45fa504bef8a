import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintCounter, type FingerprintGroup, fingerprintKey, fingerprintOf } from './fingerprint.js';
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

  it('counts the same with groups by id as with none, also for keys that NULs or secret lines make ambiguous', () => {
    // Few values, with NULs and the words a key is made of, so equal keys from different ids (a NUL
    // in a field) and from a secret and a non-secret (a NUL in the scanner) are frequent.
    const part = fc.constantFrom(undefined, 'a', 'a\u0000a', 'L1');
    const finding = fc.record({
      scanner: fc.constantFrom('a', 'a', 'a\u0000secret'),
      kind: fc.constantFrom('vulnerability' as const, 'vulnerability' as const, 'secret' as const),
      severity: fc.constant('HIGH' as const),
      id: fc.constantFrom('a', 'a\u0000a', 'vulnerability'),
      package: part,
      path: part,
      line: fc.constant(1),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 40 }), (findings) => {
        const plain = new FingerprintCounter();
        const grouped = new FingerprintCounter();
        const groups = new Map<string, FingerprintGroup>();
        for (const facts of findings) {
          let group = groups.get(facts.id);
          if (group === undefined) groups.set(facts.id, (group = { firstFingerprintKey: undefined }));
          expect(grouped.next(facts, group)).toBe(plain.next(facts));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("counts the same when some findings come without their id's group, before or after it exists", () => {
    // RunBuilder passes the rule of facts.id, which may not exist yet when a reader's ruleId differs.
    const finding = fc.record({
      scanner: fc.constant('trivy'),
      kind: fc.constant('vulnerability' as const),
      severity: fc.constant('HIGH' as const),
      id: fc.constantFrom('a', 'b'),
      package: fc.constantFrom(undefined, 'p'),
      path: fc.constant('x'),
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(finding, fc.boolean()), { maxLength: 30 }), (findings) => {
        const plain = new FingerprintCounter();
        const grouped = new FingerprintCounter();
        const groups = new Map<string, FingerprintGroup>();
        for (const [facts, makesGroup] of findings) {
          let group = groups.get(facts.id);
          if (group === undefined && makesGroup) groups.set(facts.id, (group = { firstFingerprintKey: undefined }));
          expect(grouped.next(facts, group)).toBe(plain.next(facts));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('numbers equal keys of different ids (a NUL in a field) as repeats, as without groups', () => {
    const counter = new FingerprintCounter();
    const a: FindingFacts = { scanner: 'trivy', kind: 'vulnerability', severity: 'HIGH', id: 'a', package: 'b', path: 'a\u0000b' };
    const b: FindingFacts = { ...a, id: 'a\u0000b', package: 'a', path: 'b' };
    expect(fingerprintKey(a)).toBe(fingerprintKey(b));
    const first = counter.next(a, { firstFingerprintKey: undefined });
    expect(counter.next(b, { firstFingerprintKey: undefined })).toBe(fingerprintOf(fingerprintKey(b), 2));
    expect(first).toBe(fingerprintOf(fingerprintKey(a)));
  });

  it('numbers a secret and a finding of a scanner named with a NUL as repeats when their keys are equal', () => {
    const secret: FindingFacts = { scanner: 'a', kind: 'secret', severity: 'HIGH', id: 'vulnerability', package: 'x', path: 'y', line: 1 };
    const other: FindingFacts = { scanner: 'a\u0000secret', kind: 'vulnerability', severity: 'HIGH', id: 'x', package: 'y', path: 'L1' };
    expect(fingerprintKey(secret)).toBe(fingerprintKey(other));
    for (const [first, second] of [
      [secret, other],
      [other, secret],
    ] as const) {
      const counter = new FingerprintCounter();
      counter.next(first, { firstFingerprintKey: undefined });
      expect(counter.next(second, { firstFingerprintKey: undefined })).toBe(fingerprintOf(fingerprintKey(second), 2));
    }
  });
});

