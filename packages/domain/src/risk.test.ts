import { describe, expect, test } from 'vitest';
import { suggestRiskTier } from './risk.ts';
import type { RiskAnswers } from './schemas.ts';

const none: RiskAnswers = {
  rights: 0,
  safety: 0,
  sector: 0,
  automation: 0,
  scale: 0,
  undisclosedInteraction: false,
  generatesContent: false,
};

describe('suggestRiskTier', () => {
  test('suggests low when no criterion is met', () => {
    expect(suggestRiskTier(none)).toEqual({
      tier: 'low',
      score: 0,
      reasons: ['below_thresholds'],
      indicative: true,
    });
  });

  test('suggests high when harm to rights is at its maximum', () => {
    const s = suggestRiskTier({ ...none, rights: 3 });
    expect(s.tier).toBe('high');
    expect(s.reasons).toContain('severe_rights_impact');
  });

  test('suggests high for significant harm amplified by scale and automation', () => {
    const s = suggestRiskTier({ ...none, safety: 2, sector: 2, automation: 2, scale: 3 });
    expect(s.tier).toBe('high');
    expect(s.reasons).toEqual(['combined_high_criteria']);
    expect(s.score).toBe(9);
  });

  test('significant harm without amplifiers stays below high', () => {
    expect(suggestRiskTier({ ...none, rights: 2, safety: 2, sector: 1 }).tier).toBe('medium');
  });

  test('suggests medium when people may not know they deal with AI', () => {
    const s = suggestRiskTier({ ...none, undisclosedInteraction: true });
    expect(s.tier).toBe('medium');
    expect(s.reasons).toEqual(['undisclosed_interaction']);
  });

  test('a suggestion is always marked indicative', () => {
    expect(suggestRiskTier({ ...none, generatesContent: true }).indicative).toBe(true);
  });
});
