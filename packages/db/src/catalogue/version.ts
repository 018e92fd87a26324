import type { Statement } from 'better-sqlite3';
import type { Db } from '../connection.ts';

const VERSION_STATEMENTS = new WeakMap<Db, Statement>();

/** The stored catalogue version: the number of the latest change. Survives restarts and is shared by processes. */
export function catalogueVersion(db: Db): number {
  let statement = VERSION_STATEMENTS.get(db);
  if (!statement) {
    statement = db.prepare('SELECT COALESCE(MAX(version), 0) FROM catalogue_changes').pluck();
    VERSION_STATEMENTS.set(db, statement);
  }
  return statement.get() as number;
}

let changesHere = 0;
/**
 * How many changes this process has logged: when it moves, the stored version may have moved too.
 * Lets a reader that remembers the version notice its own process's writes at once.
 */
export function changesInProcess(): number {
  return changesHere;
}

/** Records a change to one deployment (or to the landscape, with null) and returns the new version. */
export function logChange(db: Db, deploymentId: string | null, now: string): number {
  changesHere += 1;
  return Number(
    db.prepare('INSERT INTO catalogue_changes (deployment_id, changed_at) VALUES (?, ?)').run(deploymentId, now)
      .lastInsertRowid,
  );
}

/** Deployments changed after a version, and the version they bring the reader to. */
export function changesSince(db: Db, version: number): { ids: string[]; version: number } {
  const rows = db
    .prepare('SELECT version, deployment_id AS id FROM catalogue_changes WHERE version > ? ORDER BY version')
    .all(version) as { version: number; id: string | null }[];
  const ids = new Set<string>();
  let latest = version;
  for (const r of rows) {
    if (r.id !== null) ids.add(r.id);
    latest = r.version;
  }
  return { ids: [...ids], version: latest };
}
