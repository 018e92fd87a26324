import {
  agencyResponses,
  agencySystems,
  countAgencies,
  currentInstrument,
  getAgency,
  getInstrument,
  getLandscape,
  instrumentsByVersion,
  listResponses,
  mayAnswerReadiness,
  mayReadReadiness,
  ReadinessError,
  type ReadinessResponse,
  readinessRows,
  readResponse,
  saveResponse,
  setPublished,
  storedResponses,
} from '@aila/db';
import {
  aggregateReadiness,
  answeredSector,
  buildRoadmap,
  comparePeers,
  INSTRUMENT_COLUMNS,
  InstrumentSchema,
  instrumentRows,
  LabelSchema,
  MICRODATA_COLUMNS,
  type Problem,
  READINESS_MIN_GROUP,
  ReadinessAnswersSchema,
  ReadinessInputSchema,
  readinessDataPackage,
  readinessMicrodata,
  readinessRecommendations,
  SourceSchema,
} from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';
import { consume } from '../auth/limits.ts';
import { requireUser } from '../auth/session.ts';
import { type AppEnv, type RouteDeps, router } from '../context.ts';
import { AppError, errorResponses, SAVE_ERRORS } from '../errors.ts';
import { neutralised } from '../export.ts';

/** A CSV table: the header row, then one row per record, formula-like text neutralised. */
function csv<C extends string>(columns: readonly C[], rows: readonly Record<C, string>[]): string {
  return stringify([columns, ...rows.map((r) => columns.map((col) => neutralised(r[col])))]);
}

// ---- Shapes -----------------------------------------------------------------------------------

const InstrumentAnswerSchema = z.object({
  version: z.number().int(),
  current: z.number().int(),
  instrument: InstrumentSchema,
});
const DimensionScoreSchema = z.object({
  dimension: z.string(),
  score: z.number().nullable(),
  scored: z.number().int(),
  unknown: z.number().int(),
  questions: z.number().int(),
  answers: z.array(
    z.object({ question: z.string(), level: z.number().int().nullable(), informs: z.array(z.string()) }),
  ),
});
const IssueGapSchema = z.object({ issue: z.string(), severity: z.number().int(), questions: z.array(z.string()) });
const ProfileSchema = z.object({
  dimensions: z.array(DimensionScoreSchema),
  weakest: z.array(z.string()),
  gaps: z.array(IssueGapSchema),
  complete: z.boolean(),
});
const SystemSchema = z.object({
  id: z.string(),
  title: LabelSchema,
  stage: z.string(),
  riskTier: z.string(),
  indicativeTier: z.string().optional(),
  indicative: z.boolean().optional(),
});
const StepSchema = z.object({
  order: z.number().int(),
  kind: z.enum(['problem', 'recommendation', 'law']),
  id: z.string(),
  title: LabelSchema,
  why: z.array(LabelSchema),
  dependsOn: z.array(z.object({ step: z.string(), why: LabelSchema })),
  status: z.enum(['incomplete', 'non_ai', 'done']).optional(),
  number: z.number().int().optional(),
  evidence: z.array(IssueGapSchema).optional(),
  tiers: z
    .array(
      z.object({
        code: z.string(),
        description: LabelSchema.nullable(),
        sources: z.array(SourceSchema),
        systems: z.array(SystemSchema),
      }),
    )
    .optional(),
  pending: LabelSchema.optional(),
  sources: z.array(SourceSchema).optional(),
});
const MeanSchema = z.object({ dimension: z.string(), n: z.number().int(), mean: z.number().nullable() });
const PeerSchema = z.object({
  by: z.enum(['level', 'sector']),
  key: z.string().nullable(),
  n: z.number().int(),
  means: z.array(MeanSchema).nullable(),
});
const ResponseSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  round: z.string(),
  instrumentVersion: z.number().int(),
  answers: ReadinessAnswersSchema,
  complete: z.boolean(),
  published: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const ViewSchema = z.object({
  agency: z.object({ id: z.string(), name: LabelSchema, level: z.string(), provinceCode: z.string().nullable() }),
  round: z.string(),
  currentVersion: z.number().int(),
  /** The version the answers are under (the current one before the first save). */
  instrumentVersion: z.number().int(),
  /** Whether the reader sees notes and evidence (the agency and reviewers), or a published profile. */
  full: z.boolean(),
  /** Whether the reader may change the answers. */
  editable: z.boolean(),
  response: ResponseSchema.nullable(),
  profile: ProfileSchema,
  steps: z.array(StepSchema),
  peers: z.array(PeerSchema),
  systems: z.array(SystemSchema),
  rounds: z.array(z.object({ round: z.string(), complete: z.boolean(), published: z.boolean() })),
});
const SummarySchema = z.object({
  agencyId: z.string(),
  agencyName: LabelSchema,
  round: z.string(),
  instrumentVersion: z.number().int(),
  complete: z.boolean(),
  published: z.boolean(),
  updatedAt: z.string(),
});
const GroupSchema = z.object({
  shown: z.array(z.object({ key: z.string(), n: z.number().int(), means: z.array(MeanSchema) })),
  hiddenGroups: z.number().int(),
  hiddenAgencies: z.number().int(),
});
const ReadinessLandscapeSchema = z.object({
  answered: z.number().int(),
  total: z.number().int(),
  minGroup: z.number().int(),
  byDimension: z.array(MeanSchema),
  groups: z.object({ level: GroupSchema, sector: GroupSchema, province: GroupSchema }),
  rounds: z.array(z.object({ round: z.string(), n: z.number().int(), means: z.array(MeanSchema) })),
  hiddenRounds: z.number().int(),
  issues: z.array(z.object({ issue: z.string(), agencies: z.number().int() })),
  /** The six recommendations ranked on the agencies' answers (the same rule as on deployments' gaps). */
  recommendations: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      shortTitle: LabelSchema,
      rank: z.number().int(),
      priority: z.object({
        score: z.number(),
        evidenceCount: z.number().int(),
        assessedCount: z.number().int(),
        totalCount: z.number().int(),
      }),
    }),
  ),
  /** Agencies that chose to publish their profile: the only ones named. */
  published: z.array(z.object({ agencyId: z.string(), name: LabelSchema, round: z.string() })),
});

