import { DeploymentFiltersSchema, resolveProvince, SORTS } from '@aila/domain';
import { z } from '@hono/zod-openapi';

/** Accepts `a=x&a=y` and `a=x,y` alike. */
function multi<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (value === undefined || value === '') return undefined;
    const list = Array.isArray(value) ? value : [value];
    return list
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  }, z.array(item).optional());
}

function int(name: string, min: number, max: number) {
  return z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : Number(value)),
    z
      .number({ error: `${name} must be a whole number from ${min} to ${max}` })
      .int({ error: `${name} must be a whole number from ${min} to ${max}` })
      .min(min, { error: `${name} must be a whole number from ${min} to ${max}` })
      .max(max, { error: `${name} must be a whole number from ${min} to ${max}` })
      .optional(),
  );
}

const f = DeploymentFiltersSchema.shape;

/** Former or current province names ("Bình Dương", "Hanoi") become current codes. */
function provinceCode(value: string): string {
  if (value === 'national' || /^VN\d\d$/.test(value)) return value;
  return resolveProvince(value)?.code ?? value;
}

/** Query parameters of every endpoint that takes the deployment filters. Unknown ones are refused. */
export const FilterQuerySchema = z.strictObject({
  country: multi(f.country.unwrap().element),
  sector: multi(f.sector.unwrap().element),
  category: multi(f.category.unwrap().element),
  stage: multi(f.stage.unwrap().element),
  province: multi(z.preprocess((v) => provinceCode(String(v)), f.province.unwrap().element)),
  riskTier: multi(f.riskTier.unwrap().element),
  technique: multi(f.technique.unwrap().element),
  agency: multi(f.agency.unwrap().element),
  agencyLevel: multi(f.agencyLevel.unwrap().element),
  builder: multi(f.builder.unwrap().element),
  aiKind: multi(f.aiKind.unwrap().element),
  users: multi(f.users.unwrap().element),
  funding: multi(f.funding.unwrap().element),
  personalData: multi(f.personalData.unwrap().element),
  biometricData: multi(f.biometricData.unwrap().element),
  origin: multi(f.origin.unwrap().element),
  impactAssessment: multi(f.impactAssessment.unwrap().element),
  assessed: multi(f.assessed.unwrap().element),
  gap: multi(f.gap.unwrap().element),
  yearFrom: int('yearFrom', 1990, 2100),
  yearTo: int('yearTo', 1990, 2100),
  q: z.string().trim().max(200, { error: 'q must be at most 200 characters' }).optional(),
});

export const ListQuerySchema = FilterQuerySchema.extend({
  page: int('page', 1, 100_000),
  pageSize: int('pageSize', 1, 100),
  sort: z.enum(SORTS, { error: `sort must be one of ${SORTS.join(', ')}` }).optional(),
  lang: z.enum(['en', 'vi'], { error: 'lang must be en or vi' }).optional(),
});

export type FilterQuery = z.infer<typeof FilterQuerySchema>;

/** Drops undefined keys so the db layer receives only the filters given. */
export function toFilters(query: FilterQuery) {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as z.infer<
    typeof DeploymentFiltersSchema
  >;
}
