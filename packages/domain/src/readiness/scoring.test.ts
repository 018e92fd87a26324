import { describe, expect, test } from 'vitest';
import { scoreReadiness, severityOfLevel, significantGaps } from './scoring.ts';
import { answerAll, shippedInstrument } from './testing.ts';

const instrument = shippedInstrument();

describe('scoreReadiness', () => {
  test('scores a dimension as its mean level over the top level, in percent', () => {
    const answers = answerAll(instrument, 3, {
      'data.availability': { value: 0 },
      'data.quality': { value: 1 },
      'data.connection': { value: 2 },
      'data.openness': { value: 3 },
      'data.governance': { value: 3 },
    });
    const profile = scoreReadiness(instrument, answers);
    const data = profile.dimensions.find((d) => d.dimension === 'data');
    expect(data?.score).toBeCloseTo((100 * (0 + 1 + 2 + 3 + 3)) / (5 * 3));
    expect(data?.scored).toBe(5);
    expect(profile.dimensions.find((d) => d.dimension === 'finance')?.score).toBe(100);
    expect(profile.weakest).toEqual(['data']);
    expect(profile.complete).toBe(true);
  });

  test('leaves “do not know” out of the score but counts it as answered', () => {
    const answers = answerAll(instrument, 2, {
      'people.specialists': { value: null },
      'people.skills': { value: 0 },
    });
    const people = scoreReadiness(instrument, answers).dimensions.find((d) => d.dimension === 'people');
    expect(people?.unknown).toBe(1);
    expect(people?.scored).toBe(3);
    expect(people?.score).toBeCloseTo((100 * (0 + 2 + 2)) / 9);
  });

  test('a dimension with no level has no score, not a zero', () => {
    const answers = answerAll(instrument, 2);
    for (const id of ['finance.budget', 'finance.mechanism', 'finance.procurement']) delete answers[id];
    const profile = scoreReadiness(instrument, answers);
    expect(profile.dimensions.find((d) => d.dimension === 'finance')?.score).toBeNull();
    expect(profile.complete).toBe(false);
  });

  test('a level maps onto the catalogue’s gap severity, the lowest informing answer setting it', () => {
    expect([0, 1, 2, 3].map((l) => severityOfLevel(l as 0 | 1 | 2 | 3))).toEqual([3, 2, 1, 0]);
    // data.siloed is informed by availability and by connection: the worse answer counts.
    const answers = answerAll(instrument, 3, { 'data.availability': { value: 2 }, 'data.connection': { value: 0 } });
    const profile = scoreReadiness(instrument, answers);
    const siloed = profile.gaps.find((g) => g.issue === 'data.siloed');
    expect(siloed).toEqual({ issue: 'data.siloed', severity: 3, questions: ['data.connection'] });
    expect(significantGaps(profile).map((g) => g.issue)).toEqual(['data.siloed', 'data.not_interoperable']);
  });

  test('the same answers always give the same profile', () => {
    const answers = answerAll(instrument, 1, { 'policy.privacy': { value: 0 } });
    expect(JSON.stringify(scoreReadiness(instrument, answers))).toBe(
      JSON.stringify(scoreReadiness(instrument, structuredClone(answers))),
    );
  });
});
