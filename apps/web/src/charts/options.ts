import type { EChartsCoreOption } from 'echarts/core';
import { FLOW_COLORS, INK, MAP_SCALE, QUALITATIVE, SHARE_SCALE } from './palette.ts';

/** A named position on a chart's second dimension: a year, a category, a recommendation. */
export interface Part {
  key: string;
  label: string;
  color?: string;
}

/**
 * One number of a chart and one line of its table. The key travels with the drawn datum, so a
 * click leads where the table row links to. Two-dimensional charts place a row at `group` × `series`.
 */
export interface ChartRow {
  key: string;
  label: string;
  count: number;
  /** Denominator of the share column; by default the sum of the rows. */
  of?: number;
  color?: string;
  group?: Part;
  series?: Part;
}

interface Common {
  /** The text alternative: the chart's data in words. */
  aria: string;
  fmt: (n: number) => string;
}

const FONT = "'Be Vietnam Pro', system-ui, sans-serif";
const AXIS = { color: INK.axis, fontFamily: FONT, fontSize: 12 };
const LEGEND = { textStyle: { ...AXIS, fontSize: 11 }, itemWidth: 12, itemHeight: 12 };

function frame(o: Pick<Common, 'aria'>, rest: EChartsCoreOption): EChartsCoreOption {
  return { aria: { enabled: true, label: { description: o.aria } }, animationDuration: 300, ...rest };
}

function valueAxis(o: Common) {
  return {
    type: 'value',
    minInterval: 1,
    axisLabel: { ...AXIS, formatter: (v: number) => o.fmt(v) },
    splitLine: { lineStyle: { color: INK.grid } },
  };
}

function categoryAxis(labels: readonly string[], width?: number) {
  return {
    type: 'category',
    data: labels,
    axisLabel: width ? { ...AXIS, width, overflow: 'truncate', interval: 0 } : AXIS,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: INK.axisLine } },
  };
}

/** The distinct groups or series of the rows, in the order they first appear. */
export function partsOf(rows: readonly ChartRow[], side: 'group' | 'series'): Part[] {
  const parts = new Map<string, Part>();
  for (const row of rows) {
    const part = row[side];
    if (part && !parts.has(part.key)) parts.set(part.key, part);
  }
  return [...parts.values()];
}

/** Bars of counts. Horizontal bars keep long bilingual labels readable and list the first row on top. */
export function barOption(
  rows: readonly ChartRow[],
  o: Common & { horizontal?: boolean; labelWidth?: number },
): EChartsCoreOption {
  const horizontal = o.horizontal ?? true;
  const shown = horizontal ? [...rows].reverse() : [...rows];
  const categories = categoryAxis(
    shown.map((r) => r.label),
    o.labelWidth ?? (horizontal ? 220 : 90),
  );
  return frame(o, {
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', textStyle: { fontFamily: FONT }, valueFormatter: (v: unknown) => o.fmt(Number(v)) },
    xAxis: horizontal ? valueAxis(o) : categories,
    yAxis: horizontal ? categories : valueAxis(o),
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        cursor: 'pointer',
        data: shown.map((r) => ({
          value: r.count,
          name: r.label,
          key: r.key,
          itemStyle: { color: r.color ?? QUALITATIVE[0], borderRadius: horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
        })),
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          fontFamily: FONT,
          color: INK.text,
          formatter: (p: { value: number }) => o.fmt(p.value),
        },
      },
    ],
  });
}

/**
 * Stacked bars: one bar per group, one segment per series (years × applications, principles ×
 * statuses). `groups` may list groups without rows, so that gaps in time stay visible; `series`
 * fixes the order of the segments (those without rows are left out).
 */
export function stackedBarOption(
  rows: readonly ChartRow[],
  o: Common & { horizontal?: boolean; groups?: readonly Part[]; series?: readonly Part[]; labelWidth?: number },
): EChartsCoreOption {
  const horizontal = o.horizontal ?? false;
  const groups = o.groups ?? partsOf(rows, 'group');
  const present = new Set(rows.map((r) => r.series?.key));
  const series = o.series?.filter((s) => present.has(s.key)) ?? partsOf(rows, 'series');
  const shown = horizontal ? [...groups].reverse() : groups;
  const cell = new Map(rows.map((r) => [`${r.group?.key}\u0000${r.series?.key}`, r]));
  const categories = categoryAxis(
    shown.map((g) => g.label),
    horizontal ? (o.labelWidth ?? 240) : undefined,
  );
  return frame(o, {
    grid: { left: 8, right: 16, top: 8, bottom: horizontal ? 40 : 64, containLabel: true },
    legend: { bottom: 0, type: 'scroll', ...LEGEND },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT } },
    xAxis: horizontal ? valueAxis(o) : categories,
    yAxis: horizontal ? categories : valueAxis(o),
    series: series.map((s) => ({
      type: 'bar',
      stack: 'total',
      name: s.label,
      cursor: 'pointer',
      barMaxWidth: horizontal ? 20 : 36,
      itemStyle: { color: s.color },
      emphasis: { focus: 'series' },
      data: shown.map((g) => {
        const row = cell.get(`${g.key}\u0000${s.key}`);
        return { value: row?.count ?? 0, key: row?.key };
      }),
    })),
  });
}

