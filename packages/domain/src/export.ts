import { FIELD_LIST, type FieldDef, type FieldKey, isOlder, provinceOf, valueAt, valueLabel } from './fields/index.ts';
import { indicativeRisk } from './indicative.ts';
import type { Label, Locale } from './labels.ts';
import type { Gap, Source } from './schemas.ts';

/** Joins several values in one CSV cell; it never occurs inside a label. */
export const JOIN = '; ';

/** What a CSV row is made from: record values by path, without parsing whole records. */
export interface ExportRow {
  /** The value at a record path (lists and objects as values, not JSON text). */
  get(path: string): unknown;
  agency: { name: Label; level: string };
  revision: number;
  updatedAt: string;
  /** When the record was last checked (for staleness), and the day the export is made. */
  checkedOn: string;
  today: Date;
}

export interface ExportColumn {
  key: string;
  header: Label;
  value: (d: ExportRow, locale: Locale) => string | number | null;
}

/** The record paths the indicative tier reads. */
const INDICATIVE_PATHS = [
  'country',
  'category',
  'sector',
  'techniques',
  'intendedUsers',
  'biometricData',
  'risk.questionnaire',
];

/** The record paths the CSV columns read. */
export const EXPORT_PATHS: readonly string[] = [
  ...new Set([
    ...FIELD_LIST.filter((f) => f.export === 'csv' && f.path !== null).map((f) => f.path as string),
    ...INDICATIVE_PATHS,
  ]),
];

/** An export row over a whole record (tests, small exports). */
export function exportRowOf(
  d: { agency: ExportRow['agency']; revision: number; updatedAt: string; reviewedOn: string | null },
  today: Date,
): ExportRow {
  return {
    get: (path) => valueAt(d, path),
    agency: d.agency,
    revision: d.revision,
    updatedAt: d.updatedAt,
    checkedOn: d.reviewedOn ?? d.updatedAt.slice(0, 10),
    today,
  };
}

const CODE_SUFFIX: Label = { en: ' (code)', vi: ' (mã)' };

function raw(f: FieldDef, d: ExportRow): unknown {
  if (f.values === 'province') return provinceOf(d.get('country'), d.get(f.path as string));
  if (f.path !== null) return d.get(f.path);
  if (f.from === 'indicativeTier')
    return indicativeRisk({
      country: typeof d.get('country') === 'string' ? String(d.get('country')) : undefined,
      category: String(d.get('category') ?? ''),
      sector: String(d.get('sector') ?? ''),
      techniques: (d.get('techniques') as string[] | undefined) ?? [],
      intendedUsers: (d.get('intendedUsers') as string[] | undefined) ?? [],
      biometricData: String(d.get('biometricData') ?? ''),
      risk: { questionnaire: (d.get('risk.questionnaire') as never) ?? null },
    }).tier;
  return f.from === 'checkedOn' ? d.checkedOn : d.agency.level;
}

function label(key: string, code: string, locale: Locale): string {
  return valueLabel(key as FieldKey, code)?.[locale] ?? code;
}

/** A field's cell: codes as labels in the chosen language, lists joined, structures flattened. */
function cell(f: FieldDef, d: ExportRow, locale: Locale): string | number | null {
  const value = raw(f, d);
  switch (f.kind) {
    case 'code':
    case 'tri':
      if (f.values === 'agency') return d.agency.name[locale];
      return label(f.key, value === null || value === undefined ? (f.nullCode ?? '') : String(value), locale);
    case 'codes':
      return (Array.isArray(value) ? value : []).map((c) => label(f.key, String(c), locale)).join(JOIN);
    case 'flag':
      if (f.olderThanDays !== undefined) return label(f.key, isOlder(f, String(value), d.today) ? 'yes' : 'no', locale);
      return typeof value === 'string' ? value : label(f.key, value ? 'yes' : 'no', locale);
    case 'year':
      return typeof value === 'number' ? value : null;
    case 'label':
      return value && typeof value === 'object' ? ((value as Label)[locale] ?? null) : null;
    case 'gap':
      return ((value ?? []) as Gap[]).map((g) => `${g.issue}:${g.severity}`).join(JOIN);
    case 'struct':
      if (f.key === 'sources') return ((value ?? []) as Source[]).map((s) => s.url).join(JOIN);
      if (f.key === 'fundingAmount') {
        const amount = value as { value: number; currency: string } | null | undefined;
        return amount ? `${amount.value} ${amount.currency}` : null;
      }
      return value === null || value === undefined ? null : JSON.stringify(value);
    default:
      return value === null || value === undefined ? null : String(value);
  }
}

/** The CSV columns, derived from the field registry, with headers in both languages. */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  ...FIELD_LIST.filter((f) => f.export === 'csv').flatMap((f): ExportColumn[] => {
    const main: ExportColumn = { key: f.key, header: f.title, value: (d, locale) => cell(f, d, locale) };
    if (!f.exportCode) return [main];
    const code: ExportColumn = {
      key: `${f.key}Code`,
      header: { en: f.title.en + CODE_SUFFIX.en, vi: f.title.vi + CODE_SUFFIX.vi },
      value: (d) => {
        const value = raw(f, d);
        return value === null || value === undefined ? (f.nullCode ?? null) : String(value);
      },
    };
    return [main, code];
  }),
  { key: 'revision', header: { en: 'Revision', vi: 'Phiên bản' }, value: (d) => d.revision },
  { key: 'updatedAt', header: { en: 'Updated', vi: 'Cập nhật' }, value: (d) => d.updatedAt },
];
