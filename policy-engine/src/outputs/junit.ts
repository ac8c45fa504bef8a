/**
 * JUnit XML as Jenkins' `junit` step reads it: one testsuite per tool, a failed testcase per
 * blocking finding, a skipped one per suppressed finding (with the reason), and a passing case per
 * tool when nothing blocks so no suite is ever empty. Cases per suite and text lengths are capped
 * (limits.ts), with a case that says what was cut. Non-blocking findings are not test cases: a
 * report with 100k LOW findings would bury the failures Jenkins should show.
 */
import type { Evaluation, FindingDecision } from '../policy/verdict.js';
import type { NormalizedResult, NormalizedRun } from '../sarif/model.js';
import { JUNIT_MAX_ATTRIBUTE_CHARS, JUNIT_MAX_FAILURES_PER_SUITE, JUNIT_MAX_SKIPPED_PER_SUITE, JUNIT_MAX_TEXT_CHARS } from '../limits.js';
import { MORE_BLOCKING_LISTED, findingFix, findingWhere } from './text-cells.js';
import { attributeText, elementText, escapeMarkup, xmlAttribute } from './xml-text.js';

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

/** Counts first (the totals open the document), then each test case is written as it is made. */
interface SuiteTally {
  name: string;
  runIndexes: number[];
  /** Blocking and suppressed findings of the suite; test cases are capped, these are not. */
  blocking: number;
  suppressed: number;
  findings: number;
}

/** Test cases a suite holds after the caps: at most the cap, plus one case saying what was cut. */
function caseCounts(t: SuiteTally): { failures: number; skipped: number; tests: number } {
  const failures = Math.min(t.blocking, JUNIT_MAX_FAILURES_PER_SUITE) + (t.blocking > JUNIT_MAX_FAILURES_PER_SUITE ? 1 : 0);
  const skipped = Math.min(t.suppressed, JUNIT_MAX_SKIPPED_PER_SUITE) + (t.suppressed > JUNIT_MAX_SKIPPED_PER_SUITE ? 1 : 0);
  return { failures, skipped, tests: failures + skipped + (t.blocking === 0 ? 1 : 0) };
}

function tallySuites(runs: readonly NormalizedRun[], evaluation: Evaluation): SuiteTally[] {
  const tallies = new Map<string, SuiteTally>();
  runs.forEach((run, runIndex) => {
    const name = run.tool.driver.name.toLowerCase();
    let tally = tallies.get(name);
    if (!tally) {
      tally = { name, runIndexes: [], blocking: 0, suppressed: 0, findings: 0 };
      tallies.set(name, tally);
    }
    tally.runIndexes.push(runIndex);
    const decisions = evaluation.decisions[runIndex] ?? [];
    for (let i = 0; i < run.results.length; i++) {
      const decision = decisions[i];
      // A copy of a finding another report of this tool already gave is not a second test case.
      if (!decision || !decision.duplicate) tally.findings++;
      if (!decision || decision.duplicate) continue;
      if (decision.blocking) tally.blocking++;
      else if (decision.suppression) tally.suppressed++;
    }
  });
  return [...tallies.values()];
}

/**
 * A suite's test cases in the reports' order, failures and skips each up to its cap; then one case
 * per cap saying how many were left out; then the passing case when nothing blocks.
 */
