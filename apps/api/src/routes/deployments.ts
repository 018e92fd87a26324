import { getDeployment, listDeployments, listRevisions } from '@aila/db';
import {
  DeploymentPageSchema,
  DeploymentSchema,
  ErrorSchema,
  highlightRanges,
  SlugSchema,
  snippet,
} from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { type AppDeps, router } from '../context.ts';
import { AppError } from '../errors.ts';
import { ListQuerySchema, toFilters } from '../query.ts';

const DeploymentDetailSchema = DeploymentSchema.extend({
  revisions: z.array(z.object({ revision: z.number().int(), publishedAt: z.string() })),
});

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

export function deploymentRoutes({ db, config }: AppDeps) {
  const scope = { includeSynthetic: config?.includeSynthetic ?? false };
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/deployments',
        tags: ['deployments'],
        summary: 'Filter, search and page the catalogue',
        description:
          'Multi-valued filters take repeated parameters (`sector=health&sector=transport`) or comma lists. `facets` count each value with every other filter applied.',
        request: { query: ListQuerySchema },
        responses: {
          200: {
            description: 'A page of deployments',
            content: { 'application/json': { schema: DeploymentPageSchema } },
          },
          400: errorResponse('A parameter is unknown or has an invalid value'),
        },
      }),
      (c) => {
        const { page = 1, pageSize = 20, sort, lang, ...filterQuery } = c.req.valid('query');
        const filters = toFilters(filterQuery);
        const result = listDeployments(db, filters, { ...scope, page, pageSize, sort, locale: lang ?? 'en' });
        const q = filters.q;
        const items = q
          ? result.items.map((d) => ({
              ...d,
              match: {
                title: { en: highlightRanges(d.title.en, q), vi: highlightRanges(d.title.vi, q) },
                summary: { en: snippet(d.summary.en, q), vi: snippet(d.summary.vi, q) },
              },
            }))
          : result.items;
        return c.json({ ...result, items, page, pageSize }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/deployments/{id}',
        tags: ['deployments'],
        summary: 'One deployment with its revision history',
        request: { params: z.object({ id: SlugSchema }) },
        responses: {
          200: { description: 'The deployment', content: { 'application/json': { schema: DeploymentDetailSchema } } },
          400: errorResponse('The id is malformed'),
          404: errorResponse('No published deployment has this id'),
        },
      }),
      (c) => {
        const { id } = c.req.valid('param');
        const deployment = getDeployment(db, id, scope);
        if (!deployment) throw new AppError('not_found', `No deployment with id "${id}".`);
        return c.json({ ...deployment, revisions: listRevisions(db, id) }, 200);
      },
    );
}
