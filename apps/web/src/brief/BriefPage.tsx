import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { landscapeQuery, recommendationsQuery, statsQuery } from '../api/queries.ts';
import { useValueLabel } from '../app/fields.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { toSearch, useView } from '../app/url-state.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { COUNT_CHARTS, HEATMAP_CHART, MAP_CHART } from '../charts/options-stats.ts';
import { KpiTiles } from '../overview/KpiTiles.tsx';
import { allOf, Page, QueryView } from '../ui/Page.tsx';
import { Sources } from '../ui/Sources.tsx';

const SCOPE = ['country', 'sector', 'province', 'category', 'stage'] as const;

/** The current scope laid out as an A4 brief: tiles, key charts, top recommendations, sources, date. */
export function BriefPage() {
  const { t } = useTranslation(['brief', 'common']);
  const { date } = useLocale();
  const label = useLabel();
  const valueText = useValueLabel();
  const { filters } = useView();
  const stats = useQuery(statsQuery(filters));
  const recs = useQuery(recommendationsQuery(filters));
  const landscape = useQuery(landscapeQuery());
  const scope = SCOPE.flatMap((key) => (filters[key] ?? []).map((code) => valueText(key, code)));
  return (
    <Page
      variant="brief"
      title={t('title')}
      before={
        <div className="brief__tools no-print">
          <Link to={`/${toSearch({ filters })}`}>{t('back')}</Link>
          <button type="button" className="btn" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      }
      lead={
        <>
          <strong>{t('scope')}:</strong> {scope.length ? scope.join(' · ') : t('all')} ·{' '}
          {t('generated', { date: date(new Date().toISOString()) })}
        </>
      }
    >
      <QueryView query={allOf(stats, recs)}>
        {([statsData, recsData]) => (
          <>
            <KpiTiles stats={statsData} />
            <div className="brief__charts">
              <ChartCard spec={COUNT_CHARTS.category} data={statsData} filters={filters} />
              <ChartCard spec={MAP_CHART} data={statsData} filters={filters} />
              <ChartCard spec={HEATMAP_CHART} data={statsData} filters={filters} />
            </div>
            <section className="brief__recs" aria-labelledby="brief-recs">
              <h2 id="brief-recs">{t('recs')}</h2>
              <ol>
                {recsData.items.slice(0, 3).map((r) => (
                  <li key={r.id}>
                    <strong>{label(r.title)}</strong>
                    <div className="small muted">
                      {t('evidence', { n: r.priority.evidenceCount, of: r.priority.assessedCount })}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
            <section className="brief__sources" aria-labelledby="brief-sources">
              <h2 id="brief-sources">{t('common:sources')}</h2>
              <p className="small">{t('sourcesText')}</p>
              {landscape.data && <Sources sources={landscape.data.recommendations[0]?.sources ?? []} compact />}
            </section>
          </>
        )}
      </QueryView>
    </Page>
  );
}
