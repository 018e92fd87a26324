-- Other countries' registers: the register an imported record comes from, and what the
-- register itself states (high-risk or high-impact, impact assessment carried out).
ALTER TABLE deployments ADD COLUMN register TEXT;
ALTER TABLE deployments ADD COLUMN high_impact TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE deployments ADD COLUMN impact_assessed TEXT NOT NULL DEFAULT 'unknown';
UPDATE deployments SET
  register = json_extract(record, '$.provenance.register'),
  high_impact = COALESCE(json_extract(record, '$.highImpact'), 'unknown'),
  impact_assessed = COALESCE(json_extract(record, '$.impactAssessed'), 'unknown');

-- One row per register read by the importer: its names, coverage and caveats (from its
-- mapping file), and the last import.
CREATE TABLE registers (
  id            TEXT PRIMARY KEY,
  country       TEXT NOT NULL,
  name_en       TEXT NOT NULL,
  name_vi       TEXT NOT NULL,
  url           TEXT NOT NULL,
  licence       TEXT NOT NULL,
  description   TEXT NOT NULL,  -- JSON: { coverage: {en, vi}, caveats: [{en, vi}] }
  file          TEXT NOT NULL,
  file_date     TEXT,
  file_sha256   TEXT NOT NULL,  -- of the file and its mapping: an identical re-import is skipped
  rows_in_file  INTEGER NOT NULL,
  imported_at   TEXT NOT NULL
);
