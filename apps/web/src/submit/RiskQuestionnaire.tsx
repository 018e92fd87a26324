import { RISK_REASONS, type RiskAnswers, suggestRiskTier, valueLabel } from '@aila/domain';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../app/locale.ts';
import { CheckField } from './CheckField.tsx';
import { type FormValues, type QuestionnaireDraft, RISK_CRITERIA } from './draft.ts';
import { ChoiceField } from './inputs.tsx';

const SCORES = ['0', '1', '2', '3'] as const;

/** The answers once all five criteria are scored, else null. */
export function answersOf(q: QuestionnaireDraft): RiskAnswers | null {
  if (RISK_CRITERIA.some((c) => q[c] === '' || q[c] === undefined)) return null;
  return {
    rights: Number(q.rights),
    safety: Number(q.safety),
    sector: Number(q.sector),
    automation: Number(q.automation),
    scale: Number(q.scale),
    undisclosedInteraction: q.undisclosedInteraction,
    generatesContent: q.generatesContent,
  };
}

/** The suggested tier, recomputed as the answers change; always marked indicative. */
function Suggestion() {
  const { t } = useTranslation('submit');
  const label = useLabel();
  const { setValue } = useFormContext<FormValues>();
  const questionnaire = useWatch<FormValues, 'record.risk.questionnaire'>({ name: 'record.risk.questionnaire' });
  const answers = answersOf(questionnaire);
  const suggestion = answers ? suggestRiskTier(answers) : null;
  return (
    <div className="suggestion" role="status" aria-live="polite" data-testid="risk-suggestion">
      {suggestion ? (
        <>
          <p className="suggestion__tier">
            <strong>{t('risk.suggested', { tier: label(valueLabel('riskTier', suggestion.tier)) })}</strong>{' '}
            <span className="badge badge--indicative">{t('risk.score', { score: suggestion.score })}</span>
          </p>
          <p className="small">{t('risk.indicative')}</p>
          <p className="small">
            {t('risk.why')}: {suggestion.reasons.map((r) => label(RISK_REASONS[r])).join('; ')}
          </p>
          <button
            type="button"
            className="btn btn--ghost btn--small"
            onClick={() => setValue('record.risk.tier', suggestion.tier, { shouldDirty: true, shouldValidate: true })}
          >
            {t('risk.useSuggested')}
          </button>
        </>
      ) : (
        <p className="small">
          {t('risk.answerAll')} {t('risk.indicative')}
        </p>
      )}
    </div>
  );
}

/** Five criteria scored 0–3 and two transparency questions. */
export function RiskQuestionnaire() {
  const { t } = useTranslation('submit');
  const scores = SCORES.map((s) => ({ value: s, label: `${s} · ${t(`risk.scores.${s}`)}` }));
  return (
    <fieldset className="questionnaire" data-field="record.risk.questionnaire">
      <legend>{t('risk.questions')}</legend>
      {RISK_CRITERIA.map((c) => (
        <ChoiceField
          key={c}
          name={`record.risk.questionnaire.${c}`}
          label={t(`risk.criteria.${c}`)}
          options={scores}
          inline
        />
      ))}
      <CheckField name="record.risk.questionnaire.undisclosedInteraction" label={t('risk.undisclosedInteraction')} />
      <CheckField name="record.risk.questionnaire.generatesContent" label={t('risk.generatesContent')} />
      <Suggestion />
    </fieldset>
  );
}
