import {
  addComment,
  createSubmission,
  type Decision,
  decideSubmission,
  getSubmission,
  listComments,
  listSubmissions,
  possibleDuplicates,
  type Submission,
  SubmissionError,
  submissionChanges,
  submitSubmission,
  updateSubmission,
} from '@aila/db';
import {
  CommentSchema,
  LabelSchema,
  OptionalCommentSchema,
  ProposedAgencySchema,
  SUBMISSION_STATUSES,
  SubmissionInputSchema,
} from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { consume } from '../auth/limits.ts';
import { requireUser } from '../auth/session.ts';
import { type AppEnv, type RouteDeps, router } from '../context.ts';
import { AppError, errorResponses, SAVE_ERRORS } from '../errors.ts';

const ChangeSchema = z.object({
  path: z.string(),
  field: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
const SubmissionSchema = z.object({
  id: z.string(),
  deploymentId: z.string(),
  agencyId: z.string(),
  submitter: z.string(),
  status: z.enum(SUBMISSION_STATUSES),
  baseRevision: z.number().int().nullable(),
  record: z.record(z.string(), z.unknown()),
  proposedAgency: ProposedAgencySchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  publishedRevision: z.number().int().nullable(),
});
const DetailSchema = SubmissionSchema.extend({
  comments: z.array(
    z.object({ id: z.number(), author: z.string(), action: z.string(), body: z.string(), createdAt: z.string() }),
  ),
  /** Field by field, against the published revision (every field for a new record). */
  changes: z.array(ChangeSchema),
  /** Published records this one may duplicate: same agency or place, similar title or summary. */
  duplicates: z.array(z.object({ id: z.string(), title: LabelSchema, score: z.number() })),
});
const IdParams = z.object({ id: z.string().uuid({ error: 'not a submission id' }) });
const ListQuery = z.strictObject({
  status: z
    .preprocess(
      (v) => (v === undefined ? undefined : String(v).split(',')),
      z
        .array(z.enum(SUBMISSION_STATUSES, { error: `status must be one of ${SUBMISSION_STATUSES.join(', ')}` }))
        .optional(),
    )
    .openapi({ type: 'string', description: 'Comma-separated statuses' }),
});

const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/** A submission's full view: the thread, the diff and the possible duplicates. */
function detail(deps: RouteDeps, s: Submission) {
  return {
    ...s,
    comments: listComments(deps.db, s.id),
    changes: submissionChanges(deps.db, s),
    duplicates: possibleDuplicates(deps.db, s.record, s.deploymentId),
  };
}

/** Maps the database's refusals onto the API's error codes. */
function run<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof SubmissionError)) throw error;
    const details = error.problems.map((p) => ({ path: p.path, message: p.message, messages: p.messages }));
    throw new AppError(
      error.kind,
      error.message,
      details.length ? details : undefined,
      error.changes.length ? error.changes : undefined,
    );
  }
}

