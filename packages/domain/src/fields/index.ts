import type { Label } from '../labels.ts';
import { PROVINCE_CODES, PROVINCES_BY_CODE } from '../provinces.ts';
import { GAP_DIMENSIONS, SIGNIFICANT_SEVERITY } from '../taxonomy.ts';

export { SIGNIFICANT_SEVERITY } from '../taxonomy.ts';

import type { FieldDef } from './define.ts';
import { DESCRIBE_FIELDS } from './describe.ts';
import { GOVERN_FIELDS } from './govern.ts';

export type { FieldDef, FieldKind, OpenValues } from './define.ts';
export { type DerivedValues, deploymentValue, storedValue } from './derived.ts';

/**
 * The catalogue's fields, each declared once, in the order of exports and the record page.
 * Filters, facets, the engine's columns, CSV columns, the explorer's panel, the record page
 * and the data dictionary are derived from this list.
 */
export const FIELDS = { ...DESCRIBE_FIELDS, ...GOVERN_FIELDS } as const satisfies Record<string, FieldDef>;

export type FieldKey = keyof typeof FIELDS;
export const FIELD_LIST: readonly FieldDef[] = Object.values(FIELDS);

type Fields = typeof FIELDS;
/** Fields filtered by a list of codes (`sector=health&sector=transport`). */
export type ArrayFilterKey = {
  [K in FieldKey]: Fields[K] extends { filter: true; kind: 'code' | 'codes' | 'tri' | 'flag' | 'gap' } ? K : never;
}[FieldKey];
/** Query parameters of the year ranges. */
export type RangeKey = {
  [K in FieldKey]: Fields[K] extends { range: readonly [infer A, infer B] } ? A | B : never;
}[FieldKey] &
  string;
export type FacetField = {
  [K in FieldKey]: Fields[K] extends { facet: 'primary' | 'secondary' } ? K : never;
}[FieldKey];

const facetsIn = (group: 'primary' | 'secondary') =>
  FIELD_LIST.filter((f) => f.facet === group).map((f) => f.key as FacetField);
/** Facets shown open in the explorer; the rest sit behind "more filters". */
export const PRIMARY_FACETS: readonly FacetField[] = facetsIn('primary');
export const SECONDARY_FACETS: readonly FacetField[] = facetsIn('secondary');
/** Filters that have facet counts, in the order the explorer shows them. */
export const FACET_FIELDS: readonly FacetField[] = [...PRIMARY_FACETS, ...SECONDARY_FACETS];

export const ARRAY_FILTER_KEYS: readonly ArrayFilterKey[] = FIELD_LIST.filter((f) => f.filter && f.kind !== 'year').map(
  (f) => f.key as ArrayFilterKey,
);
export const YEAR_FIELDS: readonly FieldDef[] = FIELD_LIST.filter((f) => f.kind === 'year' && f.range);
export const RANGE_KEYS: readonly RangeKey[] = YEAR_FIELDS.flatMap((f) => f.range ?? []) as RangeKey[];
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

const GAP_FILTER = new RegExp(`^(${Object.keys(GAP_DIMENSIONS).join('|')}):[1-3]$`);
const SLUG = /^[a-z0-9][a-z0-9-]{1,99}$/;

/** The province value of a record from another country: Vietnam's provinces do not apply to it. */
export const OUTSIDE_VIETNAM = 'abroad';

/** The codes a field may take, or null when the list is open (agencies). */
export function fieldCodes(f: FieldDef): readonly string[] | null {
  if (f.values === 'province') return ['national', OUTSIDE_VIETNAM, ...PROVINCE_CODES];
  if (f.values === 'agency' || f.values === 'register') return null;
  if (f.kind === 'gap') return Object.keys(GAP_DIMENSIONS).map((d) => `${d}:${SIGNIFICANT_SEVERITY}`);
  return f.codes ? Object.keys(f.codes) : null;
}

const ALLOWED = new Map(
  FIELD_LIST.map((f) => {
    const codes = fieldCodes(f);
    return [f.key, codes && f.kind !== 'gap' ? new Set(codes) : null] as const;
  }),
);

/** Whether a value is allowed for a list filter (the dashboard's URL parsing; the zod schema agrees). */
export function isFilterValue(key: ArrayFilterKey, value: string): boolean {
  const f: FieldDef = FIELDS[key];
  if (f.kind === 'gap') return GAP_FILTER.test(value);
  if (f.values === 'agency' || f.values === 'register') return SLUG.test(value);
  return ALLOWED.get(key)?.has(value) ?? false;
}

/** The bilingual label of one value of a field, where the domain knows it (not agencies). */
export function valueLabel(key: FieldKey, code: string): Label | undefined {
  const f: FieldDef = FIELDS[key];
  if (f.values === 'province')
    return code === 'national'
      ? { en: 'National', vi: 'Toàn quốc' }
      : code === OUTSIDE_VIETNAM
        ? { en: 'Outside Vietnam', vi: 'Ngoài Việt Nam' }
        : PROVINCES_BY_CODE.get(code)?.name;
  if (f.values === 'register' && code === f.nullCode) return AILA_REGISTER;
  if (f.kind === 'gap') {
    const [dim, sev] = code.split(':');
    const d = GAP_DIMENSIONS[dim as keyof typeof GAP_DIMENSIONS];
    if (!d) return undefined;
    return Number(sev) === SIGNIFICANT_SEVERITY
      ? d.label
      : { en: `${d.label.en} ≥ ${sev}`, vi: `${d.label.vi} ≥ ${sev}` };
  }
  return f.codes?.[code];
}

/** The province code a record reads as: its province, or "abroad" for a record from another country. */
export const provinceOf = (country: unknown, province: unknown): unknown =>
  typeof country === 'string' && country !== 'VN' ? OUTSIDE_VIETNAM : province;

/** The catalogue's own records (curated, or submitted by agencies), as a value of the register field. */
export const AILA_REGISTER: Label = { en: 'AILA catalogue', vi: 'Danh mục AILA' };

/** A value in a record by dotted path. */
export function valueAt(record: unknown, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The date before which a dated flag (staleness) is set, as YYYY-MM-DD. */
export function cutoffDate(f: FieldDef, today: Date): string {
  return new Date(today.getTime() - (f.olderThanDays ?? 0) * 86_400_000).toISOString().slice(0, 10);
}

/** Whether a dated flag is set: the date is before the cutoff (a partial date counts from its start). */
export function isOlder(f: FieldDef, date: string, today: Date): boolean {
  return date === '' || date < cutoffDate(f, today);
}

export const SORTS = ['relevance', 'title', 'year', '-year', 'updated'] as const;
export type Sort = (typeof SORTS)[number];
