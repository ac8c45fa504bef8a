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
  return `${JUNIT_XML_DECLARATION}${serializeDirect(collectJUnitSuites(runs, evaluation))}`;
}

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
    if (suite.failures === 0) {
      const summary = `${suite.findings} finding${suite.findings === 1 ? '' : 's'}, none blocking the release`;
      suite.cases.push({ classname: xmlSafeLine(`srp.${suite.name}`), name: xmlSafeLine(`${suite.name}: ${summary}`) });
    }
  }
  return [...suites.values()];
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

function serializeDirect(suites: JUnitSuite[]): string {
  const { tests, failures, skipped } = junitTotals(suites);
  const parts: string[] = [
    `<testsuites name="srp release gate" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
  ];
  for (const suite of suites) {
    parts.push(
      `  <testsuite name="${esc(suite.name)}" tests="${suite.cases.length}" failures="${suite.failures}" errors="0" skipped="${suite.skipped}">`,
    );
    for (const c of suite.cases) {
      const open = `    <testcase classname="${esc(c.classname)}" name="${esc(c.name)}"`;
      if (c.failure) {
        parts.push(
          `${open}>\n      <failure type="${esc(c.failure.type)}" message="${esc(c.failure.message)}">${esc(c.failure.text)}</failure>\n    </testcase>`,
        );
      } else if (c.skipped) {
        parts.push(`${open}>\n      <skipped message="${esc(c.skipped.message)}"/>\n    </testcase>`);
      } else {
        parts.push(`${open}/>`);
      }
    }
    parts.push('  </testsuite>');
  }
  parts.push('</testsuites>');
  return `${parts.join('\n')}\n`;
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
