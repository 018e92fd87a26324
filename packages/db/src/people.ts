import { randomUUID } from 'node:crypto';
import { audit } from './audit.ts';
import type { Db } from './connection.ts';

export type Role = 'submitter' | 'reviewer' | 'admin';

export interface User {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  agencyId: string | null;
}

interface UserRow {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  agency_id: string | null;
  password_hash: string;
  disabled_at: string | null;
}

const toUser = (r: UserRow): User => ({ id: r.id, email: r.email, name: r.name, role: r.role, agencyId: r.agency_id });

export class UserExistsError extends Error {
  constructor(email: string) {
    super(`A user with the e-mail ${email} exists already.`);
    this.name = 'UserExistsError';
  }
}

/** Creates a user; the password arrives already hashed (never stored in clear). */
export function createUser(
  db: Db,
  input: { email: string; name?: string | null; role: Role; agencyId?: string | null; passwordHash: string },
  meta: { actor: string; now: string },
): User {
  return db
    .transaction(() => {
      if (db.prepare('SELECT 1 FROM users WHERE email = ?').get(input.email)) throw new UserExistsError(input.email);
      if (input.role === 'submitter' && !input.agencyId) throw new Error('a submitter belongs to one agency');
      if (input.agencyId && !db.prepare('SELECT 1 FROM agencies WHERE id = ?').get(input.agencyId))
        throw new Error(`unknown agency ${input.agencyId}`);
      const user: User = {
        id: randomUUID(),
        email: input.email,
        name: input.name ?? null,
        role: input.role,
        agencyId: input.role === 'submitter' ? (input.agencyId ?? null) : null,
      };
      db.prepare(
        'INSERT INTO users (id, email, name, role, agency_id, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(user.id, user.email, user.name, user.role, user.agencyId, input.passwordHash, meta.now);
      audit(db, { at: meta.now, actor: meta.actor, action: 'create', entity: 'user', entityId: user.id, after: user });
      return user;
    })
    .immediate();
}

/** The user and stored password hash for an e-mail, if the account is active. */
export function findLogin(db: Db, email: string): { user: User; passwordHash: string } | undefined {
  const row = db.prepare('SELECT * FROM users WHERE email = ? AND disabled_at IS NULL').get(email) as
    | UserRow
    | undefined;
  return row ? { user: toUser(row), passwordHash: row.password_hash } : undefined;
}

export function getUser(db: Db, id: string): User | undefined {
  const row = db.prepare('SELECT * FROM users WHERE id = ? AND disabled_at IS NULL').get(id) as UserRow | undefined;
  return row ? toUser(row) : undefined;
}

export function listUsers(db: Db): User[] {
  return (db.prepare('SELECT * FROM users WHERE disabled_at IS NULL ORDER BY email').all() as UserRow[]).map(toUser);
}

/** Stores a session by the hash of its token. */
export function createSession(
  db: Db,
  session: { tokenHash: string; userId: string; csrfToken: string; now: string; expiresAt: string },
): void {
  db.transaction(() => {
    db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(session.now);
    db.prepare(
      'INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
    ).run(session.tokenHash, session.userId, session.csrfToken, session.now, session.expiresAt);
    audit(db, { at: session.now, actor: session.userId, action: 'login', entity: 'user', entityId: session.userId });
  }).immediate();
}

export function findSession(db: Db, tokenHash: string, now: string): { user: User; csrfToken: string } | undefined {
  const row = db
    .prepare(
      `SELECT u.*, s.csrf_token FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
    )
    .get(tokenHash, now) as (UserRow & { csrf_token: string }) | undefined;
  return row ? { user: toUser(row), csrfToken: row.csrf_token } : undefined;
}

export function deleteSession(db: Db, tokenHash: string, meta: { actor: string; now: string }): void {
  db.transaction(() => {
    if (db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash).changes > 0)
      audit(db, { at: meta.now, actor: meta.actor, action: 'logout', entity: 'user', entityId: meta.actor });
  }).immediate();
}

/** Stores a personal API token by its hash; the token itself is shown once by the caller. */
export function createApiToken(
  db: Db,
  input: { userId: string; tokenHash: string; label?: string | null },
  meta: { actor: string; now: string },
): string {
  return db
    .transaction(() => {
      const id = randomUUID();
      db.prepare('INSERT INTO api_tokens (id, user_id, token_hash, label, created_at) VALUES (?, ?, ?, ?, ?)').run(
        id,
        input.userId,
        input.tokenHash,
        input.label ?? null,
        meta.now,
      );
      audit(db, {
        at: meta.now,
        actor: meta.actor,
        action: 'create',
        entity: 'api_token',
        entityId: id,
        after: { userId: input.userId, label: input.label ?? null },
      });
      return id;
    })
    .immediate();
}

export function findApiToken(db: Db, tokenHash: string, now: string): User | undefined {
  const row = db
    .prepare(
      `SELECT u.*, t.id AS token_id FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.disabled_at IS NULL`,
    )
    .get(tokenHash) as (UserRow & { token_id: string }) | undefined;
  if (!row) return undefined;
  db.prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(now, row.token_id);
  return toUser(row);
}
