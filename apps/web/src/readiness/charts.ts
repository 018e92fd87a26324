import { GAP_DIMENSIONS, type GapDimension } from '@aila/domain';
import type { EChartsCoreOption } from 'echarts/core';
import {
  barOption,
  type ChartRow,
  type Common,
  categoryAxis,
  FONT,
  frame,
  type Part,
  partsOf,
} from '../charts/options.ts';
import { INK, QUALITATIVE, SHARE_SCALE } from '../charts/palette.ts';
import type { ChartContext, ChartSpec } from '../charts/spec.ts';

/** Scores per dimension, as the profile and the aggregates give them. */
export interface DimensionScores {
  items: readonly { dimension: string; score: number | null }[];
}

const dimensionLabel = (d: string, c: ChartContext) => c.label(GAP_DIMENSIONS[d as GapDimension]?.label) || d;

/** A score's colour on the sequential scale: darker is readier. */
export function scoreColor(score: number): string {
  const bands = SHARE_SCALE.slice(1);
  const i = Math.min(bands.length - 1, Math.floor((score / 100) * bands.length));
  return bands[i] ?? INK.border;
}

/** Rows of scores (rounded for the table and the bars); dimensions without a score are left out. */
export function scoreRows(data: DimensionScores, c: ChartContext): ChartRow[] {
  return data.items.flatMap((d) =>
    d.score === null
      ? []
      : [
          {
            key: d.dimension,
            label: dimensionLabel(d.dimension, c),
            count: Math.round(d.score),
            color: scoreColor(d.score),
          },
        ],
  );
}

/** Bars of 0–100 scores on a fixed axis, so that two profiles read alike. */
export function scoreBarOption(rows: readonly ChartRow[], o: Common): EChartsCoreOption {
  const option = barOption(rows, { ...o, horizontal: true, labelWidth: 130 }) as { xAxis: object };
  return { ...option, xAxis: { ...option.xAxis, min: 0, max: 100, minInterval: 25 } };
}

const scoreSpec = (id: string, title: 'readinessProfile' | 'readinessAcross'): ChartSpec<DimensionScores> => ({
  id,
  title,
  rows: scoreRows,
  option: scoreBarOption,
  height: 220,
  total: (data) => data.items.filter((d) => d.score !== null).length,
  sparseBelow: 0,
  table: { value: 'readinessScore', shares: false },
});

/** One agency's profile. */
export const PROFILE_CHART = scoreSpec('readiness-profile', 'readinessProfile');
/** Mean scores across the agencies that answered. */
export const ACROSS_CHART = scoreSpec('readiness-across', 'readinessAcross');

export interface RoundsData {
  rounds: readonly { round: string; means: readonly { dimension: string; mean: number | null }[] }[];
}

/** Bars side by side: per dimension, one bar per survey round. */
export function roundsOption(
  rows: readonly ChartRow[],
  o: Common & { series: readonly Part[]; narrow?: boolean },
): EChartsCoreOption {
  const groups = partsOf(rows, 'group');
  const cell = new Map(rows.map((r) => [`${r.group?.key}\u0000${r.series?.key}`, r]));
  return frame(o, {
    grid: { left: 8, right: 16, top: 8, bottom: o.narrow ? 22 : 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, textStyle: { fontFamily: FONT } },
    // On a phone the five names share about 300 px: they wrap under their bars instead of running together.
    xAxis: (() => {
      const axis = categoryAxis(
        groups.map((g) => g.label),
        o.narrow ? 52 : 90,
      );
      return o.narrow ? { ...axis, axisLabel: { ...axis.axisLabel, overflow: 'break' } } : axis;
    })(),
    yAxis: {
      type: 'value',
      min: 0,
      max: 100,
      axisLabel: { color: INK.axis, fontFamily: FONT, fontSize: 12 },
      splitLine: { lineStyle: { color: INK.grid } },
    },
    series: o.series.map((s) => ({
      type: 'bar',
      name: s.label,
      barMaxWidth: 22,
      itemStyle: { color: s.color },
      data: groups.map((g) => cell.get(`${g.key}\u0000${s.key}`)?.count ?? 0),
    })),
  });
}

export const ROUNDS_CHART: ChartSpec<RoundsData> = {
  id: 'readiness-rounds',
  title: 'readinessRounds',
  rows: (data, c) =>
    data.rounds.flatMap((r) =>
      r.means.flatMap((m) =>
        m.mean === null
          ? []
          : [
              {
                key: `${r.round}:${m.dimension}`,
                label: `${dimensionLabel(m.dimension, c)} · ${r.round}`,
                count: Math.round(m.mean),
                group: { key: m.dimension, label: dimensionLabel(m.dimension, c) },
                series: { key: r.round, label: r.round },
              },
            ],
      ),
    ),
  option: (rows, c) => {
    const series = partsOf(rows, 'series').map((s, i) => ({ ...s, color: QUALITATIVE[i % QUALITATIVE.length] }));
    return roundsOption(rows, { ...c, series });
  },
  legend: (rows) => partsOf(rows, 'series').map((s, i) => ({ ...s, color: QUALITATIVE[i % QUALITATIVE.length] })),
  height: 260,
  extras: true,
  total: (data) => data.rounds.length,
  sparseBelow: 0,
  table: { value: 'readinessScore', shares: false },
};
