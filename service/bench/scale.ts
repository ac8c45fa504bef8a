// The ledger's scale figures for `npm run bench -w service`: /metrics scrape time and size at 100,
// 10,000 and 100,000 releases, on PGlite and on PostgreSQL. Seeding 100,000 releases through HTTP on a
// shared 2-core machine takes far too long (each POST is a validated, idempotent transaction), so the
// releases are seeded with bulk INSERT ... SELECT FROM generate_series statements (20,000 rows each), each step in a
// database of its own, before its service starts (PGlite is one process per directory), and the
// per-repository summary is rebuilt the way migration 003 backfills it. A few real POSTs then go through
// the service's own write path, and the three services are scraped round-robin. For contrast, each step
// also times the queries the old scrape ran (full-table aggregates).
import type { Db } from '../src/db/types.js';

export const SCALE_STEPS = [100, 10_000, 100_000] as const;
/** Releases are spread over this many repositories: a busy organisation, above the default series cap. */
export const SCALE_REPOSITORIES = 1_000;
const SCRAPES = 100;
const WARMUP_SCRAPES = 10;
const POSTS_PER_STEP = 10;

export interface ScaleRow {
  backend: 'PGlite' | 'PostgreSQL';
  releases: number;
  repositories: number;
  seedSeconds: number;
  scrapeP50Ms: number;
  scrapeP95Ms: number;
  bytes: number;
  series: number;
  oldQueriesMs: number;
}

/**
 * Releases per INSERT statement: 100,000 in one statement outlived the service's 5 s statement timeout
 * (DB_QUERY_TIMEOUT_MS, which the PostgreSQL connection here shares) on this loaded machine.
 */
const SEED_CHUNK = 20_000;

/** Releases lo+1..hi in one INSERT ... SELECT FROM generate_series. */
async function insertReleases(db: Db, lo: number, hi: number): Promise<void> {
  await db.query(
    `INSERT INTO releases (repository, commit_sha, branch, build_number, build_url, image, tag, verdict, blocking, counts,
       blocking_by_severity, by_scanner, suppressions, report, body_sha256, recorded_at)
     SELECT 'acme/service-' || (i % ${SCALE_REPOSITORIES}), lpad(to_hex(i), 40, '0'), 'main', i::text,
       'https://jenkins.example.test/job/x/' || i || '/', 'registry.example.test/acme/service', i::text,
       CASE WHEN i % 3 = 0 THEN 'failed' ELSE 'passed' END, CASE WHEN i % 3 = 0 THEN 2 ELSE 0 END,
       jsonb_build_object('critical', CASE WHEN i % 3 = 0 THEN 2 ELSE 0 END, 'high', 0, 'medium', 3, 'low', 1, 'unknown', 0),
       jsonb_build_object('critical', CASE WHEN i % 3 = 0 THEN 2 ELSE 0 END, 'high', 0, 'medium', 0, 'low', 0, 'unknown', 0),
       '{"trivy":{"passed":true,"blocking":0,"counts":{"critical":0,"high":0,"medium":3,"low":1,"unknown":0}}}'::jsonb,
       '[{"id":"CVE-2019-1549","reason":"not reachable","source":"policy"}]'::jsonb,
       jsonb_build_object('schemaVersion', 1, 'buildNumber', i::text, 'evaluatedAt', '2026-01-01T00:00:00Z'),
       md5(i::text), timestamptz '2026-01-01T00:00:00Z' + i * interval '1 second'
     FROM generate_series($1::int, $2::int) AS i`,
    [lo + 1, hi],
  );
}

/** Adds releases from+1..to in bulk statements and rebuilds the summary: seconds taken. */
export async function seedReleases(db: Db, from: number, to: number): Promise<number> {
  const t0 = performance.now();
  for (let lo = from; lo < to; lo += SEED_CHUNK) await insertReleases(db, lo, Math.min(to, lo + SEED_CHUNK));
  // Migration 003's backfill, over everything seeded so far.
  await db.query('DELETE FROM release_repository_stats');
  await db.query(
    `INSERT INTO release_repository_stats (repository, passed, failed, last_release_id, last_recorded_at, blocking, blocking_by_severity)
     SELECT l.repository, c.passed, c.failed, l.id, l.recorded_at, l.blocking, l.blocking_by_severity
     FROM (SELECT DISTINCT ON (repository) repository, id, recorded_at, blocking, blocking_by_severity
           FROM releases ORDER BY repository, id DESC) l
     JOIN (SELECT repository, count(*) FILTER (WHERE verdict = 'passed') AS passed, count(*) FILTER (WHERE verdict = 'failed') AS failed
           FROM releases GROUP BY repository) c USING (repository)`,
  );
  // Vacuumed, as autovacuum would leave it (PGlite has none): the rebuild above left dead rows behind.
  await db.query('VACUUM ANALYZE release_repository_stats');
  await db.query('ANALYZE releases');
  return (performance.now() - t0) / 1000;
}

