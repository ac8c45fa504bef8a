/**
 * The verdict as JSON for Jenkins, GitHub statuses and the release ledger. Keys come out in one
 * documented order whatever order the object was built in, so diffs between two releases'
 * verdicts show changes, not shuffles. The contract itself is policy/verdict.ts.
 */
import type { Verdict } from '../policy/verdict.js';

const VERDICT_KEYS = [
  'schemaVersion',
  'passed',
  'blocking',
  'counts',
  'suppressed',
  'total',
  'duplicates',
  'byScanner',
  'baseline',
  'suppressions',
  'blockingFindings',
  'policy',
  'notes',
  'evaluatedAt',
];
const COUNT_KEYS = ['critical', 'high', 'medium', 'low', 'unknown'];
const SCANNER_KEYS = ['passed', 'blocking', 'counts', 'suppressed'];
const SUPPRESSION_LIST_KEYS = ['applied', 'expiringSoon', 'expired', 'unused'];
const SUPPRESSION_KEYS = ['source', 'id', 'reason', 'expires', 'file', 'matched'];
const FINDING_KEYS = [
  'scanner',
  'kind',
  'severity',
  'id',
  'ruleId',
  'title',
  'path',
  'line',
  'package',
  'installedVersion',
  'fixedVersion',
  'resolution',
  'baselineState',
  'fingerprint',
];
const BASELINE_KEYS = ['new', 'unchanged', 'absent'];
const POLICY_KEYS = ['source', 'blockingSeverities', 'secretsAlwaysBlock', 'ignoreUnfixed', 'newFindingsOnly', 'hasOverrides'];

type Json = Record<string, unknown>;

/** Known keys in the given order, then any others (fields added later) alphabetically. */
function ordered(value: unknown, keys: readonly string[]): Json {
  const source = value as Json;
  const out: Json = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source).sort()) if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  return out;
}

export function orderVerdict(verdict: Verdict): Json {
  const out = ordered(verdict, VERDICT_KEYS);
  out.counts = ordered(verdict.counts, COUNT_KEYS);
  const byScanner: Json = {};
  for (const name of Object.keys(verdict.byScanner).sort()) {
    const scanner = ordered(verdict.byScanner[name], SCANNER_KEYS);
    scanner.counts = ordered(scanner.counts, COUNT_KEYS);
    byScanner[name] = scanner;
  }
  out.byScanner = byScanner;
  if (verdict.baseline) out.baseline = ordered(verdict.baseline, BASELINE_KEYS);
  const suppressions = ordered(verdict.suppressions, SUPPRESSION_LIST_KEYS);
  for (const list of SUPPRESSION_LIST_KEYS) {
    const items = suppressions[list];
    if (Array.isArray(items)) suppressions[list] = items.map((s) => ordered(s, SUPPRESSION_KEYS));
  }
  out.suppressions = suppressions;
  out.blockingFindings = verdict.blockingFindings.map((f) => ordered(f, FINDING_KEYS));
  if (verdict.policy) out.policy = ordered(verdict.policy, POLICY_KEYS);
  return out;
}

export function renderVerdictJson(verdict: Verdict): string {
  return `${JSON.stringify(orderVerdict(verdict), null, 2)}\n`;
}
