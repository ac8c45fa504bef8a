/**
 * The gate's promises as properties over generated inputs (fast-check), through the same stages
 * `srp gate` runs: readers → merge → evaluate → writers, in process.
 *
 * - Order never matters: any permutation of the reports gives the same verdict and the same outputs
 *   up to order.
 * - Monotone: adding reports never unblocks; every finding that blocks in a subset of the reports
 *   still blocks with all of them, in any order.
 * - Suppressions reach only what they name: every suppression that applied to a finding names that
 *   finding (id, package, version, scanner, fingerprint), was not expired, and came before any merging.
 * - Nothing unknown becomes harmless: a severity the reader does not know, or a key the reader relies
 *   on in another case, is an input error naming the JSON path, never a verdict.
 *
 * The seed is printed by fast-check on failure; FC_SEED and FC_RUNS reproduce or widen a run.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { renderMarkdownSummary } from '../../src/outputs/markdown.js';
import { renderSarifLog } from '../../src/outputs/sarif.js';
import { renderJUnit, renderVerdictJson } from '../../src/outputs/render.test-support.js';
import { evaluate } from '../../src/policy/evaluate.js';
import { parseGitleaksIgnore, parseTrivyIgnore } from '../../src/policy/ignore-files.js';
import { parsePolicy } from '../../src/policy/policy-file.js';
import type { Evaluation } from '../../src/policy/verdict.js';
import { parseReport } from '../../src/readers/index.js';
import { mergeRunsByTool } from '../../src/sarif/merge.js';
import type { NormalizedRun } from '../../src/sarif/model.js';
import { severityWord } from '../../src/sarif/severity.js';
import { anyReport, gitleaksIgnore, policyYaml, trivyIgnore, trivyIgnoreYaml, trivyIgnoreYamlText, trivyReport, type TrivyYamlEntry } from './generators.js';
import { canonicalCheckId } from '../../src/policy/suppressions.js';

const NOW = new Date('2026-06-15T12:00:00Z');
const RUNS = Number(process.env.FC_RUNS ?? 300);
const SEED = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : undefined;
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}) });

interface GateCase {
  reports: string[];
  policy: string;
  trivyignore: string;
  gitleaksignore: string;
  baseline: string | undefined;
}

const gateCase = (minReports: number): fc.Arbitrary<GateCase> =>
  fc.record({
    reports: fc.array(anyReport, { minLength: minReports, maxLength: 5 }),
    policy: policyYaml,
    trivyignore: trivyIgnore,
    gitleaksignore: gitleaksIgnore,
    baseline: fc.option(anyReport, { nil: undefined }),
  });

/** Runs the gate on the reports at `indexes`, in that order; each report keeps its own file name. */
function gate(c: GateCase, indexes: readonly number[]): { runs: NormalizedRun[]; evaluation: Evaluation } {
  const runs = mergeRunsByTool(indexes.flatMap((i) => parseReport(c.reports[i] as string, { file: `reports/scan-${i}.json` }).runs));
  const baseline = c.baseline !== undefined ? parseReport(c.baseline, { file: 'baseline.json' }).runs : undefined;
  const evaluation = evaluate({
    runs,
    policy: parsePolicy(c.policy, 'policy.yml'),
    now: NOW,
    ignores: [parseTrivyIgnore(c.trivyignore, '.trivyignore'), parseGitleaksIgnore(c.gitleaksignore, '.gitleaksignore')],
    ...(baseline ? { baseline } : {}),
  });
  return { runs, evaluation };
}

function gateWithYaml(c: GateCase, yaml: readonly TrivyYamlEntry[]): ReturnType<typeof gate> {
  const runs = mergeRunsByTool(c.reports.flatMap((text, i) => parseReport(text, { file: `reports/scan-${i}.json` }).runs));
  const evaluation = evaluate({
    runs,
    policy: parsePolicy(c.policy, 'policy.yml'),
    now: NOW,
    ignores: [
      parseTrivyIgnore(c.trivyignore, '.trivyignore'),
      parseTrivyIgnore(trivyIgnoreYamlText(yaml), '.trivyignore.yaml'),
      parseGitleaksIgnore(c.gitleaksignore, '.gitleaksignore'),
    ],
  });
  return { runs, evaluation };
}

