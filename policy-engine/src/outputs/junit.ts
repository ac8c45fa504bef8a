/**
 * JUnit XML as Jenkins' `junit` step reads it: one testsuite per tool, a failed testcase per
 * blocking finding, a skipped one per suppressed finding (with the reason), and a passing case per
 * tool when nothing blocks so no suite is ever empty. Non-blocking findings are not test cases: a
 * report with 100k LOW findings would bury the failures Jenkins should show.
 */
import type { Evaluation, FindingDecision } from '../policy/verdict.js';
import type { NormalizedResult, NormalizedRun } from '../sarif/model.js';
import { xmlSafe, xmlSafeLine } from './xml-text.js';

export interface JUnitSuite {
  name: string;
  cases: JUnitTestCase[];
  failures: number;
  skipped: number;
  findings: number;
}

/** One testcase, already made XML-safe (no illegal characters); escaping is the serializer's job. */
export interface JUnitTestCase {
  classname: string;
  name: string;
  failure?: { type: string; message: string; text: string };
  skipped?: { message: string };
}

export const JUNIT_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Serialized with template strings, not fast-xml-parser's XMLBuilder: on 64k cases the builder took
 * ~2 s and this ~0.45 s (2-core CI machine). The builder stays as the tests' oracle
 * (junit-oracle.test-support.ts), which keeps the two byte-identical.
 */
export function renderJUnit(runs: readonly NormalizedRun[], evaluation: Evaluation): string {
  const pieces: string[] = [];
  writeJUnit(runs, evaluation, (piece) => pieces.push(piece));
  return pieces.join('');
}

/** Counts first (the totals open the document), then each test case is written as it is made. */
interface SuiteTally {
  name: string;
  runIndexes: number[];
  failures: number;
  skipped: number;
  findings: number;
}

/**
 * The same bytes as renderJUnit, one test case at a time: 25k failing cases (a 100k-finding image)
 * are never all in memory as objects, nor as one 17 MB string.
 */
export function writeJUnit(runs: readonly NormalizedRun[], evaluation: Evaluation, write: (piece: string) => void): void {
  const tallies = new Map<string, SuiteTally>();
  runs.forEach((run, runIndex) => {
    const name = run.tool.driver.name.toLowerCase();
    let tally = tallies.get(name);
    if (!tally) {
      tally = { name, runIndexes: [], failures: 0, skipped: 0, findings: 0 };
      tallies.set(name, tally);
    }
    tally.runIndexes.push(runIndex);
    const decisions = evaluation.decisions[runIndex] ?? [];
    for (let i = 0; i < run.results.length; i++) {
      const decision = decisions[i];
      if (!decision || !decision.duplicate) tally.findings++;
      if (!decision || decision.duplicate) continue;
      if (decision.blocking) tally.failures++;
      else if (decision.suppression) tally.skipped++;
    }
  });
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const tally of tallies.values()) {
    tests += tally.failures + tally.skipped + (tally.failures === 0 ? 1 : 0);
    failures += tally.failures;
    skipped += tally.skipped;
  }
  write(`${JUNIT_XML_DECLARATION}<testsuites name="srp release gate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n`);
  for (const tally of tallies.values()) {
    const cases = tally.failures + tally.skipped + (tally.failures === 0 ? 1 : 0);
    write(`  <testsuite name="${esc(tally.name)}" tests="${cases}" failures="${tally.failures}" errors="0" skipped="${tally.skipped}">\n`);
    for (const runIndex of tally.runIndexes) {
      const run = runs[runIndex] as NormalizedRun;
      const decisions = evaluation.decisions[runIndex] ?? [];
      for (let i = 0; i < run.results.length; i++) {
        const decision = decisions[i];
        if (!decision || decision.duplicate) continue;
        const result = run.results[i] as NormalizedResult;
        if (decision.blocking) write(testCaseXml(failedCase(result, decision)));
        else if (decision.suppression) write(testCaseXml(skippedCase(result, decision)));
      }
    }
    if (tally.failures === 0) write(testCaseXml(noneBlockingCase(tally.name, tally.findings)));
    write('  </testsuite>\n');
  }
  write('</testsuites>\n');
}

