-- The day a record was last checked (its reviewedOn, or the day its latest revision was
-- published): the engine flags records older than the registry's limit as possibly out of date.
ALTER TABLE deployments ADD COLUMN checked_on TEXT NOT NULL DEFAULT '';
UPDATE deployments SET checked_on = COALESCE(json_extract(record, '$.reviewedOn'), substr(updated_at, 1, 10));
