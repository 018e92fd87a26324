import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Deployment, recordOf } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { getAgency } from './agencies.ts';
import { catalogueVersion } from './catalogue/index.ts';
import { openDatabase } from './connection.ts';
import { countDeployments, getDeployment, listDeployments, listRevisions } from './deployments.ts';
import { publish, StaleRevisionError, saveAgency, withdraw } from './publish.ts';
import { applySeed, readSeedFiles } from './seed.ts';
import { openSeededMemoryDb, SEED_DIR } from './testing.ts';

const NOW = '2026-07-01T00:00:00.000Z';
const meta = { actor: 'reviewer@example.org', origin: 'correction' as const, now: NOW };

describe('publish', () => {
  test('an unchanged record writes nothing; a change is a new revision with who published it', () => {
    const db = openSeededMemoryDb();
    const d = getDeployment(db, 'court-judges-assistant') as Deployment;
    const version = catalogueVersion(db);
    expect(publish(db, recordOf(d), meta)).toEqual({ id: d.id, revision: 1, changed: false });
    expect(catalogueVersion(db)).toBe(version);
    expect(publish(db, { ...recordOf(d), stage: 'retired' }, meta).revision).toBe(2);
    expect(catalogueVersion(db)).toBe(version + 1);
    const row = db
      .prepare('SELECT actor, origin FROM deployment_revisions WHERE deployment_id = ? AND revision = 2')
      .get(d.id);
    expect(row).toEqual({ actor: meta.actor, origin: 'correction' });
    expect(countDeployments(db, { stage: ['retired'], q: 'judges' })).toBe(1);
  });

  test('publishing from a stale revision is refused and changes nothing', () => {
    const db = openSeededMemoryDb();
    const d = getDeployment(db, 'court-judges-assistant') as Deployment;
    publish(db, { ...recordOf(d), stage: 'retired' }, meta);
    expect(() => publish(db, { ...recordOf(d), stage: 'pilot' }, { ...meta, baseRevision: 1 })).toThrow(
      StaleRevisionError,
    );
    expect(getDeployment(db, d.id)?.stage).toBe('retired');
    expect(listRevisions(db, d.id)).toHaveLength(2);
  });

  test('a withdrawn record leaves search, lists and facets, and keeps its page and history', () => {
    const db = openSeededMemoryDb();
    const total = countDeployments(db, {});
    withdraw(db, 'court-judges-assistant', meta);
    expect(countDeployments(db, {})).toBe(total - 1);
    expect(countDeployments(db, { q: 'court judges assistant' })).toBe(0);
    expect(getDeployment(db, 'court-judges-assistant')?.status).toBe('withdrawn');
    expect(listRevisions(db, 'court-judges-assistant').map((r) => [r.revision, r.status])).toEqual([
      [2, 'withdrawn'],
      [1, 'published'],
    ]);
  });

  test('renaming an agency updates search and its level filter', () => {
    const db = openSeededMemoryDb();
    const d = getDeployment(db, 'court-judges-assistant') as Deployment;
    const agency = getAgency(db, d.agencyId);
    if (!agency) throw new Error('agency missing');
    expect(countDeployments(db, { q: 'Xylophone' })).toBe(0);
    saveAgency(db, { ...agency, level: 'commune', name: { en: 'Xylophone Court', vi: 'Tòa án Xylophone' } }, NOW);
    const found = listDeployments(db, { q: 'xylophone' }, { page: 1, pageSize: 50 });
    expect(found.items.map((x) => x.id)).toContain(d.id);
    expect(found.items.find((x) => x.id === d.id)?.agency.name.en).toBe('Xylophone Court');
    expect(countDeployments(db, { agencyLevel: ['commune'], q: 'xylophone' })).toBe(found.total);
  });
});

describe('the catalogue version', () => {
  test('survives a restart and a write by another process is seen on the next query', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aila-version-'));
    const path = join(dir, 'aila.sqlite');
    const db = openDatabase(path);
    applySeed(db, readSeedFiles(SEED_DIR), NOW);
    const total = countDeployments(db, {});
    const version = catalogueVersion(db);
    expect(version).toBeGreaterThan(0);

    // Another process withdraws one record and publishes a change to another.
    const script = join(dir, 'write.ts');
    const dbIndex = join(dirname(fileURLToPath(import.meta.url)), 'index.ts');
    writeFileSync(
      script,
      `import { openDatabase, withdraw, getDeployment, publish } from ${JSON.stringify(dbIndex)};
const db = openDatabase(${JSON.stringify(path)});
const meta = { actor: 'importer', origin: 'import', now: '2026-08-01T00:00:00.000Z' };
withdraw(db, 'court-judges-assistant', meta);
const { agency, revision, status, withdrawnAt, publishedAt, updatedAt, ...record } = getDeployment(db, 'vneid-biometric-boarding');
publish(db, { ...record, stage: 'retired' }, meta);
db.close();`,
    );
    execFileSync(process.execPath, ['--import', 'tsx', script], { stdio: 'pipe' });

    expect(countDeployments(db, {})).toBe(total - 1);
    expect(countDeployments(db, { stage: ['retired'], q: 'boarding' })).toBe(1);
    expect(catalogueVersion(db)).toBe(version + 2);
    db.close();
    const reopened = openDatabase(path);
    expect(catalogueVersion(reopened)).toBe(version + 2);
    expect(countDeployments(reopened, {})).toBe(total - 1);
    reopened.close();
  });
});
