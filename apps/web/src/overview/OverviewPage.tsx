import { COUNTRIES, type DeploymentFilters } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationsQuery, statsQuery } from '../api/queries.ts';
import { useLabel } from '../app/locale.ts';
import { includesVietnam } from '../app/scope.ts';
import { useView } from '../app/url-state.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { COUNT_CHARTS } from '../charts/options-stats.ts';
import { afterFirstPaint } from '../ui/first-paint.ts';
import { Page, QueryView } from '../ui/Page.tsx';
import { Coverage } from './Coverage.tsx';
import { Headlines } from './Headlines.tsx';
import { KpiTiles } from './KpiTiles.tsx';
import { ScopeBar } from './ScopeBar.tsx';
import './overview.css';

// The story, the numbers and the first row of charts come first; the rest once the first chart is drawn.
const MoreCharts = lazy(() =>
  afterFirstPaint.then(() => import('./MoreCharts.tsx')).then((m) => ({ default: m.MoreCharts })),
);

/** The overview's title names Vietnam only when the scope is Vietnam's (or every country's). */
function useTitle(filters: DeploymentFilters): string {
  const { t } = useTranslation();
  const label = useLabel();
  const countries = filters.country ?? [];
  if (countries.length === 0 || (countries.length === 1 && countries[0] === 'VN')) return t('overview.title');
  const names = countries.map((c) => label(COUNTRIES[c as keyof typeof COUNTRIES]) || c);
  return t('overview.titleIn', { country: names.join(', ') });
}

export function OverviewPage() {
  const { t } = useTranslation();
  const { filters, setFilters } = useView();
  const stats = useQuery(statsQuery(filters));
  const recommendations = useQuery(recommendationsQuery(filters));
  const vietnam = includesVietnam(filters);

  return (
    <Page title={useTitle(filters)} lead={t('overview.lead')}>
      <ScopeBar filters={filters} onChange={setFilters} />
      <QueryView query={stats}>
        {(data) => (
          <>
            <div className="story">
              <Headlines stats={data} recommendations={recommendations.data?.items} filters={filters} />
              <Coverage stats={data} />
            </div>
            <KpiTiles stats={data} vietnam={vietnam} />
            <div className="grid grid--charts">
              <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.category} />
              <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.sector} />
              <Suspense fallback={<div className="skeleton skeleton--chart grid__wide" />}>
                <MoreCharts stats={data} filters={filters} vietnam={vietnam} />
              </Suspense>
            </div>
            <p className="muted small">{t('overview.sourcesNote')}</p>
          </>
        )}
      </QueryView>
    </Page>
  );
}
