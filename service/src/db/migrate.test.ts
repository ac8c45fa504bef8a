import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND_NAMES, type Backend, MIGRATIONS_DIR, makeBackend } from '../../test/backends.js';
import { applyMigrations, readMigrations } from './migrate.js';

describe('readMigrations', () => {
  it('reads the shipped migrations in order', async () => {
    const migs = await readMigrations(MIGRATIONS_DIR);
    expect(migs.map((m) => m.version)).toEqual(migs.map((_, i) => i + 1));
    expect(migs[0]).toMatchObject({ version: 1, name: 'releases' });
    expect(migs[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses badly named files and gaps', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'srp-mig-'));
    await writeFile(path.join(dir, '001_a.sql'), 'SELECT 1;');
    await writeFile(path.join(dir, '003_c.sql'), 'SELECT 1;');
    await expect(readMigrations(dir)).rejects.toThrow(/without gaps; found 3 at position 2/);
    await writeFile(path.join(dir, '2-bad.sql'), 'SELECT 1;');
    await expect(readMigrations(dir)).rejects.toThrow(/2-bad.sql does not match NNN_name.sql/);
  });
});

describe.each(BACKEND_NAMES)('applyMigrations on %s', (name) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await makeBackend(name);
  });
  afterAll(async () => {
    await backend?.teardown();
  });

  it('applies once, then is a no-op, and refuses an edited migration', async () => {
    const db = await backend.open(); // open() applies the shipped migrations
    const migs = await readMigrations(MIGRATIONS_DIR);
    expect(await applyMigrations(db, migs)).toEqual([]);
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(migs.map((m) => m.version));

    const extra = { version: migs.length + 1, name: 'extra', sql: 'CREATE TABLE extra (x int);', sha256: 'e'.repeat(64) };
    expect(await applyMigrations(db, [...migs, extra])).toEqual([extra.version]);
    await expect(applyMigrations(db, [...migs, { ...extra, sha256: 'f'.repeat(64) }])).rejects.toThrow(
      /was edited after it was applied/,
    );
  });

  it('002 backfills sarif_stored for releases recorded before it', async () => {
    const db = await backend.openEmpty();
    const migs = await readMigrations(MIGRATIONS_DIR);
    await applyMigrations(db, migs.slice(0, 1));
    const insert = `INSERT INTO releases (repository, commit_sha, branch, build_number, build_url, image, tag, verdict, blocking,
      counts, report, body_sha256, recorded_at) VALUES ('a/b', $1, 'main', $2, 'https://ci/1', 'img', 't', 'passed', 0,
      '{}'::jsonb, '{}'::jsonb, 'x', now()) RETURNING id`;
    const [withSarif] = await db.query<{ id: number }>(insert, ['a'.repeat(40), '1']);
    await db.query<{ id: number }>(insert, ['b'.repeat(40), '2']);
    await db.query('INSERT INTO release_sarif (release_id, sarif) VALUES ($1, $2)', [withSarif!.id, '{}']);
    expect(await applyMigrations(db, migs)).toEqual(migs.slice(1).map((m) => m.version));
    const rows = await db.query<{ commit_sha: string; sarif_stored: boolean }>('SELECT commit_sha, sarif_stored FROM releases ORDER BY commit_sha');
    expect(rows.map((r) => r.sarif_stored)).toEqual([true, false]);
  });

  it('rolls back a failing migration completely', async () => {
    const db = await backend.open();
    const migs = await readMigrations(MIGRATIONS_DIR);
    const broken = { version: migs.length + 1, name: 'broken', sql: 'CREATE TABLE half (x int); SELEC 1;', sha256: 'a'.repeat(64) };
    await expect(applyMigrations(db, [...migs, broken])).rejects.toThrow(/syntax error/);
    const tables = await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half'");
    expect(tables).toHaveLength(0);
    const versions = await db.query('SELECT 1 FROM schema_migrations WHERE version = $1', [broken.version]);
    expect(versions).toHaveLength(0);
  });
});
