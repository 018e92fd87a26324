import {
  type Deployment,
  DeploymentRowSchema,
  DeploymentSchema,
  deploymentValue,
  EXPORT_COLUMNS,
  exportRowOf,
  FACET_FIELDS,
  type FacetField,
  FIELDS,
  type FieldDef,
  isOlder,
  SIGNIFICANT_SEVERITY,
} from '@aila/domain';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { createTestApp } from './testing.ts';

const { app, logged } = createTestApp();

interface Page {
  items: (Deployment & { match?: { title: { en: [number, number][] } } })[];
  total: number;
  facets: Record<FacetField, { value: string; count: number }[]>;
}
const list = async (query: string): Promise<Page> => {
  const res = await app.request(`/api/v1/deployments?pageSize=100&${query}`);
  expect(res.status, query).toBe(200);
  return (await res.json()) as Page;
};

/** What a deployment holds for each facet, read by the registry's path, to check that a filter really narrows. */
function valuesOf(d: Deployment, field: FacetField): string[] {
  const f: FieldDef = FIELDS[field];
  if (f.kind === 'gap')
    return d.gaps
      .filter((g) => g.severity >= SIGNIFICANT_SEVERITY)
      .map((g) => `${g.dimension}:${SIGNIFICANT_SEVERITY}`);
  if (f.from === 'checkedOn')
    return [isOlder(f, d.reviewedOn ?? d.updatedAt.slice(0, 10), new Date('2026-06-01T00:00:00.000Z')) ? 'yes' : 'no'];
  const raw = deploymentValue(f, d);
  if (f.kind === 'flag') return [raw ? 'yes' : 'no'];
  if (Array.isArray(raw)) return raw.map(String);
  return [raw === null || raw === undefined ? (f.nullCode ?? '') : String(raw)];
}

describe('filters and facets', () => {
  test('every facet value narrows to matching records, and its count equals that result', async () => {
    const all = await list('');
    let checked = 0;
    for (const field of FACET_FIELDS) {
      for (const { value, count } of all.facets[field].slice(0, 3)) {
        const page = await list(`${field}=${encodeURIComponent(value)}`);
        expect(page.total, `${field}=${value}`).toBe(count);
        for (const d of page.items) expect(valuesOf(d, field), `${d.id} ${field}=${value}`).toContain(value);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
  });

  test('facet counts answer "what would a click give" with every other filter applied', async () => {
    const scoped = await list('stage=production&province=VN23');
    for (const { value, count } of scoped.facets.sector) {
      expect((await list(`stage=production&province=VN23&sector=${value}`)).total).toBe(count);
    }
    for (const { value, count } of scoped.facets.stage) {
      expect((await list(`stage=${value}&province=VN23`)).total).toBe(count);
    }
  });

  test('values of one facet are alternatives; different facets combine', async () => {
    const a = await list('sector=justice');
    const b = await list('sector=health');
    expect((await list('sector=justice&sector=health')).total).toBe(a.total + b.total);
    expect((await list('sector=justice&category=virtual_assistant')).total).toBeLessThanOrEqual(a.total);
  });

  test('former province names resolve to the current unit', async () => {
    const current = await list('province=VN21');
    expect((await list(`province=${encodeURIComponent('Bình Dương')}`)).total).toBe(current.total);
    expect((await list('province=Yen%20Bai')).items.map((d) => d.id)).toContain('yen-bai-officials-assistant');
    expect((await list('province=national')).items.every((d) => d.provinceCode === null)).toBe(true);
  });

  test('gap filters keep records with a gap of at least that severity in that dimension', async () => {
    const page = await list('gap=data:1');
    expect(page.total).toBeGreaterThan(0);
    for (const d of page.items) expect(d.gaps.some((g) => g.dimension === 'data' && g.severity >= 1)).toBe(true);
    const significant = await list('gap=data:2');
    for (const d of significant.items) expect(d.gaps.some((g) => g.dimension === 'data' && g.severity >= 2)).toBe(true);
    expect(significant.total).toBeLessThanOrEqual(page.total);
  });

  test('year range, impact assessment and assessed filters narrow', async () => {
    const page = await list('yearFrom=2024&yearTo=2025');
    for (const d of page.items) expect(d.yearStarted).toBeGreaterThanOrEqual(2024);
    for (const d of page.items) expect(d.yearStarted).toBeLessThanOrEqual(2025);
    const assessed = await list('assessed=yes');
    expect(assessed.items.every((d) => d.gapsAssessed)).toBe(true);
  });

  test.each([
    ['gap=data:9', 'gap'],
    ['gap=weather:2', 'gap'],
    ['province=Atlantis', 'province'],
    ['users=robots', 'users'],
    ['origin=rumour', 'origin'],
    ['yearFrom=1800', 'yearFrom'],
    ['colour=blue', 'colour'],
  ])('%s is a 400 naming %s', async (query, field) => {
    const res = await app.request(`/api/v1/deployments?${query}`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toContain(field);
  });
});

describe('search', () => {
  test('finds the same records with or without diacritics and case', async () => {
    const marked = (await list(`q=${encodeURIComponent('Hà Nội')}`)).items.map((d) => d.id);
    expect(marked.length).toBeGreaterThan(0);
    expect((await list('q=ha%20noi')).items.map((d) => d.id)).toEqual(marked);
    expect((await list('q=Ha%20Noi')).items.map((d) => d.id)).toEqual(marked);
  });

  test('"da nang" finds Đà Nẵng and "tro ly ao" finds "trợ lý ảo"', async () => {
    const daNang = await list('q=da%20nang');
    expect(daNang.items.some((d) => d.provinceCode === 'VN25')).toBe(true);
    const troLy = await list('q=tro%20ly%20ao');
    expect(troLy.items.some((d) => d.title.vi.toLowerCase().includes('trợ lý ảo'))).toBe(true);
  });

  test('returns highlight ranges and ranks title matches first', async () => {
    const page = await list('q=tham%20phan');
    const top = page.items[0];
    expect(top?.id).toBe('court-judges-assistant');
    expect(top?.match).toBeDefined();
  });

  test('query syntax typed by users never causes an error', async () => {
    for (const q of ['"', 'a"b', '*', '-x', '(a', 'a)', 'NEAR(', 'OR', 'AND NOT', ':', '^', '{title}: x']) {
      const res = await app.request(`/api/v1/deployments?q=${encodeURIComponent(q)}`);
      expect(res.status, q).toBe(200);
    }
    expect(logged).toEqual([]);
  });
});

describe('the rows view', () => {
  test('each row is the full record cut to what a results table shows, for the same page, total and facets', async () => {
    const keys = Object.keys(DeploymentRowSchema.shape);
    for (const query of ['', 'q=tro%20ly%20ao', 'sector=health&sort=-year', 'q=ha%20noi&lang=vi&page=2&pageSize=3']) {
      const full = (await (await app.request(`/api/v1/deployments?${query}`)).json()) as Page;
      const res = await app.request(`/api/v1/deployments?view=rows&${query}`);
      expect(res.status, query).toBe(200);
      const rows = (await res.json()) as Page;
      expect(rows.total, query).toBe(full.total);
      expect(rows.facets, query).toEqual(full.facets);
      expect(rows.items.length, query).toBe(full.items.length);
      expect(full.items.every((d) => 'sources' in d)).toBe(true);
      expect(rows.items.some((d) => 'sources' in d || 'gaps' in d)).toBe(false);
      rows.items.forEach((row, i) => {
        const record = full.items[i] as Record<string, unknown>;
        const expected = Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k] ?? null]));
        expect(row, `${query} #${i}`).toEqual(expected);
      });
    }
    const page = await (await app.request('/api/v1/deployments?pageSize=25&view=rows')).text();
    const whole = await (await app.request('/api/v1/deployments?pageSize=25')).text();
    expect(page.length).toBeLessThan(whole.length / 3);
  });

  test('an unknown view is a 400 naming the parameter', async () => {
    const res = await app.request('/api/v1/deployments?view=everything');
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { details?: { path: string }[] } };
    expect(body.error.details?.map((d) => d.path)).toContain('view');
  });
});

