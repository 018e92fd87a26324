import { z } from 'zod';
import { FACET_FIELDS, type FacetField } from './fields/index.ts';
import { DeploymentSchema, LabelSchema } from './schemas.ts';

/** Shapes the API answers with; the single definition for the server, the client and the docs. */
export const FacetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export const FacetsSchema = z.object(
  Object.fromEntries(FACET_FIELDS.map((f) => [f, z.array(FacetCountSchema)])) as Record<
    FacetField,
    z.ZodArray<typeof FacetCountSchema>
  >,
);
export type Facets = z.infer<typeof FacetsSchema>;

const RangeSchema = z.tuple([z.number().int(), z.number().int()]);
const FragmentSchema = z.object({ text: z.string(), ranges: z.array(RangeSchema) });

/** Where a search matched, for highlighting: title ranges and a summary snippet per language. */
export const MatchSchema = z.object({
  title: z.object({ en: z.array(RangeSchema), vi: z.array(RangeSchema) }),
  summary: z.object({ en: FragmentSchema, vi: FragmentSchema }),
});
export type Match = z.infer<typeof MatchSchema>;

export const DeploymentHitSchema = DeploymentSchema.extend({ match: MatchSchema.optional() });

export const DeploymentPageSchema = z.object({
  items: z.array(DeploymentHitSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: FacetsSchema,
});
export type DeploymentPage = z.infer<typeof DeploymentPageSchema>;

/**
 * A record as a results table lists it (`view=rows`): what the explorer shows of each result,
 * a tenth of the full record's size.
 */
export const DeploymentRowSchema = DeploymentHitSchema.pick({
  id: true,
  title: true,
  agency: true,
  country: true,
  provinceCode: true,
  sector: true,
  category: true,
  stage: true,
  yearStarted: true,
  match: true,
});
export type DeploymentRow = z.infer<typeof DeploymentRowSchema>;
export const DeploymentRowsPageSchema = DeploymentPageSchema.extend({ items: z.array(DeploymentRowSchema) });
export type DeploymentRowsPage = z.infer<typeof DeploymentRowsPageSchema>;

export const KeyCountSchema = z.object({ key: z.string(), count: z.number().int() });
export type KeyCount = z.infer<typeof KeyCountSchema>;

/** A share with its denominator: `count` of `known` records (the rest are unknown). */
export const ShareSchema = z.object({ count: z.number().int(), known: z.number().int() });
export type Share = z.infer<typeof ShareSchema>;

export const StatsSchema = z.object({
  total: z.number().int(),
  agencies: z.number().int(),
  provinces: z.number().int(),
  national: z.number().int(),
  /** Deployments whose gaps have been assessed against sources ("assessed n of N"). */
  assessed: z.number().int(),
  production: ShareSchema,
  highRisk: ShareSchema,
  impactAssessment: ShareSchema,
  byCategory: z.array(KeyCountSchema),
  bySector: z.array(KeyCountSchema),
  byStage: z.array(KeyCountSchema),
  byProvince: z.array(KeyCountSchema),
  byRiskTier: z.array(KeyCountSchema),
  /** AILA's indicative reading of each record against the Law on AI (never an official tier). */
  byIndicativeTier: z.array(KeyCountSchema),
  byYear: z.array(z.object({ year: z.number().int(), category: z.string(), count: z.number().int() })),
  byAiKind: z.array(KeyCountSchema),
  byBuilder: z.array(KeyCountSchema),
  /** Per category: deployments with assessed gaps, and how many of them have a gap of severity ≥ 2 per dimension. */
  gapHeatmap: z.array(
    z.object({
      category: z.string(),
      assessed: z.number().int(),
      cells: z.array(z.object({ dimension: z.string(), count: z.number().int() })),
    }),
  ),
  /** Per ethics principle: how many deployments report it met, partly met, not met or unknown. */
  ethics: z.array(
    z.object({
      principle: z.string(),
      met: z.number().int(),
      partial: z.number().int(),
      notMet: z.number().int(),
      unknown: z.number().int(),
    }),
  ),
  /** Evidence from gap dimensions to the recommendations that address them (deployments with such a gap). */
  gapFlows: z.array(z.object({ dimension: z.string(), recommendation: z.string(), weight: z.number().int() })),
});
export type Stats = z.infer<typeof StatsSchema>;

/** Every error code the API answers with, and its HTTP status. */
export const ERROR_STATUS = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const ErrorSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    details: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          /** The message in both languages, where the problem is in a submitted record. */
          messages: z.object({ en: z.string(), vi: z.string() }).optional(),
        }),
      )
      .optional(),
    /** For a 409 on approval: what changed in the published record since the submission started. */
    changes: z
      .array(z.object({ path: z.string(), field: z.string().nullable(), before: z.unknown(), after: z.unknown() }))
      .optional(),
    /** Also in the X-Request-Id header: quote it when reporting a problem. */
    requestId: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorSchema>;

/** A register imported from another country, with its coverage and caveats as its mapping states them. */
export const RegisterSchema = z.object({
  id: z.string(),
  country: z.string(),
  name: LabelSchema,
  publisher: z.string(),
  url: z.string(),
  licence: z.string(),
  language: z.string(),
  coverage: LabelSchema,
  caveats: z.array(LabelSchema),
  file: z.string(),
  fileDate: z.string().nullable(),
  rowsInFile: z.number().int(),
  importedAt: z.string(),
  records: z.number().int(),
  agencies: z.number().int(),
});
export type Register = z.infer<typeof RegisterSchema>;
