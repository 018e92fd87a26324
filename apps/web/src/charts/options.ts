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

/** A choropleth of counts per province; provinces without deployments stay light. */
export function mapOption(
  data: readonly { code: string; label: string; count: number }[],
  options: { mapName: string; format: (n: number) => string; ariaLabel: string; legend: [string, string] },
): EChartsCoreOption {
  const max = Math.max(1, ...data.map((d) => d.count));
  const labels = new Map(data.map((d) => [d.code, d.label]));
  return {
    aria: { enabled: true, label: { description: options.ariaLabel } },
    animationDuration: 300,
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT },
      formatter: (p: { name: string; value: number }) =>
        `${labels.get(p.name) ?? p.name}: ${options.format(Number.isFinite(p.value) ? p.value : 0)}`,
    },
    visualMap: {
      min: 0,
      max,
      left: 0,
      bottom: 8,
      itemHeight: 90,
      text: [options.legend[1], options.legend[0]],
      textStyle: { ...AXIS, fontSize: 11 },
      inRange: { color: ['#eef3fb', '#9ecae1', '#3182bd', '#08306b'] },
      calculable: false,
    },
    series: [
      {
        type: 'map',
        map: options.mapName,
        nameProperty: 'code',
        roam: false,
        aspectScale: 1,
        layoutCenter: ['55%', '50%'],
        layoutSize: '95%',
        cursor: 'pointer',
        itemStyle: { areaColor: '#f4f6f9', borderColor: '#8a99ad', borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#E69F00' } },
        select: { disabled: true },
        data: data.map((d) => ({ name: d.code, value: d.count, key: d.code })),
      },
    ],
  };
}

/** Category × gap dimension: the share of assessed deployments with a gap of severity ≥ 2. */
export function heatmapOption(
  rows: readonly {
    key: string;
    label: string;
    assessed: number;
    cells: { key: string; label: string; count: number }[];
  }[],
  options: { pct: (share: number) => string; ariaLabel: string; assessedLabel: string; narrow?: boolean },
): EChartsCoreOption {
  const dims = rows[0]?.cells ?? [];
  const narrow = options.narrow ?? false;
  const data = rows.flatMap((row, y) =>
    row.cells.map((cell, x) => ({
      value: [x, y, row.assessed ? cell.count / row.assessed : 0],
      count: cell.count,
      assessed: row.assessed,
      key: `${row.key}|${cell.key}`,
    })),
  );
  return {
    aria: { enabled: true, label: { description: options.ariaLabel } },
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      textStyle: { fontFamily: FONT },
      formatter: (p: { data: { value: [number, number, number]; count: number; assessed: number } }) => {
        const row = rows[p.data.value[1]];
        const dim = dims[p.data.value[0]];
        return `${row?.label ?? ''} · ${dim?.label ?? ''}<br/>${options.pct(p.data.value[2])} (${p.data.count}/${p.data.assessed}) · ${options.assessedLabel} ${p.data.assessed}`;
      },
    },
    xAxis: {
      type: 'category',
      data: dims.map((d) => d.label),
      axisLabel: { ...AXIS, interval: 0, rotate: narrow ? 40 : 0, fontSize: narrow ? 10 : 12 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => `${r.label} (n=${r.assessed})`),
      axisLabel: { ...AXIS, width: narrow ? 110 : 220, overflow: 'truncate', fontSize: narrow ? 10 : 12 },
      splitArea: { show: true },
    },
    visualMap: {
      min: 0,
      max: 1,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      textStyle: { ...AXIS, fontSize: 11 },
      formatter: (v: number) => options.pct(v),
      inRange: { color: ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'] },
    },
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        progressive: 0,
        data,
        label: {
          show: !narrow,
          fontFamily: FONT,
          formatter: (p: { data: { value: [number, number, number]; assessed: number } }) =>
            p.data.assessed ? options.pct(p.data.value[2]) : '–',
        },
        emphasis: { itemStyle: { borderColor: '#D55E00', borderWidth: 2 } },
      },
    ],
  };
}

/** Evidence flowing from gap dimensions to the recommendations that address them. */
export function sankeyOption(
  flows: readonly { from: string; fromLabel: string; to: string; toLabel: string; weight: number }[],
  options: { ariaLabel: string; format: (n: number) => string; labelWidth?: number },
): EChartsCoreOption {
  const labelWidth = options.labelWidth ?? 190;
  const nodes = new Map<string, { name: string; key: string; side: 'gap' | 'rec' }>();
  for (const f of flows) {
    nodes.set(f.fromLabel, { name: f.fromLabel, key: f.from, side: 'gap' });
    nodes.set(f.toLabel, { name: f.toLabel, key: f.to, side: 'rec' });
  }
  return {
    aria: { enabled: true, label: { description: options.ariaLabel } },
    animationDuration: 300,
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT },
      valueFormatter: (v: unknown) => options.format(Number(v)),
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: labelWidth + 10,
        top: 8,
        bottom: 8,
        nodeGap: 10,
        nodeWidth: 14,
        draggable: false,
        cursor: 'pointer',
        emphasis: { focus: 'adjacency' },
        label: { fontFamily: FONT, color: '#1d2733', fontSize: 12, width: labelWidth, overflow: 'break' },
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        data: [...nodes.values()].map((n) => ({
          name: n.name,
          key: n.key,
          itemStyle: { color: n.side === 'gap' ? '#3182bd' : '#009E73' },
        })),
        links: flows.map((f) => ({ source: f.fromLabel, target: f.toLabel, value: f.weight, key: f.from })),
      },
    ],
  };
}

/** Stacked horizontal bars of shares, e.g. ethics principles by status. */
export function stackedShareOption(
  rows: readonly { label: string; values: number[] }[],
  series: readonly { key: string; label: string; color: string }[],
  options: { format: (n: number) => string; ariaLabel: string },
): EChartsCoreOption {
  const reversed = [...rows].reverse();
  return {
    aria: { enabled: true, label: { description: options.ariaLabel } },
    animationDuration: 300,
    grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
    legend: { bottom: 0, textStyle: { ...AXIS, fontSize: 11 }, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT } },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { ...AXIS, formatter: (v: number) => options.format(v) } },
    yAxis: {
      type: 'category',
      data: reversed.map((r) => r.label),
      axisLabel: { ...AXIS, width: 240, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: series.map((s, k) => ({
      type: 'bar',
      stack: 'total',
      name: s.label,
      key: s.key,
      barMaxWidth: 20,
      itemStyle: { color: s.color },
      data: reversed.map((r) => r.values[k] ?? 0),
    })),
  };
}
