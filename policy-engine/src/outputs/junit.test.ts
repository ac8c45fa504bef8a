import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { NOW, finding, run } from '../policy/builders.test-support.js';
import { evaluate } from '../policy/evaluate.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { JUNIT_MAX_ATTRIBUTE_CHARS, JUNIT_MAX_FAILURES_PER_SUITE, JUNIT_MAX_SKIPPED_PER_SUITE, JUNIT_MAX_TEXT_CHARS } from '../limits.js';
import { renderJUnit } from './render.test-support.js';
import { renderJUnitWithXmlBuilder } from './junit-oracle.test-support.js';
import { loadScenario, scenarioNames } from './scenarios.test-support.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

interface Case { name: string; classname: string; failure?: { type: string; message: string; '#text': string }; skipped?: { message: string } }
interface Suite { name: string; tests: string; failures: string; skipped: string; testcase: Case[] }

function parse(xml: string): { testsuites: { tests: string; failures: string; testsuite: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as never;
}

describe.each(scenarioNames())('JUnit golden: %s', (name) => {
  const scenario = loadScenario(name);
  const xml = renderJUnit(scenario.runs, scenario.evaluation);

  it('matches testdata/*.expected.junit.xml', async () => {
    await expect(xml).toMatchFileSnapshot(scenario.expected('junit.xml'));
  });

  it('the direct serializer writes exactly the same bytes as XMLBuilder', () => {
    expect(renderJUnitWithXmlBuilder(scenario.runs, scenario.evaluation)).toBe(xml);
  });

  it('is well-formed XML 1.0 whose counts add up to the verdict', () => {
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const doc = parse(xml);
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s.name)).toEqual([...new Set(scenario.runs.map((r) => r.tool.driver.name.toLowerCase()))]);
    const failures = suites.flatMap((s) => s.testcase).filter((c) => c.failure);
    const skipped = suites.flatMap((s) => s.testcase).filter((c) => c.skipped);
    expect(failures).toHaveLength(scenario.evaluation.verdict.blocking);
    expect(skipped).toHaveLength(scenario.evaluation.verdict.suppressed);
    expect(Number(doc.testsuites.failures)).toBe(scenario.evaluation.verdict.blocking);
    for (const suite of suites) {
      expect(suite.testcase.length).toBeGreaterThan(0);
      expect(Number(suite.tests)).toBe(suite.testcase.length);
    }
  });
});

describe('renderJUnit', () => {
  it('describes a failure with severity, id, package and fix, and a skip with its reason', () => {
    const runs = [
      run('Trivy', [
        finding({ id: 'CVE-2019-14697', severity: 'CRITICAL', package: 'musl', installedVersion: '1.1.20-r4', fixedVersion: '1.1.20-r5' }),
        finding({ id: 'CVE-2', severity: 'HIGH', package: 'zlib' }),
      ]),
    ];
    const policy = { ...DEFAULT_POLICY, suppressions: [{ id: 'CVE-2', reason: 'not shipped', expires: '2026-07-01' }] };
    const doc = parse(renderJUnit(runs, evaluate({ runs, policy, now: NOW })));
    const [failed, skipped] = doc.testsuites.testsuite[0]?.testcase ?? [];
    expect(failed).toMatchObject({
      classname: 'srp.trivy.vulnerability',
      name: 'CRITICAL CVE-2019-14697 in musl 1.1.20-r4',
      failure: { type: 'CRITICAL', message: 'CRITICAL CVE-2019-14697 in musl 1.1.20-r4: upgrade to 1.1.20-r5' },
    });
    expect(failed?.failure?.['#text']).toContain('fix: upgrade to 1.1.20-r5');
    expect(skipped).toMatchObject({
      name: 'HIGH CVE-2 in zlib',
      skipped: { message: 'suppressed (policy, expires 2026-07-01): not shipped' },
    });
  });

  it('lists a finding reported by two reports of one tool once', () => {
    const copy = { id: 'DS002', kind: 'misconfiguration' as const, severity: 'HIGH' as const, path: 'Dockerfile' };
    const runs = [run('Trivy', [finding(copy)]), run('Trivy', [finding(copy)])];
    const doc = parse(renderJUnit(runs, evaluate({ runs, policy: DEFAULT_POLICY, now: NOW })));
    expect(doc.testsuites.testsuite).toHaveLength(1);
    expect(doc.testsuites.testsuite[0]?.testcase).toHaveLength(1);
    expect(doc.testsuites.failures).toBe('1');
  });

  it('keeps hostile text intact but escaped, and replaces characters XML cannot carry', () => {
    const evil = 'a<b>&c"d\']]>e\u0001f\u001bg\uD800h';
    const runs = [run('Trivy', [finding({ id: 'CVE-9', severity: 'CRITICAL', package: evil, title: evil })])];
    const xml = renderJUnit(runs, evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }));
    expect(xml).not.toContain(']]>');
    expect(xml).not.toContain('<b>');
    expect(renderJUnitWithXmlBuilder(runs, evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }))).toBe(xml);
    const testcase = parse(xml).testsuites.testsuite[0]?.testcase[0];
    expect(testcase?.name).toBe('CRITICAL CVE-9 in a<b>&c"d\']]>e\uFFFDf\uFFFDg\uFFFDh');
    expect(testcase?.failure?.['#text']).toContain('a<b>&c"d\']]>e\uFFFDf\uFFFDg\uFFFDh');
  });
});

