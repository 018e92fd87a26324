import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import {
  createOfficer,
  kill9,
  type Running,
  runToExit,
  SEED_RECORDS,
  signIn,
  startServer,
  tempDir,
} from './harness.ts';

function integrity(path: string): string {
  const db = new Database(path, { readonly: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

function storedIds(path: string): Set<string> {
  const db = new Database(path, { readonly: true });
  try {
    return new Set((db.prepare('SELECT id FROM submissions').all() as { id: string }[]).map((r) => r.id));
  } finally {
    db.close();
  }
}

async function published(base: string): Promise<number> {
  return ((await (await fetch(`${base}/api/v1/health`)).json()) as { deployments: number }).deployments;
}

/** Sends writes with up to `parallel` in flight until stopped; collects the ids acknowledged with 2xx. */
function burst(running: Running, client: Awaited<ReturnType<typeof signIn>>, parallel: number) {
  const acknowledged: string[] = [];
  let stopped = false;
  let sent = 0;
  const worker = async () => {
    while (!stopped && sent < 5000) {
      sent += 1;
      try {
        const res = await client.post('/api/v1/submissions', { record: { title: { en: `Burst ${sent}` } } });
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      } catch {
        // The server was killed while this request was in flight: it was never acknowledged.
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: parallel }, worker));
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await kill9(running);
      await done;
    },
  };
}

describe('faults', () => {
  test('every acknowledged write survives kill -9 mid-burst, 10 rounds, and the database stays intact', async () => {
    const dir = tempDir('faults');
    const path = join(dir, 'aila.sqlite');
    const acknowledged: string[] = [];
    for (let round = 0; round < 10; round++) {
      const running = await startServer({ DATABASE_PATH: path });
      if (round === 0) await createOfficer(path, 'burst@bachmai.gov.vn');
      const client = await signIn(running.base, 'burst@bachmai.gov.vn');
      const writes = burst(running, client, 8);
      // Let some writes through, then kill in the middle of the burst.
      while (writes.acknowledged.length < 15 + round * 3) await new Promise((r) => setTimeout(r, 5));
      await writes.stop();
      acknowledged.push(...writes.acknowledged);
      const stored = storedIds(path);
      const lost = acknowledged.filter((id) => !stored.has(id));
      expect(lost, `round ${round}`).toEqual([]);
      expect(integrity(path), `round ${round}`).toBe('ok');
    }
    const running = await startServer({ DATABASE_PATH: path });
    expect(await published(running.base)).toBe(SEED_RECORDS);
    await kill9(running);
    expect(acknowledged.length).toBeGreaterThan(150);
  }, 180_000);

  test('killed during its first start (migrations, seeding), the next start recovers fully', async () => {
    for (const delay of [40, 120, 250, 400]) {
      const path = join(tempDir('first-start'), 'aila.sqlite');
      const { spawn } = await import('node:child_process');
      const { SERVER, webStub } = await import('./harness.ts');
      const child = spawn(process.execPath, [SERVER], {
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_PATH: path, WEB_DIST: webStub() },
      });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const running = await startServer({ DATABASE_PATH: path });
      expect(await published(running.base), `killed after ${delay} ms`).toBe(SEED_RECORDS);
      await kill9(running);
      expect(integrity(path)).toBe('ok');
    }
  }, 120_000);

  test('two servers on one database: writes are serialised, none lost, no corruption', async () => {
    const path = join(tempDir('two'), 'aila.sqlite');
    // Started together on a fresh database: migrations run once, neither crashes.
    const [a, b] = await Promise.all([startServer({ DATABASE_PATH: path }), startServer({ DATABASE_PATH: path })]);
    await createOfficer(path, 'two@bachmai.gov.vn');
    const clients = await Promise.all([signIn(a.base, 'two@bachmai.gov.vn'), signIn(b.base, 'two@bachmai.gov.vn')]);
    const ids: string[] = [];
    await Promise.all(
      clients.flatMap((client) =>
        Array.from({ length: 4 }, async (_, w) => {
          for (let i = 0; i < 25; i++) {
            const res = await client.post('/api/v1/submissions', { record: { title: { en: `Two ${w}-${i}` } } });
            expect(res.status).toBe(201);
            ids.push(((await res.json()) as { id: string }).id);
          }
        }),
      ),
    );
    await Promise.all([kill9(a), kill9(b)]);
    const stored = storedIds(path);
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
    expect(ids).toHaveLength(200);
    expect(integrity(path)).toBe('ok');
  }, 120_000);

  test('a full disk or a read-only data directory: a plain error naming the path, nothing half-written', async (ctx) => {
    const dir = tempDir('mount');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'pipe' });
    } catch {
      ctx.skip();
      return;
    }
    try {
      // Too small for the seeded catalogue: the seed fails and leaves no half-written catalogue.
      const full = await runToExit({ DATABASE_PATH: join(dir, 'aila.sqlite') });
      expect(full.code).not.toBe(0);
      expect(full.output).toMatch(/AILA could not start: .*aila\.sqlite.*(disk is full|full)/);
      expect(full.output).not.toMatch(/\n\s+at /);
      const db = new Database(join(dir, 'aila.sqlite'), { readonly: true });
      const published = db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'deployments'").get() as {
        n: number;
      };
      const rows = published.n ? (db.prepare('SELECT COUNT(*) AS n FROM deployments').get() as { n: number }).n : 0;
      db.close();
      expect(rows).toBe(0);
      execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
      const readOnly = await runToExit({ DATABASE_PATH: join(dir, 'other.sqlite') });
      expect(readOnly.code).not.toBe(0);
      expect(readOnly.output).toMatch(/AILA could not start: cannot use the database at .*other\.sqlite: .*read-only/);
    } finally {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    }
  }, 60_000);
});
