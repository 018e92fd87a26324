import { z } from 'zod';
import { FIELD_LIST } from './fields/index.ts';
import type { Label } from './labels.ts';
import {
  AgencyLevelSchema,
  DeploymentInputSchema,
  type DeploymentRecord,
  ProvinceCodeSchema,
  SlugSchema,
} from './schemas.ts';
import { foldText, slugify } from './text.ts';

export const SUBMISSION_STATUSES = ['draft', 'submitted', 'changes_requested', 'approved', 'rejected'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A text in one language or both; at least one. */
export const PartialLabelSchema = z
  .object({ en: z.string().trim().max(2000).optional(), vi: z.string().trim().max(2000).optional() })
  .refine((l) => Boolean(l.en || l.vi), { message: 'Give the text in English or Vietnamese' });

/** A new agency proposed inside a submission; reviewers approve it with the entry. */
export const ProposedAgencySchema = z.object({
  name: PartialLabelSchema,
  level: AgencyLevelSchema,
  parentId: SlugSchema.nullable().default(null),
  provinceCode: ProvinceCodeSchema.nullable().default(null),
  website: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
});
export type ProposedAgency = z.output<typeof ProposedAgencySchema>;

/** The id a proposed agency gets: its name (English, else Vietnamese) as a slug. */
export function proposedAgencyId(name: { en?: string; vi?: string }): string {
  return slugify(name.en?.trim() || name.vi?.trim() || 'agency').slice(0, 80) || 'agency';
}

/** What a submitter sends: a record, complete or not (a draft may be partial), and what it updates. */
export const SubmissionInputSchema = z.strictObject({
  /** The published record this updates, from its latest revision. */
  deploymentId: SlugSchema.optional(),
  baseRevision: z.number().int().min(1).optional(),
  record: z.record(z.string(), z.unknown()),
  proposedAgency: ProposedAgencySchema.nullable().optional(),
});
export type SubmissionInput = z.input<typeof SubmissionInputSchema>;

export const CommentSchema = z.strictObject({ comment: z.string().trim().min(1).max(4000) });
export const OptionalCommentSchema = z.strictObject({ comment: z.string().trim().max(4000).optional() });

/** Label fields of the record: given in one language, the other shows it marked "not translated". */
const LABEL_PATHS = FIELD_LIST.filter((f) => f.kind === 'label' && f.path).map((f) => f.path as string);

/** Copies a text given in one language to the other and lists it as untranslated. */
export function completeTranslations(raw: Record<string, unknown>): Record<string, unknown> {
  const record = { ...raw };
  const untranslated = new Set(Array.isArray(record.untranslated) ? record.untranslated.map(String) : []);
  for (const path of LABEL_PATHS) {
    const value = record[path];
    if (!value || typeof value !== 'object') continue;
    const { en, vi } = value as { en?: unknown; vi?: unknown };
    const hasEn = typeof en === 'string' && en.trim() !== '';
    const hasVi = typeof vi === 'string' && vi.trim() !== '';
    if (hasEn && !hasVi) {
      record[path] = { en, vi: en };
      untranslated.add(`${path}.vi`);
    } else if (hasVi && !hasEn) {
      record[path] = { en: vi, vi };
      untranslated.add(`${path}.en`);
    } else if (hasEn && hasVi) {
      untranslated.delete(`${path}.en`);
      untranslated.delete(`${path}.vi`);
    }
  }
  record.untranslated = [...untranslated].sort();
  return record;
}

export interface Problem {
  path: string;
  message: string;
  /** The same message in both languages. */
  messages: Label;
}

/** Vietnamese for the schemas' own messages. */
const VI: Record<string, string> = {
  'use lower-case letters, digits and hyphens': 'dùng chữ thường không dấu, chữ số và dấu gạch ngang',
  'use a date as YYYY, YYYY-MM or YYYY-MM-DD': 'ghi ngày theo dạng YYYY, YYYY-MM hoặc YYYY-MM-DD',
  'must be an http(s) URL': 'phải là đường dẫn http(s)',
  'English text is required': 'cần nội dung tiếng Anh',
  'Vietnamese text is required': 'cần nội dung tiếng Việt',
  'a published record needs at least one source': 'bản ghi công bố cần ít nhất một nguồn',
  'the issue does not belong to this gap dimension': 'vấn đề này không thuộc khía cạnh khoảng trống đã chọn',
  'Give the text in English or Vietnamese': 'Hãy nhập nội dung bằng tiếng Anh hoặc tiếng Việt',
};

function messagesOf(issue: z.core.$ZodIssue): Label {
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined)
    return { en: 'This field is required', vi: 'Trường này là bắt buộc' };
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const values = (issue.values as unknown[]).map(String).join(', ');
    return { en: `Choose one of: ${values}`, vi: `Chọn một trong: ${values}` };
  }
  if (issue.code === 'too_small' && issue.origin === 'array')
    return { en: `Add at least ${issue.minimum}`, vi: `Cần ít nhất ${issue.minimum}` };
  const vi = VI[issue.message];
  if (vi) return { en: issue.message, vi };
  return { en: issue.message, vi: z.locales.vi().localeError(issue as never) as string };
}

