import { CATEGORIES, codesOf, type FieldKey, STAGES } from '@aila/domain';

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

/** Sequential blues: shares from none to all, and counts on the map (whose "none" is the empty province). */
export const SHARE_SCALE = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
export const MAP_SCALE = SHARE_SCALE.slice(1);

/** Text, axes and surfaces of every chart. */
export const INK = {
  text: '#1d2733',
  axis: '#3b4656',
  axisLine: '#c7ced8',
  grid: '#e6e9ee',
  border: '#8a99ad',
  empty: '#f4f6f9',
  paper: '#ffffff',
  /** Hover and selection. */
  highlight: '#E69F00',
  alert: '#D55E00',
} as const;

export const NEUTRAL = '#12355b';
export const UNKNOWN = '#c9ced6';

function assign(codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((code, i) => [code, QUALITATIVE[i % QUALITATIVE.length] ?? NEUTRAL]));
}

/** The same colour for the same category on every chart. */
const CATEGORY_COLORS = assign(codesOf(CATEGORIES));
const STAGE_COLORS: Record<string, string> = {
  planned: '#9ecae1',
  pilot: QUALITATIVE[1],
  production: QUALITATIVE[2],
  retired: QUALITATIVE[8],
  unknown: '#cccccc',
};
const RISK_COLORS: Record<string, string> = {
  high: QUALITATIVE[5],
  medium: QUALITATIVE[1],
  low: QUALITATIVE[2],
  unclassified: '#999999',
  undetermined: '#cccccc',
  not_applicable: '#e5e5e5',
};
/** Ethics self-assessment statuses, from met to unknown. */
export const STATUS_COLORS: Record<string, string> = {
  met: QUALITATIVE[2],
  partial: QUALITATIVE[1],
  not_met: QUALITATIVE[5],
  unknown: UNKNOWN,
};
/** Fields drawn in one colour: their codes are not categories that recur on other charts. */
const FIELD_COLORS: Partial<Record<FieldKey, string>> = {
  sector: QUALITATIVE[0],
  aiKind: QUALITATIVE[7],
  builder: QUALITATIVE[2],
};
/** The two sides of the gap → recommendation flows. */
export const FLOW_COLORS = { gap: '#3182bd', recommendation: QUALITATIVE[2] } as const;

const CODE_COLORS: Partial<Record<FieldKey, Record<string, string>>> = {
  category: CATEGORY_COLORS,
  stage: STAGE_COLORS,
  riskTier: RISK_COLORS,
  indicativeTier: RISK_COLORS,
};

/** The colour of one code of a field, the same on every chart. */
export function colorOf(field: FieldKey, code: string): string {
  const byCode = CODE_COLORS[field];
  return byCode ? (byCode[code] ?? NEUTRAL) : (FIELD_COLORS[field] ?? QUALITATIVE[0]);
}

export const STAGE_ORDER = codesOf(STAGES);
