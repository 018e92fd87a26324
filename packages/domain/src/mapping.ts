import { z } from 'zod';
import { FIELDS, type FieldDef, fieldCodes } from './fields/index.ts';
import type { Label } from './labels.ts';
import { type DeploymentInput, DeploymentInputSchema, type DeploymentRecord, LabelSchema } from './schemas.ts';
import { AGENCY_LEVELS, COUNTRIES } from './taxonomy.ts';
import { slugify } from './text.ts';

/**
 * How one register's file becomes AILA records: a JSON file per register (`data/mappings/`),
 * validated by `MappingSchema` before any row is read. A new register needs a mapping, no code.
 */

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,30}$/, 'use lower-case letters, digits and hyphens');
const Url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const Lang = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a BCP 47 language tag, e.g. "nl" or "en"');

const Pattern = z.object({
  /** A regular expression tried on the trimmed value (case-insensitive). */
  match: z.string().refine(
    (s) => {
      try {
        new RegExp(s, 'i');
        return true;
      } catch {
        return false;
      }
    },
    { error: 'not a valid regular expression' },
  ),
  value: z.string(),
});

/** Where a target's value comes from: a column of the row, or a constant. */
const FromColumn = z
  .object({
    /** The column (CSV header or JSON key; dotted for nested JSON). Several: the first that is not empty. */
    column: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    /** The register's value (trimmed) → AILA's code. */
    map: z.record(z.string(), z.string()).optional(),
    /** Tried in order when `map` has no entry for the value. */
    patterns: z.array(Pattern).optional(),
    /** Used when the value is empty, or (for coded targets) when neither `map` nor `patterns` knows it. */
    default: z.union([z.string(), z.null()]).optional(),
    /** `year`: the first four-digit year (or a two-digit year after a month, e.g. "Jul-25") in the value. */
    transform: z.enum(['year', 'date']).optional(),
  })
  .strict();
const Constant = z.object({ constant: z.union([z.string(), z.number(), z.null()]) }).strict();
export const ValueSourceSchema = z.union([FromColumn, Constant]);
export type ValueSource = z.infer<typeof ValueSourceSchema>;

/** The record fields a mapping can fill, with the kind of value each takes. */
export const MAPPING_TARGETS = {
  title: 'text',
  summary: 'text',
  agency: 'text',
  agencyLevel: 'code',
  subdivision: 'text',
  sector: 'code',
  category: 'code',
  technique: 'code',
  stage: 'code',
  yearStarted: 'year',
  yearLatestInfo: 'year',
  intendedUsers: 'code',
  vendor: 'text',
  highImpact: 'code',
  impactAssessed: 'code',
  personalData: 'code',
  legalBasis: 'text',
  recordUrl: 'url',
} as const;
export type MappingTarget = keyof typeof MAPPING_TARGETS;

/** The registry field whose codes a coded target takes. */
const CODED_FIELD: Partial<Record<MappingTarget, FieldDef>> = {
  agencyLevel: FIELDS.agencyLevel,
  sector: FIELDS.sector,
  category: FIELDS.category,
  technique: FIELDS.technique,
  stage: FIELDS.stage,
  intendedUsers: FIELDS.users,
  highImpact: FIELDS.highImpact,
  impactAssessed: FIELDS.impactAssessed,
  personalData: FIELDS.personalData,
};
const REQUIRED_TARGETS = ['title', 'summary', 'agency', 'sector', 'category', 'stage'] as const;

