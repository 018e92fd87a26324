import type { Db } from './connection.ts';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Appends one state change; call it inside the transaction that makes the change. */
export function audit(
  db: Db,
  entry: {
    at: string;
    actor: string;
    action: string;
    entity: string;
    entityId: string;
    before?: unknown;
    after?: unknown;
  },
): void {
  db.prepare(
    'INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(
    entry.at,
    entry.actor,
    entry.action,
    entry.entity,
    entry.entityId,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}

export interface AuditQuery {
  entity?: string;
  actor?: string;
  action?: string;
  before?: number;
  limit: number;
}

/** Newest first; `before` pages by id. */
export function listAudit(db: Db, query: AuditQuery): AuditEntry[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  for (const [column, value] of [
    ['entity', query.entity],
    ['actor', query.actor],
    ['action', query.action],
  ] as const) {
    if (value) {
      where.push(`${column} = ?`);
      args.push(value);
    }
  }
  if (query.before) {
    where.push('id < ?');
    args.push(query.before);
  }
  const rows = db
    .prepare(
      `SELECT id, at, actor, action, entity, entity_id AS entityId, before, after FROM audit_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
    )
    .all(...args, query.limit) as (Omit<AuditEntry, 'before' | 'after'> & {
    before: string | null;
    after: string | null;
  })[];
  return rows.map((r) => ({
    ...r,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  }));
}
