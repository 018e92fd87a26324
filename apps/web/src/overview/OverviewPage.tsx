import { useQuery } from '@tanstack/react-query';
import { recommendationsQuery, statsQuery } from '../api/queries.ts';
import { useUrlFilters } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { ErrorState, LoadingState } from '../ui/states.tsx';
import {
  CountChart,
  DIMS,
  EthicsChart,
  HeatmapChart,
  MapChart,
  SankeyChart,
  STAGE_ORDER,
  YearChart,
} from './charts.tsx';
import { KpiTiles } from './KpiTiles.tsx';
import { ScopeBar } from './ScopeBar.tsx';

export function OverviewPage() {
  const { t } = useLocale();
  const { filters, setFilters } = useUrlFilters();
  const stats = useQuery(statsQuery(filters));
  const recommendations = useQuery(recommendationsQuery(filters));

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('overview.title')}</h1>
        <p className="lead">{t('overview.lead')}</p>
      </header>
      <ScopeBar filters={filters} onChange={setFilters} />
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <KpiTiles stats={stats.data} />
          <div className="grid grid--charts">
            <CountChart
              id="by-category"
              title={t('overview.charts.byCategory')}
              counts={stats.data.byCategory}
              dim={DIMS.category}
              filters={filters}
              total={stats.data.total}
            />
            <CountChart
              id="by-sector"
              title={t('overview.charts.bySector')}
              counts={stats.data.bySector}
              dim={DIMS.sector}
              filters={filters}
              total={stats.data.total}
            />
            <MapChart stats={stats.data} filters={filters} />
            <div className="stack">
              <CountChart
                id="by-stage"
                title={t('overview.charts.byStage')}
                counts={stats.data.byStage}
                dim={DIMS.stage}
                filters={filters}
                total={stats.data.total}
                horizontal={false}
                order={STAGE_ORDER}
              />
              <CountChart
                id="by-risk"
                title={t('overview.charts.risk')}
                counts={stats.data.byRiskTier}
                dim={DIMS.riskTier}
                filters={filters}
                total={stats.data.total}
              />
            </div>
            <div className="grid__wide">
              <YearChart stats={stats.data} filters={filters} />
            </div>
            <HeatmapChart stats={stats.data} filters={filters} />
            {recommendations.data && (
              <SankeyChart stats={stats.data} filters={filters} recommendations={recommendations.data.items} />
            )}
            <EthicsChart stats={stats.data} />
            <div className="stack">
              <CountChart
                id="by-ai-kind"
                title={t('overview.charts.aiKind')}
                counts={stats.data.byAiKind}
                dim={DIMS.aiKind}
                filters={filters}
                total={stats.data.total}
              />
              <CountChart
                id="by-builder"
                title={t('overview.charts.builder')}
                counts={stats.data.byBuilder}
                dim={DIMS.builder}
                filters={filters}
                total={stats.data.total}
              />
            </div>
          </div>
          <p className="muted small">{t('overview.sourcesNote')}</p>
        </>
      )}
    </div>
  );
}
