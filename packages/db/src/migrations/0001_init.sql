-- Agencies, deployments and their parts. A deployment's validated record is kept as JSON
-- (the source of truth for reads); the columns and child tables are for filtering and stats.
CREATE TABLE agencies (
  id            TEXT PRIMARY KEY,
  name_en       TEXT NOT NULL,
  name_vi       TEXT NOT NULL,
  level         TEXT NOT NULL,
  parent_id     TEXT REFERENCES agencies(id),
  country       TEXT NOT NULL,
  province_code TEXT,
  website       TEXT
) STRICT;

CREATE TABLE deployments (
  id                    TEXT PRIMARY KEY,
  agency_id             TEXT NOT NULL REFERENCES agencies(id),
  country               TEXT NOT NULL,
  province_code         TEXT,
  sector                TEXT NOT NULL,
  category              TEXT NOT NULL,
  stage                 TEXT NOT NULL,
  year_started          INTEGER,
  builder               TEXT NOT NULL,
  ai_kind               TEXT NOT NULL,
  funding_source        TEXT NOT NULL,
  personal_data         TEXT NOT NULL,
  biometric_data        TEXT NOT NULL,
  risk_tier             TEXT NOT NULL,
  has_impact_assessment INTEGER NOT NULL,
  gaps_assessed         INTEGER NOT NULL,
  provenance            TEXT NOT NULL,
  title_en              TEXT NOT NULL,
  title_vi              TEXT NOT NULL,
  revision              INTEGER NOT NULL,
  published_at          TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  record                TEXT NOT NULL
) STRICT;
CREATE INDEX deployments_agency ON deployments(agency_id);
CREATE INDEX deployments_sector ON deployments(sector);
CREATE INDEX deployments_category ON deployments(category);
CREATE INDEX deployments_stage ON deployments(stage);
CREATE INDEX deployments_province ON deployments(province_code);
CREATE INDEX deployments_year ON deployments(year_started);
CREATE INDEX deployments_provenance ON deployments(provenance);

CREATE TABLE deployment_techniques (
  deployment_id TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
  technique     TEXT NOT NULL,
  PRIMARY KEY (deployment_id, technique)
) STRICT, WITHOUT ROWID;
CREATE INDEX deployment_techniques_technique ON deployment_techniques(technique);

CREATE TABLE deployment_users (
  deployment_id TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
  user_group    TEXT NOT NULL,
  PRIMARY KEY (deployment_id, user_group)
) STRICT, WITHOUT ROWID;

CREATE TABLE sources (
  deployment_id TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  url           TEXT NOT NULL,
  title         TEXT,
  publisher     TEXT,
  published_on  TEXT,
  language      TEXT,
  PRIMARY KEY (deployment_id, position)
) STRICT;

CREATE TABLE gaps (
  deployment_id TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  dimension     TEXT NOT NULL,
  issue         TEXT NOT NULL,
  severity      INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 3),
  note_en       TEXT,
  note_vi       TEXT,
  source_url    TEXT NOT NULL,
  PRIMARY KEY (deployment_id, position)
) STRICT;
CREATE INDEX gaps_dimension ON gaps(dimension, severity);

CREATE TABLE ethics (
  deployment_id TEXT NOT NULL REFERENCES deployments(id) ON DELETE CASCADE,
  principle     TEXT NOT NULL,
  status        TEXT NOT NULL,
  evidence      TEXT,
  PRIMARY KEY (deployment_id, principle)
) STRICT, WITHOUT ROWID;

-- Every published version of a deployment, never overwritten.
CREATE TABLE deployment_revisions (
  deployment_id TEXT NOT NULL,
  revision      INTEGER NOT NULL,
  record        TEXT NOT NULL,
  published_at  TEXT NOT NULL,
  PRIMARY KEY (deployment_id, revision)
) STRICT;

-- Search text, folded for case and diacritics (including đ) by the same function as queries.
-- rowid = deployments.rowid.
CREATE VIRTUAL TABLE deployments_fts USING fts5(
  title, summary, agency, sources,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
