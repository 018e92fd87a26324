import { useQuery } from '@tanstack/react-query';
import { recommendationsQuery, statsQuery } from '../api/queries.ts';
import { useUrlFilters } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { ErrorState, LoadingState } from '../ui/states.tsx';
import { EthicsChart, HeatmapChart, MapChart, SankeyChart, StatChart, YearChart } from './charts.tsx';
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
            <StatChart field="category" stats={stats.data} filters={filters} />
            <StatChart field="sector" stats={stats.data} filters={filters} />
            <MapChart stats={stats.data} filters={filters} />
            <div className="stack">
              <StatChart field="stage" stats={stats.data} filters={filters} />
              <StatChart field="riskTier" stats={stats.data} filters={filters} />
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
              <StatChart field="aiKind" stats={stats.data} filters={filters} />
              <StatChart field="builder" stats={stats.data} filters={filters} />
            </div>
          </div>
          <p className="muted small">{t('overview.sourcesNote')}</p>
        </>
      )}
    </div>
  );
}
