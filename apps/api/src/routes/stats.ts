import { getStats } from '@aila/db';
import { StatsSchema } from '@aila/domain';
import { createRoute } from '@hono/zod-openapi';
import { type RouteDeps, router } from '../context.ts';
import { errorResponses } from '../errors.ts';
import { FilterQuerySchema, toFilters } from '../query.ts';

export function statsRoutes({ db, scope }: RouteDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/stats',
      tags: ['stats'],
      summary: 'Every aggregate of the overview for one filter scope',
      request: { query: FilterQuerySchema },
      responses: {
        200: { description: 'Counts and shares', content: { 'application/json': { schema: StatsSchema } } },
        ...errorResponses('validation'),
      },
    }),
    (c) => c.json(getStats(db, toFilters(c.req.valid('query')), scope()), 200),
  );
}
