/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temp dir, listen on a free loopback port,
 * stop and start on demand (outage tests), removed afterwards. PostgreSQL refuses to run as root, so
 * under root (CI) every server command runs as the `postgres` user that the Debian package creates.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
// util-linux; by absolute path because a CI environment's PATH may lack /usr/sbin.
const RUNUSER = existsSync('/usr/sbin/runuser') ? '/usr/sbin/runuser' : 'runuser';

function findBinDir(): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  throw new Error(
    'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run scripts/setup (installs the Debian package postgresql)',
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export interface Cluster {
  /** Connection URL of the `postgres` database. */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** A fresh empty database; returns its URL. */
  createDatabase(name: string): Promise<string>;
  destroy(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const bin = findBinDir();
  const asRoot = process.getuid?.() === 0;
  const base = await mkdtemp(path.join(tmpdir(), 'srp-pg-'));
  const data = path.join(base, 'data');
  const logFile = path.join(base, 'server.log');
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']).catch(() => {
      throw new Error('running as root but there is no postgres user: install the Debian package postgresql');
    });
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(base, Number(stdout.trim()), Number(gid.trim()));
  }
  const pgCmd = (tool: string, args: string[]) =>
    asRoot ? run(RUNUSER, ['-u', 'postgres', '--', path.join(bin, tool), ...args]) : run(path.join(bin, tool), args);

  await pgCmd('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  // No durability needed for a throwaway cluster; fsync off keeps the suite fast.
  const opts = `-p ${port} -h 127.0.0.1 -k ${base} -c fsync=off -c full_page_writes=off -c synchronous_commit=off`;
  let running = false;
  const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;

  const cluster: Cluster = {
    url: url('postgres'),
    port,
    async start() {
      await pgCmd('pg_ctl', ['-D', data, '-l', logFile, '-o', opts, '-w', '-t', '30', 'start']);
      running = true;
    },
    async stop() {
      await pgCmd('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '30', 'stop']);
      running = false;
    },
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`bad database name ${name}`);
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async destroy() {
      if (running) await pgCmd('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      running = false;
      await rm(base, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
