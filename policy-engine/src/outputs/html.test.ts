import { describe, expect, it } from 'vitest';
import { NOW, finding, run } from '../policy/builders.test-support.js';
import { evaluate } from '../policy/evaluate.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { SUMMARY_MAX_BLOCKING_ROWS, SUMMARY_MAX_CELL_CHARS } from '../limits.js';
import { HTML_REPORT_CSP, escapeHtml, text } from './html.js';
import { renderHtmlReport } from './render.test-support.js';
import { loadScenario, scenarioNames } from './scenarios.test-support.js';

/**
 * What would make the page run or fetch anything; none of it may appear, whatever the report says.
 * Report text has `<` escaped, so every real tag is a `<...>` run, and only tags and the style
 * element are inspected (escaped text may well say "onerror=").
 */
function activeContent(html: string): string[] {
  const tags = html.match(/<[^>]*>/g) ?? [];
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
  const found = new Set<string>();
  const allowed = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'footer', 'section', 'h1', 'h2', 'h3', 'p', 'div', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'strong', 'code', 'ul', 'li', '!doctype']);
  for (const tag of tags) {
    const name = /^<\/?([!a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase() ?? tag;
    if (!allowed.has(name)) found.add(`element ${name}`);
    if (/\son[a-z]+\s*=/i.test(tag)) found.add('event handler attribute');
    if (/\s(?:href|src|srcset|action|formaction|poster|data|background)\s*=/i.test(tag)) found.add('link or source attribute');
    if (/http-equiv="refresh"/i.test(tag)) found.add('meta refresh');
  }
  if (/url\(|@import|@font-face/i.test(style)) found.add('CSS that loads');
  return [...found];
}

describe.each(scenarioNames())('HTML golden: %s', (name) => {
  const scenario = loadScenario(name);
  const html = renderHtmlReport(scenario.evaluation.verdict);

  it('matches testdata/*.expected.html', async () => {
    await expect(html).toMatchFileSnapshot(scenario.expected('html'));
  });

  it('is one self-contained page: strict CSP first, inline CSS, nothing that runs or loads', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">`);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media print');
    expect(html).toContain('@media (max-width:700px)');
    expect(activeContent(html)).toEqual([]);
  });

  it('says what the Markdown summary says: verdict, counts and every blocking finding', () => {
    const verdict = scenario.evaluation.verdict;
    expect(html).toContain(verdict.passed ? 'Release gate PASSED' : 'Release gate BLOCKED');
    expect(html).toContain(`${verdict.total} finding`);
    for (const f of verdict.blockingFindings) expect(html).toContain(text(f.id));
    expect(html.match(/<tr>/g)?.length ?? 0).toBeGreaterThan(Object.keys(verdict.byScanner).length);
  });
});

describe('renderHtmlReport', () => {
  it('renders hostile strings as text: markup escaped, controls and bidi overrides visible', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a> \u202Eexe.txt \u001b[31m';
    const runs = [run('Trivy', [finding({ id: 'CVE-X', severity: 'CRITICAL', package: hostile, title: hostile })])];
    const html = renderHtmlReport(evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }).verdict);
    expect(activeContent(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(html).toContain('\\u202eexe.txt \\x1b[31m');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/);
  });

  it('escapes the five markup characters', () => {
    expect(escapeHtml(`<a b="c" d='e'>&`)).toBe('&lt;a b=&quot;c&quot; d=&#39;e&#39;&gt;&amp;');
  });

  it('caps rows and cells and says what was cut', () => {
    const results = Array.from({ length: SUMMARY_MAX_BLOCKING_ROWS + 4 }, (_, i) =>
      finding({ id: `CVE-${i}`, severity: 'HIGH', package: `p${i}`, title: 'T'.repeat(SUMMARY_MAX_CELL_CHARS * 2) }),
    );
    const runs = [run('Trivy', results)];
    const html = renderHtmlReport(evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }).verdict);
    expect(html).toContain('…and 4 more blocking findings; the verdict JSON lists the first 10000, the SARIF log up to 25000 per tool.');
    expect(html).toContain(`${'T'.repeat(SUMMARY_MAX_CELL_CHARS - 1)}…</td>`);
    expect(html).not.toContain('T'.repeat(SUMMARY_MAX_CELL_CHARS));
    expect(html.match(/<span class="badge sev-high">/g)).toHaveLength(SUMMARY_MAX_BLOCKING_ROWS);
  });
});
