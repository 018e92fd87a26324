import { describe, expect, test } from 'vitest';
import { exploreHref, filtersToParams, parseFilters } from './filters.ts';

describe('URL filters', () => {
  test('parse repeated and comma-separated values and drop invalid codes', () => {
    const f = parseFilters(
      new URLSearchParams('sector=justice&sector=health,astrology&province=VN99&q=%20ha%20noi%20'),
    );
    expect(f).toEqual({ sector: ['justice', 'health'], q: 'ha noi' });
  });

  test('round-trip through the query string', () => {
    const filters = { sector: ['justice' as const], stage: ['pilot' as const], yearFrom: 2020, q: 'tro ly' };
    expect(parseFilters(filtersToParams(filters))).toEqual(filters);
  });

  test('exploreHref adds one value to the scope without duplicating it', () => {
    expect(exploreHref({ sector: ['justice'] }, { key: 'category', value: 'virtual_assistant' })).toBe(
      '/explore?sector=justice&category=virtual_assistant',
    );
    expect(exploreHref({ sector: ['justice'] }, { key: 'sector', value: 'justice' })).toBe('/explore?sector=justice');
  });
});
