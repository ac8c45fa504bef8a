/**
 * The real release ledger for engine end-to-end tests: service/dist/server.js (built by
 * scripts/setup) on an ephemeral loopback port with its embedded database, and the bundled srp run
 * against it. One harness, so every test that proves the engine and the service agree starts the
 * service the same way.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_DIR, REPO_DIR } from '../../src/paths.test-support.js';

const SRP = join(ENGINE_DIR, 'dist', 'srp.cjs');
const SERVICE = join(REPO_DIR, 'service', 'dist', 'server.js');
export const LEDGER_TOKEN = 'srp_realLedgerE2E_4c8d1f0a9b7e6d5c3b2a';

export interface LedgerService {
  base: string;
  dataDir: string;
  /** Everything the service printed so far (for failure messages). */
  log(): string;
  /** Runs the bundled srp in dataDir with only PATH and `env`; never rejects. */
  srp(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export async function startLedgerService(prefix: string): Promise<LedgerService> {
  for (const file of [SRP, SERVICE]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/setup (it builds every workspace)`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const base = `http://127.0.0.1:${await freePort()}`;
  let output = '';
  const service: ChildProcess = spawn(process.execPath, [SERVICE], {
    env: { PATH: process.env.PATH, PORT: new URL(base).port, HOST: '127.0.0.1', SRP_DATA_DIR: join(dataDir, 'db'), SRP_API_TOKEN: LEDGER_TOKEN, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  service.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  service.stderr?.on('data', (d: Buffer) => (output += d.toString()));

  const ledger: LedgerService = {
    base,
    dataDir,
    log: () => output,
    srp: (args, env) =>
      new Promise((resolve) => {
        execFile(process.execPath, [SRP, ...args], { env: { PATH: process.env.PATH, ...env }, cwd: dataDir, timeout: 60_000 }, (error, _out, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr }),
        );
      }),
    async stop() {
      if (service.exitCode === null) {
        const exited = new Promise((r) => service.once('exit', r));
        service.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };

  // PGlite initialises its data directory on first start: allow up to 90 s on a busy CI machine.
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`${base}/ready`)).status === 200) return ledger;
    } catch {
      // not listening yet
    }
    if (service.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await ledger.stop();
  throw new Error(`the ledger service did not become ready; its output:\n${output.slice(-2000)}`);
}
