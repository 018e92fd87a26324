-- AILA's indicative risk tier, computed from each record by the domain's rules (an empty value
-- is filled in by the application when the database is opened; a change of the rules ships
-- with a migration that empties the column again).
ALTER TABLE deployments ADD COLUMN indicative_tier TEXT NOT NULL DEFAULT '';
