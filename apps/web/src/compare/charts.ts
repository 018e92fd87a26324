import { adoptedStages, type DeploymentFilters, FIELDS, fieldCodes, isFilterValue } from '@aila/domain';
import type { EChartsCoreOption } from 'echarts/core';
import { exploreHref } from '../app/url-state.ts';
import { AXIS, type ChartRow, categoryAxis, FONT, frame, type Part, yearRange } from '../charts/options.ts';
import { INK, QUALITATIVE } from '../charts/palette.ts';
import type { Growth } from './measures.ts';

/**
 * The comparison's charts as pure functions: columns → rows (the tables) → options (the drawings),
 * and where each drawn number leads. A row's key is `column|value`, so that a click narrows that
 * column's scope to that value.
 */

/** One column as the charts see it: its place, its name, its colour, the filters behind it. */
export interface ChartColumn {
  index: number;
  label: string;
  color: string;
  filters: DeploymentFilters;
}

/** The columns' colours: distinct for the common colour-vision deficiencies, and unlike the stages'. */
export const COLUMN_COLORS = [QUALITATIVE[0], QUALITATIVE[5], QUALITATIVE[7], QUALITATIVE[3]] as const;
export const columnColor = (index: number): string => COLUMN_COLORS[index % COLUMN_COLORS.length] ?? INK.text;

export const columnPart = (c: ChartColumn): Part => ({ key: String(c.index), label: c.label, color: c.color });

const splitKey = (key: string): [number, string] => {
  const at = key.indexOf('|');
  return [Number(key.slice(0, at)), key.slice(at + 1)];
};

/** A mix of one coded field per column: each value's count, as a share of the column's records. */
export function mixRows(
  field: 'stage' | 'category',
  columns: readonly { column: ChartColumn; counts: readonly { key: string; count: number }[]; total: number }[],
  part: (code: string) => Part,
): ChartRow[] {
  const order = fieldCodes(FIELDS[field]) ?? [];
  return columns.flatMap(({ column, counts, total }) =>
    [...counts]
      .filter((k) => k.count > 0)
      .sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
      .map((k) => {
        const series = part(k.key);
        return {
          key: `${column.index}|${k.key}`,
          label: `${column.label} · ${series.label}`,
          count: k.count,
          of: total,
          group: columnPart(column),
          series,
        };
      }),
  );
}

/** Where a mix's segment leads: the explorer for its column, narrowed to its value. */
export const mixHref =
  (field: 'stage' | 'category', columns: readonly ChartColumn[]) =>
  (key: string): string | undefined => {
    const [index, code] = splitKey(key);
    const column = columns.find((c) => c.index === index);
    return column && isFilterValue(field, code) ? exploreHref(column.filters, { key: field, value: code }) : undefined;
  };

/** The series of a mix in the field's order, those with no records left out: the key to its colours. */
export function mixParts(rows: readonly ChartRow[], field: 'stage' | 'category', part: (code: string) => Part): Part[] {
  const present = new Set(rows.map((r) => r.series?.key));
  return (fieldCodes(FIELDS[field]) ?? []).filter((code) => present.has(code)).map(part);
}

interface Shared {
  aria: string;
  fmt: (n: number) => string;
  pct: (share: number) => string;
}

/**
 * One bar per column, each 100 % of its records, cut by value: columns of very different sizes
 * side by side. The first column is on top; the count and share are in the tooltip and the table.
 */
