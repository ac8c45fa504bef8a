/**
 * The gate's decision: the JSON contract consumed by Jenkins, GitHub statuses and the release ledger.
 * Add fields freely; never rename or remove one without bumping `schemaVersion`.
 */
import type { ReportingDescriptor, ToolComponent } from 'sarif';
import type { FindingKind, NormalizedResult, Severity } from '../sarif/model.js';

/** A baseline result with no current match (SARIF baselineState absent): listed, never gated. */
export interface AbsentFinding {
  scanner: string;
  result: NormalizedResult;
  /** The baseline run's rule for result.ruleId, so writers can describe an absent result. */
  rule?: ReportingDescriptor;
  driver: ToolComponent;
}

export interface SeverityCounts {
  critical: number;
  high: number;
  medium: number;
  low: number;
  unknown: number;
}

export type SuppressionSource = 'policy' | 'trivyignore' | 'gitleaksignore' | 'sarif';

/** SARIF baselineState of a current finding (`absent` ones are listed separately). */
export type BaselineState = 'new' | 'unchanged' | 'updated';

export interface SuppressionRef {
  /** What the suppression matches on, as written (rule/CVE id, fingerprint, package, path glob). */
  id: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) after which it stops applying. */
  expires?: string;
  source: SuppressionSource;
  /** File the suppression was read from. */
  file?: string;
}

export interface AppliedSuppression extends SuppressionRef {
  /** Number of findings it suppressed. */
  matched: number;
}

export interface FindingSummary {
  scanner: string;
  kind: FindingKind;
  severity: Severity;
  id: string;
  ruleId: string;
  title?: string;
  path?: string;
  /** Trivy target (image, lockfile): where an OS package finding is, as "Where" shows it. */
  target?: string;
  line?: number;
  package?: string;
  installedVersion?: string;
  fixedVersion?: string;
  resolution?: string;
  fingerprint: string;
  baselineState?: BaselineState;
}

export interface ScannerVerdict {
  passed: boolean;
  blocking: number;
  /** Findings not suppressed, by severity. */
  counts: SeverityCounts;
  suppressed: number;
}

export interface Verdict {
  schemaVersion: 1;
  passed: boolean;
  blocking: number;
  /** Findings not suppressed, by severity, all scanners. */
  counts: SeverityCounts;
  suppressed: number;
  /** Distinct findings (a finding reported by two reports of the same tool counts once). */
  total: number;
  /** Copies of findings already reported by another report of the same tool; not in any count. */
  duplicates?: number;
  byScanner: Record<string, ScannerVerdict>;
  suppressions: {
    applied: AppliedSuppression[];
    /** Expired: no longer applied, reported so someone renews or fixes; `matched` = findings it would have covered. */
    expired: AppliedSuppression[];
    /** Matched nothing in this run. */
    unused: SuppressionRef[];
    /** Applied, but expiring within the warning window (default 14 days). */
    expiringSoon: SuppressionRef[];
  };
  /** `updated`: in the baseline at a lower severity; gated as new. */
  baseline?: { new: number; unchanged: number; updated: number; absent: number };
  /**
   * Every blocking finding, most severe first. The JSON writer (outputs/verdict-json.ts) lists the
   * first VERDICT_MAX_BLOCKING_FINDINGS and adds `blockingFindingsOmitted`; it cuts the suppression
   * lists the same way (`suppressions.<list>Omitted`). Both fields exist only in the written JSON.
   */
  blockingFindings: FindingSummary[];
  /** ISO timestamp of the clock the evaluation used. */
  evaluatedAt: string;
  /** The rule that was applied, so a reader of the verdict knows what "passed" meant. */
  policy?: PolicySummary;
  /** Things a reviewer should know about how the gate ran (e.g. newFindingsOnly without a baseline). */
  notes?: string[];
}

export interface PolicySummary {
  /** Policy file path, or 'default'. */
  source: string;
  blockingSeverities: Severity[];
  secretsAlwaysBlock: boolean;
  ignoreUnfixed: boolean;
  newFindingsOnly: boolean;
  /** True when some scanner or kind has its own settings. */
  hasOverrides: boolean;
}

/** Per-result decision, parallel to runs[i].results[j]: what writers need to mark the SARIF log. */
export interface FindingDecision {
  blocking: boolean;
  suppression?: SuppressionRef;
  baselineState?: BaselineState;
  /**
   * The same finding (same tool, same srp/v1 fingerprint) was already reported by an earlier report
   * of this tool, e.g. trivy fs and trivy config on one checkout. It carries the first one's marks
   * but is counted and listed once; `blocking` is false so nothing counts it twice.
   */
  duplicate?: true;
}

export interface Evaluation {
  verdict: Verdict;
  /** decisions[runIndex][resultIndex] */
  decisions: FindingDecision[][];
  /** Findings present in the baseline but not now (SARIF baselineState 'absent'). */
  absent: AbsentFinding[];
}
