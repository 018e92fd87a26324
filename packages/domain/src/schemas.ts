import { z } from 'zod';
import {
  FIELD_LIST,
  type FIELDS,
  type FieldDef,
  type FieldKey,
  fieldCodes,
  YEAR_MAX,
  YEAR_MIN,
} from './fields/index.ts';
import { codesOf } from './labels.ts';
import { PROVINCE_CODES } from './provinces.ts';
import {
  AGENCY_LEVELS,
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  COUNTRIES,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FUNDING_SOURCES,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  type GapIssueCode,
  INTENDED_USERS,
  PROVENANCE_KINDS,
  RISK_TIERS,
  SECTORS,
  STAGES,
  TECHNIQUES,
  TRI_STATE,
} from './taxonomy.ts';

export const SectorSchema = z.enum(codesOf(SECTORS));
export const CategorySchema = z.enum(codesOf(CATEGORIES));
export const TechniqueSchema = z.enum(codesOf(TECHNIQUES));
export const StageSchema = z.enum(codesOf(STAGES));
export const BuilderSchema = z.enum(codesOf(BUILDERS));
export const AiKindSchema = z.enum(codesOf(AI_KINDS));
export const IntendedUserSchema = z.enum(codesOf(INTENDED_USERS));
export const FundingSourceSchema = z.enum(codesOf(FUNDING_SOURCES));
export const TriStateSchema = z.enum(codesOf(TRI_STATE));
export const RiskTierSchema = z.enum(codesOf(RISK_TIERS));
export const AgencyLevelSchema = z.enum(codesOf(AGENCY_LEVELS));
export const ProvenanceKindSchema = z.enum(codesOf(PROVENANCE_KINDS));
export const CountrySchema = z.enum(codesOf(COUNTRIES));
export const GapDimensionSchema = z.enum(codesOf(GAP_DIMENSIONS));
export const GapIssueSchema = z.enum(Object.keys(GAP_ISSUES) as [GapIssueCode, ...GapIssueCode[]]);
export const EthicsPrincipleSchema = z.enum(codesOf(ETHICS_PRINCIPLES));
export const EthicsStatusSchema = z.enum(codesOf(ETHICS_STATUSES));
export const ProvinceCodeSchema = z.enum(PROVINCE_CODES);
export const SeveritySchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

export const SlugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,99}$/, 'use lower-case letters, digits and hyphens');
const IsoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use a date as YYYY, YYYY-MM or YYYY-MM-DD');
const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** A text in English and Vietnamese; neither may be blank. */
export const LabelSchema = z.object({
  en: z.string().trim().min(1, 'English text is required'),
  vi: z.string().trim().min(1, 'Vietnamese text is required'),
});

