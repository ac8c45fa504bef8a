/**
 * The one SARIF 2.1.0 log srp writes: one run per tool (GitHub rejects two runs with the same tool
 * and category), suppressed results kept in place with SARIF `suppressions`, `baselineState` when a
 * baseline was given, and GitHub's ingestion limits enforced with a note saying what was cut.
 */
import type { Invocation, Log, Notification, ReportingDescriptor, Result, Run, Suppression } from 'sarif';
import { GITHUB_MAX_RESULTS_PER_RUN, GITHUB_MAX_RUNS_PER_FILE } from '../limits.js';
import type { AbsentFinding, Evaluation, FindingDecision, SuppressionRef } from '../policy/verdict.js';
import type { NormalizedResult, NormalizedRun } from '../sarif/model.js';
import { severityRank } from '../sarif/severity.js';

/** The OASIS standard's schema URL (SARIF 2.1.0 errata01): what validators and the Multitool expect. */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifRenderOptions {
  /** Indent the JSON (golden files, humans); off by default because 100k results double in size. */
  pretty?: boolean;
  /** Overridable for tests; defaults to GitHub's limits from limits.ts. */
  maxResultsPerRun?: number;
  maxRunsPerFile?: number;
}

/**
 * A tool's results in output order: current results (parallel to their decisions, shared with the
 * caller's arrays when the tool had one run, so 100k results are not copied), then absent ones.
 */
interface ToolGroup {
  key: string;
  runs: NormalizedRun[];
  results: NormalizedResult[];
  decisions: (FindingDecision | undefined)[];
  absent: AbsentFinding[];
  blocking: number;
}

