import { describe, expect, it } from 'vitest';
import { NOW, finding, run } from '../policy/builders.test-support.js';
import { evaluate } from '../policy/evaluate.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { loadScenario, scenarioNames } from './scenarios.test-support.js';
import { TERMINAL_MAX_BLOCKING_LINES, renderTerminalSummary, terminalSafe } from './terminal.js';

const ESC = '\u001B';

describe.each(scenarioNames())('terminal golden: %s', (name) => {
  const { verdict } = loadScenario(name).evaluation;

  it('matches testdata/*.expected.txt (no colour)', async () => {
    await expect(renderTerminalSummary(verdict, { color: false })).toMatchFileSnapshot(loadScenario(name).expected('txt'));
  });

  it('has no escape sequences without colour, and only SGR colour codes with it', () => {
    expect(renderTerminalSummary(verdict, { color: false })).not.toContain(ESC);
    const coloured = renderTerminalSummary(verdict, { color: true });
    expect(coloured).toContain(`${ESC}[`);
    // Every ESC starts a colour code we wrote ("ESC[<n>m"); scanned text cannot add others.
    expect(coloured.split(ESC).slice(1).every((part) => /^\[\d+m/.test(part))).toBe(true);
  });
});

describe('renderTerminalSummary', () => {
  it('shows the decision and a table by scanner', () => {
    const text = renderTerminalSummary(loadScenario('mixed-blocked').evaluation.verdict, { color: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('BLOCKED release gate: 2 blocking findings (policy: policy.yml)');
    expect(lines[2]).toMatch(/^SCANNER\s+RESULT\s+BLOCKING\s+CRITICAL\s+HIGH\s+MEDIUM\s+LOW\s+UNKNOWN\s+SUPPRESSED$/);
    expect(lines.find((l) => l.startsWith('trivy'))).toMatch(/^trivy\s+blocked\s+1\s+0\s+1\s+1\s+0\s+1\s+2$/);
  });

  it('lists at most a screenful of blocking findings', () => {
    const results = Array.from({ length: TERMINAL_MAX_BLOCKING_LINES + 3 }, (_, i) => finding({ id: `CVE-${i}`, severity: 'CRITICAL' }));
    const runs = [run('Trivy', results)];
    const text = renderTerminalSummary(evaluate({ runs, policy: DEFAULT_POLICY, now: NOW }).verdict, { color: false });
    expect(text).toContain('…and 3 more');
    expect(text.split('\n').filter((l) => l.startsWith('  CRITICAL'))).toHaveLength(TERMINAL_MAX_BLOCKING_LINES);
  });

  it('neutralizes control characters from scanned text', () => {
    expect(terminalSafe(`a${ESC}]0;pwned\u0007b\u009bc`)).toBe('a?]0;pwned?b?c');
  });
});
