import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { foldText, highlightRanges, type Range, searchTokens, slugify, snippet } from './text.ts';

/** Highlighting done the plain way: fold character by character, keep where each came from. */
function referenceRanges(text: string, query: string): Range[] {
  const tokens = searchTokens(query);
  const word = /[\p{L}\p{N}]/u;
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const f = foldText(ch) || (/\s/.test(ch) ? ' ' : ch.toLowerCase());
    for (let k = 0; k < f.length; k++) origin.push(offset);
    folded += f;
    offset += ch.length;
  }
  origin.push(text.length);
  // Mark every covered position of the original text, then read the marked runs.
  const covered = new Uint8Array(text.length + 1);
  tokens.forEach((token, t) => {
    for (let at = folded.indexOf(token); at >= 0; at = folded.indexOf(token, at + 1)) {
      const before = folded[at - 1] ?? '';
      const after = folded[at + token.length] ?? '';
      if (word.test(before) || (t < tokens.length - 1 && word.test(after))) continue;
      covered.fill(1, origin[at] ?? 0, origin[at + token.length] ?? text.length);
    }
  });
  const runs: Range[] = [];
  for (let i = 0; i < text.length; i++) {
    if (covered[i] !== 1) continue;
    const start = i;
    while (covered[i] === 1) i++;
    runs.push([start, i]);
  }
  return runs;
}

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

describe('highlightRanges against the plain way', () => {
  // Vietnamese, ASCII, spaces, a lone combining mark, characters that fold to two units or none,
  // and characters outside the BMP.
  const pieces = [
    'trợ',
    'lý',
    'ảo',
    'Đà',
    'Nẵng',
    'tro',
    'ly',
    'ao',
    'da',
    'nang',
    ' ',
    '\t',
    '-',
    'e\u0301',
    'İ',
    'ß',
    '😀',
    'ﬁ',
    'Ω',
    '한국',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
  test('the same ranges for any text and query', () => {
    fc.assert(
      fc.property(text, text, (t, q) => {
        expect(highlightRanges(t, q)).toEqual(referenceRanges(t, q));
      }),
      { numRuns: 2000 },
    );
  });
});