export function renderSarifLog(
  runs: readonly NormalizedRun[],
  evaluation?: Evaluation,
  options: SarifRenderOptions = {},
): string {
  const log = buildSarifLog(runs, evaluation, options);
  if (options.pretty) return `${JSON.stringify(log, null, 2)}\n`;
  const chunks: string[] = [];
  streamCompactJson(log, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/**
 * The same bytes as renderSarifLog (compact), handed to `write` piece by piece (a slice of results
 * or rules at a time, ~48k characters): on a 100k-finding report the log is ~50 MB, and that string
 * plus its UTF-8 copy in the file write cost ~200 MB of peak memory. `write` should buffer.
 */
export function writeSarifLog(
  runs: readonly NormalizedRun[],
  evaluation: Evaluation | undefined,
  write: (piece: string) => void,
  options: SarifRenderOptions = {},
): void {
  writeBuiltSarifLog(buildSarifLog(runs, evaluation, options), write);
}

/** writeSarifLog for a log buildSarifLog already built (to report what it kept). */
export function writeBuiltSarifLog(log: Log, write: (piece: string) => void): void {
  streamCompactJson(log, write);
}

/**
 * Keys whose arrays can hold 100k entries (written a slice at a time), and the objects on the way
 * to them from each of the runs (written key by key).
 */
const SLICED_ARRAYS = new Set(['rules', 'results']);
const STREAMED_OBJECTS = new Set(['tool', 'driver']);

/**
 * Characters of JSON per JSON.stringify call on a slice of rules or results. One call per element
 * costs ~30 % more than one per slice: V8 escapes a string with its fast loop only when the string
 * fits the builder's current part, and a fresh builder starts with tiny parts. Under 64k characters
 * the (two-byte) slice still lives in the young generation: bigger slices go to large-object pages
 * that are mapped and zeroed per call (10x the page faults at 200k characters).
 */
const SLICE_TARGET_CHARS = 48_000;
/** The first slice, before the size of an element is known. */
const FIRST_SLICE_LENGTH = 8;

/**
 * JSON.stringify(log) + newline, in pieces: the big arrays a slice at a time, everything else by
 * JSON.stringify itself, so escaping and number formatting are exactly the built-in ones. The log
 * is plain data (no cycles; toJSON only below rules and results, where JSON.stringify calls it),
 * which is all this has to handle beyond JSON.stringify.
 */
function streamCompactJson(log: Log, out: (piece: string) => void): void {
  streamObject(log as unknown as Record<string, unknown>, out);
  out('\n');
}

function streamObject(object: Record<string, unknown>, out: (piece: string) => void): void {
  let first = true;
  for (const key of Object.keys(object)) {
    const value = object[key];
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    out(`${first ? '{' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(value) && key === 'runs') {
      out('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out(',');
        const item: unknown = value[i];
        if (isPlainObject(item)) streamObject(item, out);
        else out(JSON.stringify(item) ?? 'null');
      }
      out(']');
    } else if (Array.isArray(value) && SLICED_ARRAYS.has(key)) {
      streamArrayInSlices(value, out);
    } else if (STREAMED_OBJECTS.has(key) && isPlainObject(value)) {
      streamObject(value, out);
    } else {
      out(JSON.stringify(value));
    }
  }
  out(first ? '{}' : '}');
}

/** JSON.stringify(array) in pieces of about SLICE_TARGET_CHARS, whatever the size of an element. */
function streamArrayInSlices(array: unknown[], out: (piece: string) => void): void {
  if (array.length === 0) {
    out('[]');
    return;
  }
  let sliceLength = FIRST_SLICE_LENGTH;
  for (let start = 0; start < array.length; ) {
    const end = Math.min(start + sliceLength, array.length);
    // '[a,b]' for each slice: the first keeps its '[', the last its ']', the others lose both.
    const json = JSON.stringify(start === 0 && end === array.length ? array : array.slice(start, end));
    if (start > 0) out(',');
    out(json.slice(start === 0 ? 0 : 1, end === array.length ? json.length : -1));
    sliceLength = Math.max(1, Math.floor((SLICE_TARGET_CHARS * (end - start)) / json.length));
    start = end;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** The log as data. Results that need no change are the input's own objects: read it, don't edit it. */
export function buildSarifLog(
  runs: readonly NormalizedRun[],
  evaluation?: Evaluation,
  options: SarifRenderOptions = {},
): Log {
  const maxResults = options.maxResultsPerRun ?? GITHUB_MAX_RESULTS_PER_RUN;
  const maxRuns = options.maxRunsPerFile ?? GITHUB_MAX_RUNS_PER_FILE;
  const withBaseline = evaluation?.verdict.baseline !== undefined;
  let groups = groupByTool(runs, evaluation);

  const runNotes: string[] = [];
  if (groups.length > maxRuns) {
    // Tools with blocking findings first: what is cut should be what matters least.
    const ordered = [...groups].sort((a, b) => (b.blocking > 0 ? 1 : 0) - (a.blocking > 0 ? 1 : 0));
    const dropped = ordered.slice(maxRuns).map((g) => g.key);
    groups = ordered.slice(0, maxRuns);
    runNotes.push(
      `GitHub code scanning accepts at most ${maxRuns} runs per SARIF file; the runs of ${dropped.join(', ')} were left out of this log. The gate evaluated them all.`,
    );
  }

  const outRuns = groups.map((group, index) =>
    buildRun(group, withBaseline, maxResults, index === 0 ? runNotes : []),
  );
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: outRuns };
}

function toolKey(run: NormalizedRun): string {
  return run.tool.driver.name.toLowerCase();
}

function groupByTool(runs: readonly NormalizedRun[], evaluation?: Evaluation): ToolGroup[] {
  const groups = new Map<string, ToolGroup>();
  runs.forEach((run, runIndex) => {
    const key = toolKey(run);
    const decisions = evaluation?.decisions[runIndex] ?? [];
    let blocking = 0;
    for (const decision of decisions) if (decision?.blocking) blocking++;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, runs: [run], results: run.results, decisions, absent: [], blocking });
      return;
    }
    // A second run of the same tool: copy once, then append (never touch the caller's arrays).
    if (group.runs.length === 1) {
      group.results = [...group.results];
      group.decisions = padded(group.decisions, group.results.length);
    }
    group.runs.push(run);
    group.results.push(...run.results);
    group.decisions.push(...padded(decisions, run.results.length));
    group.blocking += blocking;
  });
  for (const absent of evaluation?.absent ?? []) {
    const key = absent.driver.name.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      // The tool ran in the baseline but not now: its absent results still need a run to live in.
      const placeholder: NormalizedRun = { tool: { driver: { ...absent.driver, rules: [] } }, results: [] };
      group = { key, runs: [placeholder], results: [], decisions: [], absent: [], blocking: 0 };
      groups.set(key, group);
    }
    group.absent.push(absent);
  }
  return [...groups.values()];
}

function padded<T>(list: T[], length: number): (T | undefined)[] {
  return list.length >= length ? [...list] : [...list, ...new Array<undefined>(length - list.length)];
}

/** Lower sorts first: blocking by severity (0-4), other unsuppressed (5-9), suppressed (10-14), absent (20). */
function priority(result: NormalizedResult, decision: FindingDecision | undefined): number {
  const severity = severityRank('CRITICAL') - severityRank(result.properties.srp.severity);
  if (decision?.suppression) return 10 + severity;
  if (decision?.blocking) return severity;
  return 5 + severity;
}

const ABSENT_RANK = 20;

/**
 * Indexes (into results, then absent) of what goes in the log. Within the limit: everything in
 * order. Over it: a counting sort by priority (stable, linear), cut at the limit.
 */
function selectIndexes(group: ToolGroup, maxResults: number): { order: number[] | undefined; droppedBlocking: number } {
  const total = group.results.length + group.absent.length;
  if (total <= maxResults) return { order: undefined, droppedBlocking: 0 };
  const buckets: number[][] = Array.from({ length: ABSENT_RANK + 1 }, () => []);
  for (let i = 0; i < group.results.length; i++) {
    (buckets[priority(group.results[i] as NormalizedResult, group.decisions[i])] as number[]).push(i);
  }
  const absentBucket = buckets[ABSENT_RANK] as number[];
  for (let i = 0; i < group.absent.length; i++) absentBucket.push(group.results.length + i);
  const order: number[] = [];
  let droppedBlocking = 0;
  for (const bucket of buckets) {
    for (const index of bucket) {
      if (order.length < maxResults) order.push(index);
      else if (index < group.results.length && group.decisions[index]?.blocking) droppedBlocking++;
    }
  }
  return { order, droppedBlocking };
}

function buildRun(group: ToolGroup, withBaseline: boolean, maxResults: number, notes: string[]): Run {
  const runNotes = [...notes];
  const total = group.results.length + group.absent.length;
  const { order, droppedBlocking } = selectIndexes(group, maxResults);
  let truncated: { kept: number; dropped: number; droppedBlocking: number } | undefined;
  if (order) {
    truncated = { kept: order.length, dropped: total - order.length, droppedBlocking };
    runNotes.push(
      `GitHub code scanning ingests at most ${maxResults} results per run; ${truncated.dropped} of ${total} ${group.key} results were left out of this log` +
        ` (kept blocking findings first, then by severity; suppressed and absent ones last` +
        `${droppedBlocking > 0 ? `; ${droppedBlocking} blocking findings did not fit` : ''}). The gate evaluated every result; the verdict JSON lists every blocking finding.`,
    );
  }

  const first = group.runs[0] as NormalizedRun;
  // Rules by id, first one wins. A lone run's rule ids are unique (RunBuilder and mergeRunsByTool
  // de-duplicate them), so a current result's own ruleIndex finds its rule; the map over every rule
  // (100k on a big image, of which 25k are written) is built only when that does not hold.
  const ownRules = group.runs.length === 1 ? first.tool.driver.rules : undefined;
  let rulesById: Map<string, ReportingDescriptor> | undefined;
  const ruleFor = (result: NormalizedResult, current: boolean): ReportingDescriptor | undefined => {
    const own = current && ownRules && result.ruleIndex !== undefined ? ownRules[result.ruleIndex] : undefined;
    if (own?.id === result.ruleId) return own;
    if (!rulesById) {
      rulesById = new Map();
      for (const run of group.runs) for (const rule of run.tool.driver.rules ?? []) if (!rulesById.has(rule.id)) rulesById.set(rule.id, rule);
    }
    return rulesById.get(result.ruleId);
  };

  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const count = order ? order.length : total;
  const results: Result[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const index = order ? (order[i] as number) : i;
    const current = index < group.results.length;
    const result = current ? (group.results[index] as NormalizedResult) : (group.absent[index - group.results.length] as AbsentFinding).result;
    const absent = current ? undefined : group.absent[index - group.results.length];
    let ruleAt = ruleIndex.get(result.ruleId);
    if (ruleAt === undefined) {
      ruleAt = rules.length;
      ruleIndex.set(result.ruleId, ruleAt);
      rules.push(ruleFor(result, current) ?? absent?.rule ?? fallbackRule(result));
    }
    results[i] = outputResult(result, current ? group.decisions[index] : undefined, absent !== undefined, ruleAt, withBaseline);
  }

  const driver = { ...first.tool.driver, rules };
  // GitHub and the Multitool want a semantic version when the tool has one.
  if (!driver.semanticVersion && driver.version && /^\d+\.\d+\.\d+(?:[-+].*)?$/.test(driver.version)) {
    driver.semanticVersion = driver.version;
  }
  const run: Run = {
    tool: { ...first.tool, driver },
    automationDetails: { id: `srp/${group.key}/` },
    results,
  };
  if (first.columnKind) run.columnKind = first.columnKind;
  if (first.originalUriBaseIds) run.originalUriBaseIds = first.originalUriBaseIds;
  if (runNotes.length > 0) run.invocations = [invocationWithNotes(runNotes)];
  const properties: Record<string, unknown> = { ...first.properties };
  if (truncated) properties['srp/truncated'] = { ...truncated, limit: maxResults, note: runNotes[runNotes.length - 1] };
  if (Object.keys(properties).length > 0) run.properties = properties;
  return run;
}

function outputResult(
  result: NormalizedResult,
  decision: FindingDecision | undefined,
  absent: boolean,
  ruleIndex: number,
  withBaseline: boolean,
): Result {
  const suppression = decision?.suppression;
  // The common case on big reports changes nothing: hand the result itself to the serializer
  // instead of copying 100k objects (the log is serialized, never edited, after this).
  if (
    result.ruleIndex === ruleIndex &&
    !absent &&
    result.baselineState === undefined &&
    !(suppression && suppression.source !== 'sarif') &&
    !(withBaseline && decision?.baselineState)
  ) {
    return result;
  }
  const out: Result = { ...result, ruleIndex };
  // Suppressions that came from the report itself are already on the result.
  if (suppression && suppression.source !== 'sarif') {
    out.suppressions = [...(result.suppressions ?? []), toSarifSuppression(suppression)];
  }
  if (absent) out.baselineState = 'absent';
  else if (withBaseline && decision?.baselineState) out.baselineState = decision.baselineState;
  // A state carried over from a re-read log means nothing without a baseline in this run.
  else if (out.baselineState !== undefined) delete out.baselineState;
  return out;
}

export function toSarifSuppression(ref: SuppressionRef): Suppression {
  const detail: Record<string, string> = { source: ref.source, matcher: ref.id };
  if (ref.file) detail.file = ref.file;
  if (ref.expires) detail.expires = ref.expires;
  return { kind: 'external', status: 'accepted', justification: ref.reason, properties: { srp: detail } };
}

function fallbackRule(result: NormalizedResult): ReportingDescriptor {
  const facts = result.properties.srp;
  const title = facts.title ?? result.ruleId;
  return {
    id: result.ruleId,
    shortDescription: { text: title },
    fullDescription: { text: title },
    help: { text: facts.resolution ?? title },
  };
}

function invocationWithNotes(notes: string[]): Invocation {
  const toolExecutionNotifications: Notification[] = notes.map((text) => ({
    level: 'warning',
    message: { text },
    descriptor: { id: 'srp/limits' },
  }));
  return { executionSuccessful: true, toolExecutionNotifications };
}
