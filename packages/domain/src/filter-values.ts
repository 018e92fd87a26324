import { codesOf } from './labels.ts';
import { PROVINCE_CODES } from './provinces.ts';
import {
  AGENCY_LEVELS,
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  COUNTRIES,
  FUNDING_SOURCES,
  GAP_DIMENSIONS,
  INTENDED_USERS,
  PROVENANCE_KINDS,
  RISK_TIERS,
  SECTORS,
  STAGES,
  TECHNIQUES,
  TRI_STATE,
} from './taxonomy.ts';

/**
 * Allowed values of each multi-valued filter, without the schema library, for code that only
 * needs to check a value (the dashboard's URL parsing). The zod schema remains the reference.
 */
export const FILTER_VALUES = {
  country: new Set<string>(codesOf(COUNTRIES)),
  sector: new Set<string>(codesOf(SECTORS)),
  category: new Set<string>(codesOf(CATEGORIES)),
  stage: new Set<string>(codesOf(STAGES)),
  province: new Set<string>(['national', ...PROVINCE_CODES]),
  riskTier: new Set<string>(codesOf(RISK_TIERS)),
  technique: new Set<string>(codesOf(TECHNIQUES)),
  agency: /^[a-z0-9][a-z0-9-]{1,99}$/,
  agencyLevel: new Set<string>(codesOf(AGENCY_LEVELS)),
  builder: new Set<string>(codesOf(BUILDERS)),
  aiKind: new Set<string>(codesOf(AI_KINDS)),
  users: new Set<string>(codesOf(INTENDED_USERS)),
  funding: new Set<string>(codesOf(FUNDING_SOURCES)),
  personalData: new Set<string>(codesOf(TRI_STATE)),
  biometricData: new Set<string>(codesOf(TRI_STATE)),
  origin: new Set<string>(codesOf(PROVENANCE_KINDS)),
  impactAssessment: new Set<string>(['yes', 'no']),
  assessed: new Set<string>(['yes', 'no']),
  gap: new RegExp(`^(${codesOf(GAP_DIMENSIONS).join('|')}):[1-3]$`),
} as const;
export type ArrayFilterKey = keyof typeof FILTER_VALUES;

export function isFilterValue(key: ArrayFilterKey, value: string): boolean {
  const allowed = FILTER_VALUES[key];
  return allowed instanceof RegExp ? allowed.test(value) : allowed.has(value);
}

/** Filters that have facet counts, in the order the explorer shows them. */
export const FACET_FIELDS = [
  'sector',
  'category',
  'stage',
  'province',
  'technique',
  'riskTier',
  'gap',
  'agencyLevel',
  'agency',
  'builder',
  'aiKind',
  'users',
  'funding',
  'personalData',
  'biometricData',
  'impactAssessment',
  'assessed',
  'origin',
  'country',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export const SORTS = ['relevance', 'title', 'year', '-year', 'updated'] as const;
export type Sort = (typeof SORTS)[number];
