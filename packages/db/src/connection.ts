import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';
import { ensureDerivedColumns, ensureSearchIndex } from './publish.ts';

export type Db = Database.Database;

/** How much of the database file is read through a memory map. */
const MMAP_BYTES = 1024 * 2 ** 20;

/** Opens (creating if needed) a database with WAL and foreign keys on, and migrates it. */
export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) enableWal(db);
  db.pragma('foreign_keys = ON');
  // Pages of the records a list answer reads stay in memory: 64 MB of page cache, and reads of
  // the file through a memory map (the operating system shares it between processes) instead of
  // a system call per page.
  db.pragma('cache_size = -65536');
  db.pragma(`mmap_size = ${MMAP_BYTES}`);
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
