/**
 * The Markdown summary a reviewer reads first (Jenkins build page, GitHub job summary): the decision,
 * counts by scanner and severity, every blocking finding with its fix, and the suppressions that
 * need attention. Every table cell is escaped: ids, paths and titles come from scanned content.
 */
import type { AppliedSuppression, FindingSummary, SuppressionRef, Verdict } from '../policy/verdict.js';
import { findingFix, findingWhere, plural, suppressionOrigin } from './text-cells.js';

/**
 * GitHub caps a step summary at 1 MiB; at ~200 bytes a row, 1000 rows leave room for the rest.
 * Rows beyond this are counted, not shown: the verdict JSON and the SARIF log list them all.
 */
export const MARKDOWN_MAX_BLOCKING_ROWS = 1000;
export const MARKDOWN_MAX_SUPPRESSION_ROWS = 200;

const ICON = { CRITICAL: '🔴', HIGH: '🟠', MEDIUM: '🟡', LOW: '🔵', UNKNOWN: '⚪' } as const;

/** Escapes text for a GFM table cell: no pipes, newlines, HTML or emphasis can leak out of it. */
export function mdCell(text: string | number | undefined): string {
  if (text === undefined || text === '') return '';
  return String(text)
    .replace(/[\r\n]+/g, ' ')
    // Other control characters (ESC, NUL, ...) have no business in a summary a browser renders.
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\|`*_[\]])/g, '\\$1');
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
    out.push(`New: **${b.new}** · unchanged: ${b.unchanged} · absent (gone since the baseline): ${b.absent}`);
    out.push('');
  }

  if (verdict.blockingFindings.length > 0) {
    out.push(`### Blocking findings (${verdict.blockingFindings.length})`);
    out.push('');
    const shown = verdict.blockingFindings.slice(0, MARKDOWN_MAX_BLOCKING_ROWS);
    const withBaseline = verdict.baseline !== undefined;
    const header = ['Severity', 'Scanner', 'Id', 'Title', 'Where', 'Fix or resolution'];
    if (withBaseline) header.push('Baseline');
    out.push(...table(header, shown.map((f) => blockingRow(f, withBaseline))));
    if (verdict.blockingFindings.length > shown.length) {
      out.push('');
      out.push(
        `…and ${verdict.blockingFindings.length - shown.length} more blocking findings, listed in the verdict JSON and the SARIF log.`,
      );
    }
    out.push('');
  }

  out.push(...suppressionSections(verdict));

  if (verdict.notes && verdict.notes.length > 0) {
    out.push('### Notes');
    out.push('');
    for (const note of verdict.notes) out.push(`- ${mdCell(note)}`);
    out.push('');
  }
  out.push(`<sub>Evaluated at ${mdCell(verdict.evaluatedAt)} by srp.</sub>`);
  return `${out.join('\n')}\n`;
}

function policyLine(verdict: Verdict): string {
  const p = verdict.policy;
  if (!p) return '';
  const parts = [
    `Policy: ${p.source === 'default' ? 'default' : `\`${p.source.replace(/`/g, "'")}\``}`,
    `blocks ${p.blockingSeverities.length > 0 ? p.blockingSeverities.join(', ') : 'no severity'}`,
  ];
  if (p.secretsAlwaysBlock) parts.push('every secret blocks');
  if (p.ignoreUnfixed) parts.push('unfixed vulnerabilities do not block');
  if (p.newFindingsOnly) parts.push('only new findings block (with a baseline)');
  if (p.hasOverrides) parts.push('with per-scanner or per-kind overrides');
  return `${parts.join(' · ')}.`;
}

function blockingRow(f: FindingSummary, withBaseline: boolean): string {
  const cells: (string | number)[] = [
    `${ICON[f.severity]} ${f.severity}`,
    mdCell(f.scanner),
    mdCell(f.id),
    mdCell(f.title),
    mdCell(findingWhere(f)),
    mdCell(findingFix(f)),
  ];
  if (withBaseline) cells.push(mdCell(f.baselineState));
  return row(cells);
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
          const cells: (string | number)[] = [mdCell(s.id), mdCell(s.reason), mdCell(s.expires), mdCell(suppressionOrigin(s))];
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
