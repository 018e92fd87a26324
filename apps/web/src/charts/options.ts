import type { EChartsCoreOption } from 'echarts/core';
import { INK, QUALITATIVE } from './palette.ts';

/** A named position on a chart's second dimension: a year, a category, a recommendation. */
export interface Part {
  key: string;
  label: string;
  color?: string;
  /** A shorter name where space is tight (a recommendation's number on a phone). */
  short?: string;
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

export interface Common {
  /** The text alternative: the chart's data in words. */
  aria: string;
  fmt: (n: number) => string;
}

export const FONT = "'Be Vietnam Pro', system-ui, sans-serif";
export const AXIS = { color: INK.axis, fontFamily: FONT, fontSize: 12 };
export const LEGEND = { textStyle: { ...AXIS, fontSize: 11 }, itemWidth: 12, itemHeight: 12 };

export function frame(o: Pick<Common, 'aria'>, rest: EChartsCoreOption): EChartsCoreOption {
  return { aria: { enabled: true, label: { description: o.aria } }, animationDuration: 300, ...rest };
}

export function valueAxis(o: Common) {
  return {
    type: 'value',
    minInterval: 1,
    axisLabel: { ...AXIS, formatter: (v: number) => o.fmt(v) },
    splitLine: { lineStyle: { color: INK.grid } },
  };
}

export function categoryAxis(labels: readonly string[], width?: number) {
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

/** Every year from the first to the last, so gaps in time are visible rather than hidden. */
export function yearRange(years: readonly number[]): number[] {
  if (years.length === 0) return [];
  const min = Math.min(...years);
  const max = Math.max(...years);
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}
