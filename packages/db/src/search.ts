import { foldText } from '@aila/domain';

/**
 * Turns what a person typed into a safe FTS5 query: folded like the index, split into
 * plain word tokens (so quotes, `*`, `-` or parentheses can never be syntax), all required,
 * the last one matched as a prefix while typing. Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const tokens = foldText(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 16);
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
}
