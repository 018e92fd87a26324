import { z } from 'zod';
import { codesOf } from './labels.ts';
import {
  AgencyLevelSchema,
  AiKindSchema,
  BuilderSchema,
  CategorySchema,
  CountrySchema,
  FundingSourceSchema,
  GapDimensionSchema,
  IntendedUserSchema,
  ProvenanceKindSchema,
  ProvinceCodeSchema,
  RiskTierSchema,
  SectorSchema,
  SlugSchema,
  StageSchema,
  TechniqueSchema,
  TriStateSchema,
} from './schemas.ts';
import { GAP_DIMENSIONS } from './taxonomy.ts';

/** A gap filter, `dimension:minimum-severity`: deployments with such a gap (e.g. `data:2`). */
export const GapFilterSchema = z
  .string()
  .regex(new RegExp(`^(${codesOf(GAP_DIMENSIONS).join('|')}):[1-3]$`), 'use dimension:minimum-severity, e.g. data:2');

export interface GapFilter {
  dimension: z.infer<typeof GapDimensionSchema>;
  minSeverity: number;
}

export function parseGapFilter(value: string): GapFilter {
  const [dimension, severity] = value.split(':');
  return { dimension: GapDimensionSchema.parse(dimension), minSeverity: Number(severity) };
}

/** Province filter values: a current unit's code, or "national" for systems with no province. */
export const ProvinceFilterSchema = z.union([ProvinceCodeSchema, z.literal('national')]);
const YesNo = z.enum(['yes', 'no']);

/** The filters shared by the deployment list, the stats, the recommendations and the exports. */
export const DeploymentFiltersSchema = z.object({
  country: z.array(CountrySchema).optional(),
  sector: z.array(SectorSchema).optional(),
  category: z.array(CategorySchema).optional(),
  stage: z.array(StageSchema).optional(),
  province: z.array(ProvinceFilterSchema).optional(),
  riskTier: z.array(RiskTierSchema).optional(),
  technique: z.array(TechniqueSchema).optional(),
  agency: z.array(SlugSchema).optional(),
  agencyLevel: z.array(AgencyLevelSchema).optional(),
  builder: z.array(BuilderSchema).optional(),
  aiKind: z.array(AiKindSchema).optional(),
  users: z.array(IntendedUserSchema).optional(),
  funding: z.array(FundingSourceSchema).optional(),
  personalData: z.array(TriStateSchema).optional(),
  biometricData: z.array(TriStateSchema).optional(),
  origin: z.array(ProvenanceKindSchema).optional(),
  impactAssessment: z.array(YesNo).optional(),
  assessed: z.array(YesNo).optional(),
  gap: z.array(GapFilterSchema).optional(),
  yearFrom: z.number().int().min(1990).max(2100).optional(),
  yearTo: z.number().int().min(1990).max(2100).optional(),
  q: z.string().trim().max(200).optional(),
});
export type DeploymentFilters = z.infer<typeof DeploymentFiltersSchema>;

export { FACET_FIELDS, type FacetField, SORTS, type Sort } from './filter-values.ts';
