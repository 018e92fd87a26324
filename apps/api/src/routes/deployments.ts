import {
  catalogueVersion,
  getDeployment,
  listDeploymentsJson,
  listRevisions,
  openFlagCount,
  revisionRecords,
} from '@aila/db';
import {
  DeploymentPageSchema,
  DeploymentRowsPageSchema,
  DeploymentSchema,
  diffRecords,
  FIELDS,
  highlightRanges,
  isOlder,
  SlugSchema,
  snippet,
} from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { type RouteDeps, router } from '../context.ts';
import { deploymentsPackage, fullPackage, memoDump, sqliteDump } from '../dump.ts';
import { AppError, errorResponses } from '../errors.ts';
import { exportMeta, exportStream } from '../export.ts';
import { FilterQuerySchema, ListQuerySchema, toFilters } from '../query.ts';

const ExportQuerySchema = FilterQuerySchema.extend({
  format: z.enum(['csv', 'json', 'datapackage'], { error: 'format must be csv, json or datapackage' }).default('csv'),
  lang: z.enum(['en', 'vi'], { error: 'lang must be en or vi' }).default('en'),
  sort: ListQuerySchema.shape.sort,
});

const RevisionSchema = z.object({
  revision: z.number().int(),
  status: z.enum(['published', 'withdrawn']),
  /** The path it came through: seed, submission, import or correction. */
  origin: z.string(),
  publishedAt: z.string(),
});
const DeploymentDetailSchema = DeploymentSchema.extend({
  revisions: z.array(RevisionSchema),
  /** Problems reported by readers and not resolved yet. */
  openFlags: z.number().int(),
  /** When it was last checked against its sources or confirmed by its agency; stale after 12 months. */
  checkedOn: z.string(),
  stale: z.boolean(),
});
const HistorySchema = z.object({
  items: z.array(
    RevisionSchema.extend({
      /** Field by field, against the revision before (every field for the first). */
      changes: z.array(
        z.object({ path: z.string(), field: z.string().nullable(), before: z.unknown(), after: z.unknown() }),
      ),
    }),
  ),
});

