import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNPRINTABLE, cutText } from '../errors.js';
import { NOW, finding, run } from '../policy/builders.test-support.js';
import { evaluate } from '../policy/evaluate.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { SUMMARY_MAX_CELL_CHARS, SUMMARY_MAX_ID_CHARS } from '../limits.js';
import { MARKDOWN_MAX_BLOCKING_ROWS, mdCell, renderMarkdownSummary } from './markdown.js';
import { loadScenario, scenarioNames } from './scenarios.test-support.js';

describe.each(scenarioNames())('Markdown golden: %s', (name) => {
  const scenario = loadScenario(name);
  const md = renderMarkdownSummary(scenario.evaluation.verdict);

  it('matches testdata/*.expected.md', async () => {
    await expect(md).toMatchFileSnapshot(scenario.expected('md'));
  });

  it('every table row has exactly as many cells as its header', () => {
    const lines = md.split('\n');
    let columns = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      // Split on pipes that are not escaped.
      const cells = line.split(/(?<!\\)\|/).length - 2;
      if (columns === 0) columns = cells;
      expect(cells, `line ${i + 1}: ${line}`).toBe(columns);
    }
  });
});

describe('renderMarkdownSummary', () => {
  it('escapes table cells: pipes, newlines, HTML and emphasis stay inside the cell', () => {
    expect(mdCell('a|b\nc <img src=x> *d* _e_ `f` [g](h) \\')).toBe(
      'a\\|b c &lt;img src=x&gt; \\*d\\* \\_e\\_ \\`f\\` \\[g\\](h) \\\\',
    );
  });

  it('replaces control characters, so no escape sequence reaches a terminal or browser', () => {
    expect(mdCell('a\u001b[31mb\u0000c')).toBe('a\uFFFD\\[31mb\uFFFDc');
  });

  it('shows the headline, every blocking finding with its fix, and suppressions that need attention', () => {
    const scenario = loadScenario('mixed-blocked');
    const md = renderMarkdownSummary(scenario.evaluation.verdict);
    expect(md.split('\n')[0]).toBe('## ❌ Release gate BLOCKED: 2 blocking findings');
    expect(md).toContain('| 🟠 HIGH | trivy | DS002 | Image user should not be root | Dockerfile:1 | Add \'USER &lt;non root user name&gt;\' line to the Dockerfile |');
    expect(md).toContain('remove it from code and history, then rotate it');
    expect(md).toMatch(/Expiring soon[\s\S]*CVE-2019-14697 package=musl/);
    expect(md).toMatch(/Expired[\s\S]*DS002/);
    expect(md).toMatch(/Unused[\s\S]*package=left-pad/);
  });

  it('says PASSED when nothing blocks', () => {
    const md = renderMarkdownSummary(loadScenario('passed-clean').evaluation.verdict);
    expect(md.startsWith('## ✅ Release gate PASSED\n')).toBe(true);
    expect(md).not.toContain('### Blocking findings');
  });

  it('caps the blocking table and says how many more there are', () => {
    const results = Array.from({ length: MARKDOWN_MAX_BLOCKING_ROWS + 5 }, (_, i) => finding({ id: `CVE-${i}`, severity: 'HIGH', package: `p${i}` }));
    const runs = [run('Trivy', results)];
    const md = renderMarkdownSummary(evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }).verdict);
    expect(md).toContain('…and 5 more blocking findings');
    expect(md.split('\n').filter((l) => l.startsWith('| 🟠 HIGH'))).toHaveLength(MARKDOWN_MAX_BLOCKING_ROWS);
  });

  it('cuts long cells and suppression ids with an ellipsis, and neutralises bidi overrides', () => {
    const long = `${'A'.repeat(SUMMARY_MAX_CELL_CHARS * 10)}`;
    expect(mdCell(long)).toBe(`${'A'.repeat(SUMMARY_MAX_CELL_CHARS - 1)}…`);
    expect(mdCell('safe\u202Etxt.exe\u2066x\u2028y')).toBe('safe\uFFFDtxt.exe\uFFFDx\uFFFDy');
    const id = `CVE-${'9'.repeat(5000)}`;
    const runs = [run('Trivy', [finding({ id: 'CVE-1', severity: 'LOW', package: 'p' })])];
    const verdict = evaluate({ runs, policy: { ...DEFAULT_POLICY, suppressions: [{ id, reason: 'r'.repeat(5000) }] }, now: NOW }).verdict;
    const md = renderMarkdownSummary(verdict);
    expect(md).toContain(`| ${id.slice(0, SUMMARY_MAX_ID_CHARS - 1)}… | ${'r'.repeat(SUMMARY_MAX_CELL_CHARS - 1)}… |`);
    expect(md.length).toBeLessThan(5000);
  });
});

describe('mdCell fast path', () => {
  /** mdCell as it was first written: five passes over every cell. */
  const reference = (text: string, maxChars: number): string =>
    cutText(text, maxChars)
      .replace(/[\r\n]+/g, ' ')
      .replace(UNPRINTABLE, '\uFFFD')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\|`*_[\]])/g, '\\$1');

  it('gives what the five replacements give, for text that needs them and text that does not', () => {
    const alphabet = ['a', ' ', '-', '.', '/', '\r', '\n', '\u0000', '\u001b', '\u0085', '\u202e', '\u2028', '&', '<', '>', '\\', '|', '`', '*', '_', '[', ']', '(', '#', '\uD83D', '\uDE00'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 35 }), (t, max) => {
        expect(mdCell(t, max)).toBe(t === '' ? '' : reference(t, max));
      }),
      { numRuns: 3000 },
    );
  });
});