/** The suites as data (the XMLBuilder oracle serializes these); production streams instead. */
export function collectJUnitSuites(runs: readonly NormalizedRun[], evaluation: Evaluation): JUnitSuite[] {
  const suites = new Map<string, JUnitSuite>();
  runs.forEach((run, runIndex) => {
    const name = run.tool.driver.name.toLowerCase();
    let suite = suites.get(name);
    if (!suite) {
      suite = { name, cases: [], failures: 0, skipped: 0, findings: 0 };
      suites.set(name, suite);
    }
    const decisions = evaluation.decisions[runIndex] ?? [];
    for (let i = 0; i < run.results.length; i++) {
      const decision = decisions[i];
      // A copy of a finding another report of this tool already gave is not a second test case.
      if (!decision || decision.duplicate) {
        if (!decision) suite.findings++;
        continue;
      }
      suite.findings++;
      const result = run.results[i] as NormalizedResult;
      if (decision.blocking) {
        suite.failures++;
        suite.cases.push(failedCase(result, decision));
      } else if (decision.suppression) {
        suite.skipped++;
        suite.cases.push(skippedCase(result, decision));
      }
    }
  });

  for (const suite of suites.values()) {
    if (suite.failures === 0) suite.cases.push(noneBlockingCase(suite.name, suite.findings));
  }
  return [...suites.values()];
}

/** A passing case per tool when nothing blocks, so no suite is ever empty. */
function noneBlockingCase(name: string, findings: number): JUnitTestCase {
  const summary = `${findings} finding${findings === 1 ? '' : 's'}, none blocking the release`;
  return { classname: xmlSafeLine(`srp.${name}`), name: xmlSafeLine(`${name}: ${summary}`) };
}

export function junitTotals(suites: JUnitSuite[]): { tests: number; failures: number; skipped: number } {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const suite of suites) {
    tests += suite.cases.length;
    failures += suite.failures;
    skipped += suite.skipped;
  }
  return { tests, failures, skipped };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** The same five entities XMLBuilder writes, in text and attributes alike. */
const MARKUP = /[&<>"']/;
function esc(text: string): string {
  return MARKUP.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string) : text;
}

function testCaseXml(c: JUnitTestCase): string {
  const open = `    <testcase classname="${esc(c.classname)}" name="${esc(c.name)}"`;
  if (c.failure) {
    return `${open}>\n      <failure type="${esc(c.failure.type)}" message="${esc(c.failure.message)}">${esc(c.failure.text)}</failure>\n    </testcase>\n`;
  }
  if (c.skipped) return `${open}>\n      <skipped message="${esc(c.skipped.message)}"/>\n    </testcase>\n`;
  return `${open}/>\n`;
}

function where(result: NormalizedResult): string {
  const f = result.properties.srp;
  if (f.package) return `${f.package}${f.installedVersion ? ` ${f.installedVersion}` : ''}${f.target ? ` (${f.target})` : ''}`;
  if (f.path) return `${f.path}${f.line !== undefined ? `:${f.line}` : ''}`;
  return f.target ?? '';
}

function caseName(result: NormalizedResult): string {
  const f = result.properties.srp;
  const place = where(result);
  return xmlSafeLine(`${f.severity} ${f.id}${place ? ` in ${place}` : ''}`);
}

function fix(result: NormalizedResult): string {
  const f = result.properties.srp;
  if (f.fixedVersion) return `fixed in ${f.fixedVersion}`;
  if (f.resolution) return f.resolution;
  if (f.kind === 'vulnerability') return 'no fixed version yet';
  if (f.kind === 'secret') return 'remove the secret from the code and history, and rotate it';
  return '';
}

function failedCase(result: NormalizedResult, decision: FindingDecision): JUnitTestCase {
  const f = result.properties.srp;
  const remedy = fix(result);
  const lines = [
    `${f.severity} ${f.kind} ${f.id}${f.title ? `: ${f.title}` : ''}`,
    f.package ? `package: ${f.package}${f.installedVersion ? ` ${f.installedVersion}` : ''}` : '',
    f.path ? `location: ${f.path}${f.line !== undefined ? `:${f.line}` : ''}` : '',
    f.target ? `target: ${f.target}` : '',
    remedy ? `fix: ${remedy}` : '',
    decision.baselineState ? `baseline: ${decision.baselineState}` : '',
    `message: ${result.message.text}`,
    `fingerprint: ${result.partialFingerprints['srp/v1']}`,
  ].filter((line) => line !== '');
  return {
    classname: xmlSafeLine(`srp.${f.scanner}.${f.kind}`),
    name: caseName(result),
    failure: {
      type: f.severity,
      message: xmlSafeLine(`${f.severity} ${f.id}${where(result) ? ` in ${where(result)}` : ''}${remedy ? `: ${remedy}` : ''}`),
      text: xmlSafe(lines.join('\n')),
    },
  };
}

function skippedCase(result: NormalizedResult, decision: FindingDecision): JUnitTestCase {
  const f = result.properties.srp;
  const s = decision.suppression;
  const source = s ? `${s.source}${s.file ? ` ${s.file}` : ''}${s.expires ? `, expires ${s.expires}` : ''}` : '';
  return {
    classname: xmlSafeLine(`srp.${f.scanner}.${f.kind}`),
    name: caseName(result),
    skipped: { message: xmlSafeLine(`suppressed (${source}): ${s?.reason ?? ''}`) },
  };
}
