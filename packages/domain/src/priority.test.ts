import { describe, expect, test } from 'vitest';
import { rankRecommendations, recommendationPriority } from './priority.ts';

describe('recommendationPriority', () => {
  test('scores by the worst significant addressed severity over assessed deployments', () => {
    const p = recommendationPriority(
      ['data.siloed', 'data.not_interoperable'],
      [
        { gapsAssessed: true, gaps: [{ issue: 'data.siloed', severity: 3 }] },
        {
          gapsAssessed: true,
          gaps: [
            { issue: 'data.not_interoperable', severity: 1 },
            { issue: 'data.siloed', severity: 2 },
          ],
        },
        { gapsAssessed: true, gaps: [{ issue: 'people.few_specialists', severity: 3 }] },
        { gapsAssessed: true, gaps: [{ issue: 'data.not_interoperable', severity: 1 }] },
      ],
    );
    expect(p.assessedCount).toBe(4);
    // A severity-1 gap is below the significance threshold: no evidence, like in the charts.
    expect(p.evidenceCount).toBe(2);
    expect(p.score).toBeCloseTo((3 + 2 + 0 + 0) / 12);
  });

  test('ignores unassessed deployments rather than counting them as gap-free', () => {
    const p = recommendationPriority(
      ['finance.limited_budget'],
      [
        { gapsAssessed: false, gaps: [] },
        { gapsAssessed: true, gaps: [{ issue: 'finance.limited_budget', severity: 3 }] },
      ],
    );
    expect(p).toEqual({ score: 1, evidenceCount: 1, assessedCount: 1, totalCount: 2 });
  });

  test('is zero, not NaN, when nothing is assessed', () => {
    expect(recommendationPriority(['data.siloed'], [{ gapsAssessed: false, gaps: [] }]).score).toBe(0);
  });
});

describe('rankRecommendations', () => {
  test('a view with people gaps ranks the people recommendation first', () => {
    const recs = [
      { number: 1, addresses: ['data.siloed' as const] },
      { number: 2, addresses: ['people.few_specialists' as const] },
    ];
    const ranked = rankRecommendations(recs, [
      { gapsAssessed: true, gaps: [{ issue: 'people.few_specialists', severity: 2 }] },
    ]);
    expect(ranked.map((r) => [r.number, r.rank])).toEqual([
      [2, 1],
      [1, 2],
    ]);
  });

  test('ties keep the report order', () => {
    const recs = [
      { number: 2, addresses: ['data.siloed' as const] },
      { number: 1, addresses: ['data.not_open' as const] },
    ];
    expect(rankRecommendations(recs, []).map((r) => r.number)).toEqual([1, 2]);
  });
});
