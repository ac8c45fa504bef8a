import { describe, expect, it } from 'vitest';
import { NOW, finding, run } from './builders.test-support.js';
import { worstFirst } from '../sarif/severity.js';
import { evaluate } from './evaluate.js';
import { parseGitleaksIgnore } from './gitleaksignore.js';
import { parsePolicy } from './policy-file.js';
import { DEFAULT_POLICY } from './policy.js';
import { parseTrivyIgnore } from './trivyignore.js';

const trivy = run('Trivy', [
  finding({ id: 'CVE-2019-14697', severity: 'CRITICAL', package: 'musl', installedVersion: '1.1.20-r4', fixedVersion: '1.1.20-r5', target: 'alpine:3.9' }),
  finding({ id: 'CVE-2019-1549', severity: 'MEDIUM', package: 'libssl1.1' }),
  finding({ id: 'CVE-2019-18276', severity: 'LOW', package: 'bash', status: 'will_not_fix' }),
  finding({ id: 'DS002', kind: 'misconfiguration', severity: 'HIGH', path: 'Dockerfile', line: 1, resolution: 'Add USER' }, { ruleId: 'AVD-DS-0002' }),
  finding({ id: 'CVE-2022-0001', severity: 'UNKNOWN', package: 'x' }),
]);
const gitleaks = run('gitleaks', [
  finding({ id: 'aws-access-token', kind: 'secret', scanner: 'gitleaks', severity: 'LOW', path: 'config/.env', line: 3, nativeFingerprint: 'deadbeef:config/.env:aws-access-token:3' }),
]);
const empty = run('Semgrep', []);

describe('evaluate with the default policy', () => {
  const evaluation = evaluate({ runs: [trivy, gitleaks, empty], policy: DEFAULT_POLICY, now: NOW });
  const { verdict } = evaluation;

  it('blocks on CRITICAL, HIGH and every secret; MEDIUM, LOW and UNKNOWN pass', () => {
    expect(evaluation.decisions.map((run) => run.map((d) => d.blocking))).toEqual([[true, false, false, true, false], [true], []]);
    expect(verdict).toMatchObject({ schemaVersion: 1, passed: false, blocking: 3, total: 6, suppressed: 0 });
    expect(verdict.counts).toEqual({ critical: 1, high: 1, medium: 1, low: 2, unknown: 1 });
    expect(verdict.blockingFindings.map((f) => f.id)).toEqual(['CVE-2019-14697', 'DS002', 'aws-access-token']);
  });

  it('lists blocking findings most severe first, in input order within a severity', () => {
    const runs = [
      run('Trivy', [
        finding({ id: 'H1', severity: 'HIGH' }),
        finding({ id: 'C1', severity: 'CRITICAL' }),
        finding({ id: 'H2', severity: 'HIGH' }),
        finding({ id: 'C2', severity: 'CRITICAL' }),
      ]),
    ];
    const ids = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }).verdict.blockingFindings.map((f) => f.id);
    expect(ids).toEqual(['C1', 'C2', 'H1', 'H2']);
  });

  it('orders blocking findings exactly as a stable sort by severity would, across runs and every severity', () => {
    const severities = ['LOW', 'CRITICAL', 'UNKNOWN', 'HIGH', 'MEDIUM'] as const;
    const findings = (prefix: string) =>
      Array.from({ length: 60 }, (_, i) => finding({ id: `${prefix}${i}`, severity: severities[(i * 7) % 5] as (typeof severities)[number] }));
    const runs = [run('Trivy', findings('T')), run('gitleaks', findings('G'))];
    const policy = { ...DEFAULT_POLICY, blockingSeverities: [...severities] };
    const listed = evaluate({ runs, policy, now: NOW }).verdict.blockingFindings;
    expect(listed).toHaveLength(120);
    expect(listed.map((f) => f.id)).toEqual([...listed].sort((a, b) => worstFirst(a.severity, b.severity)).map((f) => f.id));
    expect(listed.map((f) => f.id).filter((id) => id.startsWith('T'))).toEqual(
      runs[0]?.results.map((r) => r.properties.srp).sort((a, b) => worstFirst(a.severity, b.severity)).map((f) => f.id),
    );
  });

  it('summarizes per scanner, including a scanner that found nothing', () => {
    expect(verdict.byScanner).toEqual({
      trivy: { passed: false, blocking: 2, counts: { critical: 1, high: 1, medium: 1, low: 1, unknown: 1 }, suppressed: 0 },
      gitleaks: { passed: false, blocking: 1, counts: { critical: 0, high: 0, medium: 0, low: 1, unknown: 0 }, suppressed: 0 },
      semgrep: { passed: true, blocking: 0, counts: { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 }, suppressed: 0 },
    });
  });

  it('describes a blocking finding with what a reviewer needs to fix it', () => {
    expect(verdict.blockingFindings[0]).toEqual({
      scanner: 'trivy',
      kind: 'vulnerability',
      severity: 'CRITICAL',
      id: 'CVE-2019-14697',
      ruleId: 'CVE-2019-14697',
      fingerprint: trivy.results[0]?.partialFingerprints['srp/v1'],
      package: 'musl',
      installedVersion: '1.1.20-r4',
      fixedVersion: '1.1.20-r5',
      target: 'alpine:3.9',
    });
    expect(verdict.blockingFindings[1]).toMatchObject({ ruleId: 'AVD-DS-0002', path: 'Dockerfile', line: 1, resolution: 'Add USER' });
  });

  it('records the clock and policy it used, and has no baseline section without a baseline', () => {
    expect(verdict.evaluatedAt).toBe('2026-06-15T12:00:00.000Z');
    expect(verdict.policy).toEqual({
      source: 'default',
      blockingSeverities: ['CRITICAL', 'HIGH'],
      secretsAlwaysBlock: true,
      ignoreUnfixed: false,
      newFindingsOnly: false,
      hasOverrides: false,
    });
    expect(verdict.baseline).toBeUndefined();
    expect(evaluation.absent).toEqual([]);
  });

  it('does not touch its input', () => {
    const before = JSON.stringify([trivy, gitleaks]);
    evaluate({ runs: [trivy, gitleaks], policy: DEFAULT_POLICY, now: NOW });
    expect(JSON.stringify([trivy, gitleaks])).toBe(before);
  });

  it('passes an empty input', () => {
    const result = evaluate({ runs: [], policy: DEFAULT_POLICY, now: NOW });
    expect(result.verdict).toMatchObject({ passed: true, blocking: 0, total: 0, byScanner: {} });
  });
});

