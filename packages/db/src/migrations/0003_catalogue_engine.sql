-- Every coded field the catalogue engine reads is a column of `deployments` (named in the
-- field registry); several-valued fields hold a JSON array. Records are published or
-- withdrawn, never deleted; every change is logged with a stored catalogue version.
ALTER TABLE deployments ADD COLUMN agency_level TEXT NOT NULL DEFAULT '';
ALTER TABLE deployments ADD COLUMN secondary_sectors TEXT NOT NULL DEFAULT '[]';
ALTER TABLE deployments ADD COLUMN techniques TEXT NOT NULL DEFAULT '[]';
ALTER TABLE deployments ADD COLUMN intended_users TEXT NOT NULL DEFAULT '[]';
ALTER TABLE deployments ADD COLUMN year_latest_info INTEGER;
ALTER TABLE deployments ADD COLUMN status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'withdrawn'));
ALTER TABLE deployments ADD COLUMN withdrawn_at TEXT;

UPDATE deployments SET
  agency_level = (SELECT a.level FROM agencies a WHERE a.id = deployments.agency_id),
  secondary_sectors = COALESCE(json_extract(record, '$.secondarySectors'), '[]'),
  techniques = COALESCE(json_extract(record, '$.techniques'), '[]'),
  intended_users = COALESCE(json_extract(record, '$.intendedUsers'), '[]'),
  year_latest_info = json_extract(record, '$.yearLatestInfo');

DROP TABLE deployment_techniques;
DROP TABLE deployment_users;

-- Who published each version and through which path; a withdrawal is a version too.
ALTER TABLE deployment_revisions ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
ALTER TABLE deployment_revisions ADD COLUMN actor TEXT NOT NULL DEFAULT 'seed';
ALTER TABLE deployment_revisions ADD COLUMN origin TEXT NOT NULL DEFAULT 'seed';

-- The catalogue version is the highest change number. A change names the deployment it
-- touched (NULL for the landscape), so a reader at version v applies only what came after.
CREATE TABLE catalogue_changes (
  version       INTEGER PRIMARY KEY,
  deployment_id TEXT,
  changed_at    TEXT NOT NULL
) STRICT;
INSERT INTO catalogue_changes (deployment_id, changed_at)
  SELECT id, updated_at FROM deployments ORDER BY rowid;
