import { describe, expect, test } from 'vitest';
import { DeploymentInputSchema, GapSchema } from './schemas.ts';

const minimal = {
  id: 'example-assistant',
  title: { en: 'Assistant', vi: 'Trợ lý' },
  summary: { en: 'Answers questions.', vi: 'Trả lời câu hỏi.' },
  agencyId: 'example-agency',
  country: 'VN',
  provinceCode: 'VN23',
  sector: 'public_administration',
  category: 'virtual_assistant',
  stage: 'pilot',
  sources: [{ url: 'https://example.org/news' }],
};

describe('DeploymentInputSchema', () => {
  test('accepts a minimal record and leaves unknown fields unknown', () => {
    const r = DeploymentInputSchema.parse(minimal);
    expect(r.yearStarted).toBeNull();
    expect(r.personalData).toBe('unknown');
    expect(r.risk.tier).toBe('unclassified');
    expect(r.gapsAssessed).toBe(false);
  });

  test('rejects a record without a source, naming the field', () => {
    const r = DeploymentInputSchema.safeParse({ ...minimal, sources: [] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['sources']);
  });

  test('rejects unknown taxonomy codes and former province codes', () => {
    expect(DeploymentInputSchema.safeParse({ ...minimal, sector: 'space' }).success).toBe(false);
    expect(DeploymentInputSchema.safeParse({ ...minimal, provinceCode: 'VN63' }).success).toBe(false);
  });

  test('rejects a blank Vietnamese title', () => {
    const r = DeploymentInputSchema.safeParse({ ...minimal, title: { en: 'x', vi: ' ' } });
    expect(r.error?.issues[0]?.path).toEqual(['title', 'vi']);
  });

  test('rejects non-http source URLs', () => {
    const r = DeploymentInputSchema.safeParse({ ...minimal, sources: [{ url: 'javascript:alert(1)' }] });
    expect(r.error?.issues[0]?.path).toEqual(['sources', 0, 'url']);
  });
});

describe('GapSchema', () => {
  test('rejects an issue from another dimension', () => {
    const r = GapSchema.safeParse({
      dimension: 'data',
      issue: 'people.few_specialists',
      severity: 2,
      source: 'https://example.org',
    });
    expect(r.error?.issues[0]?.path).toEqual(['issue']);
  });
});

describe('isFilterValue', () => {
  test('accepts exactly what the filter schema accepts, for every list filter of the registry', async () => {
    const { filterValueSchema } = await import('./filters.ts');
    const { ARRAY_FILTER_KEYS, isFilterValue } = await import('./fields/index.ts');
    const samples = [
      'health',
      'VN21',
      'national',
      'data:2',
      'data:0',
      'VN99',
      'x',
      'yes',
      'synthetic',
      'some-agency',
      'Bad Agency',
    ];
    for (const key of ARRAY_FILTER_KEYS) {
      const schema = filterValueSchema(key);
      for (const value of samples) {
        expect(isFilterValue(key, value), `${key}=${value}`).toBe(schema.safeParse(value).success);
      }
    }
  });
});
