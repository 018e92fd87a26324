import { describe, expect, test } from 'vitest';
import { dataDictionary } from './dictionary.ts';
import { DeploymentInputSchema } from './schemas.ts';

describe('dataDictionary', () => {
  const dictionary = dataDictionary();

  test('documents every field of the record in both languages', () => {
    const paths = new Set(dictionary.flatMap((e) => (e.path ? [e.path.split('.')[0]] : [])));
    expect([...paths].sort()).toEqual(Object.keys(DeploymentInputSchema.shape).sort());
    for (const entry of dictionary) {
      for (const text of [entry.title, entry.description]) {
        expect(text.en.trim(), entry.field).not.toBe('');
        expect(text.vi.trim(), entry.field).not.toBe('');
      }
    }
  });

  test('derives types, required fields, code lists and filter names', () => {
    const byField = Object.fromEntries(dictionary.map((e) => [e.field, e]));
    expect(byField.sources?.required).toBe(true);
    expect(byField.yearStarted?.required).toBe(false);
    expect(byField.yearStarted?.filter).toEqual(['yearFrom', 'yearTo']);
    expect(byField.sector?.values).toContain('public_administration');
    expect(byField.province?.values).toContain('national');
    expect(byField.technique?.type).toBe('list of code');
    expect(byField.technique?.path).toBe('techniques');
  });
});
