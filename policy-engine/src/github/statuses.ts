/**
 * What the commit should show for a verdict: one status per scanner plus one for the whole gate.
 * Pure and fixed-format, so the same verdict always gives the same text (which is what lets the
 * publisher skip statuses that would not change anything).
 */
import { GITHUB_STATUS_DESCRIPTION_MAX } from '../limits.js';
import type { ScannerVerdict, SeverityCounts, Verdict } from '../policy/verdict.js';
import { SEVERITY_KEYS, zeroSeverityCounts } from '../sarif/severity.js';
import { gateContext, toolContexts } from './contexts.js';

export { gateContext } from './contexts.js';

export type StatusState = 'pending' | 'success' | 'failure' | 'error';
export const STATUS_STATES: readonly StatusState[] = ['pending', 'success', 'failure', 'error'];

export interface StatusIntent {
  context: string;
  state: StatusState;
  description: string;
  targetUrl?: string;
}

export interface StatusOptions {
  /**
   * Context prefix; contexts are `${prefix}/gate` and `${prefix}/<tool>`, where the tool part is
   * reserved-, collision- and length-safe (see contexts.ts).
   */
  prefix: string;
  /** Scanners whose context is posted even when the gate got no report from them. */
  expectedScanners: readonly string[];
  targetUrl?: string;
}

export const DEFAULT_CONTEXT_PREFIX = 'security';
export const DEFAULT_EXPECTED_SCANNERS = ['gitleaks', 'trivy'] as const;

/** GitHub cuts descriptions at 140 characters; cut earlier ourselves so the end stays readable. */
export function clampDescription(text: string): string {
  const chars = [...text];
  if (chars.length <= GITHUB_STATUS_DESCRIPTION_MAX) return text;
  return `${chars.slice(0, GITHUB_STATUS_DESCRIPTION_MAX - 1).join('').trimEnd()}…`;
}

function severityList(counts: SeverityCounts): string {
  return SEVERITY_KEYS.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

/** Statuses in context order (code units: the same on every machine and locale). */
const byContext = ([, a]: [string, string], [, b]: [string, string]) => (a < b ? -1 : a > b ? 1 : 0);

/** The tool as descriptions name it: its context without the prefix (printable, bounded). */
function toolLabel(context: string, prefix: string): string {
  return context.slice(prefix.length + 1);
}

function describe(passed: boolean, blockingCounts: SeverityCounts, counts: SeverityCounts, suppressed: string): string {
  const parts: string[] = [];
  if (!passed) {
    parts.push(`blocked: ${severityList(blockingCounts) || 'blocking findings'}`);
  } else {
    const below = severityList(counts);
    parts.push(below ? `passed: ${below} below the threshold` : 'passed: no findings');
  }
  if (suppressed) parts.push(suppressed);
  return clampDescription(parts.join(' · '));
}

/** Statuses for a verdict: every scanner in it, every expected scanner, and the gate. */
export function statusesForVerdict(verdict: Verdict, options: StatusOptions): StatusIntent[] {
  const blockingByScanner = new Map<string, SeverityCounts>();
  const gateBlocking = zeroSeverityCounts();
  for (const finding of verdict.blockingFindings) {
    const severity = finding.severity.toLowerCase();
    const key = (SEVERITY_KEYS as readonly string[]).includes(severity) ? (severity as keyof SeverityCounts) : 'unknown';
    let counts = blockingByScanner.get(finding.scanner);
    if (!counts) blockingByScanner.set(finding.scanner, (counts = zeroSeverityCounts()));
    counts[key] += 1;
    gateBlocking[key] += 1;
  }
  const target = options.targetUrl ? { targetUrl: options.targetUrl } : {};
  // Scanner names come from reports: look them up as own keys only ('constructor' is not a scanner).
  const scannerVerdict = (name: string): ScannerVerdict | undefined =>
    Object.hasOwn(verdict.byScanner, name) ? verdict.byScanner[name] : undefined;
  const contexts = toolContexts(options.prefix, [...Object.keys(verdict.byScanner), ...options.expectedScanners]);
  const intents: StatusIntent[] = [...contexts].sort(byContext).map(([scanner, context]) => {
    const sv = scannerVerdict(scanner);
    if (!sv) {
      // Expected but no report reached the gate: say so rather than leave an old or pending status.
      return { context, state: 'error', description: clampDescription(`error: no ${toolLabel(context, options.prefix)} report reached the gate`), ...target };
    }
    const suppressed = sv.suppressed > 0 ? `${sv.suppressed} suppressed` : '';
    const state: StatusState = sv.passed ? 'success' : 'failure';
    return { context, state, description: describe(sv.passed, blockingByScanner.get(scanner) ?? zeroSeverityCounts(), sv.counts, suppressed), ...target };
  });
  const expiring = verdict.suppressions.expiringSoon.length;
  const suppressed =
    verdict.suppressed > 0 ? `${verdict.suppressed} suppressed${expiring > 0 ? ` (${expiring} expiring)` : ''}` : '';
  // Last on purpose: the publisher posts in order, so the gate's status is the final word.
  intents.push({
    context: gateContext(options.prefix),
    state: verdict.passed ? 'success' : 'failure',
    description: describe(verdict.passed, gateBlocking, verdict.counts, suppressed),
    ...target,
  });
  return intents;
}

/**
 * Statuses when the gate could not read its inputs. The description is fixed on purpose: input
 * error messages can quote file content (a JSON parser's snippet of a Gitleaks report is a secret).
 */
export function statusesForInputError(options: StatusOptions): StatusIntent[] {
  const target = options.targetUrl ? { targetUrl: options.targetUrl } : {};
  const description = 'error: the gate could not read its inputs (exit 2); see the build log';
  const contexts = [...toolContexts(options.prefix, options.expectedScanners)].sort(byContext).map(([, context]) => context);
  return [...contexts, gateContext(options.prefix)].map((context) => ({
    context,
    state: 'error' as const,
    description,
    ...target,
  }));
}
