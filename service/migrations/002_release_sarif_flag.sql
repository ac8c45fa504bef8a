-- Whether a SARIF log is stored, as a column: list pages read it for every row, and an EXISTS subquery
-- per row was a measurable share of GET /api/v1/releases on the embedded database.
ALTER TABLE releases ADD COLUMN sarif_stored boolean NOT NULL DEFAULT false;
UPDATE releases r SET sarif_stored = true WHERE EXISTS (SELECT 1 FROM release_sarif s WHERE s.release_id = r.id);
