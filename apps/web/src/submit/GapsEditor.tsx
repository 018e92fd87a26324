import { codesOf, GAP_DIMENSIONS, type GapDimension, SEVERITIES, SEVERITY_ANCHORS } from '@aila/domain';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../app/locale.ts';
import { emptyGap, type FormValues } from './draft.ts';
import { ChoiceField, FieldProblems, LabelField, SelectField, TextField } from './inputs.tsx';

const DIMENSIONS = codesOf(GAP_DIMENSIONS);
const SEVERITY_CODES = ['0', '1', '2', '3'] as const;

/** Severity 0–3 with what each level means, wherever a severity is chosen. */
export function useSeverityOptions() {
  const label = useLabel();
  return SEVERITY_CODES.map((s) => ({
    value: s,
    label: `${s} · ${label(SEVERITIES[s])}`,
    hint: label(SEVERITY_ANCHORS[s]),
  }));
}

/** The gap self-assessment: per dimension, its gaps with issue, severity, note and evidence. */
export function GapsEditor() {
  const { t } = useTranslation('submit');
  const label = useLabel();
  const { control, setValue } = useFormContext<FormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'record.gaps' });
  const severities = useSeverityOptions();

  // Listing a gap is assessing the gaps: the box is ticked with it (and can be unticked).
  const add = (dimension: GapDimension) => {
    setValue('record.gapsAssessed', true);
    append(emptyGap(dimension), { focusName: `record.gaps.${fields.length}.issue` });
  };

  return (
    <>
      <FieldProblems name="record.gaps" />
      {DIMENSIONS.map((dimension) => {
        const dim = GAP_DIMENSIONS[dimension];
        const rows = fields.map((f, index) => ({ f, index })).filter(({ f }) => f.dimension === dimension);
        const issues = Object.entries(dim.issues).map(([code, l]) => ({
          value: `${dimension}.${code}`,
          label: label(l),
        }));
        return (
          <fieldset key={dimension} className="dimension" data-dimension={dimension}>
            <legend>{label(dim.label)}</legend>
            {rows.length === 0 && <p className="muted small">{t('gaps.none')}</p>}
            {rows.map(({ f, index }, n) => {
              const base = `record.gaps.${index}`;
              return (
                <fieldset key={f.id} className="gap-row">
                  <legend className="gap-row__title">
                    {t('gaps.item', { dimension: label(dim.label), n: n + 1 })}
                  </legend>
                  <SelectField name={`${base}.issue`} label={t('gaps.issue')} options={issues} />
                  <ChoiceField name={`${base}.severity`} label={t('gaps.severity')} options={severities} />
                  <TextField
                    name={`${base}.evidence`}
                    label={`${t('gaps.evidence')} ${t('optional')}`}
                    help={t('gaps.evidenceHelp')}
                    multiline
                  />
                  <LabelField name={`${base}.note`} label={`${t('gaps.note')} ${t('optional')}`} multiline />
                  <TextField name={`${base}.source`} label={t('gaps.source')} type="url" />
                  <button type="button" className="btn btn--ghost btn--small" onClick={() => remove(index)}>
                    {t('gaps.remove')}
                  </button>
                </fieldset>
              );
            })}
            <button type="button" className="btn btn--ghost btn--small" onClick={() => add(dimension)}>
              {t('gaps.add', { dimension: label(dim.label) })}
            </button>
          </fieldset>
        );
      })}
    </>
  );
}
