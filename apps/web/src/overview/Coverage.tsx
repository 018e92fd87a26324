import { type CoverageKey, coverage, type Stats } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLocale } from '../app/locale.ts';

const SHOWN: readonly CoverageKey[] = ['riskTier', 'ethics', 'gaps', 'aiKind', 'builder'];

/** What the scope's records state about the fields sources seldom give, and a call to fill them in. */
export function Coverage({ stats, compact = false }: { stats: Stats; compact?: boolean }) {
  const { t } = useTranslation();
  const { fmt } = useLocale();
  const known = coverage(stats);
  return (
    <section className="coverage card" aria-labelledby="coverage-h" data-testid="coverage">
      <h2 id="coverage-h">{t('coverage.title')}</h2>
      <ul>
        {SHOWN.map((key) => {
          const { known: n, total } = known[key];
          return (
            <li key={key} data-coverage={key}>
              <span className="coverage__bar" aria-hidden="true">
                <span style={{ width: `${total ? (100 * n) / total : 0}%` }} />
              </span>
              {t(`coverage.${key}`, { known: fmt(n), total: fmt(total) })}
            </li>
          );
        })}
      </ul>
      {!compact && <p className="small muted">{t('coverage.lead')}</p>}
      <Link to="/submit" className="coverage__cta">
        {t('coverage.cta')} →
      </Link>
    </section>
  );
}
