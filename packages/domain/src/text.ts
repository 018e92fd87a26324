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
