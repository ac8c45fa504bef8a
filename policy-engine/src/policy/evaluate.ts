/**
 * The gate: runs + policy + clock (+ ignore files, + baseline) → decisions and a verdict.
 * Pure: no I/O, no clock of its own. It marks findings and never removes one, so every writer
 * can show what was suppressed and why.
 */
import { FINGERPRINT_KEY, type NormalizedResult, type NormalizedRun } from '../sarif/model.js';
import { severityKey, severityRank, zeroSeverityCounts } from '../sarif/severity.js';
import { Baseline } from './baseline.js';
import { isExpiringWithin } from './dates.js';
import { sameFinding } from './duplicates.js';
import { Gate } from './gate.js';
import type { IgnoreFile } from './ignore-types.js';
import type { Policy } from './policy-types.js';
import { SuppressionMatcher } from './suppressions.js';
import type {
  BaselineState,
  Evaluation,
  FindingDecision,
  FindingSummary,
  ScannerVerdict,
  SeverityCounts,
  SuppressionRef,
  Verdict,
} from './verdict.js';

export interface EvaluateInput {
  runs: readonly NormalizedRun[];
  policy: Policy;
  now: Date;
  ignores?: readonly IgnoreFile[];
  /** Runs read from the previous scan's SARIF; undefined when no baseline was given. */
  baseline?: readonly NormalizedRun[];
  /**
   * Accept suppressions already inside input SARIF logs (status accepted). On by default, as SARIF
   * consumers do; a policy can turn it off to allow only its own suppressions.
   */
  honorReportSuppressions?: boolean;
}

export function emptyCounts(): SeverityCounts {
  return zeroSeverityCounts();
}

/** A gated finding, chained to the next gated one with the same srp/v1 fingerprint (rare). */
interface GatedFinding {
  result: NormalizedResult;
  decision: FindingDecision;
  next: GatedFinding | undefined;
}

export function summarizeFinding(result: NormalizedResult, baselineState?: BaselineState): FindingSummary {
  const f = result.properties.srp;
  const summary: FindingSummary = {
    scanner: f.scanner,
    kind: f.kind,
    severity: f.severity,
    id: f.id,
    ruleId: result.ruleId,
    fingerprint: result.partialFingerprints[FINGERPRINT_KEY],
  };
  // Fixed key order with optional keys left out, so the verdict JSON is stable and small.
  if (f.title !== undefined) summary.title = f.title;
  if (f.path !== undefined) summary.path = f.path;
  if (f.target !== undefined) summary.target = f.target;
  if (f.line !== undefined) summary.line = f.line;
  if (f.package !== undefined) summary.package = f.package;
  if (f.installedVersion !== undefined) summary.installedVersion = f.installedVersion;
  if (f.fixedVersion !== undefined) summary.fixedVersion = f.fixedVersion;
  if (f.resolution !== undefined) summary.resolution = f.resolution;
  if (baselineState !== undefined) summary.baselineState = baselineState;
  return summary;
}

