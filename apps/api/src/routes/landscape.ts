import { gapEvidence, getLandscape, listAgencies, listRegisters } from '@aila/db';
import {
  AgencySchema,
  LabelSchema,
  LandscapeSchema,
  ProgressActionSchema,
  RecommendationSchema,
  RegisterSchema,
  rankRecommendations,
  SIGNIFICANT_SEVERITY,
} from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { type RouteDeps, router } from '../context.ts';
import { AppError, errorResponses } from '../errors.ts';
import { FilterQuerySchema, toFilters } from '../query.ts';

const PrioritySchema = z.object({
  score: z.number(),
  evidenceCount: z.number().int(),
  assessedCount: z.number().int(),
  totalCount: z.number().int(),
});

const RankedRecommendationSchema = RecommendationSchema.extend({
  rank: z.number().int(),
  priority: PrioritySchema,
  /** Deployments in scope with a significant addressed gap, worst first. */
  evidence: z.array(z.object({ id: z.string(), title: LabelSchema, severity: z.number().int() })),
  actions: z.array(ProgressActionSchema),
});

const RecommendationsSchema = z.object({
  scope: z.object({ total: z.number().int(), assessed: z.number().int() }),
  items: z.array(RankedRecommendationSchema),
});

export function landscapeRoutes({ db, scope }: RouteDeps) {
  const landscape = () => {
    const found = getLandscape(db);
    if (!found) throw new AppError('not_found', 'The landscape has not been loaded.');
    return found;
  };
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/landscape',
        tags: ['landscape'],
        summary: 'Findings, readiness indicators, milestones, targets and frameworks, each with sources',
        responses: {
          200: {
            description: 'The national landscape',
            content: { 'application/json': { schema: LandscapeSchema.extend({ updatedAt: z.string() }) } },
          },
          ...errorResponses('not_found'),
        },
      }),
      (c) => c.json(landscape(), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/recommendations',
        tags: ['landscape'],
        summary: 'The six recommendations ranked by the gaps found in the filtered deployments',
        description: `Priority = mean over gap-assessed deployments in scope of the worst significant (severity ≥ ${SIGNIFICANT_SEVERITY}) addressed severity / 3. Deployments whose gaps were not assessed are left out, never counted as gap-free.`,
        request: { query: FilterQuerySchema },
        responses: {
          200: {
            description: 'Ranked recommendations',
            content: { 'application/json': { schema: RecommendationsSchema } },
          },
          ...errorResponses('validation', 'not_found'),
        },
      }),
      (c) => {
        const { recommendations, actions } = landscape();
        const evidence = gapEvidence(db, toFilters(c.req.valid('query')), scope());
        const ranked = rankRecommendations(recommendations, evidence).map((rec) => {
          const wanted = new Set<string>(rec.addresses);
          const linked = evidence
            .map((d) => ({
              id: d.id,
              title: d.title,
              severity: Math.max(0, ...d.gaps.filter((g) => wanted.has(g.issue)).map((g) => g.severity)),
            }))
            .filter((d) => d.severity >= SIGNIFICANT_SEVERITY)
            .sort((a, b) => b.severity - a.severity || a.id.localeCompare(b.id));
          return { ...rec, evidence: linked, actions: actions.filter((a) => a.recommendation === rec.id) };
        });
        return c.json(
          {
            scope: { total: evidence.length, assessed: evidence.filter((d) => d.gapsAssessed).length },
            items: ranked,
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/agencies',
        tags: ['reference'],
        summary: 'Agencies with their level, parent body, province and number of published deployments',
        responses: {
          200: {
            description: 'Every agency',
            content: {
              'application/json': {
                schema: z.object({ items: z.array(AgencySchema.extend({ deployments: z.number().int().optional() })) }),
              },
            },
          },
          ...errorResponses(),
        },
      }),
      (c) => c.json({ items: listAgencies(db) }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/registers',
        tags: ['reference'],
        summary: 'Registers of other countries read by the importer, with their coverage, caveats and file',
        responses: {
          200: {
            description: 'Every imported register (the AILA catalogue itself is the register "aila")',
            content: { 'application/json': { schema: z.object({ items: z.array(RegisterSchema) }) } },
          },
          ...errorResponses(),
        },
      }),
      (c) => c.json({ items: listRegisters(db) }, 200),
    );
}
