import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundField } from './bounds.js';
import { LazyHelp, RunBuilder } from './build.js';
import { fingerprintKey, fingerprintOf } from './fingerprint.js';
import type { FindingFacts } from './model.js';

const facts = (over: Partial<FindingFacts>): FindingFacts => ({ scanner: 'trivy', kind: 'vulnerability', severity: 'LOW', id: 'CVE-1', path: 'package-lock.json', ...over });

describe('RunBuilder', () => {
  it('derives level, security-severity and rule defaults from the worst result of each rule', () => {
    const b = new RunBuilder({ name: 'trivy', version: '0.74.0', informationUri: 'https://github.com/aquasecurity/trivy' });
    b.rule({ id: 'CVE-1', shortDescription: 'Title\nsecond line', helpText: 'help', helpUri: 'https://avd.aquasec.com/nvd/cve-1', tags: ['vulnerability'] });
    const low = b.add({ facts: facts({ severity: 'LOW' }), message: 'low' });
    const high = b.add({ facts: facts({ severity: 'HIGH', package: 'b' }), message: 'high', cvssScore: 7.5 });
    const run = b.build();
    expect([low.level, high.level]).toEqual(['note', 'error']);
    expect([low.properties['security-severity'], high.properties['security-severity']]).toEqual(['2.0', '7.5']);
    const [rule] = run.tool.driver.rules;
    expect(rule).toMatchObject({
      id: 'CVE-1',
      shortDescription: { text: 'Title' },
      helpUri: 'https://avd.aquasec.com/nvd/cve-1',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'vulnerability'], 'security-severity': '7.5' },
    });
    expect(run.tool.driver).toMatchObject({ name: 'trivy', version: '0.74.0', informationUri: 'https://github.com/aquasecurity/trivy' });
    expect(run.results.map((r) => r.ruleIndex)).toEqual([0, 0]);
  });

  it('adds a rule for results whose rule was not registered, and makes secrets errors', () => {
    const b = new RunBuilder({ name: 'gitleaks' });
    const r = b.add({ facts: facts({ scanner: 'gitleaks', kind: 'secret', id: 'test-rule', severity: 'LOW', title: 'Test' }), message: 'm', region: { startLine: 3 } });
    expect(r.level).toBe('error');
    expect(b.build().tool.driver.rules).toEqual([
      expect.objectContaining({ id: 'test-rule', shortDescription: { text: 'Test' }, defaultConfiguration: { level: 'error' } }),
    ]);
    expect(r.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'package-lock.json' }, region: { startLine: 3 } } }]);
  });

  it('numbers equal findings whatever rule id a reader gives them, in either order', () => {
    // A foreign or edited SARIF log can give the same finding (same id, package, path) another ruleId.
    const same = facts({ package: 'p' });
    const expected = [fingerprintOf(fingerprintKey(same)), fingerprintOf(fingerprintKey(same), 2)];
    for (const ruleIds of [
      ['OTHER', undefined],
      [undefined, 'OTHER'],
    ]) {
      const b = new RunBuilder({ name: 'trivy' });
      const fingerprints = ruleIds.map((ruleId) => b.add({ facts: { ...same }, message: 'm', ...(ruleId ? { ruleId } : {}) }).partialFingerprints['srp/v1']);
      expect(fingerprints).toEqual(expected);
    }
  });

  it('finds the right rule when results of different rules interleave', () => {
    const b = new RunBuilder({ name: 'trivy' });
    b.rule({ id: 'CVE-1', shortDescription: 'one', helpText: 'h1' });
    b.rule({ id: 'CVE-2', shortDescription: 'two', helpText: 'h2' });
    const r1 = b.add({ facts: facts({ id: 'CVE-1', severity: 'LOW' }), message: '1' });
    expect(b.hasRule('CVE-2')).toBe(true);
    const r2 = b.add({ facts: facts({ id: 'CVE-2', severity: 'CRITICAL' }), message: '2' });
    // hasRule('CVE-2') was the last lookup: a result of CVE-1 must still get CVE-1's rule.
    const r3 = b.add({ facts: facts({ id: 'CVE-1', package: 'x', severity: 'MEDIUM' }), message: '3' });
    const r4 = b.add({ facts: facts({ id: 'CVE-3' }), message: '4' });
    expect([r1, r2, r3, r4].map((r) => r.ruleIndex)).toEqual([0, 1, 0, 2]);
    const rules = b.build().tool.driver.rules;
    expect(rules.map((r) => [r.id, r.defaultConfiguration?.level])).toEqual([['CVE-1', 'warning'], ['CVE-2', 'error'], ['CVE-3', 'note']]);
  });

  it('numbers fingerprints and indexes rules as the straightforward code, whatever the calls and ids', () => {
    // The reference is the code the caches replaced: one Map of every fingerprint key's count, one
    // Map of rule ids (bounded) to their index, first registration wins. Ids include a NUL, a
    // secret's kind, ids cut by boundField (two of them cut to different hashes) and __proto__.
    const long = 'x'.repeat(5000);
    const id = fc.constantFrom('a', 'b', 'a\u0000b', '__proto__', long, `${long}y`);
    const findingFacts = fc.record({
      scanner: fc.constantFrom('trivy', 'trivy\u0000secret'),
      kind: fc.constantFrom('vulnerability' as const, 'secret' as const),
      severity: fc.constantFrom('HIGH' as const, 'LOW' as const),
      id,
      package: fc.constantFrom(undefined, 'p', 'b\u0000'),
      path: fc.constantFrom(undefined, 'f', `${long}f`),
      line: fc.constantFrom(undefined, 1, 2),
    });
    const call = fc.oneof(
      fc.record({ op: fc.constant('hasRule' as const), id }),
      fc.record({ op: fc.constant('rule' as const), id }),
      fc.record({ op: fc.constant('add' as const), ruleId: fc.option(id, { nil: undefined }), facts: findingFacts, given: fc.boolean() }),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        const b = new RunBuilder({ name: 'trivy' });
        const counts = new Map<string, number>();
        const ruleIndex = new Map<string, number>();
        const register = (ruleId: string) => {
          if (!ruleIndex.has(ruleId)) ruleIndex.set(ruleId, ruleIndex.size);
        };
        for (const c of calls) {
          if (c.op === 'hasRule') expect(b.hasRule(c.id)).toBe(ruleIndex.has(c.id));
          else if (c.op === 'rule') {
            b.rule({ id: c.id, shortDescription: 's', helpText: 'h' });
            register(boundField(c.id));
          } else {
            const given = c.given ? 'g'.repeat(32) : undefined;
            const input = { facts: { ...c.facts }, message: 'm', ...(c.ruleId !== undefined ? { ruleId: c.ruleId } : {}), ...(given ? { fingerprint: given } : {}) };
            const result = b.add(input);
            const ruleId = boundField(c.ruleId ?? boundField(c.facts.id));
            register(ruleId);
            expect(result.ruleId).toBe(ruleId);
            expect(result.ruleIndex).toBe(ruleIndex.get(ruleId));
            if (given) expect(result.partialFingerprints['srp/v1']).toBe(given);
            else {
              const key = fingerprintKey(result.properties.srp);
              const occurrence = (counts.get(key) ?? 0) + 1;
              counts.set(key, occurrence);
              expect(result.partialFingerprints['srp/v1']).toBe(fingerprintOf(key, occurrence));
            }
          }
        }
        expect(b.build().tool.driver.rules.map((r) => r.id)).toEqual([...ruleIndex.keys()]);
      }),
      { numRuns: 300 },
    );
  });

  it('registers a rule once even when a result registered it between hasRule and rule', () => {
    const b = new RunBuilder({ name: 'trivy' });
    expect(b.hasRule('CVE-1')).toBe(false);
    b.add({ facts: facts({ id: 'CVE-1', title: 'auto' }), message: '1' });
    b.rule({ id: 'CVE-1', shortDescription: 'late', helpText: 'late' });
    const rules = b.build().tool.driver.rules;
    expect(rules.map((r) => [r.id, r.shortDescription?.text])).toEqual([['CVE-1', 'auto']]);
  });

  it('shares frozen tag lists and default configurations between rules', () => {
    const tags = ['vulnerability', 'os-pkgs'];
    const b = new RunBuilder({ name: 'trivy' });
    b.rule({ id: 'CVE-1', shortDescription: 'one', helpText: 'h', tags });
    b.rule({ id: 'CVE-2', shortDescription: 'two', helpText: 'h', tags });
    b.add({ facts: facts({ id: 'CVE-1', severity: 'HIGH' }), message: '1' });
    b.add({ facts: facts({ id: 'CVE-2', severity: 'CRITICAL' }), message: '2' });
    const [one, two] = b.build().tool.driver.rules;
    expect(one!.properties?.tags).toEqual(['security', 'vulnerability', 'os-pkgs']);
    expect(one!.properties?.tags).toBe(two!.properties?.tags);
    expect(Object.isFrozen(one!.properties?.tags)).toBe(true);
    expect(one!.defaultConfiguration).toBe(two!.defaultConfiguration);
    expect(() => {
      (one!.defaultConfiguration as { level: string }).level = 'note';
    }).toThrow(TypeError);
    expect(two!.defaultConfiguration).toEqual({ level: 'error' });
  });

  it('keeps a lazy help object as the rule help; it serializes like the plain one', () => {
    class Help extends LazyHelp {
      get text(): string {
        return 'rendered text';
      }
      get markdown(): string | undefined {
        return undefined;
      }
    }
    const b = new RunBuilder({ name: 'trivy' });
    b.rule({ id: 'CVE-1', shortDescription: 'one', helpText: '', help: new Help() });
    const [rule] = b.build().tool.driver.rules;
    expect(rule!.help?.text).toBe('rendered text');
    expect(JSON.stringify(rule)).toBe(JSON.stringify({ ...rule, help: { text: 'rendered text' } }));
  });

  it('shares one frozen location between region-less results at the same URI', () => {
    const b = new RunBuilder({ name: 'trivy' });
    const a = b.add({ facts: facts({ package: 'a' }), message: 'a' });
    const c = b.add({ facts: facts({ package: 'c' }), message: 'c' });
    expect(a.locations).toBe(c.locations);
    expect(Object.isFrozen(a.locations![0]!.physicalLocation)).toBe(true);
  });

  it('keeps given fingerprints, other tools fingerprints, suppressions and the fallback location', () => {
    const b = new RunBuilder({ name: 'semgrep' }, 'reports/semgrep.sarif');
    const r = b.add({
      facts: facts({ scanner: 'semgrep', kind: 'code', path: undefined }),
      message: 'm',
      fingerprint: 'f'.repeat(32),
      otherFingerprints: { primaryLocationLineHash: 'abc:1' },
      suppressions: [{ kind: 'inSource' }],
      securitySeverity: '6.1',
    });
    expect(r.partialFingerprints).toEqual({ primaryLocationLineHash: 'abc:1', 'srp/v1': 'f'.repeat(32) });
    expect(r.suppressions).toEqual([{ kind: 'inSource' }]);
    expect(r.properties['security-severity']).toBe('6.1');
    expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe('reports/semgrep.sarif');
  });
});
