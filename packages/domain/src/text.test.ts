import { describe, expect, test } from 'vitest';
import { foldText, highlightRanges, slugify, snippet } from './text.ts';

describe('foldText', () => {
  test('folds Vietnamese diacritics and case so spellings compare equal', () => {
    expect(foldText('Hà Nội')).toBe('ha noi');
    expect(foldText('HA NOI')).toBe('ha noi');
    expect(foldText('trợ lý ảo')).toBe('tro ly ao');
    expect(foldText('Thừa Thiên Huế')).toBe('thua thien hue');
  });

  test('folds đ and Đ, which have no Unicode decomposition', () => {
    expect(foldText('Đà Nẵng')).toBe('da nang');
    expect(foldText('đường')).toBe('duong');
  });

  test('collapses white space', () => {
    expect(foldText('  Hồ   Chí\nMinh ')).toBe('ho chi minh');
  });

  test('slugify makes URL-safe ids', () => {
    expect(slugify('Cổng Dịch vụ công Quốc gia')).toBe('cong-dich-vu-cong-quoc-gia');
  });
});

describe('highlightRanges', () => {
  test('marks matches in the original text whatever the diacritics', () => {
    const text = 'Trợ lý ảo cho Đà Nẵng';
    const ranges = highlightRanges(text, 'tro ly ao da nang');
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Trợ', 'lý', 'ảo', 'Đà', 'Nẵng']);
  });

  test('matches a prefix only at the start of a word', () => {
    const text = 'Hanoi and Thanh Hoa';
    expect(highlightRanges(text, 'ha').map(([a, b]) => text.slice(a, b))).toEqual(['Ha']);
  });

  test('matches earlier words whole and only the last word as a prefix, like the search', () => {
    const text = 'trong trợ lý';
    expect(highlightRanges(text, 'tro ly').map(([a, b]) => text.slice(a, b))).toEqual(['trợ', 'lý']);
    expect(highlightRanges(text, 'tro').map(([a, b]) => text.slice(a, b))).toEqual(['tro', 'trợ']);
  });

  test('returns nothing for syntax-only queries', () => {
    expect(highlightRanges('anything', '"()*')).toEqual([]);
  });

  test('snippet windows a long text around the first match', () => {
    const text = `${'word '.repeat(80)}Đà Nẵng ${'tail '.repeat(40)}`;
    const s = snippet(text, 'da nang', 100);
    expect(s.text.length).toBeLessThanOrEqual(106);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['Đà', 'Nẵng']);
  });
});