describe('the same finding in two reports of one tool', () => {
  // trivy fs and trivy config on one checkout both report the Dockerfile misconfiguration.
  const dockerfile = { id: 'DS002', kind: 'misconfiguration' as const, severity: 'HIGH' as const, path: 'Dockerfile', line: 1 };
  const fsScan = run('Trivy', [finding(dockerfile), finding({ id: 'CVE-1', severity: 'CRITICAL', package: 'musl' })]);
  const configScan = run('Trivy', [finding(dockerfile)]);
  const gitleaksScan = run('gitleaks', [finding({ ...dockerfile, scanner: 'gitleaks' })]);

  it('is gated and counted once, the copy carrying the same marks', () => {
    const evaluation = evaluate({ runs: [fsScan, configScan, gitleaksScan], policy: DEFAULT_POLICY, now: NOW });
    expect(evaluation.decisions).toEqual([[{ blocking: true }, { blocking: true }], [{ blocking: false, duplicate: true }], [{ blocking: true }]]);
    expect(evaluation.verdict).toMatchObject({ blocking: 3, total: 3, duplicates: 1 });
    expect(evaluation.verdict.counts).toEqual({ critical: 1, high: 2, medium: 0, low: 0, unknown: 0 });
    expect(evaluation.verdict.notes).toContain('1 finding was reported more than once, identical in every detail, and counted once.');
  });

  it('tells apart different findings that share a fingerprint, and matches a copy to the right one', () => {
    const shared = { partialFingerprints: { 'srp/v1': 'f'.repeat(32) } };
    const first = finding({ id: 'CVE-1', severity: 'CRITICAL', package: 'a' }, shared);
    const second = finding({ id: 'CVE-1', severity: 'LOW', package: 'a' }, shared);
    const third = finding({ id: 'CVE-1', severity: 'HIGH', package: 'a' }, shared);
    const evaluation = evaluate({ runs: [run('Trivy', [first, second, third]), run('Trivy', [third, second])], policy: DEFAULT_POLICY, now: NOW });
    expect(evaluation.decisions).toEqual([
      [{ blocking: true }, { blocking: false }, { blocking: true }],
      [{ blocking: false, duplicate: true }, { blocking: false, duplicate: true }],
    ]);
    expect(evaluation.verdict).toMatchObject({ blocking: 2, total: 3, duplicates: 2 });
  });

  it('a suppressed finding stays suppressed in its copy, and the suppression counts one match', () => {
    const policy = { ...DEFAULT_POLICY, suppressions: [{ id: 'DS002', reason: 'CI image' }] };
    const evaluation = evaluate({ runs: [fsScan, configScan], policy, now: NOW });
    expect(evaluation.decisions[1]?.[0]).toMatchObject({ blocking: false, duplicate: true, suppression: { reason: 'CI image' } });
    expect(evaluation.verdict.suppressed).toBe(1);
    expect(evaluation.verdict.suppressions.applied[0]?.matched).toBe(1);
  });
});

