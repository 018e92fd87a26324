import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { openDatabase } from './connection.ts';
import { countDeployments, getDeployment, listDeployments, listRevisions } from './deployments.ts';
import { DatabaseTooNewError, loadMigrations } from './migrate.ts';
import { applySeed, readSeedFiles } from './seed.ts';
import { SEED_DIR } from './testing.ts';

/** A catalogue database written by the release before the catalogue engine (schema version 2). */
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'release-0002.sqlite');
const latest = Math.max(...loadMigrations().map((m) => m.version));

function copyOfFixture(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'aila-migrate-')), 'aila.sqlite');
  copyFileSync(FIXTURE, path);
  return path;
}

describe('migrations', () => {
  test('a database made by the previous release migrates forward with nothing lost', () => {
    const path = copyOfFixture();
    const before = new Database(path, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(2);
    const ids = (before.prepare('SELECT id FROM deployments ORDER BY id').all() as { id: string }[]).map((r) => r.id);
    const techniques = before.prepare('SELECT COUNT(*) AS n FROM deployment_techniques').get() as { n: number };
    before.close();

    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(countDeployments(db, {})).toBe(ids.length);
    const first = getDeployment(db, ids[0] ?? '');
    expect(first?.status).toBe('published');
    expect(listRevisions(db, ids[0] ?? '')[0]?.status).toBe('published');
    // Several-valued fields moved from their tables into the engine's columns.
    const withTechnique = listDeployments(
      db,
      { technique: ['language_llm', 'computer_vision', 'speech'] },
      { page: 1, pageSize: 100 },
    );
    expect(withTechnique.total).toBeGreaterThan(0);
    expect(techniques.n).toBeGreaterThanOrEqual(withTechnique.total);
    // The rebuilt search index finds records by their labels too.
    expect(countDeployments(db, { q: 'facial recognition' })).toBe(
      countDeployments(db, { category: ['facial_recognition'] }),
    );
    // The seed it was made from is recognised as already applied, or applied as new revisions only where it changed.
    const seed = readSeedFiles(SEED_DIR);
    const seedIds = new Set((seed.deployments as { id: string }[]).map((d) => d.id));
    const result = applySeed(db, seed, '2026-09-01T00:00:00.000Z');
    // Records the curators removed since that release are withdrawn; the seed's own are all published.
    expect(result.withdrawn).toBe(ids.filter((id) => !seedIds.has(id)).length);
    expect(countDeployments(db, {})).toBe(seedIds.size);
    db.close();
  });

  test('a database newer than the code is refused, untouched', () => {
    const path = copyOfFixture();
    const raw = new Database(path);
    raw.pragma(`user_version = ${latest + 1}`);
    raw.close();
    expect(() => openDatabase(path)).toThrow(DatabaseTooNewError);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(latest + 1);
    after.close();
  });

  test('two connections opening a fresh database migrate it once', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'aila-migrate-')), 'aila.sqlite');
    const a = openDatabase(path);
    const b = openDatabase(path);
    expect(b.pragma('user_version', { simple: true })).toBe(latest);
    a.close();
    b.close();
  });
});
