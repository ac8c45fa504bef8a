/**
 * The ledger SQL on both backends, without HTTP: idempotency, conflicts, paging and the metric reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND_NAMES, type Backend, makeBackend } from '../../test/backends.js';
import { failedVerdict, passedVerdict, trivySarif } from '../../test/fixtures.js';
import type { Db } from '../db/types.js';
import { ConflictError } from '../errors.js';
import { findRelease, findSarif, ledgerStats, listReleases, recordRelease } from './repository.js';
import { ReleaseInput } from './schema.js';

const input = (body: Record<string, unknown>) => ReleaseInput.parse(body);

describe.each(BACKEND_NAMES)('ledger repository on %s', (name) => {
  let backend: Backend;
  let db: Db;
  beforeAll(async () => {
    backend = await makeBackend(name);
    db = await backend.open();
  });
  afterAll(async () => {
    await backend?.teardown();
  });

  it('records, replays idempotently and refuses a conflicting re-post', async () => {
    const body = failedVerdict({ repository: 'acme/repo-a', sarif: trivySarif() });
    const first = await recordRelease(db, input(body), new Date('2026-11-24T01:00:00Z'));
    expect(first.created).toBe(true);
    expect(first.release).toMatchObject({ verdict: 'failed', recordedAt: '2026-11-24T01:00:00.000Z', sarif: { stored: true } });
    const again = await recordRelease(db, input(body), new Date('2026-11-24T02:00:00Z'));
    expect(again).toEqual({ created: false, release: first.release });
    await expect(recordRelease(db, input({ ...body, blocking: 3 }), new Date())).rejects.toBeInstanceOf(ConflictError);
    expect(JSON.parse((await findSarif(db, String(first.release.id)))!)).toEqual(trivySarif());
    expect(await findRelease(db, '999999')).toBeUndefined();
    expect(await findSarif(db, '999999')).toBeUndefined();
  });

  it('rolls back the release when storing its SARIF fails', async () => {
    // The same database, except that the SARIF insert fails inside the transaction.
    const failingSarif: Db = {
      ...db,
      transaction: (fn) =>
        db.transaction((tx) =>
          fn({
            exec: (sql) => tx.exec(sql),
            query: (text, params) => (text.includes('release_sarif') ? Promise.reject(new Error('disk full')) : tx.query(text, params)),
          }),
        ),
    };
    const body = failedVerdict({ repository: 'acme/repo-rollback', sarif: trivySarif() });
    await expect(recordRelease(failingSarif, input(body), new Date())).rejects.toThrow('disk full');
    expect((await listReleases(db, { repository: 'acme/repo-rollback', limit: 10 })).items).toEqual([]);
  });

  it('pages by id and reads the metric stats', async () => {
    for (let i = 0; i < 3; i++) {
      await recordRelease(db, input(passedVerdict({ repository: 'acme/repo-b', buildNumber: i })), new Date(Date.UTC(2026, 10, 24, 3, i)));
    }
    const page1 = await listReleases(db, { repository: 'acme/repo-b', limit: 2 });
    expect(page1.items.map((r) => r.buildNumber)).toEqual(['2', '1']);
    const page2 = await listReleases(db, { repository: 'acme/repo-b', limit: 2, cursor: page1.nextCursor! });
    expect(page2).toMatchObject({ items: [{ buildNumber: '0' }], nextCursor: null });

    const stats = await ledgerStats(db, 100);
    expect(stats.repositories.find((r) => r.repository === 'acme/repo-b')).toMatchObject({ passed: 3, failed: 0, blocking: 0 });
    expect(stats.repositories.find((r) => r.repository === 'acme/repo-a')).toEqual({
      repository: 'acme/repo-a',
      passed: 0,
      failed: 1,
      blocking: 2,
      blockingBySeverity: { critical: 2, high: 0, medium: 0, low: 0, unknown: 0 },
    });
    // The write that rolled back left no trace in the summary either (same transaction).
    expect(stats.repositories.some((r) => r.repository === 'acme/repo-rollback')).toBe(false);
    expect(stats.totals).toEqual({ passed: 3, failed: 1, repositories: 2 });
    // Most recently released first, and no more than asked for; totals stay over all repositories.
    const capped = await ledgerStats(db, 1);
    expect(capped.repositories.map((r) => r.repository)).toEqual(['acme/repo-b']);
    expect(capped.totals).toEqual(stats.totals);
    expect(stats.lastRecordedAt).toBe(Date.UTC(2026, 10, 24, 3, 2) / 1000);
  });
});
