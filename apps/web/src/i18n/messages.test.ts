import { describe, expect, test } from 'vitest';

const FILES = import.meta.glob<{ default: object }>('./{en,vi}/*.ts', { eager: true });

/** Every key of a nested dictionary, dotted. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const byLanguage = (lang: string) =>
  Object.fromEntries(
    Object.entries(FILES)
      .filter(([path]) => path.startsWith(`./${lang}/`))
      .map(([path, m]) => [path.slice(lang.length + 3, -3), m.default]),
  );

describe('the dictionaries', () => {
  const en = byLanguage('en');
  const vi = byLanguage('vi');

  test('both languages have the same namespaces and keys', () => {
    expect(Object.keys(vi).sort()).toEqual(Object.keys(en).sort());
    for (const [ns, messages] of Object.entries(en)) expect(keys(vi[ns] ?? {}), ns).toEqual(keys(messages));
  });

  test('no string is empty and placeholders match across languages', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)/g)].map((m) => m[1]).sort();
    for (const [ns, messages] of Object.entries(en)) {
      for (const key of keys(messages)) {
        const get = (m: object) => key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], m);
        const a = get(messages);
        const b = get(vi[ns] ?? {});
        expect(typeof a === 'string' && a.length > 0, `${ns}:${key}`).toBe(true);
        expect(typeof b === 'string' && b.length > 0, `vi ${ns}:${key}`).toBe(true);
        expect(placeholders(String(b)), `${ns}:${key}`).toEqual(placeholders(String(a)));
      }
    }
  });
});
