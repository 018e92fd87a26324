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
  readinessRecommendations,
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

type DimensionMeanLike = { dimension: string; n: number; mean: number | null };
interface ShownFigure {
  members: AgencyReadinessRow[];
  dimension: string;
  keys: Set<string>;
  protectedKeys: Set<string>;
}
const subset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));

/** Checks one figure against its members by brute force; returns the dimensions it shows. */
function checkFigure(members: AgencyReadinessRow[], means: DimensionMeanLike[]): ShownFigure[] {
  const expected = bruteMeans(members);
  return means.flatMap((m, i) => {
    const e = expected[i];
    expect(m.n).toBe(e?.n);
    if (m.mean === null) return [];
    expect(m.mean).toBeCloseTo(e?.mean ?? Number.NaN, 9);
    const scored = members.filter(
      (r) => typeof r.scores[m.dimension as keyof AgencyReadinessRow['scores']] === 'number',
    );
    const protectedCount = scored.filter((r) => !r.published).length;
    expect(scored.length).toBeGreaterThanOrEqual(READINESS_MIN_GROUP);
    expect(protectedCount === 0 || protectedCount >= READINESS_MIN_GROUP).toBe(true);
    const key = (r: AgencyReadinessRow) => `${r.agencyId}@${r.round}`;
    return [
      {
        members,
        dimension: m.dimension,
        keys: new Set(scored.map(key)),
        protectedKeys: new Set(scored.filter((r) => !r.published).map(key)),
      },
    ];
  });
}

describe('aggregateReadiness', () => {
  test('every figure shown is the plain mean of its members, and none can be worked out from the others', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 4 }),
        (raw, pub) => {
          const published = new Set<string>(pub);
          const rows = raw.map((r) => ({ ...r, published: published.has(r.agencyId) }));
          const agg = aggregateReadiness(rows, { total: 77 });
          const latest = latestPerAgency(rows);
          expect(agg.answered).toBe(new Set(rows.map((r) => r.agencyId)).size);
          const figures: { members: AgencyReadinessRow[]; means: DimensionMeanLike[] }[] = [
            { members: latest, means: agg.byDimension },
          ];
          for (const grouping of ['level', 'sector', 'province'] as const) {
            const g = agg.groups[grouping];
            expect(g.shown.reduce((s, x) => s + x.n, 0) + g.hiddenAgencies).toBe(agg.answered);
            for (const group of g.shown)
              figures.push({
                members: latest.filter((r) => (r[grouping] ?? 'unknown') === group.key),
                means: group.means,
              });
          }
          for (const r of agg.rounds)
            figures.push({ members: latestPerAgency(rows.filter((x) => x.round === r.round)), means: r.means });
          const shown = figures.flatMap((f) => checkFigure(f.members, f.means));
          // No two figures shown differ by 1 or 2 agencies that have not published their profile.
          for (const a of shown)
            for (const b of shown) {
              if (a === b || a.dimension !== b.dimension || !subset(a.keys, b.keys) || a.keys.size === b.keys.size)
                continue;
              const d = [...b.protectedKeys].filter((k) => !a.protectedKeys.has(k)).length;
              expect(d === 0 || d >= READINESS_MIN_GROUP, `${a.dimension}: ${[...a.keys]} ⊂ ${[...b.keys]}`).toBe(true);
            }
          // Nor does the whole minus the groups shown of one grouping.
          for (const grouping of ['level', 'sector', 'province'] as const)
            for (const dimension of DIMENSIONS) {
              const whole = shown.find((f) => f.members === latest && f.dimension === dimension);
              if (!whole) continue;
              const covered = new Set(
                agg.groups[grouping].shown
                  .filter((g) => g.means.find((m) => m.dimension === dimension)?.mean !== null)
                  .flatMap((g) =>
                    latest
                      .filter(
                        (r) =>
                          (r[grouping] ?? 'unknown') === g.key &&
                          !r.published &&
                          typeof r.scores[dimension] === 'number',
                      )
                      .map((r) => r.agencyId),
                  ),
              );
              const left = [...whole.protectedKeys].filter((k) => !covered.has(k.split('@')[0] as string)).length;
              const anyShown = agg.groups[grouping].shown.some(
                (g) => g.means.find((m) => m.dimension === dimension)?.mean !== null,
              );
              if (anyShown) expect(left === 0 || left >= READINESS_MIN_GROUP).toBe(true);
            }
        },
      ),
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
    // Two of three: a count that small (or that leaves one out) is not shown.
    expect(aggregateReadiness(rows, { total: 3 }).issues).toEqual([]);
    const six = [
      ...rows,
      row('d', 'central', [], { gaps: gaps(2) }),
      row('e', 'central', [], { gaps: gaps(0) }),
      row('f', 'central', [], { gaps: gaps(1) }),
    ];
    expect(aggregateReadiness(six, { total: 6 }).issues).toEqual([{ issue: 'data.siloed', agencies: 3 }]);
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

