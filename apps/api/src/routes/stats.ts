import { getStats } from '@aila/db';
import { ErrorSchema, StatsSchema } from '@aila/domain';
import { createRoute } from '@hono/zod-openapi';
import { type AppDeps, router } from '../context.ts';
import { FilterQuerySchema, toFilters } from '../query.ts';

export function statsRoutes({ db, config }: AppDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/stats',
      tags: ['stats'],
      summary: 'Every aggregate of the overview for one filter scope',
      request: { query: FilterQuerySchema },
      responses: {
        200: { description: 'Counts and shares', content: { 'application/json': { schema: StatsSchema } } },
        400: {
          description: 'A parameter is unknown or invalid',
          content: { 'application/json': { schema: ErrorSchema } },
        },
      },
    }),
    (c) => {
      const stats = getStats(db, toFilters(c.req.valid('query')), {
        includeSynthetic: config?.includeSynthetic ?? false,
      });
      return c.json(stats, 200);
    },
  );
}
