import { describe, expect, test } from 'vitest';
import { openDatabase } from './connection.ts';
import { countDeployments, getDeployment, listRevisions, saveDeployment } from './deployments.ts';
import { applySeed, readSeedFiles, SeedValidationError, seedIfChanged } from './seed.ts';
import { SEED_DIR } from './testing.ts';

const NOW = '2026-01-01T00:00:00.000Z';

describe('seed loader', () => {
  test('loads the curated seed: every record validated, with at least one source', () => {
    const db = openDatabase(':memory:');
    const files = readSeedFiles(SEED_DIR);
    const result = applySeed(db, files, NOW);
    expect(result.deployments).toBe((files.deployments as unknown[]).length);
    expect(result.deployments).toBeGreaterThanOrEqual(5);
    expect(countDeployments(db, {})).toBe(result.deployments);
    const noSource = db
      .prepare(
        'SELECT COUNT(*) AS n FROM deployments d WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.deployment_id = d.id)',
      )
      .get() as { n: number };
    expect(noSource.n).toBe(0);
  });

  test('refuses an invalid file with the record id and field path, loading nothing', () => {
    const db = openDatabase(':memory:');
    const files = readSeedFiles(SEED_DIR);
    const deployments = structuredClone(files.deployments) as Record<string, unknown>[];
    const first = deployments[0] as { id: string; sources: unknown[] };
    first.sources = [];
    (deployments[1] as Record<string, unknown>).sector = 'astrology';
    let error: unknown;
    try {
      applySeed(db, { agencies: files.agencies, deployments }, NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems;
    expect(problems).toContainEqual(expect.objectContaining({ record: first.id, path: 'sources' }));
    expect(problems).toContainEqual(
      expect.objectContaining({ record: (deployments[1] as { id: string }).id, path: 'sector' }),
    );
    expect(countDeployments(db, {})).toBe(0);
    expect((db.prepare('SELECT COUNT(*) AS n FROM agencies').get() as { n: number }).n).toBe(0);
  });

  test('refuses a deployment that names an unknown agency, and synthetic records', () => {
    const db = openDatabase(':memory:');
    const files = readSeedFiles(SEED_DIR);
    const deployments = structuredClone(files.deployments) as Record<string, unknown>[];
    (deployments[0] as Record<string, unknown>).agencyId = 'no-such-agency';
    (deployments[1] as Record<string, unknown>).provenance = { kind: 'synthetic' };
    expect(() => applySeed(db, { agencies: files.agencies, deployments }, NOW)).toThrow(/no-such-agency/);
    expect(() => applySeed(db, { agencies: files.agencies, deployments }, NOW)).toThrow(/synthetic/);
    expect(countDeployments(db, {})).toBe(0);
  });

  test('refuses a landscape whose recommendation has no source, and loads nothing', () => {
    const db = openDatabase(':memory:');
    const files = readSeedFiles(SEED_DIR);
    const landscape = structuredClone(files.landscape) as { recommendations: { sources: unknown[] }[] };
    const first = landscape.recommendations[0];
    if (first) first.sources = [];
    expect(() => applySeed(db, { ...files, landscape }, NOW)).toThrow(/landscape\.json - recommendations\.0\.sources/);
    expect(countDeployments(db, {})).toBe(0);
  });

  test('is applied once, then again only when the files change', () => {
    const db = openDatabase(':memory:');
    expect(seedIfChanged(db, SEED_DIR, NOW)).not.toBeNull();
    expect(seedIfChanged(db, SEED_DIR, NOW)).toBeNull();
  });
});

describe('agency hierarchy', () => {
  test('loads children listed before their parents, at any depth', () => {
    const db = openDatabase(':memory:');
    const agency = (id: string, parentId: string | null) => ({
      id,
      name: { en: id, vi: id },
      level: 'central',
      parentId,
      country: 'VN',
    });
    const agencies = [agency('ward', 'city'), agency('city', 'ministry'), agency('ministry', null)];
    expect(applySeed(db, { agencies, deployments: [] }, NOW).agencies).toBe(3);
  });

  test('refuses a parent chain that loops', () => {
    const db = openDatabase(':memory:');
    const agencies = [
      { id: 'a-agency', name: { en: 'A', vi: 'A' }, level: 'central', parentId: 'b-agency', country: 'VN' },
      { id: 'b-agency', name: { en: 'B', vi: 'B' }, level: 'central', parentId: 'a-agency', country: 'VN' },
    ];
    expect(() => applySeed(db, { agencies, deployments: [] }, NOW)).toThrow(/loops/);
  });
});

describe('revisions', () => {
  test('a changed record gets a new revision and the old one is kept', () => {
    const db = openDatabase(':memory:');
    const files = readSeedFiles(SEED_DIR);
    applySeed(db, files, NOW);
    const before = getDeployment(db, 'court-judges-assistant');
    expect(before?.revision).toBe(1);
    if (!before) throw new Error('seed record missing');
    const { agency: _a, revision: _r, publishedAt: _p, updatedAt: _u, ...record } = before;
    const unchanged = saveDeployment(db, record, '2026-02-01T00:00:00.000Z');
    expect(unchanged).toEqual({ id: record.id, revision: 1, changed: false });
    saveDeployment(db, { ...record, stage: 'retired' }, '2026-03-01T00:00:00.000Z');
    const after = getDeployment(db, 'court-judges-assistant');
    expect(after?.revision).toBe(2);
    expect(after?.stage).toBe('retired');
    expect(after?.publishedAt).toBe(NOW);
    expect(after?.updatedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(listRevisions(db, 'court-judges-assistant').map((r) => r.revision)).toEqual([2, 1]);
  });
});
