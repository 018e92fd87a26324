import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rankRecommendations } from '../priority.ts';
import {
  type AgencyReadinessRow,
  aggregateReadiness,
  comparePeers,
  DIMENSIONS,
  latestPerAgency,
  READINESS_MIN_GROUP,
  readinessEvidence,
} from './aggregates.ts';

const row = (
  agencyId: string,
  level: string,
  scores: number[],
  extra: Partial<AgencyReadinessRow> = {},
): AgencyReadinessRow => ({
  agencyId,
  round: '2026',
  level,
  sector: 'health',
  province: 'VN23',
  scores: Object.fromEntries(DIMENSIONS.map((d, i) => [d, scores[i] ?? null])),
  gaps: [],
  ...extra,
});

/** The plain way: every agency's latest row, then a mean per dimension where at least three stand behind it. */
function bruteMeans(rows: AgencyReadinessRow[]) {
  const latest: AgencyReadinessRow[] = [];
  for (const r of rows) {
    const newer = rows.some((o) => o.agencyId === r.agencyId && o.round > r.round);
    const dupe = latest.some((o) => o.agencyId === r.agencyId);
    if (!newer && !dupe) latest.push(r);
  }
  return DIMENSIONS.map((d) => {
    let total = 0;
    let n = 0;
    for (const r of latest) {
      const s = r.scores[d];
      if (typeof s === 'number') {
        total += s;
        n += 1;
      }
    }
    return { dimension: d, n, mean: n >= 3 ? total / n : null };
  });
}

const rowArb = fc.record({
  agencyId: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  round: fc.constantFrom('2025', '2026'),
  level: fc.constantFrom('central', 'provincial', 'commune'),
  sector: fc.option(fc.constantFrom('health', 'education'), { nil: null }),
  province: fc.option(fc.constantFrom('VN23', 'VN21', 'VN12'), { nil: null }),
  scores: fc.record(
    Object.fromEntries(DIMENSIONS.map((d) => [d, fc.option(fc.integer({ min: 0, max: 100 }), { nil: null })])),
  ) as fc.Arbitrary<AgencyReadinessRow['scores']>,
  gaps: fc.constant([] as AgencyReadinessRow['gaps']),
});

/** Distinct (agency, round) pairs, as the store keeps them. */
const rowsArb: fc.Arbitrary<AgencyReadinessRow[]> = fc
  .array(rowArb, { maxLength: 16 })
  .map((rows) => rows.filter((r, i) => rows.findIndex((o) => o.agencyId === r.agencyId && o.round === r.round) === i));