export const MappingSchema = z
  .object({
    $schema: z.string().optional(),
    /** The register's file, relative to the mapping: what the server loads at start. */
    file: z.string().min(1).optional(),
    register: z
      .object({
        /** AILA's id of the register, also the prefix of its records' ids ("aila" is the catalogue's own). */
        id: Slug.refine((id) => id !== 'aila', { error: '"aila" is the catalogue’s own register: choose another id' }),
        country: z.string().refine((c) => c in COUNTRIES, { error: 'use an ISO 3166-1 alpha-2 country code' }),
        name: LabelSchema,
        publisher: z.string().trim().min(1),
        url: Url,
        licence: z.string().trim().min(1),
        /** Language of the register's texts, kept as given. */
        language: Lang,
        coverage: LabelSchema,
        caveats: z.array(LabelSchema).default([]),
      })
      .strict(),
    format: z.discriminatedUnion('type', [
      z.object({ type: z.literal('csv'), delimiter: z.string().length(1).default(',') }).strict(),
      z
        .object({
          type: z.literal('json'),
          /** Dotted path to the array of records; empty when the file is the array. */
          records: z.string().default(''),
        })
        .strict(),
    ]),
    /** `auto` tells UTF-8 from Windows-1252 / Latin-1; a byte-order mark is removed either way. */
    encoding: z.enum(['auto', 'utf-8', 'windows-1252', 'latin1']).default('auto'),
    /** The date of the file: a constant, or (JSON) a dotted path at the top of the file. */
    fileDate: z
      .union([z.object({ constant: z.string() }).strict(), z.object({ path: z.string().min(1) }).strict()])
      .optional(),
    /**
     * The column holding the register's stable id (several: joined with "-", e.g. agency and number);
     * `pattern` keeps the part that matches; `fallback` columns serve rows whose id is empty.
     */
    id: z
      .object({
        column: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
        pattern: z.string().optional(),
        fallback: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
      })
      .strict(),
    fields: z
      .object(
        Object.fromEntries(Object.keys(MAPPING_TARGETS).map((k) => [k, ValueSourceSchema.optional()])) as Record<
          MappingTarget,
          z.ZodOptional<typeof ValueSourceSchema>
        >,
      )
      .strict(),
  })
  .strict()
  .superRefine((m, ctx) => {
    for (const target of REQUIRED_TARGETS)
      if (!m.fields[target])
        ctx.addIssue({ code: 'custom', path: ['fields', target], message: `"${target}" must be mapped` });
    for (const [target, field] of Object.entries(CODED_FIELD) as [MappingTarget, FieldDef][]) {
      const source = m.fields[target];
      if (!source) continue;
      const codes = new Set(fieldCodes(field) ?? []);
      const check = (value: unknown, path: (string | number)[]) => {
        if (value !== null && value !== undefined && !codes.has(String(value)))
          ctx.addIssue({
            code: 'custom',
            path: ['fields', target, ...path],
            message: `"${String(value)}" is not one of AILA's codes for ${target}: ${[...codes].join(', ')}`,
          });
      };
      if ('constant' in source) check(source.constant, ['constant']);
      else {
        for (const [k, v] of Object.entries(source.map ?? {})) check(v, ['map', k]);
        for (const [i, p] of (source.patterns ?? []).entries()) check(p.value, ['patterns', i, 'value']);
        check(source.default, ['default']);
      }
    }
  });
export type Mapping = z.output<typeof MappingSchema>;

/** Collapses runs of whitespace and line breaks inside a value, and trims it. */
export const cleanText = (value: unknown): string =>
  value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim();

const MONTH_YEAR = /^[A-Za-z]{3}-(\d{2})$/;

/** The year in a register's date as written: "2024-10-01 00:00:00", "01/2024", "10/1/2023", "Jul-25", "2025". */
export function yearOf(value: string): number | null {
  const four = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(value);
  if (four) return Number(four[1]);
  const short = MONTH_YEAR.exec(value);
  return short ? 2000 + Number(short[1]) : null;
}

