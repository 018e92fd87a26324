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
  if (!options.readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    migrate(db);
    ensureSearchIndex(db);
    ensureDerivedColumns(db);
  }
  return db;
}
