import type { EChartsCoreOption } from 'echarts/core';

export interface Datum {
  key: string;
  label: string;
  count: number;
  color?: string;
}

const FONT = "'Be Vietnam Pro', system-ui, sans-serif";
const AXIS = { color: '#3b4656', fontFamily: FONT, fontSize: 12 };

/**
 * A bar chart of counts. Horizontal bars keep long bilingual labels readable; the datum's
 * key travels in each bar's `name` so a click can be turned into a filter.
 */
export function barOption(
  data: readonly Datum[],
  options: { horizontal?: boolean; format: (n: number) => string; ariaLabel: string; labelWidth?: number },
): EChartsCoreOption {
  const horizontal = options.horizontal ?? true;
  const labelWidth = options.labelWidth ?? (horizontal ? 220 : 90);
  const rows = horizontal ? [...data].reverse() : [...data];
  const categoryAxis = {
    type: 'category',
    data: rows.map((d) => d.label),
    axisLabel: { ...AXIS, width: labelWidth, overflow: 'truncate', interval: 0 },
    axisTick: { show: false },
    axisLine: { lineStyle: { color: '#c7ced8' } },
  };
  const valueAxis = {
    type: 'value',
    minInterval: 1,
    axisLabel: { ...AXIS, formatter: (v: number) => options.format(v) },
    splitLine: { lineStyle: { color: '#e6e9ee' } },
  };
  return {
    aria: { enabled: true, label: { description: options.ariaLabel } },
    animationDuration: 300,
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT },
      valueFormatter: (v: unknown) => options.format(Number(v)),
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        cursor: 'pointer',
        data: rows.map((d) => ({
          value: d.count,
          name: d.label,
          key: d.key,
          itemStyle: { color: d.color ?? '#0072B2', borderRadius: horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
        })),
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          fontFamily: FONT,
          color: '#1d2733',
          formatter: (p: { value: number }) => options.format(p.value),
        },
      },
    ],
  };
}

export interface YearSeries {
  key: string;
  label: string;
  color: string;
  counts: Map<number, number>;
}

/** Stacked columns of deployments by year started, one stack segment per category. */
export function stackedYearOption(
  years: readonly number[],
  series: readonly YearSeries[],
  options: { format: (n: number) => string; ariaLabel: string },
): EChartsCoreOption {
  return {
    aria: { enabled: true, label: { description: options.ariaLabel } },
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 8, bottom: 64, containLabel: true },
    legend: {
      bottom: 0,
      type: 'scroll',
      textStyle: { ...AXIS, fontSize: 11 },
      itemWidth: 12,
      itemHeight: 12,
    },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT } },
    xAxis: {
      type: 'category',
      data: years.map(String),
      axisLabel: AXIS,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#c7ced8' } },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { ...AXIS, formatter: (v: number) => options.format(v) },
      splitLine: { lineStyle: { color: '#e6e9ee' } },
    },
    series: series.map((s) => ({
      type: 'bar',
      stack: 'total',
      name: s.label,
      key: s.key,
      cursor: 'pointer',
      barMaxWidth: 36,
      itemStyle: { color: s.color },
      emphasis: { focus: 'series' },
      data: years.map((y) => s.counts.get(y) ?? 0),
    })),
  };
}

/** Every year from the first to the last, so gaps in time are visible rather than hidden. */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const min = Math.min(...years);
  const max = Math.max(...years);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

export interface RankPoint {
  year: number;
  rank: number;
  outOf: number | null;
  /** True when sources disagree on this year's rank. */
  disputed: boolean;
}

/**
 * Rank over time on an inverted axis (1st at the top). Years whose sources disagree are not
 * joined to the line: each reported rank is drawn as its own marked point.
 */
export function rankLineOption(
  points: readonly RankPoint[],
  options: { ariaLabel: string; seriesName: string; disputedName: string },
): EChartsCoreOption {
  const years = yearRange(points.map((p) => p.year));
  const settled = new Map(points.filter((p) => !p.disputed).map((p) => [p.year, p.rank]));
  const disputed = points.filter((p) => p.disputed);
  const label = { show: true, position: 'right', fontFamily: FONT, formatter: (p: { value: number }) => `#${p.value}` };
  return {
    aria: { enabled: true, label: { description: options.ariaLabel } },
    animationDuration: 300,
    grid: { left: 8, right: 36, top: 24, bottom: 40, containLabel: true },
    legend: { bottom: 0, data: [options.seriesName, options.disputedName], textStyle: { ...AXIS, fontSize: 11 } },
    tooltip: { trigger: 'item', textStyle: { fontFamily: FONT } },
    xAxis: { type: 'category', data: years.map(String), axisLabel: AXIS, axisTick: { show: false }, boundaryGap: true },
    yAxis: {
      type: 'value',
      inverse: true,
      min: 1,
      axisLabel: { ...AXIS, formatter: (v: number) => `#${v}` },
      splitLine: { lineStyle: { color: '#e6e9ee' } },
    },
    series: [
      {
        type: 'line',
        name: options.seriesName,
        data: years.map((y) => settled.get(y) ?? null),
        connectNulls: false,
        symbolSize: 9,
        itemStyle: { color: '#0072B2' },
        label: { ...label, position: 'top' },
      },
      ...disputed.map((p) => ({
        type: 'line',
        name: options.disputedName,
        data: years.map((y) => (y === p.year ? p.rank : null)),
        symbol: 'diamond',
        symbolSize: 14,
        itemStyle: { color: '#D55E00' },
        label,
      })),
    ],
  };
}