/** The three statements /metrics ran on every scrape before the summary table (median of 3, ms). */
export async function timeOldScrapeQueries(db: Db): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await db.query('SELECT repository, verdict, count(*) AS n FROM releases GROUP BY repository, verdict');
    await db.query('SELECT DISTINCT ON (repository) repository, blocking, blocking_by_severity FROM releases ORDER BY repository, id DESC');
    await db.query('SELECT extract(epoch FROM max(recorded_at))::float8 AS t FROM releases');
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1]!;
}

/** A few releases through the service's own write path (validation, summary upsert). */
export async function postReleases(url: string, token: string, step: number, body: (i: number) => Record<string, unknown>): Promise<void> {
  for (let k = 0; k < POSTS_PER_STEP; k++) {
    const i = 1_000_000_000 + step * 1_000 + k;
    const res = await fetch(`${url}/api/v1/releases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...body(i), commit: i.toString(16).padStart(40, 'f') }),
    });
    if (res.status !== 201) throw new Error(`bench: POST after seeding answered ${res.status}`);
  }
}

export interface ScrapeFigures {
  p50: number;
  p95: number;
  bytes: number;
  series: number;
}

/**
 * Scrapes several services round-robin, one request at a time: on a shared machine the load drifts, and
 * interleaving makes every step see the same drift (the way the /health rounds are paired).
 */
export async function measureScrapesInterleaved(urls: string[]): Promise<ScrapeFigures[]> {
  const times: number[][] = urls.map(() => []);
  const texts: string[] = urls.map(() => '');
  for (let i = 0; i < WARMUP_SCRAPES + SCRAPES; i++) {
    for (const [k, url] of urls.entries()) {
      const t0 = performance.now();
      const res = await fetch(`${url}/metrics`);
      texts[k] = await res.text();
      if (res.status !== 200) throw new Error(`bench: /metrics answered ${res.status}`);
      if (i >= WARMUP_SCRAPES) times[k]!.push(performance.now() - t0);
    }
  }
  return urls.map((_, k) => {
    const t = times[k]!.sort((a, b) => a - b);
    const at = (q: number) => Math.round(t[Math.min(t.length - 1, Math.floor(q * t.length))]! * 10) / 10;
    const text = texts[k]!;
    const series = text.split('\n').filter((l) => l !== '' && !l.startsWith('#')).length;
    return { p50: at(0.5), p95: at(0.95), bytes: Buffer.byteLength(text), series };
  });
}

export function scaleMarkdown(rows: ScaleRow[], cap: number): string[] {
  const byBackend = (b: ScaleRow['backend']) => rows.filter((r) => r.backend === b);
  const flat = (b: ScaleRow['backend']) => {
    const r = byBackend(b);
    if (r.length < 2) return 'n/a';
    const ratio = r[r.length - 1]!.scrapeP50Ms / r[0]!.scrapeP50Ms;
    return `${ratio.toFixed(2)}× from ${r[0]!.releases.toLocaleString('en-US')} to ${r[r.length - 1]!.releases.toLocaleString('en-US')} releases (${ratio <= 2 ? 'within' : '**over**'} 2×)`;
  };
  return [
    '### Ledger scale: /metrics as history grows',
    '',
    `Releases spread over up to ${SCALE_REPOSITORIES.toLocaleString('en-US')} repositories; per-repository series capped at ` +
      `${cap} (\`SRP_METRICS_REPOSITORIES\`, the default). Each step is a database of its own, seeded with bulk ` +
      '`INSERT … SELECT FROM generate_series` statements (20,000 rows each) before its service starts, then the per-repository summary rebuilt as migration ' +
      '003 backfills it (100,000 releases through HTTP would take far longer than the measurement on this shared machine), ' +
      `then ${POSTS_PER_STEP} real POSTs through the service. Scrape: the three services of a database side by side, ` +
      `${SCRAPES} \`GET /metrics\` each, round-robin one at a time after ${WARMUP_SCRAPES} warm-up rounds, so load drift hits every ` +
      'step alike; wall time at the client. "old queries" is the median time of the three full-table aggregates the scrape ran before the summary ' +
      'table, on the same data.',
    '',
    '| database | releases | repositories | seed s | scrape p50 ms | scrape p95 ms | bytes | series | old queries ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.backend} | ${r.releases.toLocaleString('en-US')} | ${r.repositories} | ${r.seedSeconds.toFixed(1)} | ${r.scrapeP50Ms} | ` +
        `${r.scrapeP95Ms} | ${r.bytes} | ${r.series} | ${r.oldQueriesMs.toFixed(1)} |`,
    ),
    '',
    `Scrape p50, PGlite: ${flat('PGlite')}. PostgreSQL: ${flat('PostgreSQL')}. The scrape reads at most ` +
      `${cap} rows of the per-repository summary plus one sum over it, whatever the number of releases; the old queries ` +
      'grow linearly with them. What moves the scrape time between steps here is the number of series (fewer ' +
      'repositories at the first step) and the load of this shared machine (1-minute load average above).',
    '',
  ];
}
