import { createFlag, listAudit, listFlags, resolveFlag } from '@aila/db';
import { CommentSchema } from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import { consume } from '../auth/limits.ts';
import { requireUser } from '../auth/session.ts';
import { type RouteDeps, router } from '../context.ts';
import { AppError, errorResponses } from '../errors.ts';

const FlagSchema = z.object({
  id: z.number().int(),
  deploymentId: z.string(),
  message: z.string(),
  contact: z.string().nullable(),
  status: z.enum(['open', 'resolved']),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolution: z.string().nullable(),
});
const ReportSchema = z.strictObject({
  message: z.string().trim().min(10, { error: 'Describe the problem in at least 10 characters' }).max(2000),
  contact: z.string().trim().max(200).optional(),
});
const AuditSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

/** Reports of problems on records (anyone), their resolution (reviewers) and the audit log (admins). */
export function flagRoutes({ db, clock, limits }: RouteDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'post',
        path: '/deployments/{id}/flags',
        tags: ['deployments'],
        summary: 'Report a problem with a record (no account needed; rate-limited)',
        request: {
          params: z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,99}$/) }),
          body: { content: { 'application/json': { schema: ReportSchema } }, required: true },
        },
        responses: {
          201: {
            description: 'Reported; reviewers will look at it',
            content: { 'application/json': { schema: FlagSchema } },
          },
          ...errorResponses('validation', 'forbidden', 'not_found', 'rate_limited'),
        },
      }),
      async (c) => {
        await consume(c, limits.reports, c.get('clientAddress'));
        const { message, contact } = c.req.valid('json');
        const flag = createFlag(
          db,
          { deploymentId: c.req.valid('param').id, message, contact: contact || null },
          clock().toISOString(),
        );
        if (!flag) throw new AppError('not_found', `No deployment with id "${c.req.valid('param').id}".`);
        return c.json(flag, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/flags',
        tags: ['review'],
        summary: 'Reported problems (reviewers)',
        request: { query: z.strictObject({ status: z.enum(['open', 'resolved', 'all']).optional() }) },
        responses: {
          200: {
            description: 'Reports',
            content: { 'application/json': { schema: z.object({ items: z.array(FlagSchema) }) } },
          },
          ...errorResponses('validation', 'unauthorized', 'forbidden'),
        },
      }),
      (c) => {
        requireUser(c, 'reviewer', 'admin');
        return c.json({ items: listFlags(db, c.req.valid('query').status ?? 'open') }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/flags/{id}/resolve',
        tags: ['review'],
        summary: 'Resolve a report with a comment (reviewers)',
        request: {
          params: z.object({ id: z.coerce.number().int().positive() }),
          body: { content: { 'application/json': { schema: CommentSchema } }, required: true },
        },
        responses: {
          200: { description: 'Resolved', content: { 'application/json': { schema: FlagSchema } } },
          ...errorResponses('validation', 'unauthorized', 'forbidden', 'not_found', 'rate_limited'),
        },
      }),
      async (c) => {
        const user = requireUser(c, 'reviewer', 'admin');
        await consume(c, limits.writes, user.id);
        const flag = resolveFlag(db, c.req.valid('param').id, c.req.valid('json').comment, user, clock().toISOString());
        if (!flag) throw new AppError('not_found', 'No open report with this id.');
        return c.json(flag, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/audit',
        tags: ['admin'],
        summary: 'The audit log, newest first (admins); format=csv downloads it',
        request: {
          query: z.strictObject({
            entity: z.string().max(50).optional(),
            actor: z.string().max(200).optional(),
            action: z.string().max(50).optional(),
            before: z.coerce.number().int().positive().optional(),
            limit: z.coerce.number().int().min(1).max(5000).optional(),
            format: z.enum(['json', 'csv']).optional(),
          }),
        },
        responses: {
          200: {
            description: 'Audit entries',
            content: {
              'application/json': { schema: z.object({ items: z.array(AuditSchema) }) },
              'text/csv': { schema: z.string() },
            },
          },
          ...errorResponses('validation', 'unauthorized', 'forbidden'),
        },
      }),
      (c) => {
        requireUser(c, 'admin');
        const { format, limit, ...filter } = c.req.valid('query');
        const items = listAudit(db, { ...filter, limit: limit ?? (format === 'csv' ? 5000 : 100) });
        c.header('Cache-Control', 'no-store');
        if (format === 'csv') {
          c.header('Content-Type', 'text/csv; charset=utf-8');
          c.header('Content-Disposition', 'attachment; filename="aila-audit.csv"');
          const rows = items.map((e) => [
            e.id,
            e.at,
            e.actor,
            e.action,
            e.entity,
            e.entityId,
            JSON.stringify(e.before),
            JSON.stringify(e.after),
          ]);
          return c.body(
            `\uFEFF${stringify([['id', 'at', 'actor', 'action', 'entity', 'entity id', 'before', 'after'], ...rows])}`,
            200,
          ) as never;
        }
        return c.json({ items }, 200);
      },
    );
}
