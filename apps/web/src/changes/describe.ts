import {
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FIELDS,
  type FieldKey,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  type Label,
  SEVERITIES,
  TRI_STATE,
  valueLabel,
} from '@aila/domain';
import { fieldOfPath } from '../app/field-paths.ts';

/** One change of a record, as the API lists it. */
export interface Change {
  path: string;
  field: string | null;
  before: unknown;
  after: unknown;
}

/** A part of a value's path under its field: a language, an item of a list, a known name, or a key. */
export type PathPart =
  | { kind: 'lang'; lang: 'en' | 'vi' }
  | { kind: 'item'; n: number }
  | { kind: 'label'; label: Label }
  | { kind: 'key'; key: string };

/** A text given in one language only: its field and the language it lacks. */
export interface Untranslated {
  field: FieldKey | null;
  path: string;
  lang: 'en' | 'vi';
}

/** How one side of a change reads: nothing, names of codes, texts not translated, or text (never markup). */
export type ShownValue =
  | { kind: 'empty' }
  | { kind: 'labels'; labels: Label[] }
  | { kind: 'untranslated'; items: Untranslated[] }
  | { kind: 'text'; text: string };

const isFieldKey = (key: string | null): key is FieldKey => key !== null && key in FIELDS;

/**
 * The registry field of a change: the one whose path begins the change's (several fields share
 * the root `risk` or `funding`), else the API's.
 */
export function fieldOfChange(change: Change): FieldKey | null {
  return fieldOfPath(change.path) ?? (isFieldKey(change.field) ? change.field : null);
}

/** The parts of a change's path below its field (`gaps.0.source` → item 1, source). */
export function pathParts(change: Change): PathPart[] {
  const field = fieldOfChange(change);
  const base = field ? FIELDS[field].path : null;
  const rest = !base ? change.path : change.path.startsWith(`${base}.`) ? change.path.slice(base.length + 1) : '';
  if (!rest) return [];
  return rest.split('.').map((part): PathPart => {
    if (part === 'en' || part === 'vi') return { kind: 'lang', lang: part };
    if (/^\d+$/.test(part)) return { kind: 'item', n: Number(part) + 1 };
    if (part in ETHICS_PRINCIPLES)
      return { kind: 'label', label: ETHICS_PRINCIPLES[part as keyof typeof ETHICS_PRINCIPLES] };
    return { kind: 'key', key: part };
  });
}

/** Names of codes that a value under this key holds, where the domain knows them. */
function codeLabel(field: FieldKey | null, key: string, code: string): Label | undefined {
  switch (key) {
    case 'issue':
      return GAP_ISSUES[code as keyof typeof GAP_ISSUES];
    case 'dimension':
      return GAP_DIMENSIONS[code as keyof typeof GAP_DIMENSIONS]?.label;
    case 'severity':
      return SEVERITIES[Number(code) as keyof typeof SEVERITIES];
    case 'status':
      return field === 'ethics' ? ETHICS_STATUSES[code as keyof typeof ETHICS_STATUSES] : undefined;
    default:
      return field ? valueLabel(field, code) : undefined;
  }
}

/** One side of a change, ready to show. */
export function shownValue(change: Change, value: unknown): ShownValue {
  if (value === null || value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'labels', labels: [value ? TRI_STATE.yes : TRI_STATE.no] };
  const field = fieldOfChange(change);
  const key = change.path.split('.').at(-1) ?? '';
  if (Array.isArray(value)) {
    if (value.length === 0) return { kind: 'empty' };
    if (field === 'untranslated')
      return {
        kind: 'untranslated',
        items: value.map(String).map((path) => ({
          field: fieldOfPath(path),
          path,
          lang: path.endsWith('.vi') ? 'vi' : 'en',
        })),
      };
    const labels = value.map((v) => codeLabel(field, key, String(v)));
    if (labels.every((l): l is Label => l !== undefined)) return { kind: 'labels', labels };
    return { kind: 'text', text: value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ') };
  }
  if (typeof value === 'object')
    return Object.keys(value).length ? { kind: 'text', text: JSON.stringify(value) } : { kind: 'empty' };
  const label = codeLabel(field, key, String(value));
  return label ? { kind: 'labels', labels: [label] } : { kind: 'text', text: String(value) };
}
