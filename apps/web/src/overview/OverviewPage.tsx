import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendationsQuery, statsQuery } from '../api/queries.ts';
import { useView } from '../app/url-state.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import {
  COUNT_CHARTS,
  ETHICS_CHART,
  HEATMAP_CHART,
  MAP_CHART,
  SANKEY_CHART,
  YEAR_CHART,
} from '../charts/options-stats.ts';
import { Page, QueryView } from '../ui/Page.tsx';
import { KpiTiles } from './KpiTiles.tsx';
import { ScopeBar } from './ScopeBar.tsx';

export function OverviewPage() {
  const { t } = useTranslation();
  const { filters, setFilters } = useView();
  const stats = useQuery(statsQuery(filters));
  const recommendations = useQuery(recommendationsQuery(filters));
  const flows = useMemo(
    () =>
      stats.data && recommendations.data ? { stats: stats.data, recommendations: recommendations.data.items } : null,
    [stats.data, recommendations.data],
  );

  return (
    <Page title={t('overview.title')} lead={t('overview.lead')}>
      <ScopeBar filters={filters} onChange={setFilters} />
      <QueryView query={stats}>
        {(data) => (
          <>
            <KpiTiles stats={data} />
            <div className="grid grid--charts">
              <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.category} />
              <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.sector} />
              <ChartCard filters={filters} data={data} spec={MAP_CHART} />
              <div className="stack">
                <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.stage} />
                <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.riskTier} />
              </div>
              <div className="grid__wide">
                <ChartCard filters={filters} data={data} spec={YEAR_CHART} />
              </div>
              <ChartCard filters={filters} data={data} spec={HEATMAP_CHART} />
              {flows && <ChartCard filters={filters} data={flows} spec={SANKEY_CHART} />}
              <ChartCard filters={filters} data={data} spec={ETHICS_CHART} />
              <div className="stack">
                <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.aiKind} />
                <ChartCard filters={filters} data={data} spec={COUNT_CHARTS.builder} />
              </div>
            </div>
            <p className="muted small">{t('overview.sourcesNote')}</p>
          </>
        )}
      </QueryView>
    </Page>
  );
}