export function mixOption(
  rows: readonly ChartRow[],
  o: Shared & { columns: readonly Part[]; series: readonly Part[]; labelWidth: number; narrow?: boolean },
): EChartsCoreOption {
  const shown = [...o.columns].reverse();
  const cell = new Map(rows.map((r) => [`${r.group?.key}|${r.series?.key}`, r]));
  return frame(o, {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT },
      formatter: (p: { data?: { row?: ChartRow } }) => {
        const r = p.data?.row;
        return r ? `${r.label}<br/>${o.fmt(r.count)} / ${o.fmt(r.of ?? 0)} (${o.pct(r.count / (r.of || 1))})` : '';
      },
    },
    xAxis: {
      type: 'value',
      max: 100,
      interval: o.narrow ? 50 : 20,
      axisLabel: { ...AXIS, formatter: (v: number) => o.pct(v / 100) },
      splitLine: { lineStyle: { color: INK.grid } },
    },
    // Long register names wrap to three lines rather than lose their distinguishing end.
    yAxis: {
      ...categoryAxis(shown.map((c) => c.label)),
      axisLabel: {
        ...AXIS,
        interval: 0,
        width: o.labelWidth,
        overflow: 'break',
        lineHeight: 14,
        height: 42,
        lineOverflow: 'truncate',
      },
    },
    series: o.series.map((s) => ({
      type: 'bar',
      stack: 'mix',
      name: s.label,
      cursor: 'pointer',
      barMaxWidth: 34,
      itemStyle: { color: s.color },
      label: {
        show: true,
        fontFamily: FONT,
        fontSize: 11,
        color: INK.text,
        textBorderColor: INK.paper,
        textBorderWidth: 2,
        formatter: (p: { value: number }) => (p.value >= (o.narrow ? 15 : 9) ? o.pct(p.value / 100) : ''),
      },
      data: shown.map((c) => {
        const row = cell.get(`${c.key}|${s.key}`);
        return row?.of ? { value: (100 * row.count) / row.of, key: row.key, row } : { value: 0 };
      }),
    })),
  });
}

/** Adopted systems by year started, per column; the share is of the column's systems with a start year. */
export function growthRows(columns: readonly { column: ChartColumn; growth: Growth }[]): ChartRow[] {
  return columns.flatMap(({ column, growth }) =>
    [...growth.byYear.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, count]) => ({
        key: `${column.index}|${year}`,
        label: `${column.label} · ${year}`,
        count,
        of: growth.dated,
        group: { key: String(year), label: String(year) },
        series: columnPart(column),
      })),
  );
}

/** Where a year of a column leads: its adopted systems started that year. */
export const growthHref =
  (columns: readonly ChartColumn[]) =>
  (key: string): string | undefined => {
    const [index, raw] = splitKey(key);
    const year = Number(raw);
    const column = columns.find((c) => c.index === index);
    if (!column || !Number.isInteger(year)) return undefined;
    return exploreHref({ ...column.filters, stage: adoptedStages(), yearFrom: year, yearTo: year });
  };

export type GrowthMode = 'share' | 'count';

/**
 * A line per column over every year from the first to the last (a year without systems is zero).
 * As shares, each column's years add up to 100 %: the shape of growth, whatever the register's size.
 */
export function growthOption(
  rows: readonly ChartRow[],
  o: Shared & { columns: readonly Part[]; mode: GrowthMode },
): EChartsCoreOption {
  const years = yearRange(rows.map((r) => Number(r.group?.key)));
  const cell = new Map(rows.map((r) => [`${r.series?.key}|${r.group?.key}`, r]));
  const share = o.mode === 'share';
  return frame(o, {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      textStyle: { fontFamily: FONT },
      formatter: (items: { data?: { row?: ChartRow }; marker?: string; seriesName?: string; name?: string }[]) => {
        const lines = items
          .filter((p) => p.data?.row)
          .map((p) => {
            const r = p.data?.row as ChartRow;
            return `${p.marker ?? ''}${p.seriesName}: ${o.fmt(r.count)} (${o.pct(r.count / (r.of || 1))})`;
          });
        return [items[0]?.name ?? '', ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: years.map(String),
      axisLabel: AXIS,
      axisTick: { show: false },
      axisLine: { lineStyle: { color: INK.axisLine } },
      boundaryGap: false,
    },
    yAxis: {
      type: 'value',
      minInterval: share ? undefined : 1,
      axisLabel: { ...AXIS, formatter: (v: number) => (share ? o.pct(v / 100) : o.fmt(v)) },
      splitLine: { lineStyle: { color: INK.grid } },
    },
    series: o.columns.map((c) => ({
      type: 'line',
      name: c.label,
      cursor: 'pointer',
      symbol: 'circle',
      symbolSize: 7,
      itemStyle: { color: c.color },
      lineStyle: { color: c.color, width: 2 },
      data: years.map((y) => {
        const row = cell.get(`${c.key}|${y}`);
        if (!row) return { value: 0 };
        return { value: share ? (100 * row.count) / (row.of || 1) : row.count, key: row.key, row };
      }),
    })),
  });
}
