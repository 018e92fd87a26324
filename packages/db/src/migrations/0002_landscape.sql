-- The national landscape (findings, recommendations, indicators, milestones, frameworks),
-- validated as one document by the domain schema and stored whole.
CREATE TABLE landscape (
  key        TEXT PRIMARY KEY,
  document   TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