describe('evaluate with suppressions and ignore files', () => {
  const policy = parsePolicy(
    [
      'version: 1',
      'suppressions:',
      '  - id: CVE-2019-14697',
      '    reason: musl fix ships with the next base image',
      '    expires: 2026-06-20',
      '  - id: AVD-DS-0002',
      '    reason: was accepted until May',
      '    expires: 2026-05-01',
      '  - package: left-pad',
      '    reason: nothing uses it',
    ].join('\n'),
    'policy.yml',
  );
  const ignores = [
    parseTrivyIgnore('CVE-2019-1549 exp:2026-07-30\n', '.trivyignore'),
    parseGitleaksIgnore('config/.env:aws-access-token:3\n', '.gitleaksignore'),
  ];
  const evaluation = evaluate({ runs: [trivy, gitleaks], policy, now: NOW, ignores });
  const { verdict, decisions } = evaluation;

  it('marks suppressed findings without removing them, and an expired suppression blocks again', () => {
    expect(decisions[0]?.[0]).toEqual({ blocking: false, suppression: expect.objectContaining({ source: 'policy', expires: '2026-06-20' }) });
    expect(decisions[0]?.[3]).toEqual({ blocking: true });
    expect(decisions[1]?.[0]?.suppression).toMatchObject({ source: 'gitleaksignore', file: '.gitleaksignore' });
    expect(verdict).toMatchObject({ passed: false, blocking: 1, suppressed: 3, total: 6 });
    expect(verdict.counts).toEqual({ critical: 0, high: 1, medium: 0, low: 1, unknown: 1 });
    expect(verdict.byScanner.gitleaks).toMatchObject({ passed: true, suppressed: 1 });
  });

  it('reports applied, expiring-soon, expired and unused suppressions', () => {
    expect(verdict.suppressions.applied.map((s) => [s.source, s.id, s.matched])).toEqual([
      ['policy', 'CVE-2019-14697', 1],
      ['trivyignore', 'CVE-2019-1549', 1],
      ['gitleaksignore', 'config/.env:aws-access-token:3', 1],
    ]);
    expect(verdict.suppressions.expiringSoon.map((s) => s.id)).toEqual(['CVE-2019-14697']);
    expect(verdict.suppressions.expired.map((s) => [s.id, s.matched])).toEqual([['AVD-DS-0002', 1]]);
    expect(verdict.suppressions.unused.map((s) => s.id)).toEqual(['package=left-pad']);
    expect(verdict.notes).toContain('Expired suppressions no longer apply; the findings they covered are gated again.');
  });

  it('the expiring-soon window comes from the policy', () => {
    const narrow = { ...policy, expiryWarningDays: 2 };
    expect(evaluate({ runs: [trivy], policy: narrow, now: NOW }).verdict.suppressions.expiringSoon).toEqual([]);
  });
});

