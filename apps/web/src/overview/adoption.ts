import { adoptedStages, type DeploymentFilters, type Stats } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { statsQuery } from '../api/queries.ts';
import type { AdoptionData } from '../charts/options-gaps.ts';

/**
 * The adoption chart's data for a scope: the stats of its adopted systems (a second stats query
 * narrowed to the adopted stages) and how many planned systems that leaves out.
 */
export function useAdoption(filters: DeploymentFilters, stats: Stats | undefined): AdoptionData | undefined {
  const stages = adoptedStages(filters.stage);
  const none = stages.length === 0;
  const adopted = useQuery({ ...statsQuery({ ...filters, stage: stages }), enabled: !none });
  return useMemo(() => {
    if (!stats) return undefined;
    const planned = stats.byStage.find((s) => s.key === 'planned')?.count ?? 0;
    if (none) return { adopted: { ...stats, byYear: [] }, planned };
    return adopted.data && { adopted: adopted.data, planned };
  }, [stats, adopted.data, none]);
}