describe('renderJUnit caps and hygiene', () => {
  it('makes the suite name XML-safe: a control character in a driver name keeps the file valid', () => {
    const runs = [run('Evil\u0001Tool\u001b"<x>', [finding({ id: 'R1', severity: 'HIGH', path: 'a.ts' })])];
    const xml = renderJUnit(runs, evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }));
    expect(renderJUnitWithXmlBuilder(runs, evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }))).toBe(xml);
    expect(xml).toContain('<testsuite name="evil\uFFFDtool\uFFFD&quot;&lt;x&gt;"');
    expect(parse(xml).testsuites.testsuite[0]?.name).toBe('evil\uFFFDtool\uFFFD"<x>');
  });

  it('caps failing and skipped cases per suite and says how many were left out', () => {
    const blocking = Array.from({ length: JUNIT_MAX_FAILURES_PER_SUITE + 7 }, (_, i) => finding({ id: `CVE-B${i}`, severity: 'CRITICAL', package: `p${i}` }));
    const suppressed = Array.from({ length: JUNIT_MAX_SKIPPED_PER_SUITE + 3 }, (_, i) => finding({ id: `CVE-S${i}`, severity: 'HIGH', package: 'quiet' }));
    const runs = [run('Trivy', [...blocking, ...suppressed])];
    const policy = { ...DEFAULT_POLICY, suppressions: [{ package: 'quiet', reason: 'not shipped' }] };
    const evaluation = evaluate({ runs, policy, now: NOW });
    const xml = renderJUnit(runs, evaluation);
    expect(renderJUnitWithXmlBuilder(runs, evaluation)).toBe(xml);
    const suite = parse(xml).testsuites.testsuite[0] as Suite;
    const failures = suite.testcase.filter((c) => c.failure);
    const skips = suite.testcase.filter((c) => c.skipped);
    expect(failures).toHaveLength(JUNIT_MAX_FAILURES_PER_SUITE + 1);
    expect(skips).toHaveLength(JUNIT_MAX_SKIPPED_PER_SUITE + 1);
    expect(failures.at(-1)?.name).toBe('trivy: 7 more blocking findings not listed');
    expect(failures.at(-1)?.failure?.message).toContain(`${JUNIT_MAX_FAILURES_PER_SUITE + 7} findings of trivy block the release`);
    expect(skips.at(-1)?.name).toBe('trivy: 3 more suppressed findings not listed');
    expect(Number(suite.failures)).toBe(failures.length);
    expect(Number(suite.skipped)).toBe(skips.length);
    expect(Number(suite.tests)).toBe(suite.testcase.length);
  });

  it('cuts long names, messages and failure texts with a visible ellipsis', () => {
    const long = 'T'.repeat(JUNIT_MAX_TEXT_CHARS * 3);
    const runs = [run('Trivy', [finding({ id: 'CVE-L', severity: 'CRITICAL', package: long, title: long })])];
    const evaluation = evaluate({ runs, policy: DEFAULT_POLICY, now: NOW });
    const xml = renderJUnit(runs, evaluation);
    expect(renderJUnitWithXmlBuilder(runs, evaluation)).toBe(xml);
    const testcase = parse(xml).testsuites.testsuite[0]?.testcase[0] as Case;
    expect(testcase.name).toHaveLength(JUNIT_MAX_ATTRIBUTE_CHARS);
    expect(testcase.name.endsWith('…')).toBe(true);
    expect(testcase.failure?.message).toHaveLength(JUNIT_MAX_ATTRIBUTE_CHARS);
    expect(testcase.failure?.['#text']).toHaveLength(JUNIT_MAX_TEXT_CHARS);
  });
});