describe('no agency’s answers can be worked out by subtraction', () => {
  test('published profiles do not count as protection: 3 published and 1 not hide the mean', () => {
    const rows = [
      row('a', 'central', [10], { published: true }),
      row('b', 'central', [20], { published: true }),
      row('c', 'central', [30], { published: true }),
      row('d', 'central', [90]),
    ];
    const agg = aggregateReadiness(rows, { total: 4 });
    expect(agg.byDimension[0]?.mean).toBeNull();
    const allPublished = aggregateReadiness(
      rows.map((r) => ({ ...r, published: true })),
      { total: 4 },
    );
    expect(allPublished.byDimension[0]?.mean).toBe(37.5);
  });

  test('two groupings that differ by one agency: the smaller figure is hidden', () => {
    const rows = [
      row('m1', 'central', [10], { province: null }),
      row('m2', 'central', [20], { province: null }),
      row('m3', 'central', [30], { province: null }),
      row('vistip', 'provincial', [91], { province: null }),
      row('h1', 'provincial', [40], { province: 'VN01' }),
      row('h2', 'provincial', [50], { province: 'VN01' }),
      row('h3', 'provincial', [60], { province: 'VN01' }),
    ];
    const agg = aggregateReadiness(rows, { total: 7 });
    const central = agg.groups.level.shown.find((g) => g.key === 'central')?.means[0]?.mean ?? null;
    const unknown = agg.groups.province.shown.find((g) => g.key === 'unknown')?.means[0]?.mean ?? null;
    expect(central === null || unknown === null).toBe(true);
  });

  test('rounds: the latest answers and one round that differ by one agency are not both shown', () => {
    const rows = [
      ...['a', 'b', 'c'].flatMap((id) => [
        row(id, 'central', [50], { round: '2025' }),
        row(id, 'central', [60], { round: '2026' }),
      ]),
      row('d', 'central', [77], { round: '2025' }),
    ];
    const agg = aggregateReadiness(rows, { total: 4 });
    const overall = agg.byDimension[0]?.mean ?? null;
    const round2026 = agg.rounds.find((r) => r.round === '2026')?.means[0]?.mean ?? null;
    expect(overall === null || round2026 === null).toBe(true);
  });

  test('“do not know” answers: the rule holds dimension by dimension', () => {
    const rows = [
      row('m1', 'central', [10], { province: null }),
      row('m2', 'central', [20], { province: null }),
      row('m3', 'central', [30], { province: null }),
      row('p1', 'provincial', [88], { province: 'VN01' }),
      row('p2', 'provincial', [], { province: 'VN01' }),
      row('p3', 'provincial', [], { province: 'VN01' }),
    ];
    const agg = aggregateReadiness(rows, { total: 6 });
    const data = (g: { means: { mean: number | null }[] } | undefined) => g?.means[0]?.mean ?? null;
    // The data mean of all four who scored it and the central mean would give p1's score.
    expect(
      agg.byDimension[0]?.mean === null || data(agg.groups.level.shown.find((g) => g.key === 'central')) === null,
    ).toBe(true);
  });
});

describe('readinessRecommendations', () => {
  const recs = [
    { number: 1, addresses: ['infrastructure.compute'] as const },
    { number: 5, addresses: ['data.siloed'] as const },
  ];
  const gaps = (severity: number) => [{ issue: 'data.siloed' as const, severity }];
  test('none while one or two unpublished agencies stand behind them; a count that gives agencies away is left out', () => {
    const published = ['a', 'b', 'c'].map((id) => row(id, 'central', [], { gaps: gaps(3), published: true }));
    expect(readinessRecommendations([...published, row('d', 'central', [], { gaps: gaps(0) })], recs)).toEqual([]);
    const hidden = ['d', 'e', 'f'].map((id, i) => row(id, 'central', [], { gaps: gaps(i === 0 ? 3 : 0) }));
    // Data: 3 published + 1 unpublished have the gap: the one unpublished would be given away.
    const ranked = readinessRecommendations([...published, ...hidden], recs);
    expect(ranked.map((r) => r.number)).toEqual([1]);
    const more = ['g', 'h', 'i'].map((id, i) => row(id, 'central', [], { gaps: gaps(i < 2 ? 2 : 0) }));
    expect(readinessRecommendations([...published, ...hidden, ...more], recs).map((r) => r.number)).toEqual([5, 1]);
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