function suiteCases(runs: readonly NormalizedRun[], evaluation: Evaluation, tally: SuiteTally, visit: (c: JUnitTestCase) => void): void {
  let failures = 0;
  let skips = 0;
  // Once both caps are reached (or every case the tally counted was seen), nothing else becomes a
  // case: stop rather than walk the rest of a 100k-finding report.
  const lastFailure = Math.min(tally.blocking, JUNIT_MAX_FAILURES_PER_SUITE);
  const lastSkip = Math.min(tally.suppressed, JUNIT_MAX_SKIPPED_PER_SUITE);
  for (const runIndex of tally.runIndexes) {
    if (failures >= lastFailure && skips >= lastSkip) break;
    const run = runs[runIndex] as NormalizedRun;
    const decisions = evaluation.decisions[runIndex] ?? [];
    for (let i = 0; i < run.results.length && (failures < lastFailure || skips < lastSkip); i++) {
      const decision = decisions[i];
      if (!decision || decision.duplicate) continue;
      const result = run.results[i] as NormalizedResult;
      if (decision.blocking) {
        if (++failures <= JUNIT_MAX_FAILURES_PER_SUITE) visit(failedCase(result, decision));
      } else if (decision.suppression) {
        if (++skips <= JUNIT_MAX_SKIPPED_PER_SUITE) visit(skippedCase(result, decision));
      }
    }
  }
  if (tally.blocking > JUNIT_MAX_FAILURES_PER_SUITE) visit(cutFailuresCase(tally));
  if (tally.suppressed > JUNIT_MAX_SKIPPED_PER_SUITE) visit(cutSkipsCase(tally));
  if (tally.blocking === 0) visit(noneBlockingCase(tally.name, tally.findings));
}

/**
 * The JUnit XML, one test case at a time: 1000 failing cases per tool are never all in memory as
 * objects, nor as one string. Serialized with template strings, not fast-xml-parser's XMLBuilder:
 * on 64k cases the builder took ~2 s and this ~0.45 s (2-core CI machine). The builder stays as the
 * tests' oracle (junit-oracle.test-support.ts), which keeps the two byte-identical.
 */
export function writeJUnit(runs: readonly NormalizedRun[], evaluation: Evaluation, write: (piece: string) => void): void {
  const tallies = tallySuites(runs, evaluation);
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const tally of tallies) {
    const counts = caseCounts(tally);
    tests += counts.tests;
    failures += counts.failures;
    skipped += counts.skipped;
  }
  write(`${JUNIT_XML_DECLARATION}<testsuites name="srp release gate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n`);
  for (const tally of tallies) {
    const counts = caseCounts(tally);
    write(
      `  <testsuite name="${xmlAttribute(tally.name, JUNIT_MAX_ATTRIBUTE_CHARS)}" tests="${counts.tests}" failures="${counts.failures}" errors="0" skipped="${counts.skipped}">\n`,
    );
    suiteCases(runs, evaluation, tally, (c) => write(testCaseXml(c)));
    write('  </testsuite>\n');
  }
  write('</testsuites>\n');
}

/** The suites as data (the XMLBuilder oracle serializes these); production streams instead. */
export function collectJUnitSuites(runs: readonly NormalizedRun[], evaluation: Evaluation): JUnitSuite[] {
  return tallySuites(runs, evaluation).map((tally) => {
    const cases: JUnitTestCase[] = [];
    suiteCases(runs, evaluation, tally, (c) => cases.push(c));
    const counts = caseCounts(tally);
    return {
      name: attributeText(tally.name, JUNIT_MAX_ATTRIBUTE_CHARS),
      cases,
      failures: counts.failures,
      skipped: counts.skipped,
      findings: tally.findings,
    };
  });
}

/** A passing case per tool when nothing blocks, so no suite is ever empty. */
function noneBlockingCase(name: string, findings: number): JUnitTestCase {
  const summary = `${findings} finding${findings === 1 ? '' : 's'}, none blocking the release`;
  return { classname: attr(`srp.${name}`), name: attr(`${name}: ${summary}`) };
}

/** Says what the cap left out, as a failure so the count of failures never looks smaller than it is. */
function cutFailuresCase(tally: SuiteTally): JUnitTestCase {
  const more = tally.blocking - JUNIT_MAX_FAILURES_PER_SUITE;
  const text = `${tally.blocking} findings of ${tally.name} block the release; the first ${JUNIT_MAX_FAILURES_PER_SUITE} are test cases here, the other ${more} are not (${MORE_BLOCKING_LISTED})`;
  return {
    classname: attr(`srp.${tally.name}`),
    name: attr(`${tally.name}: ${more} more blocking findings not listed`),
    failure: { type: attr('TRUNCATED'), message: attr(text), text: body(text) },
  };
}

