/**
 * The verdict as JSON for Jenkins, GitHub statuses and the release ledger. Keys come out in one
 * documented order whatever order the object was built in, so diffs between two releases'
 * verdicts show changes, not shuffles. The contract itself is policy/verdict.ts.
 *
 * The lists that grow with the report are cut at the caps in limits.ts (VERDICT_*), keeping their
 * order (blocking findings most severe first), and the verdict says how many it left out:
 * `blockingFindingsOmitted` and `suppressions.<list>Omitted`, present only when something was cut.
 * The counts (`blocking`, `counts`, `byScanner`, `total`, …) always count everything.
 */
import type { FindingSummary, Verdict } from '../policy/verdict.js';
import {
  VERDICT_MAX_BLOCKING_FINDINGS,
  VERDICT_MAX_BLOCKING_FINDINGS_CHARS,
  VERDICT_MAX_SUPPRESSION_LIST_CHARS,
  VERDICT_MAX_SUPPRESSIONS_PER_LIST,
} from '../limits.js';
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
  'blockingFindingsOmitted',
  'policy',
  'notes',
  'evaluatedAt',
];
const SCANNER_KEYS = ['passed', 'blocking', 'counts', 'suppressed'];
const SUPPRESSION_LIST_KEYS = ['applied', 'expiringSoon', 'expired', 'unused'];
/** Each list, then how many of it were left out (only when some were). */
const SUPPRESSIONS_KEYS = SUPPRESSION_LIST_KEYS.flatMap((list) => [list, `${list}Omitted`]);
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

/** The verdict as written: ordered keys, lists cut at their caps. */
export function orderVerdict(verdict: Verdict): Json {
  const out = orderVerdictHead(verdict);
  const listed: Json[] = [];
  const omitted = eachBlockingFinding(verdict.blockingFindings, (finding) => listed.push(finding));
  out.blockingFindings = listed;
  if (omitted > 0) out.blockingFindingsOmitted = omitted;
  return ordered(out, VERDICT_KEYS);
}

/** Everything but the blocking findings, ordered (they stay the verdict's own, unordered, list). */
function orderVerdictHead(verdict: Verdict): Json {
  const out = ordered(verdict, VERDICT_KEYS);
  delete out.blockingFindingsOmitted; // the writer's to say, from the list it cuts
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
    if (!Array.isArray(items)) continue;
    const kept: Json[] = [];
    const omitted = eachWithin(
      items,
      VERDICT_MAX_SUPPRESSIONS_PER_LIST,
      VERDICT_MAX_SUPPRESSION_LIST_CHARS,
      (s) => ordered(s, SUPPRESSION_KEYS),
      (s) => JSON.stringify(s, null, 2).length,
      (s) => kept.push(s),
    );
    suppressions[list] = kept;
    if (omitted > 0) suppressions[`${list}Omitted`] = omitted;
  }
  out.suppressions = ordered(suppressions, SUPPRESSIONS_KEYS);
  return out;
}

/**
 * Calls `use` with each item (shaped) while the list stays within `maxItems` and `maxChars` of its
 * items' pretty JSON (`chars`: its length), in the list's order; returns how many were left out.
 * Whole items only.
 */
function eachWithin<T, S>(
  items: readonly T[],
  maxItems: number,
  maxChars: number,
  shape: (item: T) => S,
  chars: (shaped: S) => number,
  use: (shaped: S) => void,
): number {
  let total = 0;
  let kept = 0;
  for (; kept < items.length && kept < maxItems; kept++) {
    const shaped = shape(items[kept] as T);
    total += chars(shaped);
    if (total > maxChars) break;
    use(shaped);
  }
  return items.length - kept;
}

/** The blocking findings the verdict lists (most severe first, as evaluate sorted them); returns how many it leaves out. */
function eachBlockingFinding(findings: readonly FindingSummary[], use: (finding: Json) => void): number {
  return eachWithin(
    findings,
    VERDICT_MAX_BLOCKING_FINDINGS,
    VERDICT_MAX_BLOCKING_FINDINGS_CHARS,
    (f) => ordered(f, FINDING_KEYS),
    (f) => JSON.stringify(f, null, 2).length,
    use,
  );
}

/**
 * The same bytes as JSON.stringify(orderVerdict(verdict), null, 2) + newline, one top-level key and
 * one blocking finding at a time: a 100k-finding report has ~25k of them (10 MB of JSON), which as
 * one string (plus its UTF-8 copy when written) raised peak memory for nothing.
 */
