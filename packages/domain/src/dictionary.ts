import { z } from 'zod';
import { FIELD_LIST, type FieldDef, fieldCodes } from './fields/index.ts';
import type { Label } from './labels.ts';
import { DeploymentInputSchema } from './schemas.ts';

export interface DictionaryEntry {
  /** The field's key: its filter, facet and export name. */
  field: string;
  /** Where it sits in a record (JSON), or null when it comes from the agency. */
  path: string | null;
  type: string;
  required: boolean;
  /** Allowed codes, for fields with a closed list. */
  values: string[];
  /** The query parameter(s) that filter on it. */
  filter: string[];
  title: Label;
  description: Label;
}

const TYPES: Record<FieldDef['kind'], string> = {
  code: 'code',
  codes: 'list of code',
  tri: 'yes | no | unknown',
  flag: 'yes | no',
  year: 'year | null',
  text: 'text',
  label: 'text (en, vi)',
  gap: 'list of gaps',
  struct: 'object',
};

/** The data dictionary of a deployment record, generated from the field registry and the schema. */
export function dataDictionary(): DictionaryEntry[] {
  const json = z.toJSONSchema(DeploymentInputSchema, { io: 'input', unrepresentable: 'any' }) as {
    required?: string[];
  };
  const required = new Set(json.required ?? []);
  return FIELD_LIST.map((f) => ({
    field: f.key,
    path: f.path,
    type: f.values === 'agency' ? 'agency id' : f.values === 'register' ? 'register id' : TYPES[f.kind],
    required: f.path !== null && !f.path.includes('.') && required.has(f.path),
    values: [...(fieldCodes(f) ?? [])],
    filter: !f.filter ? [] : f.range ? [...f.range] : [f.key],
    title: f.title,
    description: f.help,
  }));
}
