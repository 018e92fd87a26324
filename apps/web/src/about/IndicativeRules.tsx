import { INDICATIVE_BASES, INDICATIVE_CAVEAT, INDICATIVE_RULES } from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { useValueLabel } from '../app/fields.ts';
import { useLabel } from '../app/locale.ts';

/** The rules of the indicative tier, listed from the domain's own table, in the order they are tried. */
export function IndicativeRules() {
  const { t } = useTranslation('about');
  const label = useLabel();
  const valueText = useValueLabel();
  return (
    <section className="card" aria-labelledby="about-indicative" data-testid="indicative-rules">
      <h2 id="about-indicative">{t('indicative')}</h2>
      <p>{t('indicativeText')}</p>
      <ol>
        {Object.entries(INDICATIVE_RULES).map(([code, rule]) => (
          <li key={code} data-rule={code}>
            <strong>{valueText('indicativeTier', rule.tier)}</strong> — {label(rule.label)}
            <div className="small muted">{rule.bases.map((b) => label(INDICATIVE_BASES[b])).join(' ')}</div>
          </li>
        ))}
      </ol>
      <p className="small">{t('indicativeRest')}</p>
      <p className="note">{label(INDICATIVE_CAVEAT)}</p>
    </section>
  );
}
