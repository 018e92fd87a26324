import type { EChartsCoreOption } from 'echarts/core';
import { type ChartRow, type Common, categoryAxis, FONT, frame, type Part, partsOf, valueAxis } from './options.ts';
import { FLOW_COLORS, INK } from './palette.ts';

/**
 * Stacked bars: one bar per group, one segment per series (years × applications, principles ×
 * statuses). `groups` may list groups without rows, so that gaps in time stay visible; `series`
 * fixes the order of the segments (those without rows are left out). The key to the colours is
 * the card's (`stackedParts`), where it wraps instead of paging.
 */
export function stackedBarOption(
  rows: readonly ChartRow[],
  o: Common & { horizontal?: boolean; groups?: readonly Part[]; series?: readonly Part[]; labelWidth?: number },
): EChartsCoreOption {
  const horizontal = o.horizontal ?? false;
  const groups = o.groups ?? partsOf(rows, 'group');
  const series = stackedParts(rows, o.series);
  const shown = horizontal ? [...groups].reverse() : groups;
  const cell = new Map(rows.map((r) => [`${r.group?.key}\u0000${r.series?.key}`, r]));
  const categories = categoryAxis(
    shown.map((g) => g.label),
    horizontal ? (o.labelWidth ?? 240) : undefined,
  );
  return frame(o, {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
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

/** The series a stacked chart draws, in its order: the key to its colours. */
export function stackedParts(rows: readonly ChartRow[], series?: readonly Part[]): Part[] {
  const present = new Set(rows.map((r) => r.series?.key));
  return series?.filter((s) => present.has(s.key)) ?? partsOf(rows, 'series');
}

/**
 * Flows from each row's group (a gap dimension) to its series (a recommendation), weighted by
 * count. Labels stay on one line (cut with an ellipsis) so that neighbours never overprint; on a
 * phone the right-hand nodes show their short names and the card lists them in full.
 */
export function sankeyOption(
  rows: readonly ChartRow[],
  o: Common & { labelWidth?: number; narrow?: boolean },
): EChartsCoreOption {
  const narrow = o.narrow ?? false;
  const labelWidth = narrow ? 28 : (o.labelWidth ?? 190);
  const targets = partsOf(rows, 'series');
  const short = new Map(targets.map((p) => [p.label, p.short ?? p.label]));
  const node = (part: Part, color: string, label?: object) => ({
    name: part.label,
    key: part.key,
    itemStyle: { color },
    label,
  });
  const targetLabel = {
    width: labelWidth,
    overflow: 'truncate',
    formatter: (p: { name: string }) => (narrow ? (short.get(p.name) ?? p.name) : p.name),
  };
  return frame(o, {
    tooltip: { trigger: 'item', textStyle: { fontFamily: FONT }, valueFormatter: (v: unknown) => o.fmt(Number(v)) },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: labelWidth + 10,
        top: 8,
        bottom: 8,
        nodeGap: 16,
        nodeWidth: 14,
        draggable: false,
        cursor: 'pointer',
        emphasis: { focus: 'adjacency' },
        label: { fontFamily: FONT, color: INK.text, fontSize: 12 },
        lineStyle: { color: 'gradient', opacity: 0.35, curveness: 0.5 },
        data: [
          ...partsOf(rows, 'group').map((p) => node(p, FLOW_COLORS.gap)),
          ...targets.map((p) => node(p, FLOW_COLORS.recommendation, targetLabel)),
        ],
        links: rows.map((r) => ({ source: r.group?.label, target: r.series?.label, value: r.count, key: r.key })),
      },
    ],
  });
}
