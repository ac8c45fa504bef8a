/**
 * The Markdown summary a reviewer reads first (Jenkins build page, GitHub job summary): the decision,
 * counts by scanner and severity, every blocking finding with its fix, and the suppressions that
 * need attention. Every table cell is escaped: ids, paths and titles come from scanned content.
 */
import { UNPRINTABLE, cutText } from '../errors.js';
import {
  SUMMARY_MAX_BLOCKING_ROWS,
  SUMMARY_MAX_BLOCKING_TABLE_CHARS,
  SUMMARY_MAX_CELL_CHARS,
  SUMMARY_MAX_ID_CHARS,
  SUMMARY_MAX_NOTES,
  SUMMARY_MAX_SUPPRESSION_ROWS,
} from '../limits.js';
import type { AppliedSuppression, FindingSummary, SuppressionRef, Verdict } from '../policy/verdict.js';
import { MORE_BLOCKING_LISTED, findingFix, findingWhere, plural, suppressionOrigin } from './text-cells.js';

/** Rows beyond these are counted, not shown (limits.ts says why). */
export const MARKDOWN_MAX_BLOCKING_ROWS = SUMMARY_MAX_BLOCKING_ROWS;
export const MARKDOWN_MAX_SUPPRESSION_ROWS = SUMMARY_MAX_SUPPRESSION_ROWS;

const ICON = { CRITICAL: '🔴', HIGH: '🟠', MEDIUM: '🟡', LOW: '🔵', UNKNOWN: '⚪' } as const;

/** HTML and Markdown syntax a cell escapes. */
const MD_ESCAPED = /[&<>\\|`*_[\]]/g;
/** Anything mdCell changes after the cut (line breaks are UNPRINTABLE too). */
const MD_CELL_CHANGES = new RegExp(`${UNPRINTABLE.source}|${MD_ESCAPED.source}`);

function escapeMarkdownChar(c: string): string {
  if (c === '&') return '&amp;';
  if (c === '<') return '&lt;';
  if (c === '>') return '&gt;';
  return `\\${c}`;
}

/**
 * Escapes text for a GFM table cell: no pipes, newlines, HTML or emphasis can leak out of it. Cut to
 * `maxChars` first (a 1 MB title must not fill the step summary), with "…" saying so.
 */
export function mdCell(text: string | number | undefined, maxChars = SUMMARY_MAX_CELL_CHARS): string {
  if (text === undefined || text === '') return '';
  const cut = cutText(String(text), maxChars);
  // Most cells (ids, versions, paths) hold none of it: one test instead of five passes.
  if (!MD_CELL_CHANGES.test(cut)) return cut;
  return (
    cut
      .replace(/[\r\n]+/g, ' ')
      // Other control characters (ESC, NUL, ...) and bidi overrides have no business in a summary a
      // browser renders: they drive terminals or reorder what the reviewer reads.
      .replace(UNPRINTABLE, '\uFFFD')
      // One pass: no replacement brings in a character another one escapes.
      .replace(MD_ESCAPED, escapeMarkdownChar)
  );
}

function row(cells: (string | number | undefined)[]): string {
  return `| ${cells.map((c) => (typeof c === 'number' ? String(c) : (c ?? ''))).join(' | ')} |`;
}

function table(header: string[], rows: string[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows];
}

export function renderMarkdownSummary(verdict: Verdict): string {
  const out: string[] = [];
  out.push(
    verdict.passed
      ? '## ✅ Release gate PASSED'
      : `## ❌ Release gate BLOCKED: ${plural(verdict.blocking, 'blocking finding')}`,
  );
  out.push('');
  out.push(policyLine(verdict));
  out.push('');

  out.push('### Findings by scanner');
  out.push('');
  const scannerRows = Object.keys(verdict.byScanner)
    .sort()
    .map((name) => {
      const s = verdict.byScanner[name]!;
      return row([mdCell(name), s.passed ? '✅ passed' : '❌ blocked', s.blocking, s.counts.critical, s.counts.high, s.counts.medium, s.counts.low, s.counts.unknown, s.suppressed]);
    });
  const c = verdict.counts;
  scannerRows.push(
    row(['**all**', verdict.passed ? '✅ **passed**' : '❌ **blocked**', verdict.blocking, c.critical, c.high, c.medium, c.low, c.unknown, verdict.suppressed]),
  );
  out.push(...table(['Scanner', 'Result', 'Blocking', 'Critical', 'High', 'Medium', 'Low', 'Unknown', 'Suppressed'], scannerRows));
  out.push('');
  out.push(`Severity counts leave out suppressed findings. ${plural(verdict.total, 'finding')} in total.`);
  out.push('');

  if (verdict.baseline) {
    const b = verdict.baseline;
    out.push('### Compared with the baseline');
    out.push('');
    out.push(`New: **${b.new}** · updated (more severe than in the baseline): **${b.updated}** · unchanged: ${b.unchanged} · absent (gone since the baseline): ${b.absent}`);
    out.push('');
  }

  if (verdict.blockingFindings.length > 0) {
    out.push(`### Blocking findings (${verdict.blockingFindings.length})`);
    out.push('');
    const withBaseline = verdict.baseline !== undefined;
    const header = ['Severity', 'Scanner', 'Id', 'Title', 'Where', 'Fix or resolution'];
    if (withBaseline) header.push('Baseline');
    // Rows stop at a count and at a size: escaping can make a capped cell five times longer.
    const rows: string[] = [];
    let size = 0;
    for (const f of verdict.blockingFindings) {
      if (rows.length >= MARKDOWN_MAX_BLOCKING_ROWS || size > SUMMARY_MAX_BLOCKING_TABLE_CHARS) break;
      const line = blockingRow(f, withBaseline);
      rows.push(line);
      size += line.length + 1;
    }
    out.push(...table(header, rows));
    if (verdict.blockingFindings.length > rows.length) {
      out.push('');
      out.push(
        `…and ${verdict.blockingFindings.length - rows.length} more blocking findings; ${MORE_BLOCKING_LISTED}.`,
      );
    }
    out.push('');
  }

  out.push(...suppressionSections(verdict));

  if (verdict.notes && verdict.notes.length > 0) {
    out.push('### Notes');
    out.push('');
    for (const note of verdict.notes.slice(0, SUMMARY_MAX_NOTES)) out.push(`- ${mdCell(note, SUMMARY_MAX_CELL_CHARS * 4)}`);
    if (verdict.notes.length > SUMMARY_MAX_NOTES) out.push(`- …and ${verdict.notes.length - SUMMARY_MAX_NOTES} more notes (see the verdict JSON).`);
    out.push('');
  }
  out.push(`<sub>Evaluated at ${mdCell(verdict.evaluatedAt)} by srp.</sub>`);
  return `${out.join('\n')}\n`;
}

