/**
 * The tests' oracle for JUnit XML: the same suites serialized by fast-xml-parser's XMLBuilder, the
 * library the format was first written with. Production uses junit.ts's direct serializer (4× faster
 * on big reports); tests require the two to agree byte for byte.
 */
import { XMLBuilder } from 'fast-xml-parser';
import type { Evaluation } from '../policy/verdict.js';
import type { NormalizedRun } from '../sarif/model.js';
import { JUNIT_XML_DECLARATION, collectJUnitSuites, junitTotals } from './junit.js';

export function renderJUnitWithXmlBuilder(runs: readonly NormalizedRun[], evaluation: Evaluation): string {
  const suites = collectJUnitSuites(runs, evaluation);
  const { tests, failures, skipped } = junitTotals(suites);
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
      testsuite: suites.map((suite) => ({
        '@_name': suite.name,
        '@_tests': suite.cases.length,
        '@_failures': suite.failures,
        '@_errors': 0,
        '@_skipped': suite.skipped,
        testcase: suite.cases.map((c) => {
          const node: Record<string, unknown> = { '@_classname': c.classname, '@_name': c.name };
          if (c.failure) node.failure = { '@_type': c.failure.type, '@_message': c.failure.message, '#text': c.failure.text };
          if (c.skipped) node.skipped = { '@_message': c.skipped.message };
          return node;
        }),
      })),
    },
  }) as string;
  return `${JUNIT_XML_DECLARATION}${xml}`;
}
