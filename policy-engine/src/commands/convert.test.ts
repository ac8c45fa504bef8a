import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GITHUB_MAX_RUNS_PER_FILE } from '../limits.js';
import { runConvertCommand } from './convert.js';
import type { CommandContext } from './context.js';

const dir = mkdtempSync(join(tmpdir(), 'srp-convert-'));

function context(stderr: string[]): CommandContext {
  return { env: {}, cwd: dir, now: () => new Date('2026-12-01T00:00:00Z'), color: false, stdout: () => {}, stderr: (line) => stderr.push(line) };
}

/** A SARIF log with one run per tool, one error result each. */
function sarifWithTools(count: number): string {
  const runs = Array.from({ length: count }, (_, i) => ({
    tool: { driver: { name: `tool-${i}`, rules: [{ id: 'R1' }] } },
    results: [{ ruleId: 'R1', level: 'error', message: { text: 'x' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.txt' } } }] }],
  }));
  return JSON.stringify({ version: '2.1.0', runs });
}

describe('srp convert', () => {
  it('says on stderr which results GitHub caps left out of the log, never silently', async () => {
    const input = join(dir, 'many.sarif');
    writeFileSync(input, sarifWithTools(GITHUB_MAX_RUNS_PER_FILE + 3));
    const stderr: string[] = [];
    expect(await runConvertCommand(['--sarif', join(dir, 'out.sarif'), input], context(stderr))).toBe(0);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: unknown[] };
    expect(log.runs).toHaveLength(GITHUB_MAX_RUNS_PER_FILE);
    expect(stderr).toEqual([
      `srp: wrote ${join(dir, 'out.sarif')} (20 run(s), 20 result(s))`,
      'srp: note: 3 of 23 results (3 of 23 runs) are not in the log: GitHub code scanning accepts at most 20 runs per file and 25000 results per run (the log\'s notifications say what was cut); srp gate evaluates them all',
    ]);
  });

  it('adds no note when everything fits', async () => {
    const input = join(dir, 'few.sarif');
    writeFileSync(input, sarifWithTools(2));
    const stderr: string[] = [];
    expect(await runConvertCommand(['--sarif', join(dir, 'few-out.sarif'), input], context(stderr))).toBe(0);
    expect(stderr).toEqual([`srp: wrote ${join(dir, 'few-out.sarif')} (2 run(s), 2 result(s))`]);
  });
});