/** JSON with object keys sorted and arrays sorted by their canonical text: equality up to order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a user receives, up to order: ruleIndex is a position, so it is left out of results. */
function outputsUpToOrder({ runs, evaluation }: ReturnType<typeof gate>) {
  const sarif = JSON.parse(renderSarifLog(runs, evaluation));
  for (const run of sarif.runs) for (const result of run.results) delete result.ruleIndex;
  const lines = (text: string) => text.split('\n').sort();
  return {
    verdict: canonical(JSON.parse(renderVerdictJson(evaluation.verdict))),
    sarif: canonical(sarif),
    junit: lines(renderJUnit(runs, evaluation)),
    markdown: lines(renderMarkdownSummary(evaluation.verdict)),
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('gate properties', () => {
  it('order never matters: every permutation of the reports gives the same outputs up to order', () => {
    fc.assert(
      fc.property(
        gateCase(2).chain((c) => fc.tuple(fc.constant(c), fc.shuffledSubarray(range(c.reports.length), { minLength: c.reports.length }))),
        ([c, permutation]) => {
          const forward = gate(c, range(c.reports.length));
          const permuted = gate(c, permutation);
          expect(permuted.evaluation.verdict.passed).toBe(forward.evaluation.verdict.passed);
          expect(outputsUpToOrder(permuted)).toEqual(outputsUpToOrder(forward));
        },
      ),
      params(),
    );
  });

  it('monotone: a finding that blocks with some reports still blocks with all of them, in any order', () => {
    fc.assert(
      fc.property(
        gateCase(2).chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.subarray(range(c.reports.length), { minLength: 1 }),
            fc.shuffledSubarray(range(c.reports.length), { minLength: c.reports.length }),
          ),
        ),
        ([c, subset, all]) => {
          const some = gate(c, subset).evaluation.verdict;
          const every = gate(c, all).evaluation.verdict;
          if (!some.passed) expect(every.passed).toBe(false);
          const blockingWithAll = new Set(every.blockingFindings.map(canonical));
          for (const finding of some.blockingFindings) expect(blockingWithAll.has(canonical(finding)), canonical(finding)).toBe(true);
          expect(every.blocking).toBeGreaterThanOrEqual(some.blocking);
        },
      ),
      params(),
    );
  });

  it('suppressions reach only what they name, each finding on its own facts', () => {
    const withYaml = fc.record({ c: gateCase(1), yaml: trivyIgnoreYaml });
    fc.assert(
      fc.property(withYaml, ({ c, yaml }) => {
        const { runs, evaluation } = gateWithYaml(c, yaml);
        runs.forEach((run, r) =>
          run.results.forEach((result, i) => {
            const ref = evaluation.decisions[r]?.[i]?.suppression;
            if (ref === undefined) return;
            const f = result.properties.srp;
            const sameId = (id: string) =>
              id.toLowerCase() === f.id.toLowerCase() ||
              id.toLowerCase() === result.ruleId.toLowerCase() ||
              (canonicalCheckId(id) !== undefined && [f.id, result.ruleId, ...(f.aliases ?? [])].some((x) => canonicalCheckId(x) === canonicalCheckId(id)));
            if (ref.expires !== undefined) expect(ref.expires > NOW.toISOString().slice(0, 10), `expired ${ref.id} applied`).toBe(true);
            if (ref.source === 'policy') {
              for (const part of ref.id.split(' ')) {
                const [key, value] = part.includes('=') ? (part.split('=', 2) as [string, string]) : ['id', part];
                if (key === 'id') expect(sameId(value), `${ref.id} on ${f.id}`).toBe(true);
                if (key === 'package') expect(f.package).toBe(value);
                if (key === 'scanner') expect(f.scanner).toBe(value);
              }
            } else if (ref.source === 'trivyignore') {
              expect(f.scanner).toBe('trivy');
              const id = ref.id.split(' ')[0] as string;
              expect(sameId(id), `${ref.id} on ${f.id}`).toBe(true);
              const named = yaml.filter((e) => e.id === id);
              // From the YAML form: some entry with this id covers this exact package version.
              if (named.length > 0 && ref.file === '.trivyignore.yaml') {
                expect(named.some((e) => !e.expired && (e.purl === undefined || (e.purl.name === f.package && e.purl.version === f.installedVersion)))).toBe(true);
              }
            } else if (ref.source === 'gitleaksignore') {
              expect(f.scanner).toBe('gitleaks');
              const fp = f.nativeFingerprint ?? '';
              const withoutCommit = fp.split(':').length === 4 ? fp.slice(fp.indexOf(':') + 1) : fp;
              // Or its file:rule:line on the normalised path (`x/../config/app.env` is config/app.env).
              expect([fp, withoutCommit, `${f.path}:${f.id}:${f.line}`]).toContain(ref.id);
            }
          }),
        );
      }),
      params(),
    );
  });

  it('nothing unknown becomes harmless: a severity that is not one is an input error naming its path', () => {
    const notASeverity = fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => severityWord(s) === undefined),
      fc.constantFrom('SEVERE', 'CRIT', 'HIGHEST', 'critica', 'MED', 'INFO', 'NONE', 'constructor', '__proto__'),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
    );
    const withFindings = trivyReport.filter((r) => r.Results.some((res) => findingsOf(res).length > 0));
    fc.assert(
      fc.property(withFindings, fc.nat(), notASeverity, (report, pick, severity) => {
        const holders = report.Results.flatMap((res, r) => findingsOf(res).map(([key, list], f) => ({ r, key, f, list })));
        const target = holders[pick % holders.length]!;
        (target.list[0] as Record<string, unknown>).Severity = severity;
        const path = `$.Results[${target.r}].${target.key}[0].Severity`;
        expect(() => parseReport(JSON.stringify(report), { file: 'scan.json' })).toThrow(InputError);
        expect(() => parseReport(JSON.stringify(report), { file: 'scan.json' })).toThrow(path);
      }),
      params(200),
    );
  });

  it('nothing unknown becomes harmless: a key the reader relies on, in another case, is an input error', () => {
    const recase = fc.constantFrom((k: string) => k.toLowerCase(), (k: string) => k.toUpperCase(), (k: string) => k[0]!.toLowerCase() + k.slice(1));
    const withFindings = trivyReport.filter((r) => r.Results.some((res) => findingsOf(res).length > 0));
    fc.assert(
      fc.property(withFindings, fc.nat(), recase, fc.constantFrom('Results', 'list', 'Severity', 'Target'), (report, pick, change, which) => {
        const holders = report.Results.flatMap((res, r) => findingsOf(res).map(([key, list]) => ({ r, key, list, res })));
        const target = holders[pick % holders.length]!;
        const rename = (o: Record<string, unknown>, key: string) => {
          const renamed = change(key);
          if (renamed === key) return;
          o[renamed] = o[key];
          delete o[key];
        };
        if (which === 'Results') rename(report as unknown as Record<string, unknown>, 'Results');
        else if (which === 'list') rename(target.res as Record<string, unknown>, target.key);
        else if (which === 'Target') rename(target.res as Record<string, unknown>, 'Target');
        else rename(target.list[0] as Record<string, unknown>, 'Severity');
        expect(() => parseReport(JSON.stringify(report), { file: 'scan.json' })).toThrow(InputError);
      }),
      params(200),
    );
  });
});

/** The non-empty finding lists of a generated Trivy Result, as [key, list]. */
function findingsOf(result: Record<string, unknown>): [string, unknown[]][] {
  const lists: [string, unknown[]][] = [];
  for (const key of ['Vulnerabilities', 'Misconfigurations', 'Secrets']) {
    const list = result[key];
    if (Array.isArray(list) && list.length > 0) lists.push([key, list]);
  }
  return lists;
}
