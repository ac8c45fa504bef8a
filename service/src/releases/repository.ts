/**
 * The ledger's SQL. Parameterized statements only; the same SQL runs on PostgreSQL and PGlite.
 */
import { createHash } from 'node:crypto';
import type { Queryable, Db } from '../db/types.js';
import { ConflictError } from '../errors.js';
import { MAX_SARIF_BYTES } from '../limits.js';
import { canonicalJson } from './canonical-json.js';
import type { ListQuery, Release, ReleaseInput } from './schema.js';

export type ReleaseSummary = Omit<Release, 'report'>;

interface Row {
  id: string | number;
  repository: string;
  commit_sha: string;
  branch: string;
  build_number: string;
  build_url: string;
  image: string;
  tag: string;
  verdict: 'passed' | 'failed';
  blocking: number;
  counts: Release['counts'];
  blocking_by_severity: Record<string, number> | null;
  by_scanner: Release['byScanner'];
  suppressions: Release['suppressions'];
  sarif_bytes: number | null;
  sarif_omitted_reason: string | null;
  has_sarif: boolean;
  recorded_at: Date | string;
  report?: Record<string, unknown>;
  body_sha256?: string;
}

const SUMMARY_COLUMNS = `r.id, r.repository, r.commit_sha, r.branch, r.build_number, r.build_url, r.image, r.tag,
  r.verdict, r.blocking, r.counts, r.blocking_by_severity, r.by_scanner, r.suppressions, r.sarif_bytes,
  r.sarif_omitted_reason, r.recorded_at, r.sarif_stored AS has_sarif`;

function toSummary(row: Row): ReleaseSummary {
  return {
    id: Number(row.id),
    repository: row.repository,
    commit: row.commit_sha,
    branch: row.branch,
    buildNumber: row.build_number,
    buildUrl: row.build_url,
    image: row.image,
    tag: row.tag,
    verdict: row.verdict,
    passed: row.verdict === 'passed',
    blocking: row.blocking,
    counts: row.counts,
    blockingBySeverity: row.blocking_by_severity,
    byScanner: row.by_scanner,
    suppressions: row.suppressions,
    sarif: { stored: row.has_sarif, bytes: row.sarif_bytes, omittedReason: row.sarif_omitted_reason },
    recordedAt: new Date(row.recorded_at).toISOString(),
  };
}

function toRelease(row: Row): Release {
  return { ...toSummary(row), report: row.report ?? {} };
}

