import { type DeploymentFilters, headlines, type RankedRecommendation, type Stats } from '@aila/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RecommendationsData } from '../api/client.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { sentences } from './headline-text.ts';

type Recommendations = readonly (RankedRecommendation & Pick<RecommendationsData['items'][number], 'shortTitle'>)[];

/** The scope's story in a few sentences, each a link to the view behind it. */
export function Headlines({
  stats,
  recommendations = [],
  filters,
}: {
  stats: Stats;
  recommendations?: Recommendations;
  filters: DeploymentFilters;
}) {
  const { t } = useTranslation();
  const { locale, fmt, pct } = useLocale();
  const label = useLabel();
  const list = useMemo(() => {
    const format = new Intl.ListFormat(locale, { type: 'conjunction' });
    const titles = new Map(recommendations.map((r) => [r.id, r.shortTitle]));
    return sentences(headlines(stats, recommendations), filters, {
      t,
      label,
      fmt,
      pct,
      list: (items) => format.format(items),
      recommendationTitle: (id) => titles.get(id),
    });
  }, [stats, recommendations, filters, t, label, fmt, pct, locale]);
  if (list.length === 0) return null;
  return (
    <section className="headlines card" aria-labelledby="headlines-h" data-testid="headlines">
      <h2 id="headlines-h">{t('headlines.title')}</h2>
      <ul>
        {list.map((s) => (
          <li key={s.kind} data-headline={s.kind}>
            <Link to={s.href}>{s.text}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
