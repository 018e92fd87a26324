import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { landscapeQuery, recommendationsQuery, statsQuery } from '../api/queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { includesVietnam, useScopeText } from '../app/scope.ts';
import { toSearch, useView } from '../app/url-state.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { HEATMAP_CHART, MAP_CHART } from '../charts/options-gaps.ts';
import { COUNT_CHARTS } from '../charts/options-stats.ts';
import { Coverage } from '../overview/Coverage.tsx';
import { Headlines } from '../overview/Headlines.tsx';
import { KpiTiles } from '../overview/KpiTiles.tsx';
import { allOf, Page, QueryView } from '../ui/Page.tsx';
import { Sources } from '../ui/Sources.tsx';
import './brief.css';

/**
 * The size each chart picture is drawn at, off screen, so that the sheet prints the same from a
 * phone or a wide screen. Printed a little smaller than drawn (a column of the A4 sheet is about
 * 340 CSS pixels), its text comes out at the size of the sheet's small print.
 */
const PRINT = {
  category: { width: 460, height: 260 },
  map: { width: 400, height: 380 },
  heatmap: { width: 940, height: 225 },
} as const;

/** The current scope on one A4 page: headlines, key numbers, what is known, three charts, top recommendations. */
export function BriefPage() {
  const { t } = useTranslation(['brief', 'common']);
  const { date, fmt } = useLocale();
  const label = useLabel();
  const scopeText = useScopeText();
  const { filters } = useView();
  const stats = useQuery(statsQuery(filters));
  const recs = useQuery(recommendationsQuery(filters));
  const landscape = useQuery(landscapeQuery());
  const vietnam = includesVietnam(filters);
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
          <strong>{t('scope')}:</strong> {scopeText(filters) ?? t('all')} ·{' '}
          {t('generated', { date: date(new Date().toISOString()) })}
        </>
      }
    >
      <QueryView query={allOf(stats, recs)}>
        {([statsData, recsData]) => {
          // Only recommendations with evidence in this scope are "the ones that matter most here".
          const top = recsData.items.filter((r) => r.priority.evidenceCount > 0).slice(0, 3);
          return (
            <>
              <Headlines stats={statsData} recommendations={recsData.items} filters={filters} />
              <KpiTiles stats={statsData} vietnam={vietnam} />
              <div className="brief__charts">
                <div className="brief__column">
                  <ChartCard spec={COUNT_CHARTS.category} data={statsData} filters={filters} print={PRINT.category} />
                  <Coverage stats={statsData} compact />
                </div>
                {vietnam && <ChartCard spec={MAP_CHART} data={statsData} filters={filters} print={PRINT.map} />}
              </div>
              <ChartCard spec={HEATMAP_CHART} data={statsData} filters={filters} print={PRINT.heatmap} />
              <div className="brief__foot">
                <section className="brief__recs" aria-labelledby="brief-recs">
                  <h2 id="brief-recs">{t('recs')}</h2>
                  {top.length === 0 && <p className="small">{t('noEvidence', { n: fmt(recsData.scope.assessed) })}</p>}
                  <ol>
                    {top.map((r) => (
                      <li key={r.id} value={r.number}>
                        <strong>{label(r.shortTitle)}</strong>{' '}
                        <span className="small muted">
                          {t('evidence', { n: fmt(r.priority.evidenceCount), of: fmt(r.priority.assessedCount) })}
                        </span>
                      </li>
                    ))}
                  </ol>
                </section>
                <section className="brief__sources" aria-labelledby="brief-sources">
                  <h2 id="brief-sources">{t('common:sources')}</h2>
                  <p className="small">{t('sourcesText')}</p>
                  {landscape.data && <Sources sources={landscape.data.recommendations[0]?.sources ?? []} compact />}
                </section>
              </div>
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
