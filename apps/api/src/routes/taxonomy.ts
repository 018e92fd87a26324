import {
  dataDictionary,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  type FieldKey,
  GAP_DIMENSIONS,
  type Label,
  LabelSchema,
  PROVINCES,
  SEVERITIES,
  valueLabel,
} from '@aila/domain';
import { createRoute, z } from '@hono/zod-openapi';
import { type RouteDeps, router } from '../context.ts';
import { errorResponses } from '../errors.ts';

const TermSchema = z.object({ code: z.string(), label: LabelSchema });
const FieldSchema = z.object({
  key: z.string(),
  path: z.string().nullable(),
  type: z.string(),
  title: LabelSchema,
  help: LabelSchema,
  /** Query parameters that filter on this field. */
  filter: z.array(z.string()),
  codes: z.array(TermSchema),
});
const TaxonomySchema = z.object({
  fields: z.array(FieldSchema),
  severities: z.array(TermSchema),
  ethicsPrinciples: z.array(TermSchema),
  ethicsStatuses: z.array(TermSchema),
  gapDimensions: z.array(TermSchema.extend({ issues: z.array(TermSchema) })),
  provinces: z.array(TermSchema.extend({ kind: z.enum(['city', 'province']), former: z.array(z.string()) })),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;

const terms = (taxonomy: Readonly<Record<string, Label>>) =>
  Object.entries(taxonomy).map(([code, label]) => ({ code, label }));

/** Built once: every field of the registry with its codes, and the frameworks' lists. */
const TAXONOMY: Taxonomy = {
  fields: dataDictionary().map((entry) => ({
    key: entry.field,
    path: entry.path,
    type: entry.type,
    title: entry.title,
    help: entry.description,
    filter: entry.filter,
    codes: entry.values.flatMap((code) => {
      const label = valueLabel(entry.field as FieldKey, code);
      return label ? [{ code, label }] : [];
    }),
  })),
  severities: terms(SEVERITIES),
  ethicsPrinciples: terms(ETHICS_PRINCIPLES),
  ethicsStatuses: terms(ETHICS_STATUSES),
  gapDimensions: Object.entries(GAP_DIMENSIONS).map(([code, d]) => ({
    code,
    label: d.label,
    issues: Object.entries(d.issues).map(([issue, label]) => ({ code: `${code}.${issue}`, label })),
  })),
  provinces: PROVINCES.map((p) => ({ code: p.code, label: p.name, kind: p.kind, former: p.former })),
};

export function taxonomyRoutes(_deps: RouteDeps) {
  return router().openapi(
    createRoute({
      method: 'get',
      path: '/taxonomy',
      tags: ['reference'],
      summary: 'Every field of a record with its code list, English and Vietnamese labels, and filter names',
      responses: {
        200: { description: 'The taxonomies', content: { 'application/json': { schema: TaxonomySchema } } },
        ...errorResponses(),
      },
    }),
    (c) => {
      c.header('Cache-Control', 'public, max-age=300');
      return c.json(TAXONOMY, 200);
    },
  );
}
