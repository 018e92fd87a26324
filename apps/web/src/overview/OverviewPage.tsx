import { COUNTRIES, type DeploymentFilters } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueFacetsQuery, recommendationsQuery, statsQuery } from '../api/queries.ts';
import { useLabel } from '../app/locale.ts';
import { includesVietnam } from '../app/scope.ts';
import { useView } from '../app/url-state.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { COUNT_CHARTS } from '../charts/options-stats.ts';
import { loadNamespace } from '../i18n/index.ts';
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
const ReadinessLandscape = lazy(() =>
  afterFirstPaint
    .then(() => Promise.all([import('../readiness/ReadinessLandscape.tsx'), loadNamespace('readiness')]))
    .then(([m]) => ({ default: m.ReadinessLandscape })),
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

/**
 * The overview opens on Vietnam: when the catalogue also holds other countries' registers and the
 * address names no country, Vietnam becomes the scope (the scope bar offers the others).
 */
function useVietnamFirst(filters: DeploymentFilters, setFilters: (f: DeploymentFilters, replace: boolean) => void) {
  const facets = useQuery(catalogueFacetsQuery());
  const decided = useRef(false);
  useEffect(() => {
    if (decided.current || !facets.data) return;
    decided.current = true;
    const countries = facets.data.country.filter((c) => c.count > 0).map((c) => c.value);
    if (!filters.country?.length && countries.length > 1 && countries.includes('VN'))
      setFilters({ ...filters, country: ['VN'] }, true);
  }, [facets.data, filters, setFilters]);
}

export function OverviewPage() {
  const { t } = useTranslation();
  const { filters, setFilters, setView } = useView();
  useVietnamFirst(filters, (f, replace) => setView({ filters: f }, { replace }));
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
              <Suspense fallback={null}>
                <ReadinessLandscape />
              </Suspense>
            </div>
            <p className="muted small">{t('overview.sourcesNote')}</p>
          </>
        )}
      </QueryView>
    </Page>
  );
}
