import { describe, expect, test } from 'vitest';
import {
  adoptedStages,
  coverage,
  headlines,
  isSmallBase,
  mostlyUnknown,
  type RankedRecommendation,
} from './headlines.ts';
import type { Stats } from './responses.ts';

const ethics = (principle: string, met: number, unknown: number) => ({
  principle,
  met,
  partial: 0,
  notMet: 0,
  unknown,
});

function stats(patch: Partial<Stats> = {}): Stats {
  return {
    total: 20,
    agencies: 12,
    provinces: 3,
    national: 5,
    assessed: 6,
    production: { count: 9, known: 18 },
    highRisk: { count: 0, known: 0 },
    impactAssessment: { count: 0, known: 20 },
    byCategory: [
      { key: 'virtual_assistant', count: 11 },
      { key: 'traffic_video', count: 5 },
      { key: 'other', count: 4 },
    ],
    bySector: [],
    byStage: [],
    byProvince: [
      { key: 'VN01', count: 8 },
      { key: 'VN21', count: 5 },
      { key: 'VN02', count: 2 },
    ],
    byRiskTier: [{ key: 'unclassified', count: 20 }],
    byIndicativeTier: [{ key: 'undetermined', count: 20 }],
    byYear: [],
    byAiKind: [
      { key: 'unknown', count: 15 },
      { key: 'public', count: 5 },
    ],
    byBuilder: [
      { key: 'vendor', count: 12 },
      { key: 'unknown', count: 8 },
    ],
    gapHeatmap: [
      {
        category: 'virtual_assistant',
        assessed: 4,
        cells: [
          { dimension: 'data', count: 1 },
          { dimension: 'people', count: 2 },
        ],
      },
      {
        category: 'traffic_video',
        assessed: 2,
        cells: [
          { dimension: 'data', count: 0 },
          { dimension: 'people', count: 1 },
        ],
      },
    ],
    ethics: [ethics('privacy', 0, 20), ethics('transparency', 2, 18)],
    gapFlows: [],
    ...patch,
  };
}

const rec = (id: string, number: number, rank: number, score: number, evidenceCount: number): RankedRecommendation => ({
  id,
  number,
  rank,
  priority: { score, evidenceCount, assessedCount: 6 },
});

describe('headlines', () => {
  test('states the leading application, province, production share, gap and recommendation in that order', () => {
    const list = headlines(stats(), [rec('r5', 5, 2, 0.1, 1), rec('r2', 2, 1, 0.3, 3)]);
    expect(list).toEqual([
      {
        kind: 'application',
        codes: ['virtual_assistant'],
        count: 11,
        total: 20,
        drill: { key: 'category', values: ['virtual_assistant'] },
      },
      {
        kind: 'province',
        codes: ['VN01'],
        count: 8,
        located: 15,
        national: 5,
        drill: { key: 'province', values: ['VN01'] },
      },
      { kind: 'production', count: 9, known: 18, drill: { key: 'stage', values: ['production'] } },
      {
        kind: 'gap',
        dimensions: ['people'],
        count: 3,
        assessed: 6,
        total: 20,
        drill: { key: 'gap', values: ['people:2'] },
      },
      { kind: 'recommendation', id: 'r2', number: 2, evidence: 3, assessed: 6, tied: [] },
    ]);
  });

  test('keeps tied leaders together and drills into all of them', () => {
    const [application] = headlines(
      stats({
        byCategory: [
          { key: 'traffic_video', count: 6 },
          { key: 'virtual_assistant', count: 6 },
          { key: 'forecasting', count: 2 },
        ],
      }),
    );
    expect(application).toMatchObject({ codes: ['traffic_video', 'virtual_assistant'], count: 6 });
    expect(application?.kind === 'application' && application.drill.values).toEqual([
      'traffic_video',
      'virtual_assistant',
    ]);
  });

  test('names recommendations ranked level with the top one', () => {
    const list = headlines(stats(), [rec('r2', 2, 1, 0.2, 3), rec('r5', 5, 2, 0.2, 3), rec('r1', 1, 3, 0.1, 2)]);
    expect(list.at(-1)).toMatchObject({ kind: 'recommendation', number: 2, tied: [5] });
  });

  test('says so when gaps were assessed but none is significant', () => {
    const none = stats({
      gapHeatmap: [{ category: 'traffic_video', assessed: 6, cells: [{ dimension: 'data', count: 0 }] }],
    });
    expect(headlines(none).find((h) => h.kind === 'gap')).toEqual({
      kind: 'gap',
      dimensions: [],
      count: 0,
      assessed: 6,
      total: 20,
      drill: { key: 'assessed', values: ['yes'] },
    });
  });

  test('leaves out what the scope cannot support: "other" as an application, no assessment, no evidence', () => {
    const list = headlines(
      stats({
        byCategory: [{ key: 'other', count: 20 }],
        byProvince: [],
        national: 20,
        assessed: 0,
        gapHeatmap: [],
        production: { count: 0, known: 0 },
      }),
      [rec('r1', 1, 1, 0, 0)],
    );
    expect(list).toEqual([]);
  });

  test('says nothing about an empty scope', () => {
    expect(headlines(stats({ total: 0 }))).toEqual([]);
  });
});

describe('coverage', () => {
  test('counts the records that state each seldom-stated field', () => {
    expect(coverage(stats())).toEqual({
      riskTier: { known: 0, total: 20 },
      ethics: { known: 2, total: 20 },
      gaps: { known: 6, total: 20 },
      aiKind: { known: 5, total: 20 },
      builder: { known: 12, total: 20 },
    });
  });

  test('a field known for less than half its records is mostly unknown; an empty scope is not', () => {
    const c = coverage(stats());
    expect(mostlyUnknown(c.riskTier)).toBe(true);
    expect(mostlyUnknown(c.aiKind)).toBe(true);
    expect(mostlyUnknown(c.builder)).toBe(false);
    expect(mostlyUnknown({ known: 0, total: 0 })).toBe(false);
  });
});

describe('small bases and adoption', () => {
  test('flags shares of fewer than five records, but not a share of nothing', () => {
    expect([0, 1, 4, 5, 57].map(isSmallBase)).toEqual([false, true, true, false, false]);
  });

  test('adopted stages stay within the scope’s own stage filter', () => {
    expect(adoptedStages()).toEqual(['pilot', 'production', 'retired']);
    expect(adoptedStages(['production', 'planned'])).toEqual(['production']);
    expect(adoptedStages(['planned'])).toEqual([]);
  });
});