function countBySeverity(findings: ReleaseInput['blockingFindings']): Record<string, number> | null {
  if (!findings) return null;
  const out: Record<string, number> = { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
  for (const f of findings) out[f.severity] = (out[f.severity] ?? 0) + 1;
  return out;
}

export interface RecordResult {
  created: boolean;
  release: Release;
}

/**
 * Records one verdict. Idempotent on (repository, commit, build number): the same document again returns
 * the stored row (created: false); a different document for the same key is a 409, because the ledger
 * must not silently rewrite what was shipped.
 */
export async function recordRelease(db: Db, input: ReleaseInput, recordedAt: Date): Promise<RecordResult> {
  const { sarif, ...report } = input;
  const normalized = { ...report, commit: input.commit.toLowerCase(), buildNumber: String(input.buildNumber) };
  const sarifText = sarif === undefined ? undefined : JSON.stringify(sarif);
  const sarifBytes = sarifText === undefined ? null : Buffer.byteLength(sarifText);
  const keepSarif = sarifText !== undefined && sarifBytes !== null && sarifBytes <= MAX_SARIF_BYTES;
  const omittedReason =
    sarifText !== undefined && !keepSarif ? `SARIF log is ${sarifBytes} bytes, over the ${MAX_SARIF_BYTES}-byte limit` : null;
  const bodySha = createHash('sha256')
    .update(canonicalJson(normalized))
    .update('\n')
    .update(sarifText === undefined ? '' : createHash('sha256').update(canonicalJson(sarif)).digest('hex'))
    .digest('hex');

  return db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: string | number }>(
      `INSERT INTO releases (repository, commit_sha, branch, build_number, build_url, image, tag, verdict, blocking,
         counts, blocking_by_severity, by_scanner, suppressions, report, body_sha256, sarif_bytes, sarif_omitted_reason, recorded_at,
         sarif_stored)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::jsonb, $13::jsonb, $14::jsonb, $15, $16, $17, $18::timestamptz, $19)
       ON CONFLICT ON CONSTRAINT releases_build_key DO NOTHING
       RETURNING id`,
      [
        normalized.repository,
        normalized.commit,
        normalized.branch,
        normalized.buildNumber,
        normalized.buildUrl,
        normalized.image,
        normalized.tag,
        input.passed ? 'passed' : 'failed',
        input.blocking,
        JSON.stringify(input.counts),
        JSON.stringify(countBySeverity(input.blockingFindings)),
        JSON.stringify(input.byScanner ?? {}),
        JSON.stringify(input.suppressions?.applied ?? []),
        JSON.stringify(normalized),
        bodySha,
        sarifBytes,
        omittedReason,
        recordedAt.toISOString(),
        keepSarif,
      ],
    );
    if (inserted[0]) {
      await bumpRepositoryStats(tx, {
        repository: normalized.repository,
        passed: input.passed,
        releaseId: inserted[0].id,
        recordedAt,
        blocking: input.blocking,
        blockingBySeverity: countBySeverity(input.blockingFindings),
      });
      if (keepSarif) await tx.query('INSERT INTO release_sarif (release_id, sarif) VALUES ($1, $2)', [inserted[0].id, sarifText]);
      return { created: true, release: (await findRelease(tx, String(inserted[0].id)))! };
    }
    const existing = await tx.query<Row>(
      `SELECT ${SUMMARY_COLUMNS}, r.report, r.body_sha256 FROM releases r
       WHERE r.repository = $1 AND r.commit_sha = $2 AND r.build_number = $3`,
      [normalized.repository, normalized.commit, normalized.buildNumber],
    );
    const row = existing[0]!;
    if (row.body_sha256 !== bodySha) {
      throw new ConflictError(
        `release ${row.id} already records a different verdict for ${normalized.repository}@${normalized.commit} build ${normalized.buildNumber}; use a new build number`,
      );
    }
    return { created: false, release: toRelease(row) };
  });
}

export async function findRelease(db: Queryable, id: string): Promise<Release | undefined> {
  const rows = await db.query<Row>(`SELECT ${SUMMARY_COLUMNS}, r.report FROM releases r WHERE r.id = $1`, [id]);
  return rows[0] ? toRelease(rows[0]) : undefined;
}

/** The stored SARIF text; undefined when the release does not exist, null when it has no SARIF. */
export async function findSarif(db: Queryable, id: string): Promise<string | null | undefined> {
  const rows = await db.query<{ sarif: string | null }>(
    'SELECT s.sarif FROM releases r LEFT JOIN release_sarif s ON s.release_id = r.id WHERE r.id = $1',
    [id],
  );
  return rows[0] ? rows[0].sarif : undefined;
}

export interface Page {
  items: ReleaseSummary[];
  nextCursor: string | null;
}

