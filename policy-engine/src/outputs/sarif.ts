/**
 * The one SARIF 2.1.0 log srp writes: one run per tool (GitHub rejects two runs with the same tool
 * and category), suppressed results kept in place with SARIF `suppressions`, `baselineState` when a
 * baseline was given, and GitHub's ingestion limits enforced with a note saying what was cut.
 */
import type { Invocation, Log, Notification, ReportingDescriptor, Result, Run, Suppression } from 'sarif';
import { GITHUB_MAX_RESULTS_PER_RUN, GITHUB_MAX_RUNS_PER_FILE } from '../limits.js';
import type { AbsentFinding } from '../policy/baseline.js';
import type { Evaluation, FindingDecision, SuppressionRef } from '../policy/verdict.js';
import type { NormalizedResult, NormalizedRun, Severity } from '../sarif/model.js';

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

interface Entry {
  result: NormalizedResult;
  decision?: FindingDecision;
  absent?: AbsentFinding;
}

interface ToolGroup {
  key: string;
  runs: NormalizedRun[];
  entries: Entry[];
  blocking: number;
}

const SEVERITY_RANK: Record<Severity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, UNKNOWN: 4 };

export function renderSarifLog(
  runs: readonly NormalizedRun[],
  evaluation?: Evaluation,
  options: SarifRenderOptions = {},
): string {
  const log = buildSarifLog(runs, evaluation, options);
  return `${options.pretty ? JSON.stringify(log, null, 2) : JSON.stringify(log)}\n`;
}

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
  const groupFor = (key: string, run: NormalizedRun): ToolGroup => {
    let group = groups.get(key);
    if (!group) {
      group = { key, runs: [], entries: [], blocking: 0 };
      groups.set(key, group);
    }
    if (!group.runs.includes(run)) group.runs.push(run);
    return group;
  };
  runs.forEach((run, runIndex) => {
    const group = groupFor(toolKey(run), run);
    const decisions = evaluation?.decisions[runIndex];
    for (let i = 0; i < run.results.length; i++) {
      const decision = decisions?.[i];
      if (decision?.blocking) group.blocking++;
      group.entries.push(decision ? { result: run.results[i] as NormalizedResult, decision } : { result: run.results[i] as NormalizedResult });
    }
  });
  for (const absent of evaluation?.absent ?? []) {
    const key = absent.driver.name.toLowerCase();
    let group = groups.get(key);
    if (!group) {
      // The tool ran in the baseline but not now: its absent results still need a run to live in.
      const placeholder: NormalizedRun = { tool: { driver: { ...absent.driver, rules: [] } }, results: [] };
      group = groupFor(key, placeholder);
    }
    group.entries.push({ result: absent.result, absent });
  }
  return [...groups.values()];
}

/** Lower sorts first: blocking, then unsuppressed by severity, then suppressed, then absent. */
function priority(entry: Entry): number {
  if (entry.absent) return 20;
  if (entry.decision?.suppression) return 10 + SEVERITY_RANK[entry.result.properties.srp.severity];
  if (entry.decision?.blocking) return SEVERITY_RANK[entry.result.properties.srp.severity];
  return 5 + SEVERITY_RANK[entry.result.properties.srp.severity];
}

function buildRun(group: ToolGroup, withBaseline: boolean, maxResults: number, notes: string[]): Run {
  let entries = group.entries;
  const runNotes = [...notes];
  let truncated: { kept: number; dropped: number; droppedBlocking: number } | undefined;
  if (entries.length > maxResults) {
    // Stable sort keeps the scanner's order within each priority.
    const ordered = entries
      .map((entry, index) => ({ entry, index, rank: priority(entry) }))
      .sort((a, b) => a.rank - b.rank || a.index - b.index);
    const kept = ordered.slice(0, maxResults).map((o) => o.entry);
    const droppedBlocking = ordered.slice(maxResults).filter((o) => o.entry.decision?.blocking).length;
    truncated = { kept: kept.length, dropped: entries.length - kept.length, droppedBlocking };
    entries = kept;
    runNotes.push(
      `GitHub code scanning ingests at most ${maxResults} results per run; ${truncated.dropped} of ${group.entries.length} ${group.key} results were left out of this log` +
        ` (kept blocking findings first, then by severity; suppressed and absent ones last` +
        `${droppedBlocking > 0 ? `; ${droppedBlocking} blocking findings did not fit` : ''}). The gate evaluated every result; the verdict JSON lists every blocking finding.`,
    );
  }

  const first = group.runs[0] as NormalizedRun;
  const rulesById = new Map<string, ReportingDescriptor>();
  for (const run of group.runs) for (const rule of run.tool.driver.rules ?? []) if (!rulesById.has(rule.id)) rulesById.set(rule.id, rule);

  const rules: ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results: Result[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as Entry;
    const ruleId = entry.result.ruleId;
    let index = ruleIndex.get(ruleId);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(ruleId, index);
      rules.push(rulesById.get(ruleId) ?? entry.absent?.rule ?? fallbackRule(entry.result));
    }
    results[i] = outputResult(entry, index, withBaseline);
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

function outputResult(entry: Entry, ruleIndex: number, withBaseline: boolean): Result {
  const out: Result = { ...entry.result, ruleIndex };
  const suppression = entry.decision?.suppression;
  // Suppressions that came from the report itself are already on the result.
  if (suppression && suppression.source !== 'sarif') {
    out.suppressions = [...(entry.result.suppressions ?? []), toSarifSuppression(suppression)];
  }
  if (entry.absent) out.baselineState = 'absent';
  else if (withBaseline && entry.decision?.baselineState) out.baselineState = entry.decision.baselineState;
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
