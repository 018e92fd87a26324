import { execFile } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { kill9, ROOT, SEED_RECORDS, startServer, tempDir } from './harness.ts';

const run = promisify(execFile);
const MAPPINGS = join(ROOT, 'data', 'mappings');

async function total(base: string, query: string): Promise<number> {
  const res = await fetch(`${base}/api/v1/deployments?pageSize=1&${query}`);
  return ((await res.json()) as { total: number }).total;
}

describe('registers at start and from the command line', () => {
  test('the first start imports the shipped registers, a restart skips them, and Vietnam’s records stay as they were', async () => {
    const path = join(tempDir('registers'), 'aila.sqlite');
    let importedAt: string[] = [];
    const first = await startServer({ DATABASE_PATH: path, REGISTERS_DIR: MAPPINGS }, 120_000);
    try {
      expect(await total(first.base, 'country=VN')).toBe(SEED_RECORDS);
      expect(await total(first.base, 'register=nl-algoritmeregister')).toBeGreaterThan(1500);
      expect(await total(first.base, 'country=US')).toBeGreaterThan(3000);
      const registers = (await (await fetch(`${first.base}/api/v1/registers`)).json()) as {
        items: { id: string; importedAt: string }[];
      };
      expect(registers.items.map((r) => r.id).sort()).toEqual(['nl-algoritmeregister', 'uk-atrs', 'us-omb-2025']);
      importedAt = registers.items.map((r) => r.importedAt);
    } finally {
      await kill9(first);
    }
    const again = await startServer({ DATABASE_PATH: path, REGISTERS_DIR: MAPPINGS }, 60_000);
    try {
      // The same files: nothing is read again.
      const registers = (await (await fetch(`${again.base}/api/v1/registers`)).json()) as {
        items: { importedAt: string }[];
      };
      expect(registers.items.map((r) => r.importedAt)).toEqual(importedAt);
      expect(await total(again.base, 'register=uk-atrs')).toBe(130);
    } finally {
      await kill9(again);
    }
  }, 240_000);

  test('a running server sees an import made by the command line, without a restart', async () => {
    const path = join(tempDir('registers-cli'), 'aila.sqlite');
    const running = await startServer({ DATABASE_PATH: path });
    try {
      expect(await total(running.base, 'country=GB')).toBe(0);
      // The UK file and its mapping, copied elsewhere: the file is given on the command line.
      const dir = tempDir('registers-file');
      copyFileSync(join(ROOT, 'data', 'registers', 'uk-atrs-records.json'), join(dir, 'uk.json'));
      const mapping = JSON.parse(
        (await import('node:fs')).readFileSync(join(MAPPINGS, 'uk-atrs.json'), 'utf8'),
      ) as Record<string, unknown>;
      delete mapping.file;
      delete mapping.$schema;
      writeFileSync(join(dir, 'mapping.json'), JSON.stringify(mapping));
      const cli = join(ROOT, 'apps', 'api', 'dist', 'import.js');
      const env = { ...process.env, DATABASE_PATH: path };
      const dry = await run(
        process.execPath,
        [cli, join(dir, 'uk.json'), '--mapping', join(dir, 'mapping.json'), '--dry-run'],
        { env },
      );
      expect(dry.stdout).toMatch(/\[dry run, nothing written\].*136 rows — 130 imported/);
      expect(await total(running.base, 'country=GB')).toBe(0);
      const report = join(dir, 'report.json');
      const done = await run(
        process.execPath,
        [cli, join(dir, 'uk.json'), '--mapping', join(dir, 'mapping.json'), '--report', report],
        { env },
      );
      expect(done.stdout).toMatch(/136 rows — 130 imported, 0 updated, 0 unchanged, 6 rejected/);
      expect(await total(running.base, 'country=GB')).toBe(130);
      expect(await total(running.base, 'q=chatbot&country=GB')).toBeGreaterThan(0);
      const bad = await run(process.execPath, [cli, join(dir, 'uk.json'), '--mapping', join(dir, 'report.json')], {
        env,
      }).catch((e: { code: number; stderr: string }) => e);
      expect((bad as { code: number }).code).toBe(1);
      expect((bad as { stderr: string }).stderr).toMatch(/Nothing imported: .* is not a valid mapping/);
    } finally {
      await kill9(running);
    }
  }, 120_000);
});
