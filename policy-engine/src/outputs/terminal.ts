/**
 * The summary printed at the end of `srp gate`: the decision, a table by scanner and severity, and
 * the first blocking findings. Colour only when the CLI says so (TTY and no NO_COLOR). Scanned text
 * is stripped of control characters so a package name cannot drive the terminal.
 */
import type { Severity } from '../sarif/model.js';
import type { Verdict } from '../policy/verdict.js';
import { UNPRINTABLE, cutText } from '../errors.js';
import { SUMMARY_MAX_ID_CHARS } from '../limits.js';
import { findingFix, findingWhere, plural, suppressionOrigin } from './text-cells.js';

export const TERMINAL_MAX_BLOCKING_LINES = 20;

export interface TerminalOptions {
  color: boolean;
}

const CODES = { red: '31', green: '32', yellow: '33', blue: '34', magenta: '35', bold: '1', dim: '2' } as const;
type Style = keyof typeof CODES;

const SEVERITY_STYLE: Record<Severity, Style> = {
  CRITICAL: 'magenta',
  HIGH: 'red',
  MEDIUM: 'yellow',
  LOW: 'blue',
  UNKNOWN: 'dim',
};

/**
 * C0/C1 controls (ESC included), line separators and bidi overrides become '?': the text was
 * written by whoever published the package.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNPRINTABLE, '?');
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

export function renderTerminalSummary(verdict: Verdict, options: TerminalOptions): string {
  const paint = (style: Style, text: string): string => (options.color ? `\u001B[${CODES[style]}m${text}\u001B[0m` : text);
  const lines: string[] = [];

  const policy = verdict.policy ? ` (policy: ${terminalSafe(verdict.policy.source)})` : '';
  lines.push(
    verdict.passed
      ? `${paint('green', paint('bold', 'PASSED'))} release gate: no blocking findings${policy}`
      : `${paint('red', paint('bold', 'BLOCKED'))} release gate: ${plural(verdict.blocking, 'blocking finding')}${policy}`,
  );
  lines.push('');

  const header = ['SCANNER', 'RESULT', 'BLOCKING', 'CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN', 'SUPPRESSED'];
  const rows: { cells: string[]; passed: boolean }[] = Object.keys(verdict.byScanner)
    .sort()
    .map((name) => {
      const s = verdict.byScanner[name]!;
      const c = s.counts;
      return {
        cells: [terminalSafe(name), s.passed ? 'passed' : 'blocked', s.blocking, c.critical, c.high, c.medium, c.low, c.unknown, s.suppressed].map(String),
        passed: s.passed,
      };
    });
  const c = verdict.counts;
  rows.push({
    cells: ['all', verdict.passed ? 'passed' : 'blocked', verdict.blocking, c.critical, c.high, c.medium, c.low, c.unknown, verdict.suppressed].map(String),
    passed: verdict.passed,
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length)));
  const format = (cells: string[]): string =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  lines.push(paint('bold', format(header)));
  for (const r of rows) {
    const text = format(r.cells);
    // Colour only the RESULT column so the numbers stay aligned and readable.
    const start = (widths[0] ?? 0) + 2;
    const end = start + (widths[1] ?? 0);
    lines.push(`${text.slice(0, start)}${paint(r.passed ? 'green' : 'red', text.slice(start, end))}${text.slice(end)}`);
  }

  if (verdict.blockingFindings.length > 0) {
    lines.push('');
    lines.push(paint('bold', 'Blocking findings:'));
    for (const f of verdict.blockingFindings.slice(0, TERMINAL_MAX_BLOCKING_LINES)) {
      const where = findingWhere(f);
      const fix = findingFix(f);
      lines.push(
        `  ${paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8))}  ${terminalSafe(f.scanner).padEnd(8)}  ${terminalSafe(f.id)}` +
          `${where ? `  ${truncate(terminalSafe(where), 60)}` : ''}${fix ? paint('dim', `  → ${truncate(terminalSafe(fix), 80)}`) : ''}` +
          `${f.baselineState === 'new' || f.baselineState === 'updated' ? paint('yellow', `  [${f.baselineState}]`) : ''}`,
      );
    }
    const more = verdict.blockingFindings.length - TERMINAL_MAX_BLOCKING_LINES;
    if (more > 0) lines.push(`  …and ${more} more (full list in the --summary / --json outputs)`);
  }

  const { applied, expiringSoon, expired, unused } = verdict.suppressions;
  if (applied.length + expired.length + unused.length > 0) {
    lines.push('');
    lines.push(
      `Suppressions: ${applied.length} applied (${plural(verdict.suppressed, 'finding')}) · ${expiringSoon.length} expiring soon · ${expired.length} expired · ${unused.length} unused`,
    );
    for (const s of expiringSoon) lines.push(paint('yellow', `  expiring ${s.expires}: ${terminalSafe(cutText(s.id, SUMMARY_MAX_ID_CHARS))} from ${terminalSafe(suppressionOrigin(s))}`));
    for (const s of expired) lines.push(paint('red', `  expired ${s.expires}: ${terminalSafe(cutText(s.id, SUMMARY_MAX_ID_CHARS))} from ${terminalSafe(suppressionOrigin(s))}`));
  }
  if (verdict.baseline) {
    const b = verdict.baseline;
    lines.push('');
    lines.push(`Baseline: ${b.new} new · ${b.updated} updated · ${b.unchanged} unchanged · ${b.absent} absent`);
  }
  for (const note of verdict.notes ?? []) lines.push(paint('yellow', `Note: ${terminalSafe(note)}`));
  return `${lines.join('\n')}\n`;
}
