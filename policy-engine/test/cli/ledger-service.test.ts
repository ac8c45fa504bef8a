/**
 * Against the real release ledger: starts service/dist/server.js (built by scripts/setup) on an
 * ephemeral port with its embedded database, runs the bundled `srp gate --report-to` on real
 * reports, and reads the release back. Proves the engine and the service agree on the contract.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE_DIR, fixture, REPO_DIR } from '../../src/paths.test-support.js';

const SRP = join(ENGINE_DIR, 'dist', 'srp.cjs');
const SERVICE = join(REPO_DIR, 'service', 'dist', 'server.js');
const TOKEN = 'srp_realLedgerE2E_4c8d1f0a9b7e6d5c3b2a';
const SHA = 'decaf'.padEnd(40, '4');

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
  dataDir = mkdtempSync(join(tmpdir(), 'srp-ledger-e2e-'));
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
  BUILD_NUMBER: '88',
  BUILD_URL: 'https://ci.example.com/job/shop/88/',
  SRP_IMAGE: 'registry.example.com/acme/shop',
};

describe('srp gate --report-to the real ledger service', () => {
  it('records a blocked release with its SARIF log; a second evaluation of the same build is refused (409); a wrong token is one line', async () => {
    const sarif = join(dataDir, 'results.sarif');
    const reports = [fixture('trivy/alpine-3.9-image-vulns.json'), fixture('gitleaks/json-report-v8.30.json')];
    // Not --quiet: the success line carries the release id.
    const first = await srp(['gate', '--report-to', base, '--sarif', sarif, ...reports], jenkins);
    expect(first.code).toBe(1);
    const id = /^ledger: recorded as release (\d+) at /m.exec(first.stderr)?.[1];
    expect(id, first.stderr).toBeDefined();

    const release = (await (await fetch(`${base}/api/v1/releases/${id}`)).json()) as Record<string, unknown>;
    expect(release).toMatchObject({
      repository: 'acme/shop',
      commit: SHA,
      branch: 'main',
      buildNumber: '88',
      buildUrl: 'https://ci.example.com/job/shop/88/',
      image: 'registry.example.com/acme/shop',
      tag: '88',
      verdict: 'failed',
      passed: false,
      blocking: 3,
      counts: { critical: 2, high: 1, medium: 4, low: 0, unknown: 0 },
    });
    expect((release.sarif as { stored: boolean }).stored).toBe(true);
    const stored = (await (await fetch(`${base}/api/v1/releases/${id}/sarif`)).json()) as { version: string; runs: unknown[] };
    expect(stored.version).toBe('2.1.0');
    expect(stored.runs.length).toBeGreaterThan(0);

    // Gating again in the same build is a new evaluation (new evaluatedAt): the ledger keeps the first
    // record and answers 409, which srp reports as one line (retries inside one run resend the same
    // body and are answered 200, see post.test.ts).
    const again = await srp(['gate', '--quiet', '--report-to', base, '--sarif', sarif, ...reports], jenkins);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toMatch(/^ledger already holds a different record for this repository, commit and build number \(409: release \d+ already records/);

    const refused = await srp(['gate', '--quiet', '--report-to', base, ...reports], { ...jenkins, SRP_API_TOKEN: 'x'.repeat(40), BUILD_NUMBER: '89' });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toMatch(/^ledger refused the token in SRP_API_TOKEN \(401/);
    expect(refused.stderr).not.toContain(TOKEN);
  });

  it('a passing release is recorded and exits 0; with the ledger down it exits 3', async () => {
    const reports = [fixture('trivy/alpine-3.10-image-vulns.json'), fixture('gitleaks/json-report-empty.json')];
    const ok = await srp(['gate', '--quiet', '--report-to', base, ...reports], { ...jenkins, BUILD_NUMBER: '90' });
    expect(ok.code).toBe(0);
    const page = (await (await fetch(`${base}/api/v1/releases?repository=acme/shop&verdict=passed`)).json()) as { items: { buildNumber: string }[] };
    expect(page.items.map((r) => r.buildNumber)).toContain('90');

    const down = await srp(['gate', '--quiet', '--report-to', 'http://127.0.0.1:1', '--notify-retries', '0', ...reports], { ...jenkins, BUILD_NUMBER: '91' });
    expect(down.code).toBe(3);
    expect(down.stderr.trim()).toMatch(/^ledger request to http:\/\/127\.0\.0\.1:1\/api\/v1\/releases failed after 0 retries \(ECONNREFUSED\)/);
  });
});
