import { AGENCY_LEVELS, FIELDS, type Label } from '@aila/domain';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/client.ts';
import { useLabel } from '../app/locale.ts';
import type { FormValues } from './draft.ts';
import { FieldProblems, LabelField, type Option, SelectField, TextField, useCodeOptions } from './inputs.tsx';

interface Props {
  user: User;
  agencies: readonly { id: string; name: Label }[];
  /** An update stays with the agency of the record it updates. */
  fixed: { id: string; name: Label } | null;
}

/** The agency that runs the system: the officer's own (or any, for an administrator), or a new one proposed. */
export function AgencyField({ user, agencies, fixed }: Props) {
  const { t } = useTranslation('submit');
  const label = useLabel();
  const codeOptions = useCodeOptions();
  const { watch } = useFormContext<FormValues>();
  const { field: propose } = useController<FormValues, 'proposedAgency.propose'>({ name: 'proposedAgency.propose' });
  const nameOf = (id: string) => label(agencies.find((a) => a.id === id)?.name) || id;

  if (fixed) return <p className="form-field">{t('agency.fixed', { name: label(fixed.name) })}</p>;

  const agencyOptions: Option[] = agencies
    .map((a) => ({ value: a.id, label: label(a.name) }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const own = user.role === 'submitter' ? (user.agencyId ?? '') : null;
  const provinces = codeOptions(FIELDS.province).filter((o) => o.value !== FIELDS.province.nullCode);
  const levels = Object.entries(AGENCY_LEVELS).map(([value, l]) => ({ value, label: label(l) }));
  const current = watch('record.agencyId');

  return (
    <>
      <fieldset className="form-field choices" data-field="record.agencyId">
        <legend>{t('agency.choice')}</legend>
        <label className="choice">
          <input
            type="radio"
            id="agency-existing"
            name={propose.name}
            checked={!propose.value}
            onChange={() => propose.onChange(false)}
          />
          <span>{own !== null ? t('agency.own', { name: nameOf(own || current) }) : t('agency.existing')}</span>
        </label>
        <label className="choice">
          <input type="radio" name={propose.name} checked={propose.value} onChange={() => propose.onChange(true)} />
          <span>{t('agency.propose')}</span>
        </label>
        <FieldProblems name="record.agencyId" />
      </fieldset>
      {!propose.value && own === null && (
        <SelectField name="record.agencyId" label={label(FIELDS.agency.title)} options={agencyOptions} />
      )}
      {propose.value && (
        <div className="subform">
          <p className="field-help">{t('agency.proposeHelp')}</p>
          <LabelField name="proposedAgency.name" label={t('agency.name')} />
          <SelectField name="proposedAgency.level" label={t('agency.level')} options={levels} />
          <SelectField
            name="proposedAgency.parentId"
            label={`${t('agency.parent')} ${t('optional')}`}
            options={agencyOptions}
          />
          <SelectField
            name="proposedAgency.provinceCode"
            label={`${t('agency.province')} ${t('optional')}`}
            options={provinces}
          />
          <TextField name="proposedAgency.website" label={`${t('agency.website')} ${t('optional')}`} type="url" />
        </div>
      )}
    </>
  );
}
