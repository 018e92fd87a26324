import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { ensureDerivedColumns, ensureSearchIndex } from './publish.ts';

export type Db = Database.Database;

/** Opens (creating if needed) a database with WAL and foreign keys on, and migrates it. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) enableWal(db);
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    migrate(db);
    ensureSearchIndex(db);
    ensureDerivedColumns(db);
  }
  return db;
}

/**
 * Switches to WAL. The switch needs the database to itself and SQLite answers "busy" at once,
 * without waiting, while another process holds it (two servers starting on a new file): retry.
 */
function enableWal(db: Db): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let attempt = 0; ; attempt++) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 100) throw error;
      Atomics.wait(pause, 0, 0, 50);
    }
  }
}
