import { describe, expect, test } from 'vitest';
import { dataDictionary } from './dictionary.ts';
import { DeploymentInputSchema } from './schemas.ts';

describe('dataDictionary', () => {
  const dictionary = dataDictionary();

  test('documents every field of the schema in both languages', () => {
    expect(dictionary.map((e) => e.field).sort()).toEqual(Object.keys(DeploymentInputSchema.shape).sort());
    for (const entry of dictionary) {
      expect(entry.description.en, entry.field).not.toBe('');
      expect(entry.description.vi, entry.field).not.toBe('');
    }
  });

  test('derives types, required fields and code lists from the schema', () => {
    const byField = Object.fromEntries(dictionary.map((e) => [e.field, e]));
    expect(byField.sources?.required).toBe(true);
    expect(byField.yearStarted?.required).toBe(false);
    expect(byField.sector?.values).toContain('public_administration');
    expect(byField.provinceCode?.type).toBe('code | null');
    expect(byField.techniques?.type).toBe('list of code');
  });
});
