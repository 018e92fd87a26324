import { z } from 'zod';
import {
  ARRAY_FILTER_KEYS,
  type ArrayFilterKey,
  FIELDS,
  type FieldDef,
  fieldCodes,
  RANGE_KEYS,
  type RangeKey,
  YEAR_MAX,
  YEAR_MIN,
} from './fields/index.ts';
import { GAP_DIMENSIONS } from './taxonomy.ts';

/** A gap filter, `dimension:minimum-severity`: deployments with such a gap (e.g. `data:2`). */
export const GapFilterSchema = z
  .string()
  .regex(
    new RegExp(`^(${Object.keys(GAP_DIMENSIONS).join('|')}):[1-3]$`),
    'use dimension:minimum-severity, e.g. data:2',
  );

export interface GapFilter {
  dimension: keyof typeof GAP_DIMENSIONS;
  minSeverity: number;
}

export function parseGapFilter(value: string): GapFilter {
  const [dimension, severity] = value.split(':');
  return { dimension: dimension as GapFilter['dimension'], minSeverity: Number(severity) };
}

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{1,99}$/, 'use lower-case letters, digits and hyphens');

/** The schema of one value of a list filter, derived from the field registry. */
export function filterValueSchema(key: ArrayFilterKey): z.ZodType<string> {
  const f: FieldDef = FIELDS[key];
  if (f.kind === 'gap') return GapFilterSchema;
  if (f.values === 'agency' || f.values === 'register') return Slug;
  const codes = fieldCodes(f) ?? [];
  return z.enum(codes as [string, ...string[]], { error: `${key} must be one of ${codes.join(', ')}` });
}

/** The filters shared by the deployment list, the stats, the recommendations and the exports. */
export type DeploymentFilters = { [K in ArrayFilterKey]?: string[] } & { [K in RangeKey]?: number } & { q?: string };

const Year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);

export const DeploymentFiltersSchema = z.object({
  ...Object.fromEntries(ARRAY_FILTER_KEYS.map((key) => [key, z.array(filterValueSchema(key)).optional()])),
  ...Object.fromEntries(RANGE_KEYS.map((key) => [key, Year.optional()])),
  q: z.string().trim().max(200).optional(),
}) as unknown as z.ZodType<DeploymentFilters>;
