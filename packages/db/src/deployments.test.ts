import { describe, expect, test } from 'vitest';
import { toFtsQuery } from './catalogue/index.ts';
import { computeFacets, countDeployments, listDeployments } from './deployments.ts';
import { getStats } from './landscape.ts';
import { openSeededMemoryDb } from './testing.ts';

const db = openSeededMemoryDb();
const ids = (filters: Parameters<typeof listDeployments>[1]) =>
  listDeployments(db, filters, { page: 1, pageSize: 100 }).items.map((d) => d.id);

describe('listDeployments', () => {
  test('filters narrow to matching records', () => {
    const justice = listDeployments(db, { sector: ['justice'] }, { page: 1, pageSize: 100 });
    expect(justice.total).toBeGreaterThan(0);
    for (const d of justice.items) expect(d.sector).toBe('justice');
    const hcmc = listDeployments(db, { province: ['VN21'] }, { page: 1, pageSize: 100 });
    for (const d of hcmc.items) expect(d.provinceCode).toBe('VN21');
  });

  test('facet counts equal the count a click on that value would give', () => {
    const filters = { stage: ['production' as const] };
    const facets = computeFacets(db, filters);
    for (const { value, count } of facets.sector) {
      expect(countDeployments(db, { ...filters, sector: [value as 'justice'] })).toBe(count);
    }
    // A facet ignores its own filter so the other values stay visible.
    const own = computeFacets(db, { stage: ['pilot'] }).stage;
    expect(own.map((f) => f.value)).toContain('production');
  });

  test('pages do not overlap and cover the total', () => {
    const all = listDeployments(db, {}, { page: 1, pageSize: 100 });
    const p1 = listDeployments(db, {}, { page: 1, pageSize: 4 }).items.map((d) => d.id);
    const p2 = listDeployments(db, {}, { page: 2, pageSize: 4 }).items.map((d) => d.id);
    expect(p1.filter((id) => p2.includes(id))).toEqual([]);
    expect(all.items).toHaveLength(all.total);
  });
});

describe('search', () => {
  test('finds Vietnamese text without diacritics, including đ', () => {
    const withMarks = ids({ q: 'Hà Nội' });
    expect(withMarks.length).toBeGreaterThan(0);
    expect(ids({ q: 'ha noi' })).toEqual(withMarks);
    expect(ids({ q: 'HA NOI' })).toEqual(withMarks);
    expect(ids({ q: 'tro ly ao' })).toContain('national-civil-servant-assistant');
    expect(ids({ q: 'dieu hanh giao thong' })).toContain('hcmc-smart-traffic-centre');
  });

  test('matches a prefix while typing', () => {
    expect(ids({ q: 'thẩm phá' })).toContain('court-judges-assistant');
  });

  test('query syntax typed by users never raises', () => {
    for (const q of ['"', '*', '-', '(', ')', 'AND OR NOT', '"unclosed', 'a:b', '^', 'NEAR(']) {
      expect(() => ids({ q })).not.toThrow();
    }
    expect(toFtsQuery('()*"')).toBeNull();
  });
});

describe('getStats', () => {
  test('aggregates agree with the list total', () => {
    const stats = getStats(db, {});
    expect(stats.total).toBe(countDeployments(db, {}));
    expect(stats.byCategory.reduce((s, x) => s + x.count, 0)).toBe(stats.total);
    expect(stats.byProvince.reduce((s, x) => s + x.count, 0) + stats.national).toBe(stats.total);
    expect(stats.production.count).toBeLessThanOrEqual(stats.production.known);
  });
});

describe('search by the labels of coded fields', () => {
  test('a category or sector name, in either language and without diacritics, finds every record of it', () => {
    const facial = countDeployments(db, { category: ['facial_recognition'] });
    expect(facial).toBeGreaterThan(1);
    for (const q of ['facial recognition', 'Nhận diện khuôn mặt', 'nhan dien khuon mat'])
      expect(countDeployments(db, { q }), q).toBeGreaterThanOrEqual(facial);
    const assistants = countDeployments(db, { category: ['virtual_assistant'] });
    const found = listDeployments(db, { q: 'tro ly ao' }, { page: 1, pageSize: 100 }).items;
    expect(found.filter((d) => d.category === 'virtual_assistant')).toHaveLength(assistants);
  });
});