describe('exports', () => {
  test('a CSV export has a BOM, the header first (default parsers read it), exactly the filtered ids, provenance in headers', async () => {
    const filters = 'sector=public_administration&stage=production';
    const page = await list(filters);
    const res = await app.request(`/api/v1/deployments/export?format=csv&lang=vi&${filters}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="aila-deployments-.*\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    // Nothing above the header row: a default parse (Excel, pandas, R) takes the first line as the header.
    const [header, ...body] = parse(text) as string[][];
    expect(header?.map((h) => h.replace(/^\uFEFF/, ''))).toEqual(EXPORT_COLUMNS.map((c) => c.header.vi));
    expect(body).toHaveLength(page.total);
    expect(decodeURI(res.headers.get('x-aila-filters') ?? '')).toContain('sector=public_administration');
    expect(res.headers.get('x-aila-licence')).toBe('CC-BY-4.0');
    expect(Number(res.headers.get('x-aila-catalogue-version'))).toBeGreaterThan(0);
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toHaveLength(page.total);
    expect(rows.map((r) => r['Mã định danh']).sort()).toEqual(page.items.map((d) => d.id).sort());
    expect(rows.every((r) => r['Lĩnh vực'] === 'Hành chính công' && r['Giai đoạn'] === 'Đang vận hành')).toBe(true);
    expect(rows.every((r) => (r.Nguồn ?? '').startsWith('http'))).toBe(true);
  });

  test('every CSV cell equals the value of that column read from the whole record, in both languages', async () => {
    const page = await list('');
    for (const lang of ['en', 'vi'] as const) {
      const text = await (await app.request(`/api/v1/deployments/export?format=csv&lang=${lang}`)).text();
      const rows = parse(text, { bom: true, columns: false }) as string[][];
      const [header, ...body] = rows;
      expect(header).toEqual(EXPORT_COLUMNS.map((c) => c.header[lang]));
      expect(body).toHaveLength(page.total);
      const byId = new Map(page.items.map((d) => [d.id, d]));
      for (const row of body) {
        const d = byId.get(row[0] ?? '') as Deployment;
        const expected = EXPORT_COLUMNS.map((c) =>
          String(c.value(exportRowOf(d, new Date('2026-06-01T00:00:00.000Z')), lang) ?? ''),
        );
        expect(row, d.id).toEqual(expected);
      }
    }
  });

  test('a JSON export carries the same ids and its metadata', async () => {
    const page = await list('q=tro%20ly%20ao');
    const res = await app.request('/api/v1/deployments/export?format=json&q=tro%20ly%20ao');
    const body = (await res.json()) as { meta: { filters: string; licence: string }; items: Deployment[] };
    expect(body.meta.filters).toContain('q=tro');
    expect(body.meta.licence).toContain('CC BY');
    expect(body.items.map((d) => d.id)).toEqual(page.items.map((d) => d.id));
    for (const item of body.items) expect(DeploymentSchema.safeParse(item).success, item.id).toBe(true);
  });

  test('an export of no rows is a valid file, and bad parameters are a 400', async () => {
    const res = await app.request('/api/v1/deployments/export?format=json&q=zzzzzzzzz');
    expect(((await res.json()) as { items: unknown[] }).items).toEqual([]);
    expect((await app.request('/api/v1/deployments/export?format=xlsx')).status).toBe(400);
  });
});
