import { z } from 'zod';
import {
  CategorySchema,
  CountrySchema,
  ProvinceCodeSchema,
  RiskTierSchema,
  SectorSchema,
  SlugSchema,
  StageSchema,
  TechniqueSchema,
} from './schemas.ts';

/** The filters shared by the deployment list, the stats and the exports. */
export const DeploymentFiltersSchema = z.object({
  country: z.array(CountrySchema).optional(),
  sector: z.array(SectorSchema).optional(),
  category: z.array(CategorySchema).optional(),
  stage: z.array(StageSchema).optional(),
  province: z.array(ProvinceCodeSchema).optional(),
  riskTier: z.array(RiskTierSchema).optional(),
  technique: z.array(TechniqueSchema).optional(),
  agency: z.array(SlugSchema).optional(),
  yearFrom: z.number().int().min(1990).max(2100).optional(),
  yearTo: z.number().int().min(1990).max(2100).optional(),
  q: z.string().trim().max(200).optional(),
});
export type DeploymentFilters = z.infer<typeof DeploymentFiltersSchema>;

/** Filters that have facet counts. */
export const FACET_FIELDS = ['country', 'sector', 'category', 'stage', 'province', 'riskTier', 'technique'] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const SORTS = ['title', 'year', '-year', 'updated', 'relevance'] as const;
export type Sort = (typeof SORTS)[number];