describe('evaluate with a baseline', () => {
  const previous = run('Trivy', [
    finding({ id: 'CVE-2019-14697', severity: 'CRITICAL', package: 'musl', installedVersion: '1.1.20-r4', fixedVersion: '1.1.20-r5', target: 'alpine:3.9' }),
    finding({ id: 'CVE-2018-0001', severity: 'HIGH', package: 'gone' }),
  ]);

  it('marks new and unchanged findings and lists absent ones', () => {
    const evaluation = evaluate({ runs: [trivy, gitleaks], policy: DEFAULT_POLICY, now: NOW, baseline: [previous] });
    expect(evaluation.decisions[0]?.map((d) => d.baselineState)).toEqual(['unchanged', 'new', 'new', 'new', 'new']);
    expect(evaluation.verdict.baseline).toEqual({ new: 5, unchanged: 1, updated: 0, absent: 1 });
    expect(evaluation.absent.map((a) => a.result.properties.srp.id)).toEqual(['CVE-2018-0001']);
    // Without newFindingsOnly an unchanged CRITICAL still blocks.
    expect(evaluation.verdict.blocking).toBe(3);
    expect(evaluation.verdict.blockingFindings[0]?.baselineState).toBe('unchanged');
  });

  it('newFindingsOnly blocks only on new findings when a baseline is given', () => {
    const policy = parsePolicy('version: 1\nnewFindingsOnly: true\n', 'p.yml');
    const withBaseline = evaluate({ runs: [trivy, gitleaks], policy, now: NOW, baseline: [previous] });
    expect(withBaseline.verdict.blockingFindings.map((f) => f.id)).toEqual(['DS002', 'aws-access-token']);
    expect(withBaseline.verdict.notes).toEqual([]);
    const withoutBaseline = evaluate({ runs: [trivy, gitleaks], policy, now: NOW });
    expect(withoutBaseline.verdict.blocking).toBe(3);
    expect(withoutBaseline.verdict.notes).toEqual([
      'newFindingsOnly is set but no baseline was given, so every finding was gated.',
    ]);
  });

  it('newFindingsOnly gates a finding that went from LOW to CRITICAL as updated (issue 8, item 8)', () => {
    const policy = parsePolicy('version: 1\nnewFindingsOnly: true\n', 'p.yml');
    const was = finding({ id: 'CVE-2024-1', severity: 'LOW', package: 'zlib', installedVersion: '1.2.11' });
    const now = finding({ id: 'CVE-2024-1', severity: 'CRITICAL', package: 'zlib', installedVersion: '1.2.11' });
    const evaluation = evaluate({ runs: [run('Trivy', [now])], policy, now: NOW, baseline: [run('Trivy', [was])] });
    expect(evaluation.decisions[0]?.[0]).toMatchObject({ baselineState: 'updated', blocking: true });
    expect(evaluation.verdict.baseline).toEqual({ new: 0, unchanged: 0, updated: 1, absent: 0 });
    expect(evaluation.verdict.blockingFindings[0]?.baselineState).toBe('updated');
  });
});

describe('suppressions are decided per finding, before any merging (issue 8, item 2)', () => {
  const image = (target: string, version: string, severity: 'LOW' | 'CRITICAL') =>
    run('Trivy', [finding({ id: 'CVE-2023-3446', severity, package: 'libssl3', installedVersion: version, path: 'os-pkgs', target })]);
  const ignore = parseTrivyIgnore(
    'vulnerabilities:\n  - id: CVE-2023-3446\n    purls: ["pkg:apk/alpine/libssl3@3.1.1-r0"]\n',
    '.trivyignore.yaml',
  );

  it('a versioned purl does not reach the same CVE at another version in another image, in either order', () => {
    const accepted = image('app:1 (alpine 3.18.2)', '3.1.1-r0', 'CRITICAL');
    const other = image('worker:1 (alpine 3.18.4)', '3.1.4-r0', 'CRITICAL');
    for (const runs of [[accepted, other], [other, accepted]]) {
      const { verdict } = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW, ignores: [ignore] });
      expect(verdict.blockingFindings.map((f) => f.installedVersion)).toEqual(['3.1.4-r0']);
      expect(verdict.suppressed).toBe(1);
    }
  });

  it('an ignored Gitleaks finding does not hide another secret in the same file, in either order', () => {
    const ignores = [parseGitleaksIgnore('feed123:config/app.env:generic-api-key:3\n', '.gitleaksignore')];
    const history = run('gitleaks', [
      finding({ id: 'generic-api-key', kind: 'secret', scanner: 'gitleaks', path: 'config/app.env', line: 3, nativeFingerprint: 'feed123:config/app.env:generic-api-key:3' }),
    ]);
    const directory = run('gitleaks', [
      finding({ id: 'generic-api-key', kind: 'secret', scanner: 'gitleaks', path: 'config/app.env', line: 40, nativeFingerprint: 'config/app.env:generic-api-key:40' }),
    ]);
    // Same srp/v1 fingerprint on purpose: the baseline identity leaves the line out.
    directory.results[0]!.partialFingerprints['srp/v1'] = history.results[0]!.partialFingerprints['srp/v1'];
    for (const runs of [[history, directory], [directory, history]]) {
      const { verdict } = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW, ignores });
      expect(verdict.blockingFindings.map((f) => f.line)).toEqual([40]);
    }
  });
});