const AgencyParams = z.object({
  agencyId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,99}$/, { error: 'not an agency id' }),
});
const RoundQuery = z.strictObject({
  round: z
    .string()
    .regex(/^\d{4}$/, { error: 'use a year, e.g. 2026' })
    .optional(),
});
const PublishSchema = z.strictObject({ published: z.boolean() });

const json = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

// ---- Errors -----------------------------------------------------------------------------------

const VI_MESSAGES: Record<string, string> = {
  invalid_type: 'Kiểu giá trị không đúng',
  unrecognized_keys: 'Trường này không được hỗ trợ',
  invalid_format: 'Định dạng không hợp lệ (đường dẫn phải bắt đầu bằng http:// hoặc https://)',
  too_big: 'Nội dung quá dài',
};

/** A failed body validation answered with each path and a plain message in both languages. */
function bilingualHook(result: { success: true } | { success: false; error: z.ZodError }): undefined {
  if (result.success) return undefined;
  const details = result.error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : String((issue as { keys?: string[] }).keys ?? '');
    const vi = VI_MESSAGES[issue.code] ?? 'Giá trị không hợp lệ';
    return { path, message: issue.message, messages: { en: issue.message, vi } };
  });
  throw new AppError(
    'validation',
    `Invalid value for ${[...new Set(details.map((d) => d.path))].join(', ') || 'the request'}.`,
    details,
  );
}

function run<T>(action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (!(error instanceof ReadinessError)) throw error;
    const details = error.problems.map((p: Problem) => ({ path: p.path, message: p.message, messages: p.messages }));
    throw new AppError(error.kind, error.message, details.length ? details : undefined);
  }
}

// ---- Routes -----------------------------------------------------------------------------------

