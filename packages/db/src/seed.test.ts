import { recordOf } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { openDatabase } from './connection.ts';
import { countDeployments, getDeployment, listRevisions } from './deployments.ts';
import { publish } from './publish.ts';
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

describe('seed changes', () => {
  const files = readSeedFiles(SEED_DIR);
  const records = files.deployments as { id: string; stage: string }[];

  test('a changed record in the seed is published as a new revision; the old one is kept', () => {
    const db = openDatabase(':memory:');
    applySeed(db, files, NOW);
    const id = records[0]?.id ?? '';
    const changed = records.map((r) => (r.id === id ? { ...r, stage: 'retired' } : r));
    const result = applySeed(db, { ...files, deployments: changed }, '2026-03-01T00:00:00.000Z');
    expect(result.changed).toBe(1);
    const after = getDeployment(db, id);
    expect(after?.revision).toBe(2);
    expect(after?.stage).toBe('retired');
    expect(after?.publishedAt).toBe(NOW);
    expect(after?.updatedAt).toBe('2026-03-01T00:00:00.000Z');
    expect(listRevisions(db, id).map((r) => r.revision)).toEqual([2, 1]);
    expect(countDeployments(db, { stage: ['retired'] })).toBeGreaterThanOrEqual(1);
  });

  test('a record removed from the seed is withdrawn: gone from lists and counts, kept in its history', () => {
    const db = openDatabase(':memory:');
    applySeed(db, files, NOW);
    const total = countDeployments(db, {});
    const [gone, ...rest] = records;
    const result = applySeed(db, { ...files, deployments: rest }, '2026-04-01T00:00:00.000Z');
    expect(result.withdrawn).toBe(1);
    expect(countDeployments(db, {})).toBe(total - 1);
    const page = getDeployment(db, gone?.id ?? '');
    expect(page?.status).toBe('withdrawn');
    expect(page?.withdrawnAt).toBe('2026-04-01T00:00:00.000Z');
    expect(listRevisions(db, gone?.id ?? '').map((r) => r.status)).toEqual(['withdrawn', 'published']);
    // Back in the seed, it is published again as a new revision.
    applySeed(db, files, '2026-05-01T00:00:00.000Z');
    expect(countDeployments(db, {})).toBe(total);
    expect(getDeployment(db, gone?.id ?? '')?.revision).toBe(3);
  });

  test('a seed that would withdraw most of the catalogue is refused unless forced', () => {
    const db = openDatabase(':memory:');
    applySeed(db, files, NOW);
    const total = countDeployments(db, {});
    expect(() => applySeed(db, { ...files, deployments: [] }, NOW)).toThrow(/would withdraw \d+ of \d+/);
    expect(countDeployments(db, {})).toBe(total);
    const forced = applySeed(db, { ...files, deployments: [] }, NOW, { force: true });
    expect(forced.withdrawn).toBe(total);
    expect(countDeployments(db, {})).toBe(0);
  });

  test('a record whose latest revision came from an agency is never reverted or withdrawn by the seed', () => {
    const db = openDatabase(':memory:');
    applySeed(db, files, NOW);
    const id = records[0]?.id ?? '';
    const before = getDeployment(db, id);
    if (!before) throw new Error('missing');
    const record = recordOf(before);
    publish(
      db,
      { ...record, stage: 'pilot', yearLatestInfo: 2026 },
      { actor: 'officer@example.org', origin: 'submission', now: NOW },
    );
    // The curators edit the same record in the seed, then remove it.
    const edited = records.map((r) => (r.id === id ? { ...r, stage: 'retired' } : r));
    const result = applySeed(db, { ...files, deployments: edited }, '2026-06-01T00:00:00.000Z');
    expect(result.kept).toBe(1);
    expect(getDeployment(db, id)?.stage).toBe('pilot');
    applySeed(db, { ...files, deployments: records.filter((r) => r.id !== id) }, '2026-07-01T00:00:00.000Z');
    expect(getDeployment(db, id)?.status).toBe('published');
    expect(listRevisions(db, id)).toHaveLength(2);
  });
});
