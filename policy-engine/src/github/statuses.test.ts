import { describe, expect, it } from 'vitest';
import { GITHUB_STATUS_DESCRIPTION_MAX } from '../limits.js';
import { clampDescription, statusesForInputError, statusesForVerdict } from './statuses.js';
import { blockedByBothVerdict, blockedByTrivyVerdict, passingVerdict, trivyOnlyVerdict } from './verdicts.test-support.js';

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
