import { CATEGORIES, codesOf, STAGES } from '@aila/domain';

/** Okabe–Ito: a qualitative palette that stays distinct for the common colour-vision deficiencies. */
export const QUALITATIVE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#8C7A00',
  '#332288',
  '#888888',
] as const;

/** Sequential blues for shares and severity. */
export const SEQUENTIAL = ['#eef3fb', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'] as const;

function assign(codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((code, i) => [code, QUALITATIVE[i % QUALITATIVE.length] ?? '#888888']));
}

/** The same colour for the same category on every chart. */
export const CATEGORY_COLORS = assign(codesOf(CATEGORIES));
export const STAGE_COLORS: Record<string, string> = {
  planned: '#9ecae1',
  pilot: '#E69F00',
  production: '#009E73',
  retired: '#888888',
  unknown: '#cccccc',
};
export const STAGE_ORDER = codesOf(STAGES);
export const NEUTRAL = '#12355b';
