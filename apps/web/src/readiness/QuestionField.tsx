import { GAP_ISSUES, type GapIssueCode, type Question, type ReadinessAnswer, SECTORS } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../app/locale.ts';

interface Props {
  question: Question;
  answer: ReadinessAnswer | undefined;
  onChange: (answer: ReadinessAnswer) => void;
  disabled: boolean;
}

const fieldId = (question: string, part: string) => `q-${question}-${part}`;

/** One question: its levels with their anchors (or a text, a choice, a sector), a note and an evidence link. */
export function QuestionField({ question, answer, onChange, disabled }: Props) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const set = (patch: Partial<ReadinessAnswer>) => onChange({ ...answer, ...patch });
  const value = answer?.value;
  const helpId = fieldId(question.id, 'help');
  return (
    <fieldset className="form-field question" data-question={question.id} disabled={disabled}>
      <legend>{label(question.text)}</legend>
      {question.help && (
        <p className="field-help" id={helpId}>
          {label(question.help)}
        </p>
      )}
      {question.kind === 'scale' && (
        <div className="choices question__levels">
          {question.anchors.map((a) => (
            <label key={a.level} className="choice question__level">
              <input
                type="radio"
                name={fieldId(question.id, 'value')}
                id={fieldId(question.id, `level-${a.level}`)}
                checked={value === a.level}
                onChange={() => set({ value: a.level })}
              />
              <span>
                <strong>{a.level}</strong> — {label(a.label)}
              </span>
            </label>
          ))}
          <label className="choice question__level question__level--unknown">
            <input
              type="radio"
              name={fieldId(question.id, 'value')}
              id={fieldId(question.id, 'unknown')}
              checked={value === null}
              onChange={() => set({ value: null })}
            />
            <span>{t('question.unknown')}</span>
          </label>
          <p className="field-help question__informs">
            {t('question.informs', {
              issues: question.informs.map((i) => label(GAP_ISSUES[i as GapIssueCode])).join(', '),
            })}
          </p>
        </div>
      )}
      {question.kind === 'choice' && (
        <div className="choices">
          {question.options.map((o) => (
            <label key={o.value} className="choice">
              <input
                type="radio"
                name={fieldId(question.id, 'value')}
                id={fieldId(question.id, o.value)}
                checked={value === o.value}
                onChange={() => set({ value: o.value })}
              />
              <span>{label(o.label)}</span>
            </label>
          ))}
        </div>
      )}
      {question.kind === 'sector' && (
        <select
          id={fieldId(question.id, 'value')}
          aria-describedby={question.help ? helpId : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set({ value: e.target.value || undefined })}
        >
          <option value="">{t('question.choose')}</option>
          {Object.entries(SECTORS).map(([code, l]) => (
            <option key={code} value={code}>
              {label(l)}
            </option>
          ))}
        </select>
      )}
      {question.kind === 'text' && (
        <textarea
          id={fieldId(question.id, 'value')}
          rows={2}
          maxLength={2000}
          aria-describedby={question.help ? helpId : undefined}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => set({ value: e.target.value })}
        />
      )}
      {question.kind === 'scale' && (
        <details className="question__more" open={Boolean(answer?.note || answer?.evidenceUrl)}>
          <summary>
            {t('question.note')} · {t('question.evidence')}
          </summary>
          <div className="form-grid">
            <div className="form-field">
              <label htmlFor={fieldId(question.id, 'note')}>{t('question.note')}</label>
              <textarea
                id={fieldId(question.id, 'note')}
                rows={2}
                maxLength={2000}
                value={answer?.note ?? ''}
                onChange={(e) => set({ note: e.target.value })}
              />
            </div>
            <div className="form-field">
              <label htmlFor={fieldId(question.id, 'evidence')}>{t('question.evidence')}</label>
              <input
                type="url"
                id={fieldId(question.id, 'evidence')}
                value={answer?.evidenceUrl ?? ''}
                placeholder="https://"
                onChange={(e) => set({ evidenceUrl: e.target.value })}
              />
              <p className="field-help">{t('question.evidenceHelp')}</p>
            </div>
          </div>
        </details>
      )}
    </fieldset>
  );
}
