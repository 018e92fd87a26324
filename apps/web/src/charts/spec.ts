import type { DeploymentFilters, Known, Label } from '@aila/domain';
import type { EChartsCoreOption } from 'echarts/core';
import type { TFunction } from 'i18next';
import type { Resources } from '../i18n/resources.ts';
import type { ChartRow, Part } from './options.ts';

/** What a chart needs from the page, as plain values: its language, formats and width. */
export interface ChartContext {
  label: (label: Label | null | undefined) => string;
  t: TFunction<'common'>;
  fmt: (n: number) => string;
  pct: (share: number) => string;
  /** `count / of` as a percentage, flagged with * when `of` is a small base; – when it is zero. */
  share: (count: number, of: number) => string;
  narrow: boolean;
}

export type ChartTitle = keyof Resources['common']['charts'];

/**
 * One chart, as pure functions: data → rows (the table) → option (the drawing), and where a
 * clicked datum or table row leads. `ChartCard` does the rest the same way for every chart.
 */
export interface ChartSpec<Data> {
  /** Stable id: the PNG's file name and the card's `data-chart`. */
  id: string;
  title: ChartTitle;
  subtitle?: (data: Data, c: ChartContext) => string;
  rows: (data: Data, c: ChartContext) => ChartRow[];
  option: (rows: readonly ChartRow[], c: ChartContext & { aria: string }) => EChartsCoreOption;
  /** The address a row (or a drawn datum carrying its key) leads to, for the given scope. */
  href?: (key: string, filters: DeploymentFilters) => string | undefined;
  height: number | ((rows: readonly ChartRow[], c: ChartContext) => number);
  /** How many records the chart stands on, for the empty and sparse notes; the rows' sum by default. */
  total?: (data: Data) => number;
  /** Below this many records the card warns that a pattern is not a trend. */
  sparseBelow?: number;
  /** What the card says when there is nothing to draw (by default: no deployments in this scope). */
  empty?: (data: Data, c: ChartContext) => string;
  /** A note shown above the chart, e.g. when every value is unknown. */
  note?: (data: Data, c: ChartContext) => string | null;
  /** The key to the colours (or short names), shown under the chart where it can wrap. */
  legend?: (rows: readonly ChartRow[], c: ChartContext) => Part[];
  /** How many records state the charted field: below the domain's threshold the card shows only that. */
  coverage?: (data: Data) => Known;
  /** The table's value column (the count by default) and whether it shows shares. */
  table?: { value?: ChartTitle; shares?: boolean };
  /** Needs chart types beyond bars (legend, line, map, heatmap, flows). */
  extras?: boolean;
  /** Runs once before the chart is created, e.g. to register map geometry. */
  setup?: () => Promise<void>;
}

/** The text alternative of a chart: its title and every row in words. */
export function describe(title: string, rows: readonly ChartRow[], fmt: (n: number) => string): string {
  return `${title}: ${rows.map((r) => `${r.label} ${fmt(r.count)}`).join('; ')}`;
}

export const sum = (rows: readonly ChartRow[]) => rows.reduce((s, r) => s + r.count, 0);

/** The province map's name in ECharts (its geometry loads with the map chart). */
export const VN_MAP = 'vn34';
