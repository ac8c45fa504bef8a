/**
 * The two storage backends every storage test runs against: PGlite in-process and a real PostgreSQL
 * server. Use with `describe.each(BACKENDS)`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { applyMigrations, readMigrations } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { openPostgres } from '../src/db/postgres.js';
import type { Db } from '../src/db/types.js';
import { type Cluster, startCluster } from './pg-cluster.js';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export interface Backend {
  name: 'pglite' | 'postgres';
  /** A fresh, empty, migrated database. */
  open(): Promise<Db>;
  /** A fresh database with no migrations applied. */
  openEmpty(): Promise<Db>;
  teardown(): Promise<void>;
  /** Only the postgres backend can be stopped and started. */
  cluster?: Cluster;
}

let counter = 0;

export async function makeBackend(name: 'pglite' | 'postgres'): Promise<Backend> {
  const silent = pino({ level: 'silent' });
  const migrations = await readMigrations(MIGRATIONS_DIR);
  const opened: Db[] = [];
  if (name === 'pglite') {
    return {
      name,
      async open() {
        const db = await openPglite();
        opened.push(db);
        await applyMigrations(db, migrations);
        return db;
      },
      async openEmpty() {
        const db = await openPglite();
        opened.push(db);
        return db;
      },
      async teardown() {
        await Promise.all(opened.map((d) => d.close().catch(() => undefined)));
      },
    };
  }
  const cluster = await startCluster();
  return {
    name,
    cluster,
    async open() {
      const url = await cluster.createDatabase(`t_${process.pid}_${++counter}`);
      const db = openPostgres(url, silent);
      opened.push(db);
      await applyMigrations(db, migrations);
      return db;
    },
    async openEmpty() {
      const db = openPostgres(await cluster.createDatabase(`t_${process.pid}_${++counter}`), silent);
      opened.push(db);
      return db;
    },
    async teardown() {
      await Promise.all(opened.map((d) => d.close().catch(() => undefined)));
      await cluster.destroy();
    },
  };
}

const ALL_BACKENDS = ['pglite', 'postgres'] as const;

/**
 * Every backend, unless SRP_TEST_BACKENDS names a subset: the unit loop (vitest.unit.config.ts) sets it
 * to `pglite` so it needs no PostgreSQL server; scripts/checks/40-service.sh runs both.
 */
export const BACKEND_NAMES: readonly Backend['name'][] = process.env.SRP_TEST_BACKENDS
  ? ALL_BACKENDS.filter((name) => process.env.SRP_TEST_BACKENDS!.split(',').includes(name))
  : ALL_BACKENDS;