export const SourceSchema = z.object({
  url: HttpUrl,
  title: z.string().trim().min(1).optional(),
  publisher: z.string().trim().min(1).optional(),
  publishedOn: IsoDate.optional(),
  language: z.enum(['vi', 'en', 'other']).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const GapSchema = z
  .object({
    dimension: GapDimensionSchema,
    issue: GapIssueSchema,
    severity: SeveritySchema,
    note: LabelSchema.optional(),
    /** What the source says, in its own words or closely paraphrased: the basis of the severity. */
    evidence: z.string().trim().min(1).max(2000).optional(),
    source: HttpUrl,
  })
  .refine((gap) => gap.issue.startsWith(`${gap.dimension}.`), {
    message: 'the issue does not belong to this gap dimension',
    path: ['issue'],
  });
export type Gap = z.infer<typeof GapSchema>;

export const EthicsEntrySchema = z.object({
  status: EthicsStatusSchema,
  evidence: z.string().trim().min(1).optional(),
});
/** Principles not listed are unknown. */
export const EthicsAssessmentSchema = z.partialRecord(EthicsPrincipleSchema, EthicsEntrySchema);
export type EthicsAssessment = z.infer<typeof EthicsAssessmentSchema>;

const Score = z.number().int().min(0).max(3);
/** Answers to the risk questionnaire built on the Law on AI's five high-risk criteria (0–3 each). */
export const RiskAnswersSchema = z.object({
  rights: Score,
  safety: Score,
  sector: Score,
  automation: Score,
  scale: Score,
  /** People interact with the system without being told that AI is involved. */
  undisclosedInteraction: z.boolean(),
  /** The system generates text, images, audio or video that people may take as authentic. */
  generatesContent: z.boolean(),
});
export type RiskAnswers = z.infer<typeof RiskAnswersSchema>;

export const RiskSchema = z.object({
  tier: RiskTierSchema,
  questionnaire: RiskAnswersSchema.nullable().default(null),
  impactAssessmentUrl: HttpUrl.nullable().default(null),
});

export const ProvenanceSchema = z.object({
  kind: ProvenanceKindSchema,
  importer: z.string().optional(),
  file: z.string().optional(),
  /** Imported records: the register (its id in AILA), the register's own id of the record, the file's date. */
  register: SlugSchema.optional(),
  registerId: z.string().trim().min(1).max(400).optional(),
  fileDate: IsoDate.optional(),
  /** The register's own values for fields mapped to AILA's codes (category, status, risk class…), verbatim. */
  original: z.record(z.string(), z.string().max(2000)).optional(),
});

export const FundingSchema = z.object({
  source: FundingSourceSchema,
  amount: z
    .object({ value: z.number().positive(), currency: z.string().regex(/^[A-Z]{3}$/) })
    .nullable()
    .default(null),
});

type Fields = typeof FIELDS;
type PlainKey = { [K in FieldKey]: Fields[K] extends { plain: true } ? K : never }[FieldKey];
type CodeOf<F> = F extends { codes: infer C } ? keyof C & string : string;
type PlainOut<F extends FieldDef> = F['kind'] extends 'codes'
  ? CodeOf<F>[]
  : F['kind'] extends 'label'
    ? { en: string; vi: string } | null
    : F['kind'] extends 'year'
      ? number | null
      : F['kind'] extends 'text'
        ? string | null
        : CodeOf<F>;
type PlainSchema<F extends FieldDef> = F extends { default: unknown }
  ? z.ZodDefault<z.ZodType<PlainOut<F>>>
  : z.ZodType<PlainOut<F>>;
type PlainShape = { [K in PlainKey as Fields[K]['path']]: PlainSchema<Fields[K]> };

const Year = z.number().int().min(YEAR_MIN).max(YEAR_MAX);

/** The record schema of a plain field, from its registry entry: kind, codes and default. */
function plainSchema(f: FieldDef): z.ZodType {
  const codes = z.enum((fieldCodes(f) ?? []) as [string, ...string[]]);
  const base: z.ZodType =
    f.kind === 'codes'
      ? z.array(codes)
      : f.kind === 'year'
        ? Year.nullable()
        : f.kind === 'text'
          ? z.string().trim().min(1).nullable()
          : f.kind === 'label'
            ? LabelSchema.nullable()
            : codes;
  return f.default === undefined ? base : z._default(base, f.default as never);
}

const PLAIN_SHAPE = Object.fromEntries(
  FIELD_LIST.filter((f) => f.plain && f.path).map((f) => [f.path, plainSchema(f)]),
) as unknown as PlainShape;

/** A catalogued AI system as written by a curator, an agency or an importer. */
export const DeploymentInputSchema = z.object({
  id: SlugSchema,
  title: LabelSchema,
  summary: LabelSchema,
  agencyId: SlugSchema,
  /** Current provincial unit; null for a national system. */
  provinceCode: ProvinceCodeSchema.nullable(),
  ...PLAIN_SHAPE,
  funding: FundingSchema.default({ source: 'unknown', amount: null }),
  risk: RiskSchema.default({ tier: 'unclassified', questionnaire: null, impactAssessmentUrl: null }),
  humanOversight: LabelSchema.nullable().default(null),
  /** For values a reader may doubt (e.g. aiKind): the source that states each, and what it says. */
  fieldEvidence: z
    .record(z.string().regex(/^[a-zA-Z]+$/), z.object({ source: HttpUrl, text: z.string().trim().min(1).max(2000) }))
    .default({}),
  /** Label paths given in one language only and copied to the other (shown as "not translated"). */
  untranslated: z.array(z.string().regex(/^[a-zA-Z.]+\.(en|vi)$/)).default([]),
  /** False until a source-backed gap assessment exists; an empty list then means "no gaps". */
  gapsAssessed: z.boolean().default(false),
  gaps: z.array(GapSchema).default([]),
  ethics: EthicsAssessmentSchema.default({}),
  sources: z.array(SourceSchema).min(1, 'a published record needs at least one source'),
  provenance: ProvenanceSchema.default({ kind: 'curated' }),
  /** Date the record was last checked against its sources. */
  reviewedOn: IsoDate.nullable().default(null),
});
export type DeploymentInput = z.input<typeof DeploymentInputSchema>;
export type DeploymentRecord = z.output<typeof DeploymentInputSchema>;

/** A published deployment, as served by the API. */
export const DeploymentSchema = DeploymentInputSchema.extend({
  agency: z.object({ id: SlugSchema, name: LabelSchema, level: AgencyLevelSchema }),
  revision: z.number().int().min(1),
  /** Withdrawn records leave lists and counts; their page and history remain. */
  status: z.enum(['published', 'withdrawn']),
  withdrawnAt: z.string().nullable(),
  publishedAt: z.string(),
  updatedAt: z.string(),
});
export type Deployment = z.infer<typeof DeploymentSchema>;

/** The record inside a published deployment: what a curator, an agency or an importer wrote. */
export function recordOf(d: Deployment): DeploymentRecord {
  const { agency: _a, revision: _r, status: _s, withdrawnAt: _w, publishedAt: _p, updatedAt: _u, ...record } = d;
  return record;
}

export const AgencySchema = z.object({
  id: SlugSchema,
  name: LabelSchema,
  level: AgencyLevelSchema,
  parentId: SlugSchema.nullable().default(null),
  country: CountrySchema,
  provinceCode: ProvinceCodeSchema.nullable().default(null),
  website: HttpUrl.nullable().default(null),
});
export type Agency = z.output<typeof AgencySchema>;

export const RecommendationSchema = z.object({
  id: SlugSchema,
  number: z.number().int().min(1),
  title: LabelSchema,
  /** A few words for chart labels. */
  shortTitle: LabelSchema,
  description: LabelSchema,
  addresses: z.array(GapIssueSchema).min(1),
  sources: z.array(SourceSchema).min(1),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;

export const ReadinessIndicatorSchema = z.object({
  id: SlugSchema,
  framework: z.enum(['gov_ai_readiness_index', 'unesco_ram']),
  year: Year,
  metric: z.enum(['rank', 'score', 'pillar_score']),
  value: z.number(),
  outOf: z.number().int().positive().nullable().default(null),
  note: LabelSchema.nullable().default(null),
  /** Ids of indicators for the same year and metric that report a different value. */
  conflictsWith: z.array(SlugSchema).default([]),
  sources: z.array(SourceSchema).min(1),
});
export type ReadinessIndicator = z.output<typeof ReadinessIndicatorSchema>;

export const LandscapeFindingSchema = z.object({
  id: SlugSchema,
  dimension: GapDimensionSchema,
  text: LabelSchema,
  issues: z.array(GapIssueSchema).default([]),
  sources: z.array(SourceSchema).min(1),
});
export type LandscapeFinding = z.output<typeof LandscapeFindingSchema>;

/** A step taken towards a recommendation, with its source. */
export const ProgressActionSchema = z.object({
  id: SlugSchema,
  recommendation: SlugSchema,
  agency: LabelSchema,
  action: LabelSchema,
  date: IsoDate,
  status: z.enum(['planned', 'in_progress', 'done']),
  sources: z.array(SourceSchema).min(1),
});
export type ProgressAction = z.output<typeof ProgressActionSchema>;

export const MilestoneSchema = z.object({
  id: SlugSchema,
  date: IsoDate,
  kind: z.enum(['law', 'strategy', 'framework', 'assessment']),
  title: LabelSchema,
  sources: z.array(SourceSchema).min(1),
});
export type Milestone = z.output<typeof MilestoneSchema>;

export const TargetSchema = z.object({
  id: SlugSchema,
  year: Year,
  text: LabelSchema,
  sources: z.array(SourceSchema).min(1),
});

const FrameworkItem = z.object({
  code: z.string().regex(/^[a-z_]+$/),
  label: LabelSchema.optional(),
  description: LabelSchema.optional(),
  note: LabelSchema.optional(),
  sources: z.array(SourceSchema).min(1),
});

/** The national landscape: findings, recommendations, readiness, milestones and frameworks — all sourced. */
export const LandscapeSchema = z
  .object({
    findings: z.array(LandscapeFindingSchema),
    recommendations: z.array(RecommendationSchema).length(6),
    actions: z.array(ProgressActionSchema),
    indicators: z.array(ReadinessIndicatorSchema),
    milestones: z.array(MilestoneSchema),
    targets: z.array(TargetSchema),
    frameworks: z.object({
      riskTiers: z.array(FrameworkItem.extend({ code: RiskTierSchema })),
      highRiskCriteria: z
        .array(FrameworkItem.extend({ code: z.enum(['rights', 'safety', 'sector', 'automation', 'scale']) }))
        .length(5),
      ethicsPrinciples: z.array(FrameworkItem.extend({ code: EthicsPrincipleSchema })),
      ramDimensions: z.array(FrameworkItem).length(5),
    }),
  })
  .superRefine((landscape, ctx) => {
    const recs = new Set(landscape.recommendations.map((r) => r.id));
    landscape.actions.forEach((a, i) => {
      if (!recs.has(a.recommendation))
        ctx.addIssue({
          code: 'custom',
          path: ['actions', i, 'recommendation'],
          message: `unknown recommendation ${a.recommendation}`,
        });
    });
    const ids = new Set(landscape.indicators.map((x) => x.id));
    landscape.indicators.forEach((x, i) => {
      for (const other of x.conflictsWith)
        if (!ids.has(other))
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'conflictsWith'],
            message: `unknown indicator ${other}`,
          });
    });
  });
export type Landscape = z.output<typeof LandscapeSchema>;
