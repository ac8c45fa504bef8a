/**
 * Hostile report content against the real release ledger (issue 11): what the engine posts must fit the
 * ledger's contract, so a gate that ran ends with its verdict recorded.
 *
 * Against the real release ledger: starts service/dist/server.js (built by scripts/setup) on an
 * ephemeral port with its embedded database, runs the bundled `srp gate --report-to` on real
 * reports, and reads the release back. Proves the engine and the service agree on the contract.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_DIR, fixture, REPO_DIR } from '../../src/paths.test-support.js';

const SRP = join(ENGINE_DIR, 'dist', 'srp.cjs');
const SERVICE = join(REPO_DIR, 'service', 'dist', 'server.js');
const TOKEN = 'srp_realLedgerE2E_4c8d1f0a9b7e6d5c3b2a';
const SHA = 'bad0'.padEnd(40, '7');

let service: ChildProcess;
let base: string;
let dataDir: string;
let serviceLog = '';

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function waitReady(url: string): Promise<void> {
  // PGlite initialises its data directory on first start: allow up to 90 s on a busy CI machine.
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`${url}/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (service.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the ledger service did not become ready; its output:\n${serviceLog.slice(-2000)}`);
}

function srp(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SRP, ...args], { env: { PATH: process.env.PATH, ...env }, cwd: dataDir, timeout: 60_000 }, (error, _out, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr }),
    );
  });
}

beforeAll(async () => {
  for (const file of [SRP, SERVICE]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/setup (it builds every workspace)`);
  }
  dataDir = mkdtempSync(join(tmpdir(), 'srp-ledger-hostile-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  service = spawn(process.execPath, [SERVICE], {
    env: { PATH: process.env.PATH, PORT: String(port), HOST: '127.0.0.1', SRP_DATA_DIR: join(dataDir, 'db'), SRP_API_TOKEN: TOKEN, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  service.stdout?.on('data', (d: Buffer) => (serviceLog += d.toString()));
  service.stderr?.on('data', (d: Buffer) => (serviceLog += d.toString()));
  await waitReady(base);
});

afterAll(async () => {
  if (service && service.exitCode === null) {
    const exited = new Promise((r) => service.once('exit', r));
    service.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

const jenkins = {
  SRP_API_TOKEN: TOKEN,
  GIT_URL: 'git@github.com:acme/shop.git',
  GIT_COMMIT: SHA,
  BRANCH_NAME: 'main',
  BUILD_NUMBER: '501',
  // Credentials in the build URL: the ledger refuses them, the engine drops them before posting.
  BUILD_URL: 'https://bot:hunter2@ci.example.com/job/shop/501/',
  SRP_IMAGE: 'registry.example.com/acme/shop',
};

/** A SARIF log from a tool with an 80-character name whose result text holds a NUL and a lone surrogate. */
function hostileSarif(): string {
  const name = 'Vendor Static Analysis Suite Enterprise Edition With A Very Long Product Name 2026';
  // JSON escapes, as a tool would write them: "\u0000" and a high surrogate without its pair.
  return `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"${name}","rules":[{"id":"R1","shortDescription":{"text":"bad \\u0000 rule \\ud800"}}]}},` +
    `"results":[{"ruleId":"R1","level":"error","message":{"text":"title with NUL \\u0000 and lone \\ud800 surrogate"},` +
    `"locations":[{"physicalLocation":{"artifactLocation":{"uri":"src/a.ts"},"region":{"startLine":3}}}]}]}]}`;
}

describe('srp gate --report-to with hostile report content', () => {
  it('records the verdict: NUL, lone surrogates, an over-long tool name and a build URL with credentials are fitted', async () => {
    const report = join(dataDir, 'hostile.sarif');
    writeFileSync(report, hostileSarif());
    const sarifOut = join(dataDir, 'out.sarif');
    const run = await srp(['gate', '--report-to', base, '--sarif', sarifOut, report], jenkins);
    const id = /^ledger: recorded as release (\d+) at /m.exec(run.stderr)?.[1];
    expect(id, `${run.stderr}\n${serviceLog.slice(-1000)}`).toBeDefined();
    expect(run.code).not.toBe(3);
    const release = (await (await fetch(`${base}/api/v1/releases/${id}`)).json()) as { buildUrl: string; byScanner: Record<string, unknown> };
    expect(release.buildUrl).toBe('https://ci.example.com/job/shop/501/');
    expect(Object.keys(release.byScanner).every((k) => k.length <= 64)).toBe(true);
    expect(JSON.stringify(release)).not.toContain('hunter2');
  });
});
