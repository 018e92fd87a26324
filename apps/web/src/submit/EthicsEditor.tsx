import { codesOf, ETHICS_PRINCIPLES, ETHICS_STATUSES } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../app/locale.ts';
import { ChoiceField, TextField } from './inputs.tsx';

const PRINCIPLES = codesOf(ETHICS_PRINCIPLES);

/** Each principle of the National AI Ethics Framework: met, partly, not met or unknown, with evidence. */
export function EthicsEditor() {
  const { t } = useTranslation('submit');
  const label = useLabel();
  const statuses = Object.entries(ETHICS_STATUSES).map(([value, l]) => ({ value, label: label(l) }));
  return (
    <div className="ethics-editor">
      {PRINCIPLES.map((p) => (
        <fieldset key={p} className="principle" data-field={`record.ethics.${p}`}>
          <legend>{label(ETHICS_PRINCIPLES[p])}</legend>
          <ChoiceField name={`record.ethics.${p}.status`} label={t('ethics.status')} options={statuses} inline />
          <TextField name={`record.ethics.${p}.evidence`} label={`${t('ethics.evidence')} ${t('optional')}`} />
        </fieldset>
      ))}
    </div>
  );
}
