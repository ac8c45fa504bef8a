/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a data directory, so the service
 * runs on a machine with nothing else installed. One connection; PGlite serializes queries itself.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types.js';

interface PGliteLike {
  query<R>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
}

function wrap(db: PGliteLike): Queryable {
  return {
    async query<R>(text: string, params: readonly unknown[] = []) {
      const res = await db.query<R>(text, params as unknown[]);
      return res.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}

/** `dataDir` undefined: in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Db> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  const base = wrap(db);
  return {
    kind: 'pglite',
    query: base.query,
    exec: base.exec,
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      await db.close();
    },
  };
}
