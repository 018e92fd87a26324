/**
 * Folds case and diacritics so that "Hà Nội", "ha noi" and "HA NOI" compare equal.
 * Vietnamese đ/Đ has no Unicode decomposition, so it is mapped explicitly.
 */
export function foldText(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A URL-safe slug from any text (diacritics folded). */
export function slugify(input: string): string {
  return foldText(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Splits what a person typed into folded search tokens (letters and digits only). */
export function searchTokens(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 16);
}

/** The tokens of the query highlighted last: a page highlights many texts for one query. */
let lastQuery: { query: string; tokens: string[] } = { query: '', tokens: [] };
function queryTokens(query: string): string[] {
  if (lastQuery.query !== query) lastQuery = { query, tokens: searchTokens(query) };
  return lastQuery.tokens;
}

export type Range = [start: number, end: number];

/** Each character's folded form, computed once: highlighting folds texts character by character. */
const FOLDED = new Map<string, string>();
function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    folded = foldText(ch) || (/\s/.test(ch) ? ' ' : ch.toLowerCase());
    if (FOLDED.size < 20_000) FOLDED.set(ch, folded);
  }
  return folded;
}
const WORD = /[\p{L}\p{N}]/u;

/** Each UTF-16 unit's folded form when that is exactly one unit (0: not looked at yet; NONE: it is not). */
const SINGLE = new Uint16Array(65_536);
const NONE = 0xffff;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * A text folded unit by unit, when every unit folds to exactly one (Latin, Vietnamese and most
 * scripts): the folded text then lines up with the original, index for index. Null otherwise.
 */
function foldAligned(text: string): string | null {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let f = SINGLE[c] as number;
    if (f === 0) {
      const folded = c >= 0xd800 && c <= 0xdfff ? '' : foldChar(String.fromCharCode(c));
      f = folded.length === 1 ? folded.charCodeAt(0) : NONE;
      SINGLE[c] = f;
    }
    if (f === NONE) return null;
    units[i] = f;
  }
  return UTF16.decode(units);
}

/**
 * Where the query's words occur in a text, ignoring case and diacritics (đ included): each
 * match starts at a word start, as the search index matches whole words and prefixes.
 * Ranges index into the original text, so it can be marked up as is.
 */
export function highlightRanges(text: string, query: string): Range[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  // Where each folded unit came from in the text: itself, unless some character folds to more or less.
  let folded = foldAligned(text);
  let origin: number[] | null = null;
  if (folded === null) {
    folded = '';
    origin = [];
    let offset = 0;
    for (const ch of text) {
      const f = foldChar(ch);
      for (let k = 0; k < f.length; k++) origin.push(offset);
      folded += f;
      offset += ch.length;
    }
    origin.push(text.length);
  }
  const from = (at: number) => (origin ? (origin[at] ?? text.length) : Math.min(at, text.length));
  const ranges: Range[] = [];
  tokens.forEach((token, t) => {
    // Like the search: every word whole, the last one also as a prefix.
    const prefix = t === tokens.length - 1;
    let next = 0;
    for (;;) {
      const at = folded.indexOf(token, next);
      if (at < 0) break;
      const before = at === 0 ? '' : (folded[at - 1] ?? '');
      const after = folded[at + token.length] ?? '';
      if (!WORD.test(before) && (prefix || !WORD.test(after))) {
        ranges.push([from(at), from(at + token.length)]);
      }
      next = at + 1;
    }
  });
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A window of a long text around its first match, with the match ranges inside the window. */
export function snippet(text: string, query: string, width = 200): { text: string; ranges: Range[] } {
  const ranges = highlightRanges(text, query);
  const first = ranges[0];
  if (!first || text.length <= width) return { text, ranges };
  let start = Math.max(0, first[0] - Math.floor(width / 3));
  const space = text.lastIndexOf(' ', start);
  if (start > 0 && space > 0 && first[0] - space < width / 2) start = space + 1;
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? '… ' : '';
  const body = text.slice(start, end) + (end < text.length ? ' …' : '');
  return {
    text: prefix + body,
    ranges: ranges
      .filter((r) => r[0] >= start && r[1] <= end)
      .map(([a, b]) => [a - start + prefix.length, b - start + prefix.length] as Range),
  };
}
