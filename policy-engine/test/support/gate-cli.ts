/**
 * Helpers for CLI tests of `srp gate` on inputs written into one scratch directory: write a file,
 * run the bundle there, and assert the fail-closed answer (exit 2, one line, no stack).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type SrpRun, runSrp } from './run-srp.js';

export type GateRun = SrpRun & { lines: string[] };

export function gateCli(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    /** Writes text as is, anything else as JSON; returns the path. */
    write(name: string, value: unknown): string {
      const path = join(dir, name);
      writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
      return path;
    },
    gate(...args: string[]): GateRun {
      const run = runSrp(['gate', '--quiet', ...args], { cwd: dir });
      return { ...run, lines: run.stderr.split('\n').filter((l) => l !== '') };
    },
  };
}

export function expectInputError(run: GateRun, ...mentions: string[]): void {
  expect(run.status, run.stderr).toBe(2);
  expect(run.lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  for (const text of mentions) expect(run.lines[0]).toContain(text);
}
