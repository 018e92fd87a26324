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
  INTENDED_USERS,
  type Label,
  LabelSchema,
  PROVINCES,
  RISK_TIERS,
  SECTORS,
  SEVERITIES,
  STAGES,
  TECHNIQUES,
} from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { router } from '../context.ts';

const TermSchema = z.object({ code: z.string(), label: LabelSchema });
const TaxonomySchema = z.object({
  sectors: z.array(TermSchema),
  categories: z.array(TermSchema),
  techniques: z.array(TermSchema),
  stages: z.array(TermSchema),
  builders: z.array(TermSchema),
  aiKinds: z.array(TermSchema),
  intendedUsers: z.array(TermSchema),
  fundingSources: z.array(TermSchema),
  riskTiers: z.array(TermSchema),
  agencyLevels: z.array(TermSchema),
  countries: z.array(TermSchema),
  severities: z.array(TermSchema),
  ethicsPrinciples: z.array(TermSchema),
  ethicsStatuses: z.array(TermSchema),
  gapDimensions: z.array(TermSchema.extend({ issues: z.array(TermSchema) })),
  provinces: z.array(TermSchema.extend({ kind: z.enum(['city', 'province']), former: z.array(z.string()) })),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;

const terms = (taxonomy: Readonly<Record<string, Label>>) =>
  Object.entries(taxonomy).map(([code, label]) => ({ code, label }));

/** Built once: the taxonomies are constants. */
const TAXONOMY: Taxonomy = {
  sectors: terms(SECTORS),
  categories: terms(CATEGORIES),
  techniques: terms(TECHNIQUES),
  stages: terms(STAGES),
  builders: terms(BUILDERS),
  aiKinds: terms(AI_KINDS),
  intendedUsers: terms(INTENDED_USERS),
  fundingSources: terms(FUNDING_SOURCES),
  riskTiers: terms(RISK_TIERS),
  agencyLevels: terms(AGENCY_LEVELS),
  countries: terms(COUNTRIES),
  severities: terms(SEVERITIES),
  ethicsPrinciples: terms(ETHICS_PRINCIPLES),
  ethicsStatuses: terms(ETHICS_STATUSES),
  gapDimensions: Object.entries(GAP_DIMENSIONS).map(([code, d]) => ({
    code,
    label: d.label,
    issues: Object.entries(d.issues).map(([issue, label]) => ({ code: `${code}.${issue}`, label })),
  })),
  provinces: PROVINCES.map((p) => ({ code: p.code, label: p.name, kind: p.kind, former: p.former })),
};

export function taxonomyRoutes() {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/taxonomy',
      tags: ['reference'],
      summary: 'Every code list with English and Vietnamese labels',
      responses: {
        200: { description: 'The taxonomies', content: { 'application/json': { schema: TaxonomySchema } } },
      },
    }),
    (c) => {
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(TAXONOMY, 200);
    },
  );
}