describe('aggregateReadiness', () => {
  test('means by dimension match a brute-force computation, and none stands on fewer than 3 agencies', () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const agg = aggregateReadiness(rows, { total: 77 });
        const expected = bruteMeans(rows);
        expect(agg.byDimension.map((m) => [m.dimension, m.n])).toEqual(expected.map((m) => [m.dimension, m.n]));
        agg.byDimension.forEach((m, i) => {
          const e = expected[i]?.mean ?? null;
          if (e === null) expect(m.mean).toBeNull();
          else expect(m.mean).toBeCloseTo(e, 9);
        });
        expect(agg.answered).toBe(new Set(rows.map((r) => r.agencyId)).size);
        for (const grouping of ['level', 'sector', 'province'] as const) {
          const g = agg.groups[grouping];
          const shownAgencies = g.shown.reduce((s, x) => s + x.n, 0);
          expect(shownAgencies + g.hiddenAgencies).toBe(agg.answered);
          for (const group of g.shown) {
            expect(group.n).toBeGreaterThanOrEqual(READINESS_MIN_GROUP);
            const members = latestPerAgency(rows).filter((r) => (r[grouping] ?? 'unknown') === group.key);
            expect(group.means).toEqual(bruteMeans(members));
          }
          // What is hidden is never so small that the total and the shown groups give it away.
          if (g.hiddenAgencies > 0 && g.shown.length > 0)
            expect(g.hiddenAgencies).toBeGreaterThanOrEqual(READINESS_MIN_GROUP);
        }
        for (const r of agg.rounds) {
          expect(r.n).toBeGreaterThanOrEqual(READINESS_MIN_GROUP);
          expect(r.means).toEqual(bruteMeans(rows.filter((x) => x.round === r.round)));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('hides groups of fewer than 3 agencies, and the smallest shown group when the hidden ones would be found by subtraction', () => {
    const rows = [
      row('a', 'central', [10]),
      row('b', 'central', [20]),
      row('c', 'central', [30]),
      row('d', 'provincial', [40]),
      row('e', 'provincial', [50]),
      row('f', 'provincial', [60]),
      row('g', 'commune', [70]),
    ];
    const agg = aggregateReadiness(rows, { total: 10 });
    expect(agg.byDimension[0]).toEqual({ dimension: 'data', n: 7, mean: 40 });
    // The commune group (1 agency) is hidden, and so is one group of 3, or the commune's score would be the total minus the rest.
    expect(agg.groups.level.shown.map((g) => g.key)).toEqual(['central']);
    expect(agg.groups.level.hiddenAgencies).toBe(4);
    expect(agg.groups.level.hiddenGroups).toBe(2);
    expect(agg.groups.sector.shown).toEqual([{ key: 'health', n: 7, means: expect.any(Array) }]);
  });

  test('shows nothing but counts below 3 agencies', () => {
    const agg = aggregateReadiness([row('a', 'central', [10, 20]), row('b', 'central', [30, 40])], { total: 77 });
    expect(agg.answered).toBe(2);
    expect(agg.byDimension.every((m) => m.mean === null)).toBe(true);
    expect(agg.groups.level.shown).toEqual([]);
    expect(agg.rounds).toEqual([]);
    expect(agg.hiddenRounds).toBe(1);
    expect(agg.issues).toEqual([]);
  });

  test('counts each agency once, at its latest round, and keeps rounds apart for the change between them', () => {
    const rows = [
      row('a', 'central', [0], { round: '2025' }),
      row('b', 'central', [30], { round: '2025' }),
      row('c', 'central', [60], { round: '2025' }),
      row('a', 'central', [90]),
      row('b', 'central', [60]),
      row('c', 'central', [60]),
    ];
    const agg = aggregateReadiness(rows, { total: 3 });
    expect(agg.answered).toBe(3);
    expect(agg.byDimension[0]?.mean).toBe(70);
    expect(agg.rounds.map((r) => [r.round, r.means[0]?.mean])).toEqual([
      ['2025', 30],
      ['2026', 70],
    ]);
  });

  test('counts the agencies whose answers reveal a significant gap, and ranks recommendations on the same evidence', () => {
    const gaps = (severity: number) => [{ issue: 'data.siloed' as const, severity }];
    const rows = [
      row('a', 'central', [], { gaps: gaps(3) }),
      row('b', 'central', [], { gaps: gaps(2) }),
      row('c', 'central', [], { gaps: gaps(1) }),
    ];
    expect(aggregateReadiness(rows, { total: 3 }).issues).toEqual([{ issue: 'data.siloed', agencies: 2 }]);
    const ranked = rankRecommendations(
      [
        { number: 1, addresses: ['infrastructure.compute'] as const },
        { number: 5, addresses: ['data.siloed'] as const },
      ],
      readinessEvidence(rows),
    );
    expect(ranked[0]?.number).toBe(5);
    expect(ranked[0]?.priority).toEqual({ score: 5 / 9, evidenceCount: 2, assessedCount: 3, totalCount: 3 });
  });
});

describe('comparePeers', () => {
  test('compares with others of the same level and sector only where at least 3 answered', () => {
    const rows = [
      row('self', 'central', [50]),
      row('b', 'central', [20], { sector: 'education' }),
      row('c', 'central', [40], { sector: 'education' }),
      row('d', 'central', [60]),
      row('e', 'provincial', [80]),
    ];
    const [level, sector] = comparePeers(rows, { agencyId: 'self', level: 'central', sector: 'health' });
    expect(level).toMatchObject({ by: 'level', key: 'central', n: 3 });
    expect(level?.means?.[0]).toEqual({ dimension: 'data', n: 3, mean: 40 });
    expect(sector).toEqual({ by: 'sector', key: 'health', n: 2, means: null });
  });
});
