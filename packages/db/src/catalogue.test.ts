import { type DeploymentRecord, foldText, PROVINCES_BY_CODE, resolveProvince } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { computeFacets, countDeployments } from './deployments.ts';
import { getLandscape } from './landscape.ts';
import { readSeedFiles } from './seed.ts';
import { openSeededMemoryDb, SEED_DIR } from './testing.ts';

// The shipped catalogue, checked as data: these fail when a curated record is wrong.
const files = readSeedFiles(SEED_DIR);
const records = files.deployments as DeploymentRecord[];
const db = openSeededMemoryDb();

describe('the curated catalogue', () => {
  test('serves at least 75 real deployments across 10+ sectors and 20+ current provinces, none synthetic', () => {
    expect(countDeployments(db, {})).toBeGreaterThanOrEqual(75);
    const facets = computeFacets(db, {});
    expect(facets.sector.length).toBeGreaterThanOrEqual(10);
    const provinces = new Set(records.map((r) => r.provinceCode).filter((c) => c !== null));
    expect(provinces.size).toBeGreaterThanOrEqual(20);
    expect(facets.province.filter((p) => p.value !== 'none' && p.value !== 'national').length).toBeGreaterThanOrEqual(
      20,
    );
    expect(countDeployments(db, {}, { includeSynthetic: true })).toBe(countDeployments(db, {}));
    expect(records.every((r) => r.provenance?.kind !== 'synthetic')).toBe(true);
  });

  test('every record cites at least one http(s) source and every gap cites its evidence', () => {
    for (const r of records) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.url, r.id).toMatch(/^https?:\/\//);
      for (const g of r.gaps ?? []) expect(g.source, r.id).toMatch(/^https?:\/\//);
    }
  });

  test('no record is published without a source', () => {
    const missing = records.filter((r) => !Array.isArray(r.sources) || r.sources.length === 0).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  test('every gap gives the source’s own words as evidence, and cites one of the record’s sources', () => {
    const faults: string[] = [];
    for (const r of records) {
      const cited = new Set(r.sources.map((s) => s.url));
      for (const g of r.gaps ?? []) {
        const where = `${r.id} ${g.issue}`;
        if (typeof g.evidence !== 'string' || g.evidence.trim().length < 20) faults.push(`${where}: no evidence text`);
        if (typeof g.source !== 'string' || !/^https?:\/\//.test(g.source)) faults.push(`${where}: no source`);
        else if (!cited.has(g.source)) faults.push(`${where}: source is not among the record’s sources`);
      }
    }
    expect(faults).toEqual([]);
  });

  test('public or private AI is “unknown” unless a source states it (fieldEvidence.aiKind)', () => {
    const faults: string[] = [];
    for (const r of records) {
      const kind: string = r.aiKind ?? 'unknown';
      if (kind === 'unknown') continue;
      const evidence = r.fieldEvidence?.aiKind;
      if (!evidence || !/^https?:\/\//.test(evidence.source) || evidence.text.trim() === '')
        faults.push(`${r.id}: aiKind “${kind}” without fieldEvidence.aiKind`);
      else if (!r.sources.some((s) => s.url === evidence.source))
        faults.push(`${r.id}: fieldEvidence.aiKind cites a source the record does not list`);
    }
    expect(faults).toEqual([]);
  });

  test('a record checked against its sources says when, and not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const r of records) if (r.reviewedOn) expect(r.reviewedOn <= today, r.id).toBe(true);
  });

  test('gaps are recorded only on records marked as assessed', () => {
    for (const r of records) if ((r.gaps ?? []).length > 0) expect(r.gapsAssessed, r.id).toBe(true);
  });

  test('a place named in the source maps to the record’s current province', () => {
    for (const r of records.filter((x) => x.originalPlace)) {
      expect(resolveProvince(r.originalPlace ?? '')?.code, r.id).toBe(r.provinceCode);
    }
  });

  test('agencies are not duplicated under different ids', () => {
    const agencies = files.agencies as { id: string; name: { en: string; vi: string } }[];
    const names = agencies.map((a) => foldText(a.name.vi));
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(agencies.map((a) => foldText(a.name.en))).size).toBe(agencies.length);
  });

  test('province codes are current units', () => {
    for (const r of records) if (r.provinceCode) expect(PROVINCES_BY_CODE.has(r.provinceCode), r.id).toBe(true);
  });
});

describe('the landscape', () => {
  const landscape = getLandscape(db);

  test('has the six recommendations, each addressing gap issues, all with sources', () => {
    expect(landscape?.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const r of landscape?.recommendations ?? []) {
      expect(r.addresses.length).toBeGreaterThan(0);
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  test('keeps both reported 2023 readiness ranks, linked as a discrepancy', () => {
    const ranks2023 = (landscape?.indicators ?? []).filter((i) => i.year === 2023 && i.metric === 'rank');
    expect(ranks2023.map((i) => i.value).sort()).toEqual([39, 59]);
    for (const i of ranks2023) expect(i.conflictsWith.length).toBe(1);
    const byYear = Object.fromEntries(
      (landscape?.indicators ?? []).filter((i) => i.metric === 'rank' && i.year < 2023).map((i) => [i.year, i.value]),
    );
    expect(byYear).toEqual({ 2020: 76, 2021: 62, 2022: 55 });
  });

  test('covers every gap dimension with a sourced finding', () => {
    const dims = new Set((landscape?.findings ?? []).map((f) => f.dimension));
    expect([...dims].sort()).toEqual(['data', 'finance', 'infrastructure', 'people', 'policy']);
  });
});
