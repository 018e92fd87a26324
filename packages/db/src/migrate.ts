import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{4}_.+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      version: Number(file.slice(0, 4)),
      name: file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }));
}

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `The database is at schema version ${found}, newer than this release knows (${known}). Upgrade AILA or use another DATABASE_PATH.`,
    );
    this.name = 'DatabaseTooNewError';
  }
}

/**
 * Applies every migration newer than `PRAGMA user_version` in one immediate transaction, so two
 * processes starting together on a fresh database never both migrate. Refuses a newer database.
 */
export function migrate(db: Database.Database, migrations = loadMigrations()): number[] {
  const known = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  return db
    .transaction((): number[] => {
      const current = db.pragma('user_version', { simple: true }) as number;
      if (current > known) throw new DatabaseTooNewError(current, known);
      const applied: number[] = [];
      for (const migration of migrations) {
        if (migration.version <= current) continue;
        db.exec(migration.sql);
        db.pragma(`user_version = ${migration.version}`);
        applied.push(migration.version);
      }
      return applied;
    })
    .immediate();
}
