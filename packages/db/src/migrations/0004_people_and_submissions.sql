-- People and access: no default accounts; secrets are stored only as hashes.
CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name          TEXT,
  role          TEXT NOT NULL CHECK (role IN ('submitter', 'reviewer', 'admin')),
  agency_id     TEXT REFERENCES agencies(id),
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  disabled_at   TEXT,
  CHECK ((role = 'submitter') = (agency_id IS NOT NULL))
) STRICT;

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE api_tokens (
  id           TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash   TEXT NOT NULL UNIQUE,
  label        TEXT,
  created_at   TEXT NOT NULL,
  last_used_at TEXT,
  revoked_at   TEXT
) STRICT;

-- A case entry from an agency, from draft to decision. `record` is the (possibly partial) record.
CREATE TABLE submissions (
  id                 TEXT PRIMARY KEY,
  deployment_id      TEXT NOT NULL,
  agency_id          TEXT NOT NULL,
  submitter_id       TEXT NOT NULL REFERENCES users(id),
  status             TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'changes_requested', 'approved', 'rejected')),
  base_revision      INTEGER,
  record             TEXT NOT NULL,
  proposed_agency    TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  submitted_at       TEXT,
  decided_at         TEXT,
  decided_by         TEXT REFERENCES users(id),
  published_revision INTEGER
) STRICT;
CREATE INDEX submissions_agency ON submissions(agency_id, status);
CREATE INDEX submissions_status ON submissions(status, submitted_at);

CREATE TABLE submission_comments (
  id            INTEGER PRIMARY KEY,
  submission_id TEXT NOT NULL REFERENCES submissions(id),
  author_id     TEXT NOT NULL REFERENCES users(id),
  action        TEXT NOT NULL,
  body          TEXT NOT NULL,
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX submission_comments_submission ON submission_comments(submission_id);

-- Problems reported by anyone on a published record.
CREATE TABLE flags (
  id            INTEGER PRIMARY KEY,
  deployment_id TEXT NOT NULL REFERENCES deployments(id),
  message       TEXT NOT NULL,
  contact       TEXT,
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
  created_at    TEXT NOT NULL,
  resolved_at   TEXT,
  resolved_by   TEXT REFERENCES users(id),
  resolution    TEXT
) STRICT;
CREATE INDEX flags_open ON flags(deployment_id, status);

-- Every state change, append-only.
CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before    TEXT,
  after     TEXT
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
