import type { LandscapeData } from '../api/client.ts';
import { rankLineOption } from './options.ts';
import type { ChartSpec } from './spec.ts';

/** Vietnam's reported ranks in the Government AI Readiness Index, by year; disputed years keep every report. */
export function readinessRanks(data: LandscapeData) {
  return data.indicators
    .filter((i) => i.framework === 'gov_ai_readiness_index' && i.metric === 'rank')
    .sort((a, b) => a.year - b.year || a.value - b.value);
}

export const READINESS_CHART: ChartSpec<LandscapeData> = {
  id: 'readiness-rank',
  title: 'readiness',
  subtitle: (_, c) => c.t('charts.readinessSub'),
  rows: (data) =>
    readinessRanks(data).map((r) => {
      const disputed = r.conflictsWith.length > 0;
      return {
        key: r.id,
        label: `${r.year}${disputed ? ' *' : ''}`,
        count: r.value,
        group: { key: String(r.year), label: String(r.year) },
        series: { key: disputed ? 'disputed' : 'rank', label: '' },
      };
    }),
  option: (rows, c) =>
    rankLineOption(rows, { aria: c.aria, seriesName: c.t('charts.rank'), disputedName: c.t('charts.disputed') }),
  height: 280,
  sparseBelow: 0,
  table: { value: 'rank', shares: false },
  extras: true,
};
