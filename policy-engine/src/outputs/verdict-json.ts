/**
 * The verdict as JSON for Jenkins, GitHub statuses and the release ledger. Keys come out in one
 * documented order whatever order the object was built in, so diffs between two releases'
 * verdicts show changes, not shuffles. The contract itself is policy/verdict.ts.
 */
import type { FindingSummary, Verdict } from '../policy/verdict.js';
import { SEVERITY_KEYS } from '../sarif/severity.js';

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
  'target',
  'line',
  'package',
  'installedVersion',
  'fixedVersion',
  'resolution',
  'baselineState',
  'fingerprint',
];
const BASELINE_KEYS = ['new', 'unchanged', 'updated', 'absent'];
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
  const out = orderVerdictHead(verdict);
  out.blockingFindings = verdict.blockingFindings.map((f) => ordered(f, FINDING_KEYS));
  return out;
}

/** Everything but the blocking findings, ordered (they stay the verdict's own, unordered, list). */
function orderVerdictHead(verdict: Verdict): Json {
  const out = ordered(verdict, VERDICT_KEYS);
  out.counts = ordered(verdict.counts, SEVERITY_KEYS);
  const byScanner: Json = Object.create(null) as Json; // scanner names come from reports
  for (const name of Object.keys(verdict.byScanner).sort()) {
    const scanner = ordered(verdict.byScanner[name], SCANNER_KEYS);
    scanner.counts = ordered(scanner.counts, SEVERITY_KEYS);
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
  if (verdict.policy) out.policy = ordered(verdict.policy, POLICY_KEYS);
  return out;
}

/**
 * The same bytes as JSON.stringify(orderVerdict(verdict), null, 2) + newline, one top-level key and
 * one blocking finding at a time: a 100k-finding report has ~25k of them (10 MB of JSON), which as
 * one string (plus its UTF-8 copy when written) raised peak memory for nothing.
 */
export function writeVerdictJson(verdict: Verdict, write: (piece: string) => void): void {
  const head = orderVerdictHead(verdict);
  let first = true;
  for (const key of Object.keys(head)) {
    const value = head[key];
    const findings = key === 'blockingFindings' && Array.isArray(value) ? (value as FindingSummary[]) : undefined;
    const text = findings ? '' : JSON.stringify(value, null, 2);
    // JSON.stringify leaves out members it cannot write (undefined, functions); so do we.
    if (text === undefined) continue;
    write(`${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: `);
    first = false;
    if (findings) writeFindings(findings, write);
    else write(indent(text, '  '));
  }
  write(first ? '{}\n' : '\n}\n');
}

function writeFindings(findings: readonly FindingSummary[], write: (piece: string) => void): void {
  if (findings.length === 0) {
    write('[]');
    return;
  }
  for (let i = 0; i < findings.length; i++) {
    write(`${i === 0 ? '[\n    ' : ',\n    '}${indent(JSON.stringify(ordered(findings[i], FINDING_KEYS), null, 2), '    ')}`);
  }
  write('\n  ]');
}

/** Nests pretty JSON one level deeper (JSON text has no raw newlines inside strings). */
function indent(json: string, by: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${by}`) : json;
}
