import { FIELD_LIST, type FieldDef, type FieldKey, valueAt, valueLabel } from './fields.ts';
import type { Label, Locale } from './labels.ts';
import type { Deployment } from './schemas.ts';

/** Joins several values in one CSV cell; it never occurs inside a label. */
export const JOIN = '; ';

export interface ExportColumn {
  key: string;
  header: Label;
  value: (d: Deployment, locale: Locale) => string | number | null;
}

const CODE_SUFFIX: Label = { en: ' (code)', vi: ' (mã)' };

function raw(f: FieldDef, d: Deployment): unknown {
  return f.path === null ? d.agency.level : valueAt(d, f.path);
}

function label(key: string, code: string, locale: Locale): string {
  return valueLabel(key as FieldKey, code)?.[locale] ?? code;
}

/** A field's cell: codes as labels in the chosen language, lists joined, structures flattened. */
function cell(f: FieldDef, d: Deployment, locale: Locale): string | number | null {
  const value = raw(f, d);
  switch (f.kind) {
    case 'code':
    case 'tri':
      if (f.values === 'agency') return d.agency.name[locale];
      return label(f.key, value === null || value === undefined ? (f.nullCode ?? '') : String(value), locale);
    case 'codes':
      return (Array.isArray(value) ? value : []).map((c) => label(f.key, String(c), locale)).join(JOIN);
    case 'flag':
      return typeof value === 'string' ? value : label(f.key, value ? 'yes' : 'no', locale);
    case 'year':
      return typeof value === 'number' ? value : null;
    case 'label':
      return value && typeof value === 'object' ? ((value as Label)[locale] ?? null) : null;
    case 'gap':
      return d.gaps.map((g) => `${g.issue}:${g.severity}`).join(JOIN);
    case 'struct':
      if (f.key === 'sources') return d.sources.map((s) => s.url).join(JOIN);
      if (f.key === 'fundingAmount')
        return d.funding.amount ? `${d.funding.amount.value} ${d.funding.amount.currency}` : null;
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
