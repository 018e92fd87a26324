import { EXPORT_COLUMNS } from './export.ts';
import { FIELDS, type FieldDef, type FieldKey, fieldCodes, valueLabel } from './fields/index.ts';
import type { Label, Locale } from './labels.ts';

/** A field of a Frictionless Table Schema. */
export interface TableField {
  name: string;
  title?: string;
  description?: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'datetime';
  constraints?: { required?: boolean; enum?: string[]; unique?: boolean };
}
export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey?: string | string[];
}

const FIELD_OF = new Map(Object.values(FIELDS as Record<string, FieldDef>).map((f) => [f.key, f]));

/** The allowed cells of a coded column: the labels of its codes in the export's language. */
function enumOf(f: FieldDef, locale: Locale): string[] | undefined {
  if (f.values === 'agency' || f.values === 'register' || !['code', 'tri', 'flag'].includes(f.kind)) return undefined;
  const codes = f.kind === 'flag' ? ['yes', 'no'] : fieldCodes(f);
  if (!codes) return undefined;
  return codes.map((c) => valueLabel(f.key as FieldKey, c)?.[locale] ?? c);
}

/**
 * The Table Schema of the deployments CSV, generated from the field registry: one field per
 * export column, named by the column's header in the export's language, typed, with the allowed
 * labels of each coded column.
 */
export function deploymentsTableSchema(locale: Locale): TableSchema {
  const fields = EXPORT_COLUMNS.map((c): TableField => {
    const f = FIELD_OF.get(c.key);
    const base = { name: c.header[locale], description: f?.help[locale] };
    if (c.key === 'id') return { ...base, type: 'string', constraints: { required: true, unique: true } };
    if (c.key === 'revision') return { ...base, description: REVISION[locale], type: 'integer' };
    if (c.key === 'updatedAt') return { ...base, description: UPDATED[locale], type: 'datetime' };
    if (f?.kind === 'year') return { ...base, type: 'integer' };
    const allowed = f && !c.key.endsWith('Code') ? enumOf(f, locale) : undefined;
    return { ...base, type: 'string', ...(allowed ? { constraints: { enum: allowed } } : {}) };
  });
  return { fields, missingValues: [''], primaryKey: EXPORT_COLUMNS[0]?.header[locale] };
}

const REVISION: Label = {
  en: 'The record’s revision (every published version is kept).',
  vi: 'Phiên bản của bản ghi (mọi phiên bản đã công bố đều được lưu).',
};
const UPDATED: Label = {
  en: 'When this revision was published in AILA.',
  vi: 'Thời điểm phiên bản này được công bố trên AILA.',
};

export interface PackageResource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: TableSchema;
}

/** A Tabular Data Package descriptor around CSV resources, with AILA's licence, source and provenance. */
export function dataPackage(options: {
  name: string;
  title: string;
  description: string;
  created: string;
  version: string;
  homepage: string;
  resources: PackageResource[];
  /** Filters, citation and anything else a reader needs to reproduce the file. */
  provenance: Record<string, unknown>;
}) {
  return {
    profile: 'tabular-data-package',
    name: options.name,
    title: options.title,
    description: options.description,
    version: options.version,
    created: options.created,
    homepage: options.homepage,
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    sources: [{ title: 'AILA — open catalogue of AI in the public sector', path: options.homepage }],
    provenance: options.provenance,
    resources: options.resources.map((r) => ({
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, header: true },
      ...r,
    })),
  };
}
