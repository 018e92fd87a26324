import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Db, openDatabase } from './connection.ts';
import { loadInstrument } from './readiness.ts';
import { applySeed, readSeedFiles } from './seed.ts';

/** The curated seed directory shipped with the project. */
export const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'seed');
/** The readiness instrument shipped with the project. */
export const READINESS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'readiness');

/** A fresh in-memory database, migrated and loaded with the real seed and readiness instrument. */
export function openSeededMemoryDb(now = '2026-01-01T00:00:00.000Z'): Db {
  const db = openDatabase(':memory:');
  applySeed(db, readSeedFiles(SEED_DIR), now);
  loadInstrument(db, READINESS_DIR, now);
  return db;
}