function policyLine(verdict: Verdict): string {
  const p = verdict.policy;
  if (!p) return '';
  const parts = [
    `Policy: ${p.source === 'default' ? 'default' : `\`${cutText(p.source, SUMMARY_MAX_CELL_CHARS).replace(/`/g, "'").replace(UNPRINTABLE, '\uFFFD')}\``}`,
    `blocks ${p.blockingSeverities.length > 0 ? p.blockingSeverities.join(', ') : 'no severity'}`,
  ];
  if (p.secretsAlwaysBlock) parts.push('every secret blocks');
  if (p.ignoreUnfixed) parts.push('unfixed vulnerabilities do not block');
  if (p.newFindingsOnly) parts.push('only new findings block (with a baseline)');
  if (p.hasOverrides) parts.push('with per-scanner or per-kind overrides');
  return `${parts.join(' · ')}.`;
}

/** row() of the finding's cells, written out: up to 1000 rows, no array per row. */
function blockingRow(f: FindingSummary, withBaseline: boolean): string {
  const cells = `| ${ICON[f.severity]} ${f.severity} | ${mdCell(f.scanner)} | ${mdCell(f.id)} | ${mdCell(f.title)} | ${mdCell(findingWhere(f))} | ${mdCell(findingFix(f))} |`;
  return withBaseline ? `${cells} ${mdCell(f.baselineState)} |` : cells;
}

function suppressionSections(verdict: Verdict): string[] {
  const { applied, expiringSoon, expired, unused } = verdict.suppressions;
  if (applied.length + expired.length + unused.length === 0) return [];
  const out: string[] = ['### Suppressions', ''];
  out.push(
    `${plural(applied.length, 'suppression')} applied (${plural(verdict.suppressed, 'finding')} suppressed) · ${expiringSoon.length} expiring soon · ${expired.length} expired · ${unused.length} unused`,
  );
  out.push('');
  const section = (title: string, items: (SuppressionRef | AppliedSuppression)[], withMatched: boolean): void => {
    if (items.length === 0) return;
    out.push(`**${title}**`);
    out.push('');
    const shown = items.slice(0, MARKDOWN_MAX_SUPPRESSION_ROWS);
    const header = ['Matcher', 'Reason', 'Expires', 'From'];
    if (withMatched) header.push('Findings');
    out.push(
      ...table(
        header,
        shown.map((s) => {
          const cells: (string | number)[] = [mdCell(s.id, SUMMARY_MAX_ID_CHARS), mdCell(s.reason), mdCell(s.expires), mdCell(suppressionOrigin(s))];
          if (withMatched) cells.push('matched' in s ? s.matched : 0);
          return row(cells);
        }),
      ),
    );
    if (items.length > shown.length) out.push('', `…and ${items.length - shown.length} more (see the verdict JSON).`);
    out.push('');
  };
  section('⏳ Expiring soon: renew with a new reason, or fix the finding', expiringSoon, false);
  section('⌛ Expired: no longer applied, the findings they covered are gated again', expired, true);
  section('🧹 Unused: matched nothing in this scan, consider removing', unused, false);
  section('Applied', applied, true);
  return out;
}
