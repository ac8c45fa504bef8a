/**
 * The built server as a real process (dist/server.js, what `npm start` runs): configuration errors,
 * the embedded database by default, start before the database is up, and SIGTERM with a request in flight.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVICE_DIR, TOKEN, failedVerdict } from './fixtures.js';
import { type Cluster, freePort, startCluster } from './pg-cluster.js';
import { waitFor } from './wait.js';

const ENTRY = path.join(SERVICE_DIR, 'dist', 'server.js');

interface Proc {
  child: ChildProcessWithoutNullStreams;
  url: string;
  port: number;
  stdout: string[];
  stderr: () => string;
  exited: Promise<number | null>;
}

async function startProcess(env: Record<string, string>): Promise<Proc> {
  if (!existsSync(ENTRY)) throw new Error(`${ENTRY} is missing: run npm run build -w service first`);
  const port = await freePort();
  const child = spawn(process.execPath, [ENTRY], {
    cwd: SERVICE_DIR,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOST: '127.0.0.1', PORT: String(port), ...env },
  });
  const stdout: string[] = [];
  let stderr = '';
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    const lines = buf.split('\n');
    buf = lines.pop()!;
    stdout.push(...lines.filter(Boolean));
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, port, url: `http://127.0.0.1:${port}`, stdout, stderr: () => stderr, exited };
}

const logged = (p: Proc, msg: string) => p.stdout.some((l) => (JSON.parse(l) as { msg?: string }).msg === msg);
const status = async (url: string) => (await fetch(url)).status;

describe('server process', () => {
  const procs: Proc[] = [];
  const dirs: string[] = [];
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster();
  });
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await cluster?.destroy();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  const tempDir = async () => {
    const d = await mkdtemp(path.join(tmpdir(), 'srp-svc-'));
    dirs.push(d);
    return d;
  };

  it.each([
    [{ PORT: 'http' }, /^srp-service: invalid PORT: must be a whole number from 0 to 65535; fix the environment variable and start again\n$/],
    [{ LOG_LEVEL: 'chatty' }, /^srp-service: invalid LOG_LEVEL: must be one of /],
    [{ SRP_API_TOKEN: 'tooshort' }, /^srp-service: invalid SRP_API_TOKEN: must be at least 32 characters/],
    [{ DATABASE_URL: 'http://db/x' }, /^srp-service: invalid DATABASE_URL: must be a postgres/],
  ])('exits 2 with one line for bad configuration %o', async (env, message) => {
    const p = await startProcess(env);
    procs.push(p);
    expect(await p.exited).toBe(2);
    expect(p.stderr()).toMatch(message);
    expect(p.stderr()).not.toMatch(/\n\s+at /);
    expect(p.stderr()).not.toContain('tooshort');
  });

  it('serves from the embedded database by default, keeps data across restarts, and drains in-flight requests on SIGTERM', async () => {
    const dataDir = await tempDir();
    const env = { SRP_DATA_DIR: dataDir, SRP_API_TOKEN: TOKEN };
    const first = await startProcess(env);
    procs.push(first);
    await waitFor('embedded database ready', async () => ((await status(`${first.url}/ready`)) === 200 ? true : undefined));
    expect(first.stdout.some((l) => l.includes('"database":"pglite"'))).toBe(true);

    // A POST whose body is still arriving when SIGTERM lands.
    const body = JSON.stringify(failedVerdict({ repository: 'acme/drain' }));
    const half = Math.floor(body.length / 2);
    let answered: (v: { status: number; connection: string | undefined; text: string }) => void;
    const response = new Promise<{ status: number; connection: string | undefined; text: string }>((r) => (answered = r));
    const req = request(`${first.url}/api/v1/releases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'content-length': Buffer.byteLength(body) },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => answered({ status: res.statusCode ?? 0, connection: res.headers.connection, text }));
    });
    req.write(body.slice(0, half));
    // The server must have the request before the signal; /health on another socket proves it is serving.
    await waitFor('request to reach the server', async () => ((await status(`${first.url}/health`)) === 200 ? true : undefined));
    first.child.kill('SIGTERM');
    await waitFor('shutdown to begin', async () => (logged(first, 'shutting down: no new connections, finishing in-flight requests') ? true : undefined));

    // No new connections once draining...
    await expect(fetch(`${first.url}/health`)).rejects.toThrow();
    expect(first.child.exitCode).toBeNull();
    // ...but the request in flight completes.
    req.end(body.slice(half));
    const res = await response;
    expect(res.status).toBe(201);
    expect(res.connection).toBe('close');
    const recorded = JSON.parse(res.text) as { id: number };
    expect(await first.exited).toBe(0);
    expect(logged(first, 'stopped')).toBe(true);
    expect(first.stdout.join('\n')).not.toContain(TOKEN);

    const second = await startProcess(env);
    procs.push(second);
    await waitFor('restart on the same data dir', async () => ((await status(`${second.url}/ready`)) === 200 ? true : undefined));
    const again = await fetch(`${second.url}/api/v1/releases/${recorded.id}`);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ repository: 'acme/drain', verdict: 'failed' });
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 180_000); // two embedded-database starts; initdb in WebAssembly takes 10-20 s on a busy 2-core machine

  it('starts while PostgreSQL is down: alive, not ready, then migrates and becomes ready when it comes up', async () => {
    const url = await cluster.createDatabase('late_start');
    await cluster.stop();
    const p = await startProcess({ DATABASE_URL: url, SRP_API_TOKEN: TOKEN });
    procs.push(p);
    try {
      await waitFor('listening', async () => ((await status(`${p.url}/health`)) === 200 ? true : undefined));
      const ready = await fetch(`${p.url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'not_ready', checks: { migrations: 'pending' } });
      await waitFor('a migration retry to be logged', async () =>
        logged(p, 'database unreachable; retrying migrations') ? true : undefined,
      );
      expect(p.stdout.join('\n')).not.toContain(url);
    } finally {
      await cluster.start();
    }
    await waitFor('ready after the database came up', async () => ((await status(`${p.url}/ready`)) === 200 ? true : undefined));
    expect(logged(p, 'migrations up to date')).toBe(true);
    expect((await fetch(`${p.url}/api/v1/releases`)).status).toBe(200);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  }, 120_000);
});
