import { describe, expect, test } from 'vitest';
import { foldText, slugify } from './text.ts';

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