export function evaluate(input: EvaluateInput): Evaluation {
  const { runs, policy, now } = input;
  const gate = new Gate(policy);
  const matcher = new SuppressionMatcher(
    policy.suppressions,
    policy.source,
    input.ignores ?? [],
    now,
    input.honorReportSuppressions ?? policy.honorReportSuppressions,
  );
  const baseline = input.baseline ? new Baseline(input.baseline) : undefined;

  const counts = emptyCounts();
  // Null prototype: scanner names come from reports ("__proto__", "constructor").
  const byScanner: Record<string, ScannerVerdict> = Object.create(null) as Record<string, ScannerVerdict>;
  // Blocking findings by severity rank, in report order within each: most severe first without a
  // sort (the same order as a stable sort by severity; ranks are 0-5, see severityRank).
  const blockingByRank: FindingSummary[][] = [[], [], [], [], [], []];
  const decisions: FindingDecision[][] = [];
  let total = 0;
  let duplicates = 0;
  let suppressed = 0;
  // Gated findings by srp/v1 fingerprint; a copy is a duplicate only if sameFinding (duplicates.ts)
  // says so. Keyed by the short fingerprint, so the full comparison runs only on a fingerprint match.
  const seen = new Map<string, GatedFinding>();
  let newCount = 0;
  let unchangedCount = 0;
  let updatedCount = 0;

  for (const run of runs) {
    const runDecisions: FindingDecision[] = new Array(run.results.length);
    const runScanner = run.tool.driver.name.toLowerCase();
    if (run.results.length === 0 && !byScanner[runScanner]) byScanner[runScanner] = scannerVerdict();
    for (let index = 0; index < run.results.length; index++) {
      const result = run.results[index] as NormalizedResult;
      const facts = result.properties.srp;
      const scanner = (byScanner[facts.scanner] ??= scannerVerdict());
      const fingerprint = result.partialFingerprints[FINGERPRINT_KEY];
      const gated = seen.get(fingerprint);
      let first: FindingDecision | undefined;
      for (let g = gated; g !== undefined && first === undefined; g = g.next) if (sameFinding(g.result, result)) first = g.decision;
      // Suppression is decided on each copy's own facts: a copy never inherits one by association.
      if (first && matcher.peek(result) === first.suppression) {
        duplicates++;
        runDecisions[index] = { ...first, blocking: false, duplicate: true };
        continue;
      }
      total++;
      const decision: FindingDecision = { blocking: false };
      if (gated === undefined) seen.set(fingerprint, { result, decision, next: undefined });
      else {
        let last = gated;
        while (last.next !== undefined) last = last.next;
        last.next = { result, decision, next: undefined };
      }
      if (baseline) {
        const state = baseline.classify(result);
        decision.baselineState = state;
        if (state === 'new') newCount++;
        else if (state === 'updated') updatedCount++;
        else unchangedCount++;
      }
      const suppression = matcher.match(result);
      if (suppression) {
        decision.suppression = suppression;
        suppressed++;
        scanner.suppressed++;
      } else {
        const key = severityKey(facts.severity);
        counts[key]++;
        scanner.counts[key]++;
        if (gate.shouldBlock(facts, decision.baselineState === undefined ? undefined : { baselineState: decision.baselineState })) {
          decision.blocking = true;
          scanner.blocking++;
          scanner.passed = false;
          (blockingByRank[severityRank(facts.severity)] as FindingSummary[]).push(summarizeFinding(result, decision.baselineState));
        }
      }
      runDecisions[index] = decision;
    }
    decisions.push(runDecisions);
  }

  // Most severe first (report order within a severity), so capped lists in the summaries show what matters.
  const blockingFindings = blockingByRank.reverse().flat();

  const report = matcher.report();
  const expiringSoon: SuppressionRef[] = report.applied
    .filter((s) => s.expires !== undefined && isExpiringWithin(s.expires, now, policy.expiryWarningDays))
    .map(({ matched: _matched, ...ref }) => ref);
  const absent = baseline ? baseline.absent() : [];

  const notes: string[] = [];
  if (policy.newFindingsOnly && !baseline) {
    notes.push('newFindingsOnly is set but no baseline was given, so every finding was gated.');
  }
  if (report.expired.some((s) => s.matched > 0)) {
    notes.push('Expired suppressions no longer apply; the findings they covered are gated again.');
  }

  const verdict: Verdict = {
    schemaVersion: 1,
    passed: blockingFindings.length === 0,
    blocking: blockingFindings.length,
    counts,
    suppressed,
    total,
    byScanner,
    suppressions: { applied: report.applied, expired: report.expired, unused: report.unused, expiringSoon },
    blockingFindings,
    evaluatedAt: now.toISOString(),
    policy: {
      source: policy.source,
      blockingSeverities: [...policy.blockingSeverities],
      secretsAlwaysBlock: policy.secretsAlwaysBlock,
      ignoreUnfixed: policy.ignoreUnfixed,
      newFindingsOnly: policy.newFindingsOnly,
      hasOverrides: Object.keys(policy.scanners).length > 0 || Object.keys(policy.kinds).length > 0,
    },
    notes,
  };
  if (duplicates > 0) {
    verdict.duplicates = duplicates;
    notes.push(
      `${duplicates} finding${duplicates === 1 ? ' was' : 's were'} reported more than once, identical in every detail, and counted once.`,
    );
  }
  if (baseline) verdict.baseline = { new: newCount, unchanged: unchangedCount, updated: updatedCount, absent: absent.length };
  return { verdict, decisions, absent };
}

function scannerVerdict(): ScannerVerdict {
  return { passed: true, blocking: 0, counts: emptyCounts(), suppressed: 0 };
}
