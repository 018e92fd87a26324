-- Agency readiness: the instrument by version, and each agency's answers per survey round.
CREATE TABLE readiness_instruments (
  version   INTEGER PRIMARY KEY,
  hash      TEXT NOT NULL,
  document  TEXT NOT NULL,
  loaded_at TEXT NOT NULL
) STRICT;

-- A stable stand-in for each agency in public files; never derived from the agency's id.
CREATE TABLE readiness_pseudonyms (
  agency_id TEXT PRIMARY KEY REFERENCES agencies(id),
  pseudonym TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE readiness_responses (
  id                 TEXT PRIMARY KEY,
  agency_id          TEXT NOT NULL REFERENCES agencies(id),
  round              TEXT NOT NULL,
  instrument_version INTEGER NOT NULL REFERENCES readiness_instruments(version),
  answers            TEXT NOT NULL,
  complete           INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
  published          INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  updated_by         TEXT NOT NULL REFERENCES users(id),
  UNIQUE (agency_id, round)
) STRICT;
CREATE INDEX readiness_responses_round ON readiness_responses(round, complete);
