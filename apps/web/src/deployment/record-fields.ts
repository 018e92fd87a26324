import { deploymentValue, FIELD_LIST, type FieldDef, type FieldKey, type Label, valueLabel } from '@aila/domain';
import type { DeploymentDetail } from '../api/client.ts';

/** How a field's value is shown: names of codes, plain or bilingual text, a link, an amount, or unknown. */
export type FieldValue =
  | { kind: 'labels'; labels: Label[] }
  | { kind: 'text'; text: string }
  | { kind: 'label'; label: Label }
  | { kind: 'link'; url: string }
  | { kind: 'amount'; value: number; currency: string }
  | { kind: 'unknown' };

/** Fields the record page shows in places of their own: the header, the gaps, ethics, sources and record cards. */
const SHOWN_APART: ReadonlySet<FieldKey> = new Set([
  'id',
  'title',
  'summary',
  'assessed',
  'gap',
  'ethics',
  'sources',
  'origin',
  'reviewedOn',
  'riskQuestionnaire',
  'indicativeTier',
  'register',
  'fieldEvidence',
  'untranslated',
]);

/** The registry's fields listed in the record's details, in the registry's order. */
export const DETAIL_FIELDS: readonly FieldDef[] = FIELD_LIST.filter((f) => !SHOWN_APART.has(f.key as FieldKey));

const UNKNOWN: FieldValue = { kind: 'unknown' };

const isAmount = (v: unknown): v is { value: number; currency: string } =>
  typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'number';

const codeLabel = (f: FieldDef, code: string): FieldValue => {
  const label = valueLabel(f.key as FieldKey, code);
  return label ? { kind: 'labels', labels: [label] } : { kind: 'text', text: code };
};

/** The value of one registry field of a published record, ready to show. */
export function fieldValue(f: FieldDef, d: DeploymentDetail): FieldValue {
  if (f.values === 'agency') return { kind: 'labels', labels: [d.agency.name] };
  const raw = f.from === 'checkedOn' ? d.stale : deploymentValue(f, d);
  switch (f.kind) {
    case 'code':
    case 'tri': {
      const code = raw ?? f.nullCode;
      return typeof code === 'string' ? codeLabel(f, code) : UNKNOWN;
    }
    case 'codes': {
      const labels = (Array.isArray(raw) ? raw : []).flatMap((c) => valueLabel(f.key as FieldKey, String(c)) ?? []);
      return labels.length ? { kind: 'labels', labels } : UNKNOWN;
    }
    case 'flag':
      if (typeof raw === 'string' && /^https?:\/\//.test(raw)) return { kind: 'link', url: raw };
      return codeLabel(f, raw ? 'yes' : 'no');
    case 'year':
      return typeof raw === 'number' ? { kind: 'text', text: String(raw) } : UNKNOWN;
    case 'text':
      return typeof raw === 'string' && raw ? { kind: 'text', text: raw } : UNKNOWN;
    case 'label':
      return raw && typeof raw === 'object' ? { kind: 'label', label: raw as Label } : UNKNOWN;
    default:
      return isAmount(raw) ? { kind: 'amount', value: raw.value, currency: raw.currency } : UNKNOWN;
  }
}
