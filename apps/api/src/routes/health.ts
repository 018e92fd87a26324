import { catalogueVersion, countDeployments } from '@aila/db';
import { createRoute, z } from '@hono/zod-openapi';
import { type RouteDeps, router } from '../context.ts';
import { errorResponses } from '../errors.ts';

const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  /** The stored catalogue version: it changes with every publish, seed or import. */
  catalogueVersion: z.number().int(),
  deployments: z.number().int(),
  time: z.string(),
});

export function healthRoutes({ db, clock, scope, version }: RouteDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/health',
      tags: ['system'],
      summary: 'Liveness and database check',
      responses: {
        200: {
          description: 'The service and its database answer',
          content: { 'application/json': { schema: HealthSchema } },
        },
        ...errorResponses(),
      },
    }),
    (c) =>
      c.json(
        {
          status: 'ok' as const,
          version,
          catalogueVersion: catalogueVersion(db),
          deployments: countDeployments(db, {}, scope()),
          time: clock().toISOString(),
        },
        200,
      ),
  );
}
