/**
 * JUnit XML as Jenkins' `junit` step reads it: one testsuite per tool, a failed testcase per
 * blocking finding, a skipped one per suppressed finding (with the reason), and a passing case per
 * tool when nothing blocks so no suite is ever empty. Non-blocking findings are not test cases: a
 * report with 100k LOW findings would bury the failures Jenkins should show.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Evaluation, FindingDecision } from '../policy/verdict.js';
import type { NormalizedResult, NormalizedRun } from '../sarif/model.js';
import { xmlSafe, xmlSafeLine } from './xml-text.js';

interface Suite {
  name: string;
  cases: object[];
  failures: number;
  skipped: number;
  findings: number;
  suppressedOrBlocking: number;
}

export function renderJUnit(runs: readonly NormalizedRun[], evaluation: Evaluation): string {
  const suites = new Map<string, Suite>();
  runs.forEach((run, runIndex) => {
    const name = run.tool.driver.name.toLowerCase();
    let suite = suites.get(name);
    if (!suite) {
      suite = { name, cases: [], failures: 0, skipped: 0, findings: 0, suppressedOrBlocking: 0 };
      suites.set(name, suite);
    }
    const decisions = evaluation.decisions[runIndex] ?? [];
    for (let i = 0; i < run.results.length; i++) {
      const decision = decisions[i];
      suite.findings++;
      if (!decision) continue;
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

  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const testsuite = [...suites.values()].map((suite) => {
    if (suite.failures === 0) {
      const summary = `${suite.findings} finding${suite.findings === 1 ? '' : 's'}, none blocking the release`;
      suite.cases.push({ '@_classname': `srp.${suite.name}`, '@_name': `${suite.name}: ${summary}` });
    }
    tests += suite.cases.length;
    failures += suite.failures;
    skipped += suite.skipped;
    return {
      '@_name': suite.name,
      '@_tests': suite.cases.length,
      '@_failures': suite.failures,
      '@_errors': 0,
      '@_skipped': suite.skipped,
      testcase: suite.cases,
    };
  });

  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    suppressEmptyNode: true,
  });
  const xml = builder.build({
    testsuites: {
      '@_name': 'srp release gate',
      '@_tests': tests,
      '@_failures': failures,
      '@_errors': 0,
      '@_skipped': skipped,
      testsuite,
    },
  }) as string;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
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

function failedCase(result: NormalizedResult, decision: FindingDecision): object {
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
    '@_classname': xmlSafeLine(`srp.${f.scanner}.${f.kind}`),
    '@_name': caseName(result),
    failure: {
      '@_type': f.severity,
      '@_message': xmlSafeLine(`${f.severity} ${f.id}${where(result) ? ` in ${where(result)}` : ''}${remedy ? `: ${remedy}` : ''}`),
      '#text': xmlSafe(lines.join('\n')),
    },
  };
}

function skippedCase(result: NormalizedResult, decision: FindingDecision): object {
  const f = result.properties.srp;
  const s = decision.suppression;
  const source = s ? `${s.source}${s.file ? ` ${s.file}` : ''}${s.expires ? `, expires ${s.expires}` : ''}` : '';
  return {
    '@_classname': xmlSafeLine(`srp.${f.scanner}.${f.kind}`),
    '@_name': caseName(result),
    skipped: { '@_message': xmlSafeLine(`suppressed (${source}): ${s?.reason ?? ''}`) },
  };
}
