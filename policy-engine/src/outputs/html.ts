/**
 * The HTML report Jenkins users open from the build page (HTML Publisher) or the archived artifacts:
 * what the Markdown summary says, as one self-contained page. No script, no link, no image, no font,
 * nothing fetched: a CSP meta (`default-src 'none'; style-src 'unsafe-inline'`) forbids it even if an
 * escaping bug let markup through. Inline CSS lays tables out as cards on a phone and prints cleanly.
 * Every string that came from a report goes through `text()`: cut, one line, controls and bidi
 * overrides made visible, then HTML-escaped.
 */
import { cutText, printableLine } from '../errors.js';
import {
  SUMMARY_MAX_BLOCKING_ROWS,
  SUMMARY_MAX_CELL_CHARS,
  SUMMARY_MAX_ID_CHARS,
  SUMMARY_MAX_NOTES,
  SUMMARY_MAX_SUPPRESSION_ROWS,
} from '../limits.js';
import type { Severity } from '../sarif/model.js';
import type { AppliedSuppression, FindingSummary, SuppressionRef, Verdict } from '../policy/verdict.js';
import { MORE_BLOCKING_LISTED, findingFix, findingWhere, plural, suppressionOrigin } from './text-cells.js';

/** The page's Content-Security-Policy: inline styles and nothing else, so nothing can run or load. */
export const HTML_REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'";

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes markup characters; safe in element text and in double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] as string);
}

/**
 * Text from a report, ready for the page: cut to `maxChars` ("…" says so), line breaks as spaces,
 * other controls and bidi overrides as visible escapes (\x1b, \u202e), then HTML-escaped.
 */
export function text(value: string | number | undefined, maxChars = SUMMARY_MAX_CELL_CHARS): string {
  if (value === undefined) return '';
  return escapeHtml(printableLine(cutText(String(value), maxChars).replace(/[\r\n]+/g, ' ')));
}

/** Severity → CSS class; a value we do not know gets the neutral style, never markup of its own. */
const SEVERITY_CLASS: Record<Severity, string> = {
  CRITICAL: 'sev-critical',
  HIGH: 'sev-high',
  MEDIUM: 'sev-medium',
  LOW: 'sev-low',
  UNKNOWN: 'sev-unknown',
};

