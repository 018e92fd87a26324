import { countDeployments } from '@aila/db';
import { createRoute, z } from '@hono/zod-openapi';
import { type AppDeps, router } from '../context.ts';

const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  deployments: z.number().int(),
  time: z.string(),
});

export function healthRoutes({ db, clock = () => new Date(), config }: AppDeps) {
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
      },
    }),
    (c) =>
      c.json(
        {
          status: 'ok' as const,
          version: config?.version ?? '0.1.0',
          deployments: countDeployments(db, {}, { includeSynthetic: config?.includeSynthetic ?? false }),
          time: clock().toISOString(),
        },
        200,
      ),
  );
}
