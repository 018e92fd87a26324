import { FIELDS, type FieldKey, type Label } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/client.ts';
import { useLabel } from '../app/locale.ts';
import { AgencyField } from './AgencyField.tsx';
import { CheckField } from './CheckField.tsx';
import { EthicsEditor } from './EthicsEditor.tsx';
import { GapsEditor } from './GapsEditor.tsx';
import { RegistryField, TextField } from './inputs.tsx';
import { RiskQuestionnaire } from './RiskQuestionnaire.tsx';
import { SourcesEditor } from './SourcesEditor.tsx';
import { STEPS, type StepKey } from './steps.ts';

export interface StepContext {
  user: User;
  agencies: readonly { id: string; name: Label }[];
  /** The agency of the record an update starts from. */
  fixedAgency: { id: string; name: Label } | null;
}

function FundingAmount() {
  const { t } = useTranslation('submit');
  const label = useLabel();
  return (
    <fieldset className="form-field" data-field="record.funding.amount">
      <legend>
        {label(FIELDS.fundingAmount.title)} {t('optional')}
      </legend>
      <p className="field-help">{label(FIELDS.fundingAmount.help)}</p>
      <div className="form-grid">
        <TextField name="record.funding.amount.value" label={t('funding.value')} type="number" inputMode="numeric" />
        <TextField name="record.funding.amount.currency" label={t('funding.currency')} />
      </div>
    </fieldset>
  );
}

/** One field of a step: the registry's generic input, or the form's own for structures. */
function StepField({ field, context }: { field: FieldKey; context: StepContext }) {
  const { t } = useTranslation('submit');
  const label = useLabel();
  switch (field) {
    case 'agency':
      return <AgencyField user={context.user} agencies={context.agencies} fixed={context.fixedAgency} />;
    case 'fundingAmount':
      return <FundingAmount />;
    case 'assessed':
      return <CheckField name="record.gapsAssessed" label={t('gaps.assessed')} help={t('gaps.assessedHelp')} />;
    case 'gap':
      return <GapsEditor />;
    case 'riskQuestionnaire':
      return <RiskQuestionnaire />;
    case 'riskTier':
      return <RegistryField field={FIELDS.riskTier} help={t('risk.tierHelp')} />;
    case 'impactAssessment':
      return (
        <TextField
          name="record.risk.impactAssessmentUrl"
          label={`${label(FIELDS.impactAssessment.title)} ${t('optional')}`}
          help={label(FIELDS.impactAssessment.help)}
          type="url"
        />
      );
    case 'ethics':
      return <EthicsEditor />;
    case 'sources':
      return <SourcesEditor />;
    default:
      return <RegistryField field={FIELDS[field]} />;
  }
}

export function StepFields({ step, context }: { step: StepKey; context: StepContext }) {
  const fields = STEPS.find((s) => s.key === step)?.fields ?? [];
  return (
    <>
      {fields.map((field) => (
        <StepField key={field} field={field} context={context} />
      ))}
    </>
  );
}
