/**
 * Versioned SQL migrations (`migrations/NNN_name.sql`), applied in order at start, each in its own
 * transaction. The same files run on PostgreSQL and PGlite.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from './types.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  sha256: string;
}

const FILE_PATTERN = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Any number: it only has to be the same in every replica so two of them never migrate at once. */
const MIGRATION_LOCK_KEY = 7_263_451;

export async function readMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const out: Migration[] = [];
  for (const file of files) {
    const m = FILE_PATTERN.exec(file);
    if (!m) throw new Error(`migration file name ${file} does not match NNN_name.sql`);
    const sql = await readFile(path.join(dir, file), 'utf8');
    out.push({ version: Number(m[1]), name: m[2]!, sql, sha256: createHash('sha256').update(sql).digest('hex') });
  }
  out.forEach((mig, i) => {
    if (mig.version !== i + 1) throw new Error(`migrations must be numbered 001, 002, ... without gaps; found ${mig.version} at position ${i + 1}`);
  });
  return out;
}

/** Applies what is missing; returns the versions it applied. Refuses if an applied file was edited. */
export async function applyMigrations(db: Db, migrations: readonly Migration[]): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    sha256 text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: number[] = [];
  for (const mig of migrations) {
    const did = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
      const rows = await tx.query<{ sha256: string }>('SELECT sha256 FROM schema_migrations WHERE version = $1', [mig.version]);
      if (rows[0]) {
        if (rows[0].sha256 !== mig.sha256) {
          throw new Error(`migration ${mig.version}_${mig.name} was edited after it was applied; add a new migration instead`);
        }
        return false;
      }
      await tx.exec(mig.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, sha256) VALUES ($1, $2, $3)', [mig.version, mig.name, mig.sha256]);
      return true;
    });
    if (did) applied.push(mig.version);
  }
  return applied;
}