export function writeVerdictJson(verdict: Verdict, write: (piece: string) => void): void {
  const head = orderVerdictHead(verdict);
  let first = true;
  const member = (key: string, text: string) => {
    write(`${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: ${text}`);
    first = false;
  };
  for (const key of Object.keys(head)) {
    const value = head[key];
    if (key === 'blockingFindings' && Array.isArray(value)) {
      member(key, '');
      const omitted = writeFindings(value as FindingSummary[], write);
      if (omitted > 0) member('blockingFindingsOmitted', String(omitted));
      continue;
    }
    const text = JSON.stringify(value, null, 2);
    // JSON.stringify leaves out members it cannot write (undefined, functions); so do we.
    if (text === undefined) continue;
    member(key, indent(text, '  '));
  }
  write(first ? '{}\n' : '\n}\n');
}

/**
 * Writes the listed findings as a JSON array (the same cut as eachBlockingFinding); returns how many
 * were left out. Each finding is serialized directly (findingJson) when it holds only known fields;
 * anything else takes the generic path, which gives the same bytes. Measured at 10k findings:
 * ~20 ms → ~5 ms.
 */
function writeFindings(findings: readonly FindingSummary[], write: (piece: string) => void): number {
  let count = 0;
  const omitted = eachWithin(
    findings,
    VERDICT_MAX_BLOCKING_FINDINGS,
    VERDICT_MAX_BLOCKING_FINDINGS_CHARS,
    listedFinding,
    (f) => f.plainLength,
    (f) => {
      write(`${count === 0 ? `[\n${ITEM_INDENT}` : `,\n${ITEM_INDENT}`}${f.text}`);
      count++;
    },
  );
  write(count === 0 ? '[]' : '\n  ]');
  return omitted;
}

/** A listed finding as an indented array item, and the length of its plain pretty JSON (what the cap counts). */
function listedFinding(finding: FindingSummary): { text: string; plainLength: number } {
  const direct = findingJson(finding);
  if (direct !== undefined) return direct;
  const plain = JSON.stringify(ordered(finding, FINDING_KEYS), null, 2);
  return { text: indent(plain, ITEM_INDENT), plainLength: plain.length };
}

/** Array items of a top-level member sit two levels deep. */
const ITEM_INDENT = '    ';

// What JSON.stringify escapes in a string: quote, backslash, C0 controls, and (well-formed
// JSON.stringify) lone surrogates. Most ids, paths and titles have none, and a template is
// cheaper than a JSON.stringify call per field.
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001F\uD800-\uDFFF]/;

/** JSON.stringify(text), without the call when nothing needs escaping. */
export function jsonString(text: string): string {
  return NEEDS_JSON_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** Each field's `\n      "key": ` as it opens a line of a listed finding, made once. */
const FINDING_FIELD_OPENERS = FINDING_KEYS.map((key) => `\n${ITEM_INDENT}  ${JSON.stringify(key)}: `);

/**
 * The bytes of indent(JSON.stringify(ordered(finding, FINDING_KEYS), null, 2), ITEM_INDENT), built
 * directly, and the length of the unindented text (what the cap counts). Undefined when the
 * finding has a field this does not know (or one set to undefined, or a value that is not a
 * string or number): the generic path writes those.
 */
export function findingJson(finding: FindingSummary): { text: string; plainLength: number } | undefined {
  const source = finding as unknown as Json;
  let text = '{';
  let members = 0;
  for (let i = 0; i < FINDING_KEYS.length; i++) {
    const value = source[FINDING_KEYS[i] as string];
    if (value === undefined) continue;
    let valueJson: string;
    if (typeof value === 'string') valueJson = jsonString(value);
    else if (typeof value === 'number') valueJson = JSON.stringify(value);
    else return undefined;
    text += members === 0 ? `${FINDING_FIELD_OPENERS[i]}${valueJson}` : `,${FINDING_FIELD_OPENERS[i]}${valueJson}`;
    members++;
  }
  if (members !== Object.keys(source).length) return undefined;
  if (members === 0) return { text: '{}', plainLength: 2 };
  text += `\n${ITEM_INDENT}}`;
  // Unindented, each of the members + 1 line breaks is followed by ITEM_INDENT.length fewer spaces.
  return { text, plainLength: text.length - ITEM_INDENT.length * (members + 1) };
}

/** Nests pretty JSON one level deeper (JSON text has no raw newlines inside strings). */
function indent(json: string, by: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${by}`) : json;
}