export function submissionRoutes(deps: RouteDeps) {
  const { db, clock, limits } = deps;
  const writer = async (c: Context<AppEnv>, ...roles: ('submitter' | 'reviewer' | 'admin')[]) => {
    const user = requireUser(c, ...roles);
    await consume(c, limits.writes, user.id);
    return user;
  };
  const decided = {
    200: { description: 'The decision is recorded', content: { 'application/json': { schema: DetailSchema } } },
    ...errorResponses('validation', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'rate_limited'),
  };
  const decideHandler = (decision: Decision) => async (c: Context<AppEnv>) => {
    const user = await writer(c, 'reviewer', 'admin');
    const { comment } = (await c.req.json().catch(() => ({}))) as { comment?: string };
    const id = c.req.param('id') ?? '';
    return c.json(
      detail(
        deps,
        run(() => decideSubmission(db, id, decision, user, comment || undefined, clock().toISOString())),
      ),
      200,
    );
  };

  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/submissions',
        tags: ['submissions'],
        summary: "Submissions: a submitter's own agency's, or every one for reviewers (the queue)",
        request: { query: ListQuery },
        responses: {
          200: {
            description: 'Submissions, oldest first',
            content: { 'application/json': { schema: z.object({ items: z.array(SubmissionSchema) }) } },
          },
          ...errorResponses('validation', 'unauthorized'),
        },
      }),
      (c) => {
        const user = requireUser(c);
        const { status } = c.req.valid('query');
        return c.json({ items: listSubmissions(db, user, status ? { status } : {}) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/submissions',
        tags: ['submissions'],
        summary: 'Create a draft: a new record, or an update of a published one (with deploymentId)',
        description:
          'A draft may be incomplete. Text may be given in English or Vietnamese only. A submitter submits records of their own agency, or proposes a new agency in `proposedAgency`.',
        request: json(SubmissionInputSchema),
        responses: {
          201: { description: 'The draft', content: { 'application/json': { schema: DetailSchema } } },
          ...errorResponses(
            'validation',
            'unauthorized',
            'forbidden',
            'not_found',
            'rate_limited',
            'payload_too_large',
          ),
        },
      }),
      async (c) => {
        const user = await writer(c, 'submitter', 'admin');
        const created = run(() => createSubmission(db, c.req.valid('json'), user, clock().toISOString()));
        return c.json(detail(deps, created), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/submissions/{id}',
        tags: ['submissions'],
        summary: 'One submission with its comments, its changes and possible duplicates',
        request: { params: IdParams },
        responses: {
          200: { description: 'The submission', content: { 'application/json': { schema: DetailSchema } } },
          ...errorResponses('validation', 'unauthorized', 'not_found'),
        },
      }),
      (c) => {
        const user = requireUser(c);
        return c.json(
          detail(
            deps,
            run(() => getSubmission(db, c.req.valid('param').id, user)),
          ),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/submissions/{id}',
        tags: ['submissions'],
        summary: 'Save a draft, or a submission sent back for changes',
        request: { params: IdParams, ...json(SubmissionInputSchema) },
        responses: {
          200: { description: 'The saved draft', content: { 'application/json': { schema: DetailSchema } } },
          ...errorResponses(...SAVE_ERRORS),
        },
      }),
      async (c) => {
        const user = await writer(c, 'submitter', 'admin');
        const saved = run(() =>
          updateSubmission(db, c.req.valid('param').id, c.req.valid('json'), user, clock().toISOString()),
        );
        return c.json(detail(deps, saved), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/submissions/{id}/submit',
        tags: ['submissions'],
        summary: 'Send for review: the record must now be complete',
        description: 'Every problem is answered with its field path and a plain message in English and Vietnamese.',
        request: { params: IdParams },
        responses: {
          200: { description: 'Submitted', content: { 'application/json': { schema: DetailSchema } } },
          ...errorResponses('validation', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'rate_limited'),
        },
      }),
      async (c) => {
        const user = await writer(c, 'submitter', 'admin');
        return c.json(
          detail(
            deps,
            run(() => submitSubmission(db, c.req.valid('param').id, user, clock().toISOString())),
          ),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/submissions/{id}/comments',
        tags: ['submissions'],
        summary: "Add a note to the submission's thread",
        request: { params: IdParams, ...json(CommentSchema) },
        responses: {
          200: { description: 'The thread', content: { 'application/json': { schema: DetailSchema } } },
          ...errorResponses('validation', 'unauthorized', 'not_found', 'rate_limited'),
        },
      }),
      async (c) => {
        const user = await writer(c);
        const id = c.req.valid('param').id;
        run(() => addComment(db, id, user, c.req.valid('json').comment, clock().toISOString()));
        return c.json(
          detail(
            deps,
            run(() => getSubmission(db, id, user)),
          ),
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/submissions/{id}/approve',
        tags: ['review'],
        summary: 'Approve: publishes a new revision (409 with the changes if the record moved on)',
        request: { params: IdParams, ...json(OptionalCommentSchema) },
        responses: decided,
      }),
      (c) => decideHandler('approve')(c),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/submissions/{id}/request-changes',
        tags: ['review'],
        summary: 'Send back to the agency with a comment',
        request: { params: IdParams, ...json(CommentSchema) },
        responses: decided,
      }),
      (c) => decideHandler('request_changes')(c),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/submissions/{id}/reject',
        tags: ['review'],
        summary: 'Reject with a comment',
        request: { params: IdParams, ...json(CommentSchema) },
        responses: decided,
      }),
      (c) => decideHandler('reject')(c),
    );
}