export function readinessRoutes(deps: RouteDeps) {
  const { db, clock, limits } = deps;
  const thisRound = () => String(clock().getUTCFullYear());
  const current = () => {
    const found = currentInstrument(db);
    if (!found) throw new AppError('not_found', 'The readiness questionnaire has not been loaded.');
    return found;
  };

  /** What a reader sees of an agency's round: answers, profile, roadmap and peers. */
  const view = (c: Context<AppEnv>, agencyId: string, round: string) => {
    const user = c.get('user');
    const agency = getAgency(db, agencyId);
    if (!agency) throw new AppError('not_found', `No agency with id "${agencyId}".`);
    const seen = readResponse(db, agencyId, round, user);
    const own = mayReadReadiness(user, agencyId);
    // Nobody learns whether another agency has answered unless it published.
    if (!seen && !own) throw new AppError('not_found', 'No published readiness profile for this agency.');
    const latest = current();
    const version = seen?.response.instrumentVersion ?? latest.version;
    const instrument = version === latest.version ? latest.instrument : getInstrument(db, version)?.instrument;
    if (!instrument) throw new AppError('not_found', `No questionnaire version ${version}.`);
    const answers = seen?.response.answers ?? {};
    const landscape = getLandscape(db);
    const systems = agencySystems(db, agencyId);
    const roadmap = buildRoadmap({
      instrument,
      answers,
      recommendations: landscape?.recommendations ?? [],
      systems,
      tiers: (landscape?.frameworks.riskTiers ?? []).flatMap((t) =>
        t.description ? [{ code: t.code, description: t.description, sources: t.sources }] : [],
      ),
    });
    const rows = readinessRows(db);
    const peers = comparePeers(rows, {
      agencyId,
      level: agency.level,
      sector: answeredSector(instrument, answers),
    });
    const response: ReadinessResponse | null = seen?.response ?? null;
    return {
      agency: { id: agency.id, name: agency.name, level: agency.level, provinceCode: agency.provinceCode },
      round,
      currentVersion: latest.version,
      instrumentVersion: version,
      full: seen?.full ?? own,
      editable: Boolean(user && mayAnswerReadiness(user, agencyId)),
      response,
      profile: roadmap.profile,
      steps: roadmap.steps,
      peers,
      systems,
      rounds: own
        ? agencyResponses(db, agencyId).map((r) => ({ round: r.round, complete: r.complete, published: r.published }))
        : [],
    };
  };
  const writer = async (c: Context<AppEnv>) => {
    const user = requireUser(c, 'submitter', 'admin', 'reviewer');
    await consume(c, limits.writes, user.id);
    return user;
  };
  const csvAnswer = (c: Context, name: string, body: string) => {
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `inline; filename="${name}"`);
    c.header('Cache-Control', 'no-store');
    return c.body(body, 200);
  };

  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/readiness/instrument',
        tags: ['readiness'],
        summary: 'The readiness questionnaire: the current version, or an earlier one answers were given under',
        request: { query: z.strictObject({ version: z.string().regex(/^\d+$/).optional() }) },
        responses: {
          200: {
            description: 'The questionnaire',
            content: { 'application/json': { schema: InstrumentAnswerSchema } },
          },
          ...errorResponses('validation', 'not_found'),
        },
      }),
      (c) => {
        const latest = current();
        const asked = c.req.valid('query').version;
        const found = asked ? getInstrument(db, Number(asked)) : latest;
        if (!found) throw new AppError('not_found', `No questionnaire version ${asked}.`);
        return c.json({ version: found.version, current: latest.version, instrument: found.instrument }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/readiness/responses',
        tags: ['readiness'],
        summary: "Readiness answers by agency and round: a submitter's own agency's, every agency's for reviewers",
        responses: {
          200: {
            description: 'Newest round first',
            content: { 'application/json': { schema: z.object({ items: z.array(SummarySchema) }) } },
          },
          ...errorResponses('unauthorized'),
        },
      }),
      (c) => c.json({ items: listResponses(db, requireUser(c)) }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/readiness/agencies/{agencyId}',
        tags: ['readiness'],
        summary: "An agency's answers, profile, roadmap and peer comparison for a round (this year's by default)",
        description:
          'The agency and reviewers see everything; anyone else only a published profile, without notes or evidence links (404 otherwise).',
        request: { params: AgencyParams, query: RoundQuery },
        responses: {
          200: { description: 'The readiness view', content: { 'application/json': { schema: ViewSchema } } },
          ...errorResponses('validation', 'not_found'),
        },
      }),
      (c) => {
        c.header('Cache-Control', 'no-store');
        return c.json(view(c, c.req.valid('param').agencyId, c.req.valid('query').round ?? thisRound()), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'put',
        path: '/readiness/agencies/{agencyId}',
        tags: ['readiness'],
        summary: "Save the agency's answers for this year's round (the first save creates them)",
        description:
          'Answers keep the questionnaire version they were given under; give `instrumentVersion` = the current version to move them to it. Every problem is answered with its path and a message in English and Vietnamese.',
        request: { params: AgencyParams, ...json(ReadinessInputSchema) },
        responses: {
          200: { description: 'The saved view', content: { 'application/json': { schema: ViewSchema } } },
          ...errorResponses(...SAVE_ERRORS),
        },
      }),
      async (c) => {
        const user = await writer(c);
        const { agencyId } = c.req.valid('param');
        const round = thisRound();
        run(() => saveResponse(db, { agencyId, round }, c.req.valid('json'), user, clock().toISOString()));
        return c.json(view(c, agencyId, round), 200);
      },
      bilingualHook,
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/readiness/agencies/{agencyId}/publish',
        tags: ['readiness'],
        summary: "Publish the agency's profile for a round, or withdraw it",
        request: { params: AgencyParams, query: RoundQuery, ...json(PublishSchema) },
        responses: {
          200: { description: 'The view', content: { 'application/json': { schema: ViewSchema } } },
          ...errorResponses('validation', 'unauthorized', 'forbidden', 'not_found', 'rate_limited'),
        },
      }),
      async (c) => {
        const user = await writer(c);
        const { agencyId } = c.req.valid('param');
        const round = c.req.valid('query').round ?? thisRound();
        run(() => setPublished(db, { agencyId, round }, c.req.valid('json').published, user, clock().toISOString()));
        return c.json(view(c, agencyId, round), 200);
      },
      bilingualHook,
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/readiness/landscape',
        tags: ['readiness'],
        summary: 'Readiness across agencies: by dimension, level, sector, province and round; never a group under 3',
        description: `Aggregates of complete answers (each agency's latest round). A figure stands on at least ${READINESS_MIN_GROUP} agencies, and on none or at least ${READINESS_MIN_GROUP} that have not published their profile; figures that would give one away by subtraction (across groupings, rounds and dimensions) are hidden. Agencies are named only when they published their profile.`,
        responses: {
          200: {
            description: 'The aggregates',
            content: { 'application/json': { schema: ReadinessLandscapeSchema } },
          },
          ...errorResponses(),
        },
      }),
      (c) => {
        const rows = readinessRows(db);
        const aggregates = aggregateReadiness(rows, { total: countAgencies(db) });
        const recommendations = readinessRecommendations(rows, getLandscape(db)?.recommendations ?? []).map((r) => ({
          id: r.id,
          number: r.number,
          shortTitle: r.shortTitle,
          rank: r.rank,
          priority: r.priority,
        }));
        const latestPublished = new Map<string, string>();
        for (const r of rows)
          if (r.published && (latestPublished.get(r.agencyId) ?? '') < r.round)
            latestPublished.set(r.agencyId, r.round);
        const published = [...latestPublished.entries()].flatMap(([agencyId, round]) => {
          const agency = getAgency(db, agencyId);
          return agency ? [{ agencyId, name: agency.name, round }] : [];
        });
        c.header('Cache-Control', 'no-store');
        return c.json({ ...aggregates, recommendations, published }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/readiness/export/datapackage.json',
        tags: ['readiness'],
        summary: 'The anonymised readiness microdata as a Frictionless Data Package (descriptor)',
        description: 'Its resources `answers.csv` and `instrument.csv` sit beside it.',
        responses: {
          200: {
            description: 'The Data Package descriptor',
            content: { 'application/json': { schema: z.record(z.string(), z.unknown()) } },
          },
          ...errorResponses(),
        },
      }),
      (c) => {
        c.header('Cache-Control', 'no-store');
        const versions = [...new Set(storedResponses(db).map((r) => r.instrumentVersion))].sort((a, b) => a - b);
        return c.json(
          readinessDataPackage({ created: clock().toISOString(), instrumentVersions: versions }) as Record<
            string,
            unknown
          >,
          200,
        );
      },
    )
    .get('/readiness/export/answers.csv', (c) => {
      const rows = readinessMicrodata(storedResponses(db), instrumentsByVersion(db));
      return csvAnswer(c, 'answers.csv', csv(MICRODATA_COLUMNS, rows));
    })
    .get('/readiness/export/instrument.csv', (c) => {
      const used = new Set(storedResponses(db).map((r) => r.instrumentVersion));
      used.add(current().version);
      const instruments = instrumentsByVersion(db);
      const rows = [...used]
        .sort((a, b) => a - b)
        .flatMap((v) => {
          const instrument = instruments.get(v);
          return instrument ? instrumentRows(v, instrument) : [];
        });
      return csvAnswer(c, 'instrument.csv', csv(INSTRUMENT_COLUMNS, rows));
    });
}