export type RecordValidation = { success: true; record: DeploymentRecord } | { success: false; problems: Problem[] };

/** Validates a submitted record against the published-record schema, every problem in both languages. */
export function validateRecord(raw: Record<string, unknown>): RecordValidation {
  const result = DeploymentInputSchema.safeParse(completeTranslations(raw), { reportInput: true });
  if (result.success) return { success: true, record: result.data };
  return {
    success: false,
    problems: result.error.issues.map((issue) => {
      const messages = messagesOf(issue);
      return { path: issue.path.join('.'), message: messages.en, messages };
    }),
  };
}

export interface FieldChange {
  /** Dotted path of the value that changed. */
  path: string;
  /** The registry field it belongs to, for its title. */
  field: string | null;
  before: unknown;
  after: unknown;
}

function leaves(value: unknown, prefix: string, out: Map<string, unknown>): void {
  if (value && typeof value === 'object' && !(Array.isArray(value) && value.every((v) => typeof v !== 'object'))) {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
    if (entries.length === 0) out.set(prefix, value);
    for (const [k, v] of entries) leaves(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
}

/** Registry fields by path, longest first: `risk.tier` belongs to riskTier, not to another `risk.*` field. */
const FIELD_PATHS = FIELD_LIST.flatMap((f) => (f.path ? [[f.path, f.key] as const] : [])).sort(
  (a, b) => b[0].length - a[0].length,
);
function fieldOf(path: string): string | null {
  for (const [fieldPath, key] of FIELD_PATHS) if (path === fieldPath || path.startsWith(`${fieldPath}.`)) return key;
  return null;
}

/** Field-by-field differences between two versions of a record (lists of codes compared whole). */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, unknown>();
  const b = new Map<string, unknown>();
  leaves(before ?? {}, '', a);
  leaves(after ?? {}, '', b);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths
    .filter((p) => JSON.stringify(a.get(p) ?? null) !== JSON.stringify(b.get(p) ?? null))
    .map((path) => ({
      path,
      field: fieldOf(path),
      before: a.get(path) ?? null,
      after: b.get(path) ?? null,
    }));
}

/**
 * How alike two texts are (0–1): the share of the shorter text's words found in the other,
 * ignoring case and diacritics (so a short title inside a longer one scores high).
 */
export function textSimilarity(a: string, b: string): number {
  const words = (text: string) =>
    new Set(
      foldText(text.slice(0, 2000))
        .split(/[^\p{L}\p{N}]+/u)
        .filter((t) => t.length > 1),
    );
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const t of x) if (y.has(t)) shared += 1;
  return shared / Math.min(x.size, y.size);
}