function cutSkipsCase(tally: SuiteTally): JUnitTestCase {
  const more = tally.suppressed - JUNIT_MAX_SKIPPED_PER_SUITE;
  return {
    classname: attr(`srp.${tally.name}`),
    name: attr(`${tally.name}: ${more} more suppressed findings not listed`),
    skipped: { message: attr(`${tally.suppressed} suppressed findings; ${more} are listed only in the SARIF log`) },
  };
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

const attr = (text: string): string => attributeText(text, JUNIT_MAX_ATTRIBUTE_CHARS);
const body = (text: string): string => elementText(text, JUNIT_MAX_TEXT_CHARS);

/**
 * Every field of a case was made safe and cut when the case was made (attr, body: both idempotent),
 * so only the escaping is left (doing it all again, with the case text built from an array, was
 * ~12 % of the JUnit output on 10k findings).
 */
function testCaseXml(c: JUnitTestCase): string {
  const open = `    <testcase classname="${escapeMarkup(c.classname)}" name="${escapeMarkup(c.name)}"`;
  if (c.failure) {
    return `${open}>\n      <failure type="${escapeMarkup(c.failure.type)}" message="${escapeMarkup(c.failure.message)}">${escapeMarkup(c.failure.text)}</failure>\n    </testcase>\n`;
  }
  if (c.skipped) return `${open}>\n      <skipped message="${escapeMarkup(c.skipped.message)}"/>\n    </testcase>\n`;
  return `${open}/>\n`;
}

/** `SEVERITY id in where`: the test case name, and the start of its failure message. */
function caseTitle(result: NormalizedResult): string {
  const f = result.properties.srp;
  const place = findingWhere(f);
  return `${f.severity} ${f.id}${place ? ` in ${place}` : ''}`;
}

const caseName = (result: NormalizedResult): string => attr(caseTitle(result));

function failedCase(result: NormalizedResult, decision: FindingDecision): JUnitTestCase {
  const f = result.properties.srp;
  const remedy = findingFix(f);
  const title = caseTitle(result);
  // The failure text, a line per fact the finding has (no empty lines).
  let text = `${f.severity} ${f.kind} ${f.id}${f.title ? `: ${f.title}` : ''}`;
  if (f.package) text += `\npackage: ${f.package}${f.installedVersion ? ` ${f.installedVersion}` : ''}`;
  if (f.path) text += `\nlocation: ${f.path}${f.line !== undefined ? `:${f.line}` : ''}`;
  if (f.target) text += `\ntarget: ${f.target}`;
  if (remedy) text += `\nfix: ${remedy}`;
  if (decision.baselineState) text += `\nbaseline: ${decision.baselineState}`;
  text += `\nmessage: ${result.message.text}\nfingerprint: ${result.partialFingerprints['srp/v1']}`;
  return {
    classname: attr(`srp.${f.scanner}.${f.kind}`),
    name: attr(title),
    failure: { type: attr(f.severity), message: attr(`${title}${remedy ? `: ${remedy}` : ''}`), text: body(text) },
  };
}

function skippedCase(result: NormalizedResult, decision: FindingDecision): JUnitTestCase {
  const f = result.properties.srp;
  const s = decision.suppression;
  const source = s ? `${s.source}${s.file ? ` ${s.file}` : ''}${s.expires ? `, expires ${s.expires}` : ''}` : '';
  return {
    classname: attr(`srp.${f.scanner}.${f.kind}`),
    name: caseName(result),
    skipped: { message: attr(`suppressed (${source}): ${s?.reason ?? ''}`) },
  };
}
