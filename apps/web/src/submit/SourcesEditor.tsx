import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { emptySource, type FormValues } from './draft.ts';
import { FieldProblems, SelectField, TextField } from './inputs.tsx';

const LANGUAGES = ['vi', 'en', 'other'] as const;

/** The public sources of the entry: at least one link, with title, publisher, date and language. */
export function SourcesEditor() {
  const { t } = useTranslation('submit');
  const { control } = useFormContext<FormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'record.sources' });
  const languages = LANGUAGES.map((l) => ({ value: l, label: t(`sources.languages.${l}`) }));
  return (
    <div className="sources-editor" data-field="record.sources">
      <FieldProblems name="record.sources" />
      {fields.map((f, index) => {
        const base = `record.sources.${index}`;
        return (
          <fieldset key={f.id} className="source-row">
            <legend>{t('sources.source', { n: index + 1 })}</legend>
            <TextField name={`${base}.url`} label={t('sources.url')} type="url" />
            <div className="form-grid">
              <TextField name={`${base}.title`} label={`${t('sources.title')} ${t('optional')}`} />
              <TextField name={`${base}.publisher`} label={`${t('sources.publisher')} ${t('optional')}`} />
              <TextField name={`${base}.publishedOn`} label={`${t('sources.publishedOn')} ${t('optional')}`} />
              <SelectField
                name={`${base}.language`}
                label={`${t('sources.language')} ${t('optional')}`}
                options={languages}
              />
            </div>
            <button type="button" className="btn btn--ghost btn--small" onClick={() => remove(index)}>
              {t('sources.remove', { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn btn--ghost btn--small"
        onClick={() => append(emptySource(), { focusName: `record.sources.${fields.length}.url` })}
      >
        {t('sources.add')}
      </button>
    </div>
  );
}