const STYLE = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg-soft:#f6f8fa;--pass:#1a7f37;--block:#cf222e;--warn:#9a6700}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:var(--fg);background:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.6em;margin:0}
h2{font-size:1.25em;margin:28px 0 8px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:1.05em;margin:20px 0 6px}
p{margin:8px 0}
.verdict{border-radius:8px;padding:14px 18px;color:#fff}
.verdict p{margin:4px 0 0;font-size:1.05em}
.verdict.passed{background:var(--pass)}
.verdict.blocked{background:var(--block)}
.policy,.muted,footer{color:var(--muted)}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
td{overflow-wrap:anywhere}
th{background:var(--bg-soft);font-weight:600;white-space:nowrap}
table.counts td.num,table.counts th.num{text-align:right;font-variant-numeric:tabular-nums}
table.counts td,table.counts th{overflow-wrap:normal;word-break:normal;white-space:nowrap}
tr.total td{font-weight:600;background:var(--bg-soft)}
.badge{display:inline-block;border-radius:4px;padding:0 6px;font-weight:600;font-size:.85em;color:#fff;white-space:nowrap}
.sev-critical{background:#8250df}.sev-high{background:var(--block)}.sev-medium{background:#bf8700}.sev-low{background:#0969da}.sev-unknown{background:#6e7781}
.ok{color:var(--pass);font-weight:600}.bad{color:var(--block);font-weight:600}
.cut{font-style:italic;color:var(--muted)}
.attention{color:var(--warn)}
code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em}
@media (min-width:701px){table.findings td:nth-child(-n+3),table.suppressions td:nth-child(3){white-space:nowrap}}
@media (max-width:700px){
main{padding:10px}
table.cards thead{display:none}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards tr{border:1px solid var(--line);border-radius:6px;margin:0 0 10px;padding:4px 0}
table.cards td{border:0;padding:3px 10px}
table.cards td::before{content:attr(data-label);display:block;font-size:.8em;font-weight:600;color:var(--muted)}
table.cards td:empty{display:none}
table.cards.compact tr{display:grid;grid-template-columns:repeat(4,minmax(0,1fr))}
table.cards.compact td{padding:3px 6px;overflow-wrap:normal}
table.cards.compact td.num{text-align:left}
table.cards.compact td:first-child{grid-column:1/-1;font-weight:600}
}
@media print{
body{font-size:10pt}
main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
thead{display:table-header-group}
tr,.verdict{break-inside:avoid}
h2,h3{break-after:avoid}
.scroll{overflow:visible}
}
`.trim();

/**
 * One table: header cells and rows of already-escaped cells. On a phone every table becomes cards
 * (one per row, each cell under its label); the counts table becomes compact four-column cards.
 */
function table(
  header: string[],
  rows: string[][],
  options: { cards?: boolean; numericFrom?: number; totalRow?: boolean; className?: string } = {},
): string {
  const isNumeric = (i: number): boolean => options.numericFrom !== undefined && i >= options.numericFrom;
  const th = header.map((h, i) => `<th scope="col"${isNumeric(i) ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map((cells, r) => {
      const total = options.totalRow && r === rows.length - 1 ? ' class="total"' : '';
      const tds = cells.map((c, i) => `<td data-label="${header[i] ?? ''}"${isNumeric(i) ? ' class="num"' : ''}>${c}</td>`).join('');
      return `<tr${total}>${tds}</tr>`;
    })
    .join('\n');
  const element = `<table class="${options.cards ? 'cards' : 'counts cards compact'}${options.className ? ` ${options.className}` : ''}">\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  // On a desktop a long unbroken token widens its table: it scrolls inside the box, not the page.
  return `<div class="scroll">${element}</div>`;
}

const badge = (severity: Severity): string => `<span class="badge ${SEVERITY_CLASS[severity] ?? 'sev-unknown'}">${text(severity, 16)}</span>`;
const outcome = (passed: boolean, strong = false): string =>
  passed ? `<span class="ok">${strong ? 'PASSED' : 'passed'}</span>` : `<span class="bad">${strong ? 'BLOCKED' : 'blocked'}</span>`;

/** The report, written in pieces (it is bounded by the row caps, but there is no reason to join it). */
export function writeHtmlReport(verdict: Verdict, write: (piece: string) => void): void {
  const headline = verdict.passed ? 'Release gate PASSED' : `Release gate BLOCKED: ${plural(verdict.blocking, 'blocking finding')}`;
  write(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${HTML_REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(headline)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
`);
  write(`<header class="verdict ${verdict.passed ? 'passed' : 'blocked'}">
<h1>${verdict.passed ? '&#10004; Release gate PASSED' : '&#10008; Release gate BLOCKED'}</h1>
<p>${verdict.passed ? 'No finding blocks the release.' : `${plural(verdict.blocking, 'blocking finding')}: the release must not ship until they are fixed or suppressed with a reason.`}</p>
</header>
`);
  const policy = policyLine(verdict);
  if (policy) write(`<p class="policy">${policy}</p>\n`);
  write(countsSection(verdict));
  if (verdict.baseline) {
    const b = verdict.baseline;
    write(`<section>\n<h2>Compared with the baseline</h2>\n<p>New: <strong>${b.new}</strong> · updated (more severe than in the baseline): <strong>${b.updated}</strong> · unchanged: ${b.unchanged} · absent (gone since the baseline): ${b.absent}</p>\n</section>\n`);
  }
  if (verdict.blockingFindings.length > 0) write(blockingSection(verdict));
  write(suppressionSections(verdict));
  const notes = verdict.notes ?? [];
  if (notes.length > 0) {
    const items = notes.slice(0, SUMMARY_MAX_NOTES).map((note) => `<li>${text(note, SUMMARY_MAX_CELL_CHARS * 4)}</li>`);
    if (notes.length > SUMMARY_MAX_NOTES) items.push(`<li class="cut">…and ${notes.length - SUMMARY_MAX_NOTES} more notes (see the verdict JSON).</li>`);
    write(`<section>\n<h2>Notes</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>\n`);
  }
  write(`<footer>\n<p>Evaluated at <span class="mono">${text(verdict.evaluatedAt, 40)}</span> by srp.</p>\n</footer>\n</main>\n</body>\n</html>\n`);
}

function policyLine(verdict: Verdict): string {
  const p = verdict.policy;
  if (!p) return '';
  const parts = [
    `Policy: ${p.source === 'default' ? 'default' : `<code>${text(p.source)}</code>`}`,
    `blocks ${p.blockingSeverities.length > 0 ? p.blockingSeverities.map((s) => text(s, 16)).join(', ') : 'no severity'}`,
  ];
  if (p.secretsAlwaysBlock) parts.push('every secret blocks');
  if (p.ignoreUnfixed) parts.push('unfixed vulnerabilities do not block');
  if (p.newFindingsOnly) parts.push('only new findings block (with a baseline)');
  if (p.hasOverrides) parts.push('with per-scanner or per-kind overrides');
  return `${parts.join(' · ')}.`;
}

function countsSection(verdict: Verdict): string {
  const rows = Object.keys(verdict.byScanner)
    .sort()
    .map((name) => {
      const s = verdict.byScanner[name]!;
      const c = s.counts;
      return [text(name), outcome(s.passed), ...[s.blocking, c.critical, c.high, c.medium, c.low, c.unknown, s.suppressed].map(String)];
    });
  const c = verdict.counts;
  rows.push(['all', outcome(verdict.passed, true), ...[verdict.blocking, c.critical, c.high, c.medium, c.low, c.unknown, verdict.suppressed].map(String)]);
  const header = ['Scanner', 'Result', 'Blocking', 'Critical', 'High', 'Medium', 'Low', 'Unknown', 'Suppressed'];
  return `<section>
<h2>Findings by scanner</h2>
${table(header, rows, { numericFrom: 2, totalRow: true })}
<p class="muted">Severity counts leave out suppressed findings. ${plural(verdict.total, 'finding')} in total.</p>
</section>
`;
}

function blockingSection(verdict: Verdict): string {
  const withBaseline = verdict.baseline !== undefined;
  const header = ['Severity', 'Scanner', 'Id', 'Title', 'Where', 'Fix or resolution'];
  if (withBaseline) header.push('Baseline');
  const shown = verdict.blockingFindings.slice(0, SUMMARY_MAX_BLOCKING_ROWS);
  const rows = shown.map((f: FindingSummary) => {
    const cells = [badge(f.severity), text(f.scanner), `<span class="mono">${text(f.id)}</span>`, text(f.title), text(findingWhere(f)), text(findingFix(f))];
    if (withBaseline) cells.push(text(f.baselineState));
    return cells;
  });
  const more = verdict.blockingFindings.length - shown.length;
  return `<section>
<h2>Blocking findings (${verdict.blockingFindings.length})</h2>
${table(header, rows, { cards: true, className: 'findings' })}
${more > 0 ? `<p class="cut">…and ${more} more blocking findings; ${MORE_BLOCKING_LISTED}.</p>\n` : ''}</section>
`;
}

function suppressionSections(verdict: Verdict): string {
  const { applied, expiringSoon, expired, unused } = verdict.suppressions;
  if (applied.length + expired.length + unused.length === 0) return '';
  const out: string[] = ['<section>', '<h2>Suppressions</h2>'];
  out.push(
    `<p>${plural(applied.length, 'suppression')} applied (${plural(verdict.suppressed, 'finding')} suppressed) · ${expiringSoon.length > 0 ? `<strong class="attention">${expiringSoon.length} expiring soon</strong>` : '0 expiring soon'} · ${expired.length} expired · ${unused.length} unused</p>`,
  );
  const section = (title: string, items: (SuppressionRef | AppliedSuppression)[], withMatched: boolean): void => {
    if (items.length === 0) return;
    out.push(`<h3>${title}</h3>`);
    const header = ['Matcher', 'Reason', 'Expires', 'From'];
    if (withMatched) header.push('Findings');
    const rows = items.slice(0, SUMMARY_MAX_SUPPRESSION_ROWS).map((s) => {
      const cells = [`<span class="mono">${text(s.id, SUMMARY_MAX_ID_CHARS)}</span>`, text(s.reason), text(s.expires, 40), text(suppressionOrigin(s))];
      if (withMatched) cells.push(String('matched' in s ? s.matched : 0));
      return cells;
    });
    out.push(table(header, rows, { cards: true, className: 'suppressions' }));
    if (items.length > rows.length) out.push(`<p class="cut">…and ${items.length - rows.length} more (see the verdict JSON).</p>`);
  };
  section('Expiring soon: renew with a new reason, or fix the finding', expiringSoon, false);
  section('Expired: no longer applied, the findings they covered are gated again', expired, true);
  section('Unused: matched nothing in this scan, consider removing', unused, false);
  section('Applied', applied, true);
  out.push('</section>');
  return `${out.join('\n')}\n`;
}
