import { openDatabase } from '@aila/db';
import {
  ARRAY_FILTER_KEYS,
  dataDictionary,
  EXPORT_COLUMNS,
  FACET_FIELDS,
  FIELD_LIST,
  type FieldDef,
  type FieldKey,
  fieldCodes,
  RANGE_KEYS,
  valueLabel,
} from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { createTestApp } from './testing.ts';

// Adding a coded field is three steps: a registry entry, a migration adding its column, labels.
// This walks the registry and fails, naming the field, when any derived piece is missing.
const { app } = createTestApp();
const CODED: FieldDef['kind'][] = ['code', 'codes', 'tri', 'flag', 'gap'];

describe('the field registry', () => {
  test('every coded field is a filter and a facet, every year field a range filter', () => {
    for (const f of FIELD_LIST) {
      if (CODED.includes(f.kind)) {
        expect(f.filter, f.key).toBe(true);
        expect(ARRAY_FILTER_KEYS, f.key).toContain(f.key);
        expect(FACET_FIELDS, f.key).toContain(f.key);
      }
      if (f.kind === 'year')
        expect(
          f.range?.every((k) => RANGE_KEYS.includes(k as never)),
          f.key,
        ).toBe(true);
    }
  });

  test('every engine field has its column in the migrated database', () => {
    const db = openDatabase(':memory:');
    const columns = new Set(
      (db.prepare('PRAGMA table_info(deployments)').all() as { name: string }[]).map((c) => c.name),
    );
    for (const f of FIELD_LIST.filter((x) => CODED.includes(x.kind) || x.kind === 'year')) {
      if (f.kind === 'gap') continue;
      expect(f.column, f.key).toBeTruthy();
      expect(columns.has(f.column ?? ''), `${f.key}: column ${f.column} is missing — add a migration`).toBe(true);
    }
  });

  test('every field and every code is labelled in English and Vietnamese, and documented', () => {
    const dictionary = new Map(dataDictionary().map((e) => [e.field, e]));
    for (const f of FIELD_LIST) {
      for (const text of [f.title, f.help]) {
        expect(text.en.trim(), f.key).not.toBe('');
        expect(text.vi.trim(), f.key).not.toBe('');
      }
      expect(dictionary.get(f.key)?.description, f.key).toEqual(f.help);
      for (const code of fieldCodes(f) ?? []) {
        const label = valueLabel(f.key as FieldKey, code);
        expect(label?.en, `${f.key}=${code}`).toBeTruthy();
        expect(label?.vi, `${f.key}=${code}`).toBeTruthy();
      }
    }
  });

  test('every field is exported: a CSV column, or (structures) the JSON export', () => {
    const keys = new Set(EXPORT_COLUMNS.map((c) => c.key));
    for (const f of FIELD_LIST) {
      if (f.export === 'csv') expect(keys.has(f.key), f.key).toBe(true);
      else expect(f.kind, f.key).toBe('struct');
    }
  });

  test('every filter is a documented parameter of the API, accepted by it, with a facet in its answer', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; description?: string }[] } }>;
    };
    const params = new Map((doc.paths['/deployments']?.get?.parameters ?? []).map((p) => [p.name, p]));
    for (const key of [...ARRAY_FILTER_KEYS, ...RANGE_KEYS]) {
      expect(params.has(key), key).toBe(true);
      expect(params.get(key)?.description, key).toBeTruthy();
    }
    const page = (await (await app.request('/api/v1/deployments?pageSize=1')).json()) as { facets: object };
    expect(Object.keys(page.facets).sort()).toEqual([...FACET_FIELDS].sort());
    for (const key of ARRAY_FILTER_KEYS) {
      const value = (fieldCodes(FIELD_LIST.find((f) => f.key === key) as FieldDef) ?? ['court-of-something'])[0];
      const res = await app.request(`/api/v1/deployments?${key}=${encodeURIComponent(value ?? '')}`);
      expect(res.status, `${key}=${value}`).toBe(200);
    }
  });
});