/** One row's value at a dotted path (JSON) or by header (CSV). */
function cell(row: Record<string, unknown>, column: string): unknown {
  if (column in row) return row[column];
  let value: unknown = row;
  for (const part of column.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const columnsOf = (s: ValueSource): string[] =>
  'column' in s ? (Array.isArray(s.column) ? s.column : [s.column]) : [];

/** Every column a mapping reads (to check them against the file's header before any row). */
export function mappedColumns(m: Mapping): string[] {
  const sources = Object.values(m.fields).filter(Boolean) as ValueSource[];
  const ids = [m.id.column, m.id.fallback ?? []].flat();
  return [...new Set([...ids, ...sources.flatMap(columnsOf)])];
}

interface Resolved {
  value: string | number | null;
  /** The register's own value, for coded targets (kept verbatim in the record's provenance). */
  original?: string;
}

function resolve(source: ValueSource | undefined, row: Record<string, unknown>, target: MappingTarget): Resolved {
  if (!source) return { value: null };
  if ('constant' in source) return { value: source.constant };
  const raw = columnsOf(source)
    .map((c) => cell(row, c))
    .map((v) => (Array.isArray(v) ? v.map(cleanText).filter(Boolean).join('; ') : cleanText(v)))
    .find((v) => v !== '');
  const fallback = source.default ?? null;
  if (raw === undefined) return { value: fallback };
  if (source.transform === 'year' || MAPPING_TARGETS[target] === 'year') return { value: yearOf(raw) ?? fallback };
  if (MAPPING_TARGETS[target] !== 'code') return { value: raw };
  const mapped =
    source.map?.[raw] ?? source.patterns?.find((p) => new RegExp(p.match, 'i').test(raw))?.value ?? fallback;
  return { value: mapped, original: raw };
}

export interface MappedRow {
  /** The register's own id of the row. */
  registerId: string;
  record: DeploymentRecord;
  agency: { id: string; name: Label; level: string; country: string };
}
export interface RejectedRow {
  registerId: string | null;
  reasons: string[];
}

/** A short stable hash (FNV-1a, 32 bits) for names that leave no letters or digits in a slug. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) hash = Math.imul(hash ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/** The AILA id of a register's record or agency: the register's id, then the slug of the name (or its hash). */
export const importedId = (registerId: string, name: string) =>
  `${registerId}-${slugify(name) || `x${shortHash(name)}`}`.slice(0, 100);

/** Maps one row of a register's file to a record, or says why it cannot. Pure. */
export function mapRow(
  m: Mapping,
  row: Record<string, unknown>,
  fileName: string,
  fileDate: string | undefined,
): MappedRow | RejectedRow {
  const joined = (columns: string | string[]) => {
    const parts = [columns].flat().map((c) => cleanText(cell(row, c)));
    return parts.every(Boolean) ? parts.join('-') : '';
  };
  const idRaw = joined(m.id.column) || (m.id.fallback ? joined(m.id.fallback) : '');
  const idMatch = m.id.pattern ? new RegExp(m.id.pattern).exec(idRaw)?.[0] : idRaw;
  if (!idMatch)
    return { registerId: idRaw || null, reasons: [`id: ${[m.id.column].flat().join(' + ')} is empty in this row`] };
  const registerId = idMatch;
  const get = (target: MappingTarget) => resolve(m.fields[target], row, target);
  const original: Record<string, string> = {};
  const code = (target: MappingTarget) => {
    const r = get(target);
    if (r.original !== undefined) original[target] = r.original;
    return r.value === null ? undefined : String(r.value);
  };
  const text = (target: MappingTarget) => {
    const v = get(target).value;
    return v === null || v === '' ? null : String(v);
  };
  const year = (target: MappingTarget) => {
    const v = get(target).value;
    return typeof v === 'number' ? v : v === null ? null : yearOf(String(v));
  };

  const lang = m.register.language;
  const both = (value: string | null) => (value === null ? null : { en: value, vi: value });
  // Text kept as the register gave it: copied to the languages it was not written in, marked untranslated.
  const untranslatedOf = (path: string) => (lang === 'en' ? [`${path}.vi`] : [`${path}.en`, `${path}.vi`]);
  const title = text('title');
  const summary = text('summary');
  const legalBasis = text('legalBasis');
  const agencyName = text('agency');
  const reasons: string[] = [];
  if (!title) reasons.push('title: empty');
  if (!summary) reasons.push('summary: empty');
  if (!agencyName) reasons.push('agency: empty');
  if (reasons.length) return { registerId, reasons };

  const technique = code('technique');
  const users = code('intendedUsers');
  const url = text('recordUrl') ?? m.register.url;
  const agencyId = importedId(m.register.id, agencyName as string);
  const input: DeploymentInput = {
    id: importedId(m.register.id, registerId),
    title: both(title) as Label,
    summary: both(summary) as Label,
    agencyId,
    provinceCode: null,
    country: m.register.country,
    subdivision: text('subdivision'),
    language: lang,
    sector: code('sector') as never,
    category: code('category') as never,
    techniques: (technique ? [technique] : []) as never,
    stage: code('stage') as never,
    yearStarted: year('yearStarted'),
    yearLatestInfo: year('yearLatestInfo'),
    intendedUsers: (users ? [users] : []) as never,
    vendor: text('vendor'),
    highImpact: (code('highImpact') ?? 'unknown') as never,
    impactAssessed: (code('impactAssessed') ?? 'unknown') as never,
    personalData: (code('personalData') ?? 'unknown') as never,
    legalBasis: both(legalBasis),
    untranslated: [
      ...untranslatedOf('title'),
      ...untranslatedOf('summary'),
      ...(legalBasis ? untranslatedOf('legalBasis') : []),
    ],
    sources: [
      {
        url,
        publisher: m.register.publisher,
        ...(fileDate ? { publishedOn: fileDate } : {}),
        language: lang === 'en' || lang === 'vi' ? lang : 'other',
      },
    ],
    provenance: {
      kind: 'imported',
      importer: 'mapping',
      file: fileName,
      register: m.register.id,
      registerId,
      ...(fileDate ? { fileDate } : {}),
      ...(Object.keys(original).length ? { original } : {}),
    },
  };
  const parsed = DeploymentInputSchema.safeParse(input);
  if (!parsed.success)
    return {
      registerId,
      reasons: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`),
    };
  const level = code('agencyLevel') ?? 'unknown';
  return {
    registerId,
    record: parsed.data,
    agency: {
      id: agencyId,
      name: { en: agencyName as string, vi: agencyName as string },
      level: level in AGENCY_LEVELS ? level : 'unknown',
      country: m.register.country,
    },
  };
}

/** The JSON Schema of a mapping file, generated from its zod schema. */
export function mappingJsonSchema(): unknown {
  return z.toJSONSchema(MappingSchema, { io: 'input', unrepresentable: 'any' });
}
