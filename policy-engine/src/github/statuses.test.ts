import { describe, expect, it } from 'vitest';
import { GITHUB_STATUS_CONTEXT_MAX, GITHUB_STATUS_DESCRIPTION_MAX } from '../limits.js';
import { clampDescription, statusesForInputError, statusesForVerdict } from './statuses.js';
import { blockedByBothVerdict, blockedByTrivyVerdict, passingVerdict, trivyOnlyVerdict, verdictWithTools } from './verdicts.test-support.js';

const options = { prefix: 'security', expectedScanners: ['gitleaks', 'trivy'], targetUrl: 'https://ci.example.com/job/shop/7/' };
const brief = (v: ReturnType<typeof statusesForVerdict>) => v.map((s) => [s.context, s.state, s.description]);

describe('statusesForVerdict', () => {
  it('pass: every context success, below-threshold findings named', () => {
    expect(brief(statusesForVerdict(passingVerdict(), options))).toEqual([
      ['security/gitleaks', 'success', 'passed: no findings'],
      ['security/trivy', 'success', 'passed: 4 medium below the threshold'],
      ['security/gate', 'success', 'passed: 4 medium below the threshold'],
    ]);
  });

  it('blocked by one scanner: only that scanner and the gate fail, with the blocking counts', () => {
    expect(brief(statusesForVerdict(blockedByTrivyVerdict(), options))).toEqual([
      ['security/gitleaks', 'success', 'passed: no findings'],
      ['security/trivy', 'failure', 'blocked: 2 critical'],
      ['security/gate', 'failure', 'blocked: 2 critical'],
    ]);
  });

  it('blocked by several: each scanner its own counts; the gate adds suppressions and expiring ones', () => {
    expect(brief(statusesForVerdict(blockedByBothVerdict(), options))).toEqual([
      ['security/gitleaks', 'failure', 'blocked: 1 high · 1 suppressed'],
      ['security/trivy', 'failure', 'blocked: 2 critical · 2 suppressed'],
      ['security/gate', 'failure', 'blocked: 2 critical, 1 high · 3 suppressed (1 expiring)'],
    ]);
  });

  it('an expected scanner with no report gets error; a prefix and the target URL apply to all', () => {
    const intents = statusesForVerdict(trivyOnlyVerdict(), { ...options, prefix: 'acme-sec' });
    expect(brief(intents)).toEqual([
      ['acme-sec/gitleaks', 'error', 'error: no gitleaks report reached the gate'],
      ['acme-sec/trivy', 'success', 'passed: no findings'],
      ['acme-sec/gate', 'success', 'passed: no findings'],
    ]);
    expect(new Set(intents.map((i) => i.targetUrl))).toEqual(new Set([options.targetUrl]));
  });

  it('with no expected scanners, only the scanners in the verdict get a context', () => {
    expect(statusesForVerdict(trivyOnlyVerdict(), { ...options, expectedScanners: [] }).map((s) => s.context)).toEqual([
      'security/trivy',
      'security/gate',
    ]);
  });

  it('stays within GitHub\'s limit even with huge counts', () => {
    const v = blockedByBothVerdict();
    const n = 123_456_789;
    v.passed = true;
    v.blockingFindings = [];
    v.counts = { critical: n, high: n, medium: n, low: n, unknown: n };
    v.suppressed = n;
    const gate = statusesForVerdict(v, options).at(-1)!;
    expect([...gate.description].length).toBe(GITHUB_STATUS_DESCRIPTION_MAX);
    expect(gate.description).toMatch(/^passed: 123456789 critical, 123456789 high, .*…$/);
  });
});

describe('statusesForInputError', () => {
  it('marks every context error with a fixed text that quotes nothing from the input', () => {
    const intents = statusesForInputError(options);
    expect(intents.map((i) => [i.context, i.state])).toEqual([
      ['security/gitleaks', 'error'],
      ['security/trivy', 'error'],
      ['security/gate', 'error'],
    ]);
    expect(intents[0]?.description).toBe('error: the gate could not read its inputs (exit 2); see the build log');
  });
});

describe('clampDescription', () => {
  it('keeps short text and cuts long text at 140 characters with an ellipsis, never splitting a character', () => {
    expect(clampDescription('passed')).toBe('passed');
    const long = `${'é'.repeat(139)}🙂🙂`;
    const cut = clampDescription(long);
    expect([...cut].length).toBe(140);
    expect(cut.endsWith('…')).toBe(true);
  });
});

/** What GitHub compares: contexts are case-insensitive. */
const key = (context: string) => context.toLowerCase();
/** GitHub refuses longer contexts (422); see GITHUB_STATUS_CONTEXT_MAX. */
const SAFE_CONTEXT = /^[\x21-\x7e]+$/;

function expectSafeContexts(intents: ReturnType<typeof statusesForVerdict>, prefix = 'security') {
  const contexts = intents.map((i) => i.context);
  // The gate's context exactly once, and last: nothing posted after it can change what it shows.
  expect(contexts.filter((c) => key(c) === key(`${prefix}/gate`))).toEqual([`${prefix}/gate`]);
  expect(contexts.at(-1)).toBe(`${prefix}/gate`);
  // No two statuses share a context: one tool's success would hide another's failure.
  expect(new Set(contexts.map(key)).size).toBe(contexts.length);
  for (const c of contexts) {
    expect(c.length).toBeLessThanOrEqual(GITHUB_STATUS_CONTEXT_MAX);
    expect(c).toMatch(SAFE_CONTEXT);
    expect(c.startsWith(`${prefix}/`)).toBe(true);
  }
}

