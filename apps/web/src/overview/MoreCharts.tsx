import type { DeploymentFilters } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Stats } from '../api/client.ts';
import { recommendationsQuery } from '../api/queries.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { ETHICS_CHART, HEATMAP_CHART, MAP_CHART, SANKEY_CHART, YEAR_CHART } from '../charts/options-gaps.ts';
import { COUNT_CHARTS } from '../charts/options-stats.ts';
import { useAdoption } from './adoption.ts';

/** The overview's charts after its first row: loaded once the first chart is drawn. */
export function MoreCharts({
  stats,
  filters,
  vietnam,
}: {
  stats: Stats;
  filters: DeploymentFilters;
  vietnam: boolean;
}) {
  const recommendations = useQuery(recommendationsQuery(filters));
  const adoption = useAdoption(filters, stats);
  const flows = useMemo(
    () => (recommendations.data ? { stats, recommendations: recommendations.data.items } : null),
    [stats, recommendations.data],
  );
  return (
    <>
      {vietnam && <ChartCard filters={filters} data={stats} spec={MAP_CHART} />}
      <div className="stack">
        <ChartCard filters={filters} data={stats} spec={COUNT_CHARTS.stage} />
        <ChartCard filters={filters} data={stats} spec={COUNT_CHARTS.riskTier} />
        <ChartCard filters={filters} data={stats} spec={COUNT_CHARTS.indicativeTier} />
        <ChartCard filters={filters} data={stats} spec={ETHICS_CHART} />
      </div>
      {adoption && (
        <div className="grid__wide">
          <ChartCard filters={filters} data={adoption} spec={YEAR_CHART} />
        </div>
      )}
      <ChartCard filters={filters} data={stats} spec={HEATMAP_CHART} />
      {flows && <ChartCard filters={filters} data={flows} spec={SANKEY_CHART} />}
      <ChartCard filters={filters} data={stats} spec={COUNT_CHARTS.aiKind} />
      <ChartCard filters={filters} data={stats} spec={COUNT_CHARTS.builder} />
    </>
  );
}
