import { describe, expect, test } from 'vitest';
import { summarizeEthics } from './ethics.ts';

describe('summarizeEthics', () => {
  test('counts unlisted principles as unknown and scores the known ones', () => {
    const s = summarizeEthics({
      transparency: { status: 'met' },
      privacy: { status: 'partial' },
      human_oversight: { status: 'not_met' },
    });
    expect(s.counts).toEqual({ met: 1, partial: 1, not_met: 1, unknown: 7 });
    expect(s.known).toBe(3);
    expect(s.total).toBe(10);
    expect(s.score).toBeCloseTo(0.5);
  });

  test('has no score when nothing is known', () => {
    expect(summarizeEthics({}).score).toBeNull();
  });
});
