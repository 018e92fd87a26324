import {
  ARRAY_FILTER_KEYS,
  type DeploymentFilters,
  FIELD_LIST,
  FIELDS,
  filterValueSchema,
  RANGE_KEYS,
  resolveProvince,
  SORTS,
  YEAR_MAX,
  YEAR_MIN,
} from '@aila/domain';
import { z } from '@hono/zod-openapi';

/** Accepts `a=x&a=y` and `a=x,y` alike. */
function multi(item: z.ZodType<string>, description: string) {
  return z
    .preprocess((value) => {
      if (value === undefined || value === '') return undefined;
      const list = Array.isArray(value) ? value : [value];
      return list
        .flatMap((v) => String(v).split(','))
        .map((v) => v.trim())
        .filter(Boolean);
    }, z.array(item).optional())
    .openapi({ description });
}

function int(name: string, min: number, max: number) {
  const error = `${name} must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    // Plain decimal digits only: "0x10", "1e2" or " 5" are not page numbers.
    (value) =>
      value === undefined || value === '' ? undefined : /^\d{1,9}$/.test(String(value)) ? Number(value) : Number.NaN,
    z.number({ error }).int({ error }).min(min, { error }).max(max, { error }).optional(),
  );
}

/** Former or current province names ("Bình Dương", "Hanoi") become current codes. */
function provinceCode(value: unknown): string {
  const text = String(value);
  if (text === 'national' || /^VN\d\d$/.test(text)) return text;
  return resolveProvince(text)?.code ?? text;
}

function listParam(key: (typeof ARRAY_FILTER_KEYS)[number]) {
  const item = filterValueSchema(key);
  const help = FIELDS[key].help.en;
  if (key === 'province')
    return multi(z.preprocess(provinceCode, item) as z.ZodType<string>, `${help} A code, or a current or former name.`);
  return multi(item, help);
}

const yearOf = new Map(FIELD_LIST.flatMap((f) => (f.range ?? []).map((key) => [key, f.title.en] as const)));

/** Query parameters of every endpoint that takes the deployment filters, from the field registry. Unknown ones are refused. */
export const FilterQuerySchema = z.strictObject({
  ...Object.fromEntries(ARRAY_FILTER_KEYS.map((key) => [key, listParam(key)])),
  ...Object.fromEntries(
    RANGE_KEYS.map((key) => [
      key,
      int(key, YEAR_MIN, YEAR_MAX).openapi({
        description: `${yearOf.get(key)}: ${key.endsWith('From') ? 'from' : 'up to'} this year`,
      }),
    ]),
  ),
  q: z
    .string()
    .trim()
    .max(200, { error: 'q must be at most 200 characters' })
    .optional()
    .openapi({ description: 'Full-text search; case and diacritics (including đ) are ignored.' }),
}) as unknown as z.ZodObject<{
  [K in keyof Required<DeploymentFilters>]: z.ZodOptional<z.ZodType<NonNullable<DeploymentFilters[K]>>>;
}>;

export const ListQuerySchema = FilterQuerySchema.extend({
  page: int('page', 1, 100_000),
  pageSize: int('pageSize', 1, 100),
  sort: z.enum(SORTS, { error: `sort must be one of ${SORTS.join(', ')}` }).optional(),
  lang: z.enum(['en', 'vi'], { error: 'lang must be en or vi' }).optional(),
  view: z.enum(['full', 'rows'], { error: 'view must be full or rows' }).optional().openapi({
    description:
      'full (default): every field of each record. rows: only what a results table shows — id, title, agency, country, province, sector, category, stage, year started (and where a search matched).',
  }),
});

export type FilterQuery = DeploymentFilters;

/** Drops undefined keys so the db layer receives only the filters given. */
export function toFilters(query: Partial<Record<string, unknown>>): DeploymentFilters {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as DeploymentFilters;
}
