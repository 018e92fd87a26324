import { READINESS_MIN_GROUP, SIGNIFICANT_SEVERITY } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { EXPORT_URL } from './api.ts';

/** The scoring and privacy rules of agency readiness, as the domain functions apply them. */
export function ReadinessRules() {
  const { t } = useTranslation('readiness');
  return (
    <section className="card" aria-labelledby="about-readiness" data-testid="about-readiness">
      <h2 id="about-readiness">{t('about.title')}</h2>
      <p>{t('about.levels')}</p>
      <p>{t('about.score')}</p>
      <p>{t('about.gaps', { severity: SIGNIFICANT_SEVERITY })}</p>
      <p>{t('about.roadmap')}</p>
      <p>{t('about.versions')}</p>
      <p>{t('about.privacy', { min: READINESS_MIN_GROUP })}</p>
      <p>
        <a href={EXPORT_URL}>{t('landscape.export')}</a> ·{' '}
        <a href="/api/v1/readiness/instrument">/api/v1/readiness/instrument</a>
      </p>
    </section>
  );
}
