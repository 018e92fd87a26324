import { describe, expect, test } from 'vitest';
import { exploreHref, parseView, toQuery, toSearch } from './url-state.ts';

describe('the view in the URL', () => {
  test('parses repeated and comma-separated values and drops invalid codes and years', () => {
    const view = parseView(
      new URLSearchParams('sector=justice&sector=health,astrology&province=VN99&yearFrom=1800&q=%20ha%20noi%20'),
    );
    expect(view).toEqual({ filters: { sector: ['justice', 'health'], q: 'ha noi' }, sort: undefined, page: undefined });
  });

  test('round-trips filters, both year ranges, the sort and the page', () => {
    const view = {
      filters: { sector: ['justice'], secondarySector: ['health'], yearFrom: 2020, latestTo: 2024, q: 'tro ly' },
      sort: '-year' as const,
      page: 3,
    };
    expect(parseView(new URLSearchParams(toSearch(view)))).toEqual(view);
  });

  test('keeps parameters it does not own and drops a first page', () => {
    const base = new URLSearchParams('lang=vi&sector=transport&page=4');
    expect(toSearch({ filters: { stage: ['pilot'] }, page: 1 }, base)).toBe('?lang=vi&stage=pilot');
    expect(toSearch({ filters: {} })).toBe('');
  });

  test('gives the API client repeated parameters as arrays', () => {
    expect(toQuery({ filters: { sector: ['justice', 'health'], yearTo: 2022 }, sort: 'title' })).toEqual({
      sector: ['justice', 'health'],
      yearTo: '2022',
      sort: 'title',
    });
  });

  test('exploreHref adds one value to the scope without duplicating it', () => {
    expect(exploreHref({ sector: ['justice'] }, { key: 'category', value: 'virtual_assistant' })).toBe(
      '/explore?sector=justice&category=virtual_assistant',
    );
    expect(exploreHref({ sector: ['justice'] }, { key: 'sector', value: 'justice' })).toBe('/explore?sector=justice');
  });
});