export function deploymentRoutes({ db, clock, scope, publicUrl }: RouteDeps) {
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
            content: {
              'application/json': { schema: z.union([DeploymentPageSchema, DeploymentRowsPageSchema]) },
            },
          },
          ...errorResponses('validation'),
        },
      }),
      (c) => {
        const { page = 1, pageSize = 20, sort, lang, view, ...filterQuery } = c.req.valid('query');
        const filters = toFilters(filterQuery);
        const options = { ...scope(), page, pageSize, sort, locale: lang ?? 'en', view } as const;
        const q = filters.q;
        // The stored records go out as they are stored; a search adds where each one matched.
        const body = listDeploymentsJson(
          db,
          filters,
          options,
          q
            ? (d) => ({
                match: {
                  title: { en: highlightRanges(d.title.en, q), vi: highlightRanges(d.title.vi, q) },
                  summary: { en: snippet(d.summary.en, q), vi: snippet(d.summary.vi, q) },
                },
              })
            : undefined,
        );
        c.set('answerBody', body);
        c.header('Content-Type', 'application/json');
        return c.body(body as unknown as ArrayBuffer, 200) as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/deployments/export',
        tags: ['deployments'],
        summary: 'Export exactly the filtered deployments as CSV, JSON or a Data Package',
        description:
          'Takes the same filters as /deployments. CSV: UTF-8 with BOM, a header row in the chosen language, then the rows (nothing above the header: Excel, pandas and R read it with default settings); multi-valued cells are joined with "; "; the filters, date, catalogue version and licence are in the X-AILA-* response headers. JSON: {meta, items}. Streamed. datapackage: a ZIP holding a Frictionless Tabular Data Package — datapackage.json (table schema generated from the field registry; filters, date, catalogue version, licence, citation) and deployments.csv.',
        request: { query: ExportQuerySchema },
        responses: {
          200: {
            description: 'The export file',
            content: {
              'text/csv': { schema: z.string() },
              'application/json': { schema: z.string() },
              'application/zip': { schema: z.string() },
            },
          },
          ...errorResponses('validation'),
        },
      }),
      async (c) => {
        const { format, lang, sort, ...filterQuery } = c.req.valid('query');
        const filters = toFilters(filterQuery);
        const now = clock();
        const url = new URL(c.req.url);
        const query = new URLSearchParams(url.search);
        for (const key of ['format', 'lang', 'sort']) query.delete(key);
        const exportRequest = {
          filters,
          scope: scope(),
          format: format === 'json' ? ('json' as const) : ('csv' as const),
          locale: lang,
          sort: sort ?? (filters.q ? 'relevance' : 'title'),
          query: query.toString(),
          now,
          baseUrl: publicUrl,
        };
        const meta = exportMeta(db, exportRequest);
        const name = `aila-deployments-${now.toISOString().slice(0, 10)}`;
        if (format === 'datapackage') {
          const zip = await deploymentsPackage(db, { ...exportRequest, format: 'csv' });
          c.header('Content-Type', 'application/zip');
          c.header('Content-Disposition', `attachment; filename="${name}-datapackage.zip"`);
          c.header('Cache-Control', 'no-store');
          c.header('X-AILA-Catalogue-Version', String(meta.catalogueVersion));
          return c.body(zip as never, 200) as never;
        }
        const stream = exportStream(db, exportRequest);
        // Provenance of the file, readable without opening it.
        c.header('X-AILA-Filters', encodeURI(meta.filters));
        c.header('X-AILA-Generated-At', meta.generatedAt);
        c.header('X-AILA-Catalogue-Version', String(meta.catalogueVersion));
        c.header('X-AILA-Licence', 'CC-BY-4.0');
        c.header('Link', `<${encodeURI(meta.url)}>; rel="alternate"; type="text/html"`);
        c.header('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
        c.header('Content-Disposition', `attachment; filename="${name}.${format}"`);
        c.header('Cache-Control', 'no-store');
        return c.body(stream, 200) as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/dump',
        tags: ['deployments'],
        summary: 'The whole catalogue, with every revision, as a Data Package or as a SQLite file',
        description:
          'datapackage: a ZIP with datapackage.json, deployments.csv, revisions.csv (every revision, its record as JSON), agencies.csv and registers.csv. sqlite: a copy of the catalogue database without accounts, sessions, drafts, reports, private readiness answers or the names of reviewers.',
        request: {
          query: z.object({
            format: z
              .enum(['datapackage', 'sqlite'], { error: 'format must be datapackage or sqlite' })
              .default('datapackage'),
            lang: z.enum(['en', 'vi'], { error: 'lang must be en or vi' }).default('en'),
          }),
        },
        responses: {
          200: {
            description: 'The dump',
            content: { 'application/zip': { schema: z.string() }, 'application/vnd.sqlite3': { schema: z.string() } },
          },
          ...errorResponses('validation'),
        },
      }),
      async (c) => {
        const { format, lang } = c.req.valid('query');
        const now = clock();
        const day = now.toISOString().slice(0, 10);
        const includeSynthetic = scope().includeSynthetic ?? false;
        c.header('Cache-Control', 'no-store');
        // The whole catalogue, as an unfiltered export would read it.
        const whole = {
          filters: {},
          scope: scope(),
          format: 'csv' as const,
          locale: lang,
          sort: 'title' as const,
          query: '',
          now,
          baseUrl: publicUrl,
        };
        c.header('X-AILA-Catalogue-Version', String(catalogueVersion(db)));
        if (format === 'sqlite') {
          const bytes = await memoDump(
            db,
            `sqlite:${includeSynthetic}`,
            async () => new Uint8Array(await sqliteDump(db, includeSynthetic)),
          );
          c.header('Content-Type', 'application/vnd.sqlite3');
          c.header('Content-Disposition', `attachment; filename="aila-catalogue-${day}.sqlite"`);
          return c.body(bytes as never, 200) as never;
        }
        const zip = await memoDump(db, `package:${lang}:${includeSynthetic}`, () =>
          fullPackage(db, whole, includeSynthetic),
        );
        c.header('Content-Type', 'application/zip');
        c.header('Content-Disposition', `attachment; filename="aila-catalogue-${day}-datapackage.zip"`);
        return c.body(zip as never, 200) as never;
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/deployments/{id}',
        tags: ['deployments'],
        summary: 'One deployment with its revision history',
        description: 'A withdrawn record is answered too, with `status: withdrawn`: citations keep working.',
        request: { params: z.object({ id: SlugSchema }) },
        responses: {
          200: { description: 'The deployment', content: { 'application/json': { schema: DeploymentDetailSchema } } },
          ...errorResponses('validation', 'not_found'),
        },
      }),
      (c) => {
        const { id } = c.req.valid('param');
        const deployment = getDeployment(db, id, scope());
        if (!deployment) throw new AppError('not_found', `No deployment with id "${id}".`);
        const checkedOn = deployment.reviewedOn ?? deployment.updatedAt.slice(0, 10);
        return c.json(
          {
            ...deployment,
            revisions: listRevisions(db, id),
            openFlags: openFlagCount(db, id),
            checkedOn,
            stale: isOlder(FIELDS.stale, checkedOn, clock()),
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/deployments/{id}/revisions',
        tags: ['deployments'],
        summary: 'Every published version of a record, newest first, with what changed in each',
        request: { params: z.object({ id: SlugSchema }) },
        responses: {
          200: { description: 'The history', content: { 'application/json': { schema: HistorySchema } } },
          ...errorResponses('validation', 'not_found'),
        },
      }),
      (c) => {
        const { id } = c.req.valid('param');
        if (!getDeployment(db, id, scope())) throw new AppError('not_found', `No deployment with id "${id}".`);
        const revisions = revisionRecords(db, id);
        const items = revisions.map(({ record, ...r }, i) => ({
          ...r,
          changes: r.status === 'withdrawn' ? [] : diffRecords(i > 0 ? revisions[i - 1]?.record : {}, record),
        }));
        return c.json({ items: items.reverse() }, 200);
      },
    );
}
