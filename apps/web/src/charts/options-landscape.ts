import type { EChartsCoreOption } from 'echarts/core';
import type { LandscapeData } from '../api/client.ts';
import { AXIS, type ChartRow, type Common, FONT, frame, LEGEND, yearRange } from './options.ts';
import { INK, QUALITATIVE } from './palette.ts';
import type { ChartSpec } from './spec.ts';

/**
 * A rank over time on an inverted axis (1st at the top); row group: the year, count: the rank.
 * Rows whose series is `disputed` are not joined to the line: each is drawn as its own marked point.
 */
export function rankLineOption(
  rows: readonly ChartRow[],
  o: Pick<Common, 'aria'> & { seriesName: string; disputedName: string },
): EChartsCoreOption {
  const years = yearRange(rows.map((r) => Number(r.group?.key)));
  const settled = new Map(rows.filter((r) => r.series?.key !== 'disputed').map((r) => [Number(r.group?.key), r]));
  const disputed = rows.filter((r) => r.series?.key === 'disputed');
  const label = { show: true, position: 'right', fontFamily: FONT, formatter: (p: { value: number }) => `#${p.value}` };
  const point = (r: ChartRow | undefined) => (r ? { value: r.count, key: r.key } : null);
  return frame(o, {
    grid: { left: 8, right: 36, top: 24, bottom: 40, containLabel: true },
    legend: { bottom: 0, data: [o.seriesName, o.disputedName], textStyle: LEGEND.textStyle },
    tooltip: { trigger: 'item', textStyle: { fontFamily: FONT } },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS, axisTick: { show: false }, boundaryGap: true },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      axisLabel: { ...AXIS, formatter: (v: number) => `#${v}` },
      splitLine: { lineStyle: { color: INK.grid } },
    },
    series: [
      {
        type: 'line',
        name: o.seriesName,
        data: years.map((y) => point(settled.get(y))),
        connectNulls: false,
        symbolSize: 9,
        itemStyle: { color: QUALITATIVE[0] },
        label: { ...label, position: 'top' },
      },
      ...disputed.map((r) => ({
        type: 'line',
        name: o.disputedName,
        data: years.map((y) => (y === Number(r.group?.key) ? point(r) : null)),
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: INK.alert },
        label,
      })),
    ],
  });
}

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
