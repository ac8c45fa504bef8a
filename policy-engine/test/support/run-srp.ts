/** Runs the built bundle (dist/srp.cjs) as users and Jenkins do: a separate `node` process. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ENGINE_DIR } from '../../src/paths.test-support.js';

export const SRP_BUNDLE = join(ENGINE_DIR, 'dist', 'srp.cjs');

export interface SrpRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runSrp(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): SrpRun {
  if (!existsSync(SRP_BUNDLE)) throw new Error(`${SRP_BUNDLE} is missing: run 'npm run build -w policy-engine' first`);
  const run = spawnSync(process.execPath, [SRP_BUNDLE, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
