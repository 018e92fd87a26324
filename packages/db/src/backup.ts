import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Db } from './connection.ts';
import { DatabaseTooNewError, loadMigrations } from './migrate.ts';

/** Checks a database file: SQLite's integrity check and a schema this release knows. */
export function checkDatabaseFile(path: string): { version: number; deployments: number } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${path} fails SQLite's integrity check: ${String(integrity)}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    const known = Math.max(...loadMigrations().map((m) => m.version));
    if (version > known) throw new DatabaseTooNewError(version, known);
    const deployments =
      version > 0 ? (db.prepare('SELECT COUNT(*) AS n FROM deployments').get() as { n: number }).n : 0;
    return { version, deployments };
  } finally {
    db.close();
  }
}

/**
 * Copies a live database with SQLite's online backup: consistent at one moment even while the
 * server keeps writing. The copy is checked before it is reported done.
 */
export async function backupDatabase(db: Db, destination: string): Promise<{ deployments: number; pages: number }> {
  if (existsSync(destination)) throw new Error(`${destination} exists already: choose a new file name.`);
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  const { totalPages } = await db.backup(partial);
  const { deployments } = checkDatabaseFile(partial);
  renameSync(partial, destination);
  return { deployments, pages: totalPages };
}

/**
 * Puts a backup in place of the database at `target` (the server must be stopped). The file
 * there before is kept beside it, never deleted.
 */
export function restoreDatabase(
  backup: string,
  target: string,
  now: Date,
): { kept: string | null; deployments: number } {
  const { deployments } = checkDatabaseFile(backup);
  let kept: string | null = null;
  if (existsSync(target)) {
    const current = new Database(target, { fileMustExist: true });
    try {
      // Leaving WAL mode needs the only connection: it fails while a server holds the database open.
      current.pragma('busy_timeout = 0');
      const mode = current.pragma('journal_mode = DELETE', { simple: true });
      if (mode !== 'delete') throw new Error('in use');
    } catch {
      throw new Error(`${target} is in use: stop the server before restoring.`);
    } finally {
      current.close();
    }
    kept = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, kept);
    for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  }
  copyFileSync(backup, `${target}.partial`);
  renameSync(`${target}.partial`, target);
  return { kept, deployments };
}
