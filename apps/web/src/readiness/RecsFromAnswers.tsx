import { READINESS_MIN_GROUP } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLabel, useLocale } from '../app/locale.ts';
import { readinessLandscapeQuery } from './api.ts';

/** The recommendations ranked on agencies' own answers, by the same rule; counts only. */
export function RecsFromAnswers() {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { fmt } = useLocale();
  const query = useQuery(readinessLandscapeQuery());
  const data = query.data;
  if (!data) return null;
  return (
    <section className="card readiness-section" aria-labelledby="recs-answers" data-testid="recs-from-answers">
      <h2 id="recs-answers">{t('recs.title')}</h2>
      {data.recommendations.length === 0 ? (
        <p className="muted">{t('recs.fewer', { min: READINESS_MIN_GROUP })}</p>
      ) : (
        <>
          <p className="muted small">{t('recs.lead', { n: fmt(data.answered) })}</p>
          <ol>
            {data.recommendations.map((r) => (
              <li key={r.id} data-recommendation={r.id}>
                <strong>{label(r.shortTitle)}</strong> ({r.number}) —{' '}
                {t('recs.evidence', { count: fmt(r.priority.evidenceCount), n: fmt(r.priority.assessedCount) })}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
