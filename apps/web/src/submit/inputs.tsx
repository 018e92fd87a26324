import { type FieldDef, type FieldKey, fieldCodes, valueLabel } from '@aila/domain';
import type { ReactNode } from 'react';
import { type Path, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLabel, useLocale } from '../app/locale.ts';
import type { FormValues } from './draft.ts';
import { errorsAt, errorText } from './problems.ts';

export type Name = Path<FormValues>;
/** A value's name from a record path of the registry. */
export const recordName = (path: string) => `record.${path}` as Name;

export interface Option {
  value: string;
  label: string;
}

/** The errors of a value, read live, in the reader's language. */
export function FieldProblems({ name, deep = false }: { name: string; deep?: boolean }) {
  const { t } = useTranslation('submit');
  const { locale } = useLocale();
  const { errors } = useFormState<FormValues>({ name: name as Name });
  const shown = errorsAt(errors, name, deep);
  if (shown.length === 0) return null;
  return (
    <p className="field-error" id={`${name}-error`}>
      {[...new Set(shown.map((e) => errorText(e, locale, t)))].join(' ')}
    </p>
  );
}

/** Whether a value has errors, for aria-invalid. */
export function useInvalid(name: string, deep = false): boolean {
  const { errors } = useFormState<FormValues>({ name: name as Name });
  return errorsAt(errors, name, deep).length > 0;
}

const describedBy = (name: string, help: ReactNode, invalid: boolean) =>
  [help ? `${name}-help` : null, invalid ? `${name}-error` : null].filter(Boolean).join(' ') || undefined;

interface FieldProps {
  name: string;
  label: ReactNode;
  help?: ReactNode;
}

function Help({ name, help }: { name: string; help?: ReactNode }) {
  return help ? (
    <p className="field-help" id={`${name}-help`}>
      {help}
    </p>
  ) : null;
}

export function TextField({
  name,
  label,
  help,
  type = 'text',
  multiline = false,
  inputMode,
}: FieldProps & { type?: 'text' | 'url' | 'number' | 'email'; multiline?: boolean; inputMode?: 'numeric' | 'url' }) {
  const { register } = useFormContext<FormValues>();
  const invalid = useInvalid(name);
  const props = {
    id: name,
    'aria-invalid': invalid,
    'aria-describedby': describedBy(name, help, invalid),
    ...register(name as Name),
  };
  return (
    <div className="form-field" data-field={name}>
      <label htmlFor={name}>{label}</label>
      <Help name={name} help={help} />
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} inputMode={inputMode} {...props} />}
      <FieldProblems name={name} />
    </div>
  );
}

export function SelectField({ name, label, help, options }: FieldProps & { options: readonly Option[] }) {
  const { t } = useTranslation('submit');
  const { register } = useFormContext<FormValues>();
  const invalid = useInvalid(name);
  return (
    <div className="form-field" data-field={name}>
      <label htmlFor={name}>{label}</label>
      <Help name={name} help={help} />
      <select
        id={name}
        aria-invalid={invalid}
        aria-describedby={describedBy(name, help, invalid)}
        {...register(name as Name)}
      >
        <option value="">{t('choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems name={name} />
    </div>
  );
}

/** One choice (radio buttons) or several (check boxes) in a group with its legend. */
export function ChoiceField({
  name,
  label,
  help,
  options,
  multiple = false,
  inline = false,
}: FieldProps & { options: readonly (Option & { hint?: string })[]; multiple?: boolean; inline?: boolean }) {
  const { register } = useFormContext<FormValues>();
  const invalid = useInvalid(name);
  return (
    <fieldset
      className={`form-field choices${inline ? ' choices--inline' : multiple ? ' choices--grid' : ''}`}
      data-field={name}
      aria-invalid={invalid}
      aria-describedby={describedBy(name, help, invalid)}
    >
      <legend>{label}</legend>
      <Help name={name} help={help} />
      {options.map((o, i) => (
        <label key={o.value} className="choice">
          <input
            type={multiple ? 'checkbox' : 'radio'}
            value={o.value}
            id={i === 0 ? name : undefined}
            {...register(name as Name)}
          />
          <span>
            {o.label}
            {o.hint && <span className="choice__hint"> — {o.hint}</span>}
          </span>
        </label>
      ))}
      <FieldProblems name={name} />
    </fieldset>
  );
}

/** A text in English and Vietnamese: either is enough. */
export function LabelField({ name, label, help, multiline = false }: FieldProps & { multiline?: boolean }) {
  const { t } = useTranslation('submit');
  const { register } = useFormContext<FormValues>();
  const invalid = useInvalid(name, true);
  return (
    <fieldset className="form-field label-field" data-field={name} aria-describedby={describedBy(name, help, invalid)}>
      <legend>{label}</legend>
      <Help name={name} help={help} />
      <div className="label-field__pair">
        {(['en', 'vi'] as const).map((lang) => {
          const id = `${name}.${lang}`;
          const props = { id, lang, 'aria-invalid': invalid, ...register(id as Name) };
          return (
            <div key={lang} className="label-field__lang">
              <label htmlFor={id}>{t(`label.${lang}`)}</label>
              {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
            </div>
          );
        })}
      </div>
      <FieldProblems name={name} deep />
    </fieldset>
  );
}

/** The codes of a registry field with their names in the reader's language (provinces sorted by name). */
export function useCodeOptions(): (f: FieldDef) => Option[] {
  const label = useLabel();
  const { locale } = useLocale();
  return (f) => {
    const options = (fieldCodes(f) ?? []).map((code) => ({
      value: code,
      label: label(valueLabel(f.key as FieldKey, code)) || code,
    }));
    if (f.values !== 'province') return options;
    const [national, ...rest] = options;
    return [...(national ? [national] : []), ...rest.sort((a, b) => a.label.localeCompare(b.label, locale))];
  };
}

/** Bilingual texts of a line or so; the others get a box of several lines. */
const SHORT_TEXTS: ReadonlySet<string> = new Set(['title', 'legalBasis', 'responsibleUnit']);

/** The input a plain registry field gets from its kind: a text, a year, codes, one code. */
export function RegistryField({ field, help }: { field: FieldDef; help?: ReactNode }) {
  const label = useLabel();
  const codeOptions = useCodeOptions();
  const name = recordName(field.path as string);
  const title = label(field.title);
  const hint = help ?? label(field.help);
  switch (field.kind) {
    case 'label':
      return <LabelField name={name} label={title} help={hint} multiline={!SHORT_TEXTS.has(field.key)} />;
    case 'text':
      return <TextField name={name} label={title} help={hint} />;
    case 'year':
      return <TextField name={name} label={title} help={hint} type="number" inputMode="numeric" />;
    case 'codes':
      return <ChoiceField name={name} label={title} help={hint} options={codeOptions(field)} multiple />;
    default: {
      const options = codeOptions(field);
      return options.length <= 5 ? (
        <ChoiceField name={name} label={title} help={hint} options={options} inline />
      ) : (
        <SelectField name={name} label={title} help={hint} options={options} />
      );
    }
  }
}
