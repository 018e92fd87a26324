import { audit } from './audit.ts';
import { logChange } from './catalogue/version.ts';
import type { Db } from './connection.ts';
import type { User } from './people.ts';

export interface Flag {
  id: number;
  deploymentId: string;
  message: string;
  contact: string | null;
  status: 'open' | 'resolved';
  createdAt: string;
  resolvedAt: string | null;
  resolution: string | null;
}

const SELECT = `SELECT id, deployment_id AS deploymentId, message, contact, status, created_at AS createdAt,
  resolved_at AS resolvedAt, resolution FROM flags`;

/** Anyone may report a problem on a published record; it joins the reviewers' queue. */
export function createFlag(
  db: Db,
  input: { deploymentId: string; message: string; contact: string | null },
  now: string,
): Flag | undefined {
  return db
    .transaction(() => {
      const exists = db
        .prepare("SELECT 1 FROM deployments WHERE id = ? AND provenance <> 'synthetic'")
        .get(input.deploymentId);
      if (!exists) return undefined;
      const id = Number(
        db
          .prepare('INSERT INTO flags (deployment_id, message, contact, created_at) VALUES (?, ?, ?, ?)')
          .run(input.deploymentId, input.message, input.contact, now).lastInsertRowid,
      );
      // The record's public answer shows open reports: a new catalogue version renews cached answers.
      logChange(db, input.deploymentId, now);
      audit(db, {
        at: now,
        actor: 'anonymous',
        action: 'report',
        entity: 'deployment',
        entityId: input.deploymentId,
        after: { flag: id },
      });
      return db.prepare(`${SELECT} WHERE id = ?`).get(id) as Flag;
    })
    .immediate();
}

export function openFlagCount(db: Db, deploymentId: string): number {
  return (
    db.prepare("SELECT COUNT(*) AS n FROM flags WHERE deployment_id = ? AND status = 'open'").get(deploymentId) as {
      n: number;
    }
  ).n;
}

export function listFlags(db: Db, status: 'open' | 'resolved' | 'all' = 'open'): Flag[] {
  return db
    .prepare(`${SELECT} ${status === 'all' ? '' : 'WHERE status = ?'} ORDER BY id`)
    .all(...(status === 'all' ? [] : [status])) as Flag[];
}

export function resolveFlag(db: Db, id: number, resolution: string, user: User, now: string): Flag | undefined {
  return db
    .transaction(() => {
      const changed = db
        .prepare(
          "UPDATE flags SET status = 'resolved', resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ? AND status = 'open'",
        )
        .run(now, user.id, resolution, id).changes;
      if (changed === 0) return undefined;
      const { deploymentId } = db.prepare('SELECT deployment_id AS deploymentId FROM flags WHERE id = ?').get(id) as {
        deploymentId: string;
      };
      logChange(db, deploymentId, now);
      audit(db, {
        at: now,
        actor: user.email,
        action: 'resolve',
        entity: 'flag',
        entityId: String(id),
        after: { resolution },
      });
      return db.prepare(`${SELECT} WHERE id = ?`).get(id) as Flag;
    })
    .immediate();
}
