import type { FieldKey } from '@aila/domain';
import { fieldOfPath } from '../app/field-paths.ts';

/** The form's steps, each listing the registry fields it asks for, in order. */
export const STEPS = [
  { key: 'system', fields: ['title', 'summary', 'sector', 'secondarySector', 'users'] },
  { key: 'agency', fields: ['agency', 'country', 'province', 'originalPlace'] },
  {
    key: 'application',
    fields: [
      'category',
      'technique',
      'stage',
      'yearStarted',
      'yearLatestInfo',
      'builder',
      'vendor',
      'aiKind',
      'funding',
      'fundingAmount',
    ],
  },
  { key: 'data', fields: ['personalData', 'biometricData', 'humanOversight'] },
  { key: 'accountability', fields: ['legalBasis', 'responsibleUnit', 'contactPoint', 'redress'] },
  { key: 'gaps', fields: ['assessed', 'gap'] },
  { key: 'risk', fields: ['riskQuestionnaire', 'riskTier', 'impactAssessment'] },
  { key: 'ethics', fields: ['ethics'] },
  { key: 'sources', fields: ['sources'] },
] as const satisfies readonly { key: string; fields: readonly FieldKey[] }[];

export type StepKey = (typeof STEPS)[number]['key'];
export const STEP_KEYS: readonly StepKey[] = STEPS.map((s) => s.key);
export const isStep = (value: string | null): value is StepKey => STEP_KEYS.includes(value as StepKey);

/** The step that shows a form value (`record.sources.0.url`, `proposedAgency.name`). */
export function stepOfName(name: string): StepKey {
  if (name.startsWith('proposedAgency')) return 'agency';
  const field = fieldOfPath(name.replace(/^record\./, ''));
  return STEPS.find((s) => (s.fields as readonly string[]).includes(field ?? ''))?.key ?? 'sources';
}

/** Where a form value comes in the form: by step, then by field within the step. */
export function formOrder(name: string): number {
  const step = STEP_KEYS.indexOf(stepOfName(name));
  const fields = (STEPS[step]?.fields ?? []) as readonly string[];
  const field = name.startsWith('proposedAgency') ? 'agency' : fieldOfPath(name.replace(/^record\./, ''));
  return step * 100 + Math.max(0, fields.indexOf(field ?? ''));
}