describe('statusesForVerdict: tool names are untrusted', () => {
  it('a tool named gate, in any spelling, never gets the gate context; the gate shows the verdict', () => {
    const names = ['gate', 'Gate', ' gate', 'GATE\t', 'ｇａｔｅ', 'gate\u0000', 'gate/', 'security/gate'];
    const intents = statusesForVerdict(verdictWithTools([...names.map((n) => [n, true] as const), ['trivy', false]]), options);
    expectSafeContexts(intents);
    expect(intents).toHaveLength(names.length + 2 + 1); // each tool, gitleaks (expected, missing), trivy, the gate
    expect(intents.at(-1)).toMatchObject({ context: 'security/gate', state: 'failure', description: 'blocked: 1 high' });
  });

  it('an expected scanner named gate (--status-scanners gate) gets a context of its own too, also on an input error', () => {
    const expecting = { ...options, expectedScanners: ['gate', 'trivy'] };
    const onVerdict = statusesForVerdict(blockedByTrivyVerdict(), expecting);
    expectSafeContexts(onVerdict);
    expect(onVerdict.at(-1)).toMatchObject({ context: 'security/gate', state: 'failure' });
    const onError = statusesForInputError(expecting);
    expect(onError.map((i) => key(i.context)).filter((c) => c === 'security/gate')).toHaveLength(1);
    expect(new Set(onError.map((i) => key(i.context))).size).toBe(3);
  });

  it('two different tools never share a context, whatever their case or spacing', () => {
    const intents = statusesForVerdict(
      verdictWithTools([
        ['trivy', false],
        ['Trivy', true],
        ['TRIVY ', true],
        [' trivy', true],
        ['tri vy', true],
        ['tri-vy', true],
      ]),
      { ...options, expectedScanners: [] },
    );
    expectSafeContexts(intents);
    // The real trivy (plain lowercase name) keeps its context and its failure.
    expect(intents.find((i) => i.context === 'security/trivy')).toMatchObject({ state: 'failure' });
  });

  it('control characters, huge names, __proto__ and friends give bounded, printable contexts and never crash', () => {
    const hostile = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'a\nb', '\u001b[31mred', 'x'.repeat(100_000), '', '/', '../gate', '#', 'gate#0', '\ud800', '😀'];
    const intents = statusesForVerdict(verdictWithTools(hostile.map((n) => [n, true] as const)), {
      ...options,
      expectedScanners: ['constructor', 'valueOf'],
    });
    expectSafeContexts(intents);
    expect(intents).toHaveLength(hostile.length + 1 + 1); // every tool, valueOf (expected, no report), the gate
    expect(intents.filter((i) => i.state === 'error')).toHaveLength(1);
    for (const i of intents) expect(i.description).not.toMatch(/[\p{Cc}\p{Cs}]/u);
  });

  it('an expected scanner named like an Object.prototype member is "no report", not the prototype\'s value', () => {
    const intents = statusesForVerdict(passingVerdict(), { ...options, expectedScanners: ['constructor', 'tostring', '__proto__'] });
    expectSafeContexts(intents);
    const byContext = new Map(intents.map((i) => [i.context, i.state]));
    expect([...byContext.values()].filter((s) => s === 'error')).toHaveLength(3);
    expect(byContext.get('security/constructor')).toBe('error');
    expect(byContext.get('security/tostring')).toBe('error');
    expect(intents.at(-1)).toMatchObject({ context: 'security/gate', state: 'success' });
  });

  it('plain lowercase names keep the context they always had', () => {
    const names = ['gitleaks', 'trivy', 'semgrep', 'checkov', 'codeql', 'kube-bench', 'zap_baseline', 'tfsec.v1'];
    const intents = statusesForVerdict(verdictWithTools(names.map((n) => [n, true] as const)), { ...options, expectedScanners: [] });
    expect(intents.map((i) => i.context)).toEqual([...[...names].sort().map((n) => `security/${n}`), 'security/gate']);
  });
});

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces hostile or unlucky tool names are made of: the gate's name, case, separators, controls, look-alikes. */
const PIECES = ['gate', 'GATE', 'Gate', 'ｇａｔｅ', 'trivy', 'Trivy', ' ', '\t', '\n', '\u0000', '\u001b', '/', '#', '-', '.', '_', '~', 'security/', '__proto__', 'constructor', 'é', 'É', '\u0301', '\ud83d', '😀', 'x'.repeat(70)];

function generatedNames(next: () => number): string[] {
  const count = 1 + Math.floor(next() * 8);
  return Array.from({ length: count }, () => {
    const parts = Math.floor(next() * 4);
    return Array.from({ length: parts }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  });
}

describe('statusesForVerdict: generated tool names (2,000 runs)', () => {
  it('the gate context is reserved, contexts are distinct, bounded and printable, and do not depend on order', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const next = random(seed);
      const names = [...new Set(generatedNames(next))];
      const tools = names.map((n) => [n, next() < 0.7] as const);
      const prefix = next() < 0.5 ? 'security' : 'Acme.Sec/ci';
      const expectedScanners = next() < 0.5 ? ['gate', 'trivy'] : [];
      const verdict = verdictWithTools(tools);
      const intents = statusesForVerdict(verdict, { prefix, expectedScanners });
      try {
        expectSafeContexts(intents, prefix);
        expect(intents.at(-1)?.state).toBe(verdict.passed ? 'success' : 'failure');
        // Order independence: the same tools listed the other way round get the same statuses.
        const reversed = statusesForVerdict(verdictWithTools([...tools].reverse()), { prefix, expectedScanners: [...expectedScanners].reverse() });
        expect(new Set(reversed.map((i) => JSON.stringify(i)))).toEqual(new Set(intents.map((i) => JSON.stringify(i))));
      } catch (error) {
        throw new Error(`seed ${seed}, names ${JSON.stringify(names)}: ${(error as Error).message}`);
      }
    }
  });
});
