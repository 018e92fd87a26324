import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, test } from 'vitest';
import { createOfficer, kill9, ROOT, SEED_RECORDS, signIn, startServer, tempDir } from './harness.ts';

const run = promisify(execFile);

describe('backup and restore', () => {
  test('a backup taken under write load restores every record acknowledged before it began', async () => {
    const path = join(tempDir('backup'), 'aila.sqlite');
    const running = await startServer({ DATABASE_PATH: path });
    await createOfficer(path, 'backup@bachmai.gov.vn');
    const client = await signIn(running.base, 'backup@bachmai.gov.vn');
    const acknowledged: string[] = [];
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing) {
        const res = await client.post('/api/v1/submissions', { record: { title: { en: `During backup ${n++}` } } });
        if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
      }
    })();
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 5));
    const before = [...acknowledged];
    const file = join(tempDir('backup-file'), 'aila-backup.sqlite');
    const backup = await run(process.execPath, [join(ROOT, 'apps/api/dist/db-backup.js'), file], {
      env: { ...process.env, DATABASE_PATH: path },
    });
    expect(backup.stdout).toMatch(/integrity checked/);
    // Writes went on during the backup.
    const during = acknowledged.length;
    while (acknowledged.length < during + 10) await new Promise((r) => setTimeout(r, 5));
    writing = false;
    await writer;
    await kill9(running);

    const target = join(tempDir('restore'), 'aila.sqlite');
    const restore = await run(process.execPath, [join(ROOT, 'apps/api/dist/db-restore.js'), file], {
      env: { ...process.env, DATABASE_PATH: target },
    });
    expect(restore.stdout).toMatch(/Restored/);
    const db = new Database(target, { readonly: true });
    const stored = new Set((db.prepare('SELECT id FROM submissions').all() as { id: string }[]).map((r) => r.id));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(before.filter((id) => !stored.has(id))).toEqual([]);

    // The restored database serves the catalogue.
    const restored = await startServer({ DATABASE_PATH: target });
    const health = (await (await fetch(`${restored.base}/api/v1/health`)).json()) as { deployments: number };
    expect(health.deployments).toBe(SEED_RECORDS);
    await kill9(restored);
  });

  test('restoring over a database in use is refused; the file there before is kept', async () => {
    const path = join(tempDir('in-use'), 'aila.sqlite');
    const running = await startServer({ DATABASE_PATH: path });
    const file = join(tempDir('backup-file'), 'b.sqlite');
    await run(process.execPath, [join(ROOT, 'apps/api/dist/db-backup.js'), file], {
      env: { ...process.env, DATABASE_PATH: path },
    });
    const refused = await run(process.execPath, [join(ROOT, 'apps/api/dist/db-restore.js'), file], {
      env: { ...process.env, DATABASE_PATH: path },
    }).catch((error: { code: number; stderr: string }) => error);
    expect((refused as { code: number }).code).toBe(1);
    expect((refused as { stderr: string }).stderr).toMatch(/in use: stop the server/);
    await kill9(running);
    const done = await run(process.execPath, [join(ROOT, 'apps/api/dist/db-restore.js'), file], {
      env: { ...process.env, DATABASE_PATH: path },
    });
    expect(done.stdout).toMatch(/previous file is kept as .*before-restore/);
  });
});
