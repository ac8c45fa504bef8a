-- What /metrics reports, kept current by the write that records a release (same transaction), so a
-- scrape reads one row per repository (and at most the configured number of them) instead of
-- aggregating every release ever recorded. Rows are updated in place; the releases table still is not.
CREATE TABLE release_repository_stats (
  repository           text        PRIMARY KEY,
  passed               bigint      NOT NULL DEFAULT 0 CHECK (passed >= 0),
  failed               bigint      NOT NULL DEFAULT 0 CHECK (failed >= 0),
  -- The latest release of the repository (highest id), as the blocking gauge reports it.
  last_release_id      bigint      NOT NULL,
  last_recorded_at     timestamptz NOT NULL,
  blocking             integer     NOT NULL,
  blocking_by_severity jsonb
);
-- Per-repository series go to the most recently released repositories first.
CREATE INDEX release_repository_stats_recent ON release_repository_stats (last_release_id DESC);

INSERT INTO release_repository_stats (repository, passed, failed, last_release_id, last_recorded_at, blocking, blocking_by_severity)
SELECT l.repository, c.passed, c.failed, l.id, l.recorded_at, l.blocking, l.blocking_by_severity
FROM (SELECT DISTINCT ON (repository) repository, id, recorded_at, blocking, blocking_by_severity
      FROM releases ORDER BY repository, id DESC) l
JOIN (SELECT repository, count(*) FILTER (WHERE verdict = 'passed') AS passed, count(*) FILTER (WHERE verdict = 'failed') AS failed
      FROM releases GROUP BY repository) c USING (repository);
