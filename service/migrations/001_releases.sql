-- The release ledger: one row per gate verdict, keyed by (repository, commit, build number).
-- Rows are never updated: a re-post of the same build is answered from the existing row.
CREATE TABLE releases (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  repository    text        NOT NULL,
  commit_sha    text        NOT NULL CHECK (commit_sha ~ '^[0-9a-f]{40}$'),
  branch        text        NOT NULL,
  build_number  text        NOT NULL,
  build_url     text        NOT NULL,
  image         text        NOT NULL,
  tag           text        NOT NULL,
  verdict       text        NOT NULL CHECK (verdict IN ('passed', 'failed')),
  blocking      integer     NOT NULL CHECK (blocking >= 0),
  counts        jsonb       NOT NULL,
  -- Blocking findings by severity when the verdict lists them (blockingFindings), else NULL.
  blocking_by_severity jsonb,
  by_scanner    jsonb       NOT NULL DEFAULT '{}'::jsonb,
  suppressions  jsonb       NOT NULL DEFAULT '[]'::jsonb,
  -- The whole posted document minus the SARIF log: the verdict may grow fields we do not model yet.
  report        jsonb       NOT NULL,
  -- sha256 of the canonical posted document, to tell an idempotent retry from a conflicting re-post.
  body_sha256   text        NOT NULL,
  sarif_bytes   integer,
  sarif_omitted_reason text,
  recorded_at   timestamptz NOT NULL,
  CONSTRAINT releases_build_key UNIQUE (repository, commit_sha, build_number)
);

CREATE INDEX releases_repository_id ON releases (repository, id DESC);
CREATE INDEX releases_recorded_at ON releases (recorded_at);

-- SARIF logs are large; a table of their own keeps list queries from dragging them through the buffer cache.
CREATE TABLE release_sarif (
  release_id bigint PRIMARY KEY REFERENCES releases (id) ON DELETE CASCADE,
  sarif      text   NOT NULL
);