/** Every year from the first to the last, so gaps in time are visible rather than hidden. */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const min = Math.min(...years);
  const max = Math.max(...years);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** A choropleth of counts per province (row key: province code); provinces without rows stay light. */
export function mapOption(
  rows: readonly ChartRow[],
  o: Common & { mapName: string; names: ReadonlyMap<string, string>; legend: [low: string, high: string] },
): EChartsCoreOption {
  return frame(o, {
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT },
      formatter: (p: { name: string; value: number }) =>
        `${o.names.get(p.name) ?? p.name}: ${o.fmt(Number.isFinite(p.value) ? p.value : 0)}`,
    },
    visualMap: {
      min: 0,
      max: Math.max(1, ...rows.map((r) => r.count)),
      left: 0,
      bottom: 8,
      itemHeight: 90,
      text: [o.legend[1], o.legend[0]],
      textStyle: { ...AXIS, fontSize: 11 },
      inRange: { color: MAP_SCALE },
      calculable: false,
    },
    series: [
      {
        type: 'map',
        map: o.mapName,
        nameProperty: 'code',
        roam: false,
        aspectScale: 1,
        layoutCenter: ['55%', '50%'],
        layoutSize: '95%',
        cursor: 'pointer',
        itemStyle: { areaColor: INK.empty, borderColor: INK.border, borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: INK.highlight } },
        select: { disabled: true },
        data: rows.map((r) => ({ name: r.key, value: r.count, key: r.key })),
      },
    ],
  });
}

type HeatDatum = { value: [number, number, number]; count: number; of: number; key: string };

/** Groups (rows of the grid) × series (columns): each cell is the share `count / of`. */
export function heatmapOption(
  rows: readonly ChartRow[],
  o: Common & { pct: (share: number) => string; assessedLabel: string; narrow?: boolean },
): EChartsCoreOption {
  const groups = partsOf(rows, 'group');
  const series = partsOf(rows, 'series');
  const narrow = o.narrow ?? false;
  const ofGroup = new Map(rows.map((r) => [r.group?.key, r.of ?? 0]));
  const data: HeatDatum[] = rows.map((r) => {
    const of = r.of ?? 0;
    const x = series.findIndex((s) => s.key === r.series?.key);
    const y = groups.findIndex((g) => g.key === r.group?.key);
    return { value: [x, y, of ? r.count / of : 0], count: r.count, of, key: r.key };
  });
  const labelStyle = { ...AXIS, fontSize: narrow ? 10 : 12 };
  return frame(o, {
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      textStyle: { fontFamily: FONT },
      formatter: (p: { data: HeatDatum }) =>
        `${groups[p.data.value[1]]?.label ?? ''} · ${series[p.data.value[0]]?.label ?? ''}<br/>${o.pct(p.data.value[2])} (${p.data.count}/${p.data.of}) · ${o.assessedLabel} ${p.data.of}`,
    },
    xAxis: {
      type: 'category',
      data: series.map((s) => s.label),
      axisLabel: { ...labelStyle, interval: 0, rotate: narrow ? 40 : 0 },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      data: groups.map((g) => `${g.label} (n=${ofGroup.get(g.key) ?? 0})`),
      axisLabel: { ...labelStyle, width: narrow ? 110 : 220, overflow: 'truncate' },
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
      formatter: (v: number) => o.pct(v),
      inRange: { color: SHARE_SCALE },
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
          formatter: (p: { data: HeatDatum }) => (p.data.of ? o.pct(p.data.value[2]) : '–'),
        },
        emphasis: { itemStyle: { borderColor: INK.alert, borderWidth: 2 } },
      },
    ],
  });
}

/** Flows from each row's group (a gap dimension) to its series (a recommendation), weighted by count. */
export function sankeyOption(rows: readonly ChartRow[], o: Common & { labelWidth?: number }): EChartsCoreOption {
  const labelWidth = o.labelWidth ?? 190;
  const node = (part: Part, color: string) => ({ name: part.label, key: part.key, itemStyle: { color } });
  return frame(o, {
    tooltip: { trigger: 'item', textStyle: { fontFamily: FONT }, valueFormatter: (v: unknown) => o.fmt(Number(v)) },
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
        label: {
          fontFamily: FONT,
          color: INK.text,
          fontSize: 12,
          lineHeight: 15,
          width: labelWidth,
          overflow: 'break',
        },
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        data: [
          ...partsOf(rows, 'group').map((p) => node(p, FLOW_COLORS.gap)),
          ...partsOf(rows, 'series').map((p) => node(p, FLOW_COLORS.recommendation)),
        ],
        links: rows.map((r) => ({ source: r.group?.label, target: r.series?.label, value: r.count, key: r.key })),
      },
    ],
  });
}

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