/** Newest first; keyset paging on id, so pages stay stable while new releases arrive. */
export async function listReleases(db: Queryable, q: ListQuery): Promise<Page> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (q.repository) add((p) => `r.repository = ${p}`, q.repository);
  if (q.commit) add((p) => `r.commit_sha = ${p}`, q.commit.toLowerCase());
  if (q.verdict) add((p) => `r.verdict = ${p}`, q.verdict);
  if (q.since) add((p) => `r.recorded_at >= ${p}::timestamptz`, q.since);
  if (q.until) add((p) => `r.recorded_at < ${p}::timestamptz`, q.until);
  if (q.cursor) add((p) => `r.id < ${p}::bigint`, q.cursor);
  params.push(q.limit + 1);
  const rows = await db.query<Row>(
    `SELECT ${SUMMARY_COLUMNS} FROM releases r ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY r.id DESC LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, q.limit).map(toSummary);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? String(last.id) : null };
}

/**
 * Keeps release_repository_stats current, in the transaction that inserted the release. The row lock
 * of the upsert serialises concurrent writers of one repository; the latest-release columns move only
 * forward (a higher id), whatever order concurrent transactions commit in.
 */
async function bumpRepositoryStats(
  tx: Queryable,
  r: { repository: string; passed: boolean; releaseId: string | number; recordedAt: Date; blocking: number; blockingBySeverity: Record<string, number> | null },
): Promise<void> {
  await tx.query(
    `INSERT INTO release_repository_stats AS s (repository, passed, failed, last_release_id, last_recorded_at, blocking, blocking_by_severity)
     VALUES ($1, $2, $3, $4, $5::timestamptz, $6, $7::jsonb)
     ON CONFLICT (repository) DO UPDATE SET
       passed = s.passed + excluded.passed,
       failed = s.failed + excluded.failed,
       last_release_id = greatest(s.last_release_id, excluded.last_release_id),
       last_recorded_at = CASE WHEN excluded.last_release_id > s.last_release_id THEN excluded.last_recorded_at ELSE s.last_recorded_at END,
       blocking = CASE WHEN excluded.last_release_id > s.last_release_id THEN excluded.blocking ELSE s.blocking END,
       blocking_by_severity = CASE WHEN excluded.last_release_id > s.last_release_id THEN excluded.blocking_by_severity ELSE s.blocking_by_severity END`,
    [
      r.repository,
      r.passed ? 1 : 0,
      r.passed ? 0 : 1,
      r.releaseId,
      r.recordedAt.toISOString(),
      r.blocking,
      JSON.stringify(r.blockingBySeverity),
    ],
  );
}

export interface LedgerStats {
  /** Per repository, for at most `repositoryLimit` repositories, most recently released first. */
  repositories: {
    repository: string;
    passed: number;
    failed: number;
    blocking: number;
    blockingBySeverity: Record<string, number> | null;
  }[];
  /** Over every repository, whatever the limit. */
  totals: { passed: number; failed: number; repositories: number };
  /** When the newest verdict was recorded (Unix seconds); null for an empty ledger. */
  lastRecordedAt: number | null;
}

/**
 * What /metrics exposes about gate outcomes: read at scrape time (every replica reports the same
 * totals, and they survive restarts) from release_repository_stats, so the cost grows with the number
 * of repositories shown (bounded by `repositoryLimit`) and never with the number of releases.
 */
export async function ledgerStats(db: Queryable, repositoryLimit: number): Promise<LedgerStats> {
  const rows = await db.query<{
    repository: string;
    passed: string | number;
    failed: string | number;
    blocking: number;
    blocking_by_severity: Record<string, number> | null;
  }>(
    `SELECT repository, passed, failed, blocking, blocking_by_severity FROM release_repository_stats
     ORDER BY last_release_id DESC LIMIT $1`,
    [repositoryLimit],
  );
  const totals = await db.query<{ passed: string | number | null; failed: string | number | null; n: string | number; t: string | number | null }>(
    `SELECT sum(passed) AS passed, sum(failed) AS failed, count(*) AS n,
       extract(epoch FROM max(last_recorded_at))::float8 AS t FROM release_repository_stats`,
  );
  const t = totals[0];
  return {
    repositories: rows.map((r) => ({
      repository: r.repository,
      passed: Number(r.passed),
      failed: Number(r.failed),
      blocking: r.blocking,
      blockingBySeverity: r.blocking_by_severity,
    })),
    totals: { passed: Number(t?.passed ?? 0), failed: Number(t?.failed ?? 0), repositories: Number(t?.n ?? 0) },
    lastRecordedAt: t?.t === null || t?.t === undefined ? null : Number(t.t),
  };
}
