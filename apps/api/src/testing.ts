import { openSeededMemoryDb } from '@aila/db';
import { createApp } from './app.ts';

/** An app over a fresh, seeded in-memory database; one per test file. */
export function createTestApp() {
  const db = openSeededMemoryDb();
  const logged: unknown[] = [];
  const app = createApp({
    db,
    clock: () => new Date('2026-06-01T00:00:00.000Z'),
    log: (_message, error) => logged.push(error),
  });
  return { app, db, logged };
}
