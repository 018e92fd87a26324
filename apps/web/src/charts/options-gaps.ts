import {
  adoptedStages,
  coverage,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FIELDS,
  fieldCodes,
  isFilterValue,
  isSmallBase,
  OUTSIDE_VIETNAM,
  PROVINCES,
  type Recommendation,
  SIGNIFICANT_SEVERITY,
  valueLabel,
} from '@aila/domain';
import type { Stats } from '../api/client.ts';
import { exploreHref, toSearch } from '../app/url-state.ts';
import { type ChartRow, type Part, partsOf, yearRange } from './options.ts';
import { sankeyOption, stackedBarOption, stackedParts } from './options-parts.ts';
import { heatmapOption, mapOption } from './options-scales.ts';
import { filterHref, part, significant } from './options-stats.ts';
import { STATUS_COLORS } from './palette.ts';
import { type ChartContext, type ChartSpec, VN_MAP } from './spec.ts';

/**
 * The overview's charts beyond the counts of one field: adoption over time, the map, the gaps and
 * where they lead, and the ethics self-assessments. They load after the first chart is drawn.
 */

/** The adoption chart's data: the stats of the scope's adopted systems, and how many planned ones it leaves out. */
export interface AdoptionData {
  adopted: Stats;
  planned: number;
}

/** The applications in the category order every chart shares. */
const applications = (c: ChartContext) => (fieldCodes(FIELDS.category) ?? []).map((code) => part('category', code, c));

/**
 * Adopted systems (piloted, in production or retired) by the year they started, stacked by
 * application; planned systems are left out and counted in the subtitle. Every year between the
 * first and the last is shown.
 */
export const YEAR_CHART: ChartSpec<AdoptionData> = {
  id: 'by-year',
  title: 'byYear',
  subtitle: ({ adopted, planned }, c) =>
    c.t('charts.byYearSub', {
      n: c.fmt(adopted.byYear.reduce((n, y) => n + y.count, 0)),
      planned: c.fmt(planned),
    }),
  rows: ({ adopted }, c) => {
    const order = fieldCodes(FIELDS.category) ?? [];
    return [...adopted.byYear]
      .sort((a, b) => a.year - b.year || order.indexOf(a.category) - order.indexOf(b.category))
      .map((y) => {
        const series = part('category', y.category, c);
        return {
          key: `${y.year}|${y.category}`,
          label: `${y.year} · ${series.label}`,
          count: y.count,
          group: { key: String(y.year), label: String(y.year) },
          series,
        };
      });
  },
  option: (rows, c) =>
    stackedBarOption(rows, {
      aria: c.aria,
      fmt: c.fmt,
      groups: yearRange(rows.map((r) => Number(r.group?.key))).map((y) => ({ key: String(y), label: String(y) })),
      series: applications(c),
    }),
  legend: (rows, c) => stackedParts(rows, applications(c)),
  href: (key, filters) => {
    const [year = '', category = ''] = key.split('|');
    const y = Number(year);
    if (!Number.isInteger(y)) return undefined;
    return filterHref('category')(category, {
      ...filters,
      stage: adoptedStages(filters.stage),
      yearFrom: y,
      yearTo: y,
    });
  },
  height: 300,
  extras: true,
};

/** Deployments per current province (national systems are counted apart). */
export const MAP_CHART: ChartSpec<Stats> = {
  id: 'map',
  title: 'map',
  subtitle: (s, c) => c.t('charts.mapSub', { n: c.fmt(s.total - s.national), national: c.fmt(s.national) }),
  rows: (s, c) =>
    s.byProvince
      .filter((p) => p.count > 0 && p.key !== 'national' && p.key !== OUTSIDE_VIETNAM)
      .sort((a, b) => b.count - a.count)
      .map((p) => ({ key: p.key, label: c.label(valueLabel('province', p.key)) || p.key, count: p.count })),
  option: (rows, c) =>
    mapOption(rows, {
      aria: c.aria,
      fmt: c.fmt,
      mapName: VN_MAP,
      names: new Map(PROVINCES.map((p) => [p.code, c.label(p.name)])),
    }),
  href: filterHref('province'),
  height: 520,
  total: (s) => s.total - s.national,
  extras: true,
  setup: () => import('./vietnam-map.ts').then((m) => m.registerVietnamMap()),
};

/** Application × gap dimension: the share of assessed deployments with a significant gap. */
export const HEATMAP_CHART: ChartSpec<Stats> = {
  id: 'gap-heatmap',
  title: 'heatmap',
  subtitle: (s, c) =>
    c.t('charts.heatmapSub', { n: c.fmt(s.assessed), total: c.fmt(s.total), severity: SIGNIFICANT_SEVERITY }),
  rows: (s, c) =>
    s.gapHeatmap.flatMap((row) => {
      const group = part('category', row.category, c);
      return row.cells.map((cell) => {
        const series = part('gap', cell.dimension, c);
        return {
          key: `${row.category}|${cell.dimension}`,
          label: `${group.label} · ${series.label}`,
          count: cell.count,
          of: row.assessed,
          group,
          series,
        };
      });
    }),
  option: (rows, c) =>
    heatmapOption(rows, {
      aria: c.aria,
      fmt: c.fmt,
      pct: c.pct,
      share: c.share,
      base: (of) => `${c.t('chart.n', { n: c.fmt(of) })}${isSmallBase(of) ? ' *' : ''}`,
      narrow: c.narrow,
      assessedLabel: c.t('charts.assessed'),
    }),
  href: (key, filters) => {
    const [category = '', dimension = ''] = key.split('|');
    const gap = significant(dimension);
    if (!isFilterValue('category', category) || !isFilterValue('gap', gap)) return undefined;
    return exploreHref({ ...filters, category: [category], gap: [gap] });
  },
  height: (rows) => Math.max(220, partsOf(rows, 'group').length * 44 + 90),
  total: (s) => s.assessed,
  extras: true,
};

export interface FlowData {
  stats: Stats;
  recommendations: readonly Pick<Recommendation, 'id' | 'number' | 'shortTitle'>[];
}

const REC = 'rec:';

/** Deployments with a significant gap, from its dimension to the recommendations that address it. */
export const SANKEY_CHART: ChartSpec<FlowData> = {
  id: 'gap-sankey',
  title: 'sankey',
  subtitle: ({ stats }, c) => c.t('charts.sankeySub', { n: c.fmt(stats.assessed), total: c.fmt(stats.total) }),
  rows: ({ stats, recommendations }, c) =>
    stats.gapFlows.flatMap((flow): ChartRow[] => {
      const rec = recommendations.find((r) => r.id === flow.recommendation);
      if (!rec || !valueLabel('gap', significant(flow.dimension))) return [];
      const group = part('gap', flow.dimension, c);
      const series = {
        key: `${REC}${rec.id}`,
        label: `${rec.number}. ${c.label(rec.shortTitle)}`,
        short: String(rec.number),
      };
      return [
        {
          key: `${flow.dimension}|${rec.id}`,
          label: `${group.label} → ${series.label}`,
          count: flow.weight,
          group,
          series,
        },
      ];
    }),
  option: (rows, c) => sankeyOption(rows, { aria: c.aria, fmt: c.fmt, labelWidth: 190, narrow: c.narrow }),
  legend: (rows, c) => (c.narrow ? partsOf(rows, 'series').sort((a, b) => Number(a.short) - Number(b.short)) : []),
  href: (key, filters) =>
    key.startsWith(REC)
      ? `/recommendations${toSearch({ filters })}`
      : filterHref('gap')(significant(key.split('|')[0] ?? ''), filters),
  height: 380,
  sparseBelow: 0,
  empty: ({ stats }, c) =>
    stats.assessed > 0 ? c.t('charts.sankeyNone', { n: c.fmt(stats.assessed) }) : c.t('chart.empty'),
  extras: true,
};

const STATUSES = [
  ['met', 'met'],
  ['partial', 'partial'],
  ['not_met', 'notMet'],
  ['unknown', 'unknown'],
] as const;

const status = (code: (typeof STATUSES)[number][0], c: ChartContext): Part => ({
  key: code,
  label: c.label(ETHICS_STATUSES[code]),
  color: STATUS_COLORS[code],
});

/** For each principle of the ethics framework, deployments by self-assessed status. */
export const ETHICS_CHART: ChartSpec<Stats> = {
  id: 'ethics',
  title: 'ethics',
  subtitle: (s, c) => c.t('charts.ethicsSub', { n: c.fmt(s.total) }),
  rows: (s, c) =>
    s.ethics.flatMap((e) => {
      const principle = ETHICS_PRINCIPLES[e.principle as keyof typeof ETHICS_PRINCIPLES];
      const group = { key: e.principle, label: c.label(principle) || e.principle };
      return STATUSES.filter(([, field]) => e[field] > 0).map(([code, field]) => {
        const series = status(code, c);
        return {
          key: `${e.principle}|${code}`,
          label: `${group.label} · ${series.label}`,
          count: e[field],
          of: s.total,
          group,
          series,
        };
      });
    }),
  option: (rows, c) =>
    stackedBarOption(rows, {
      aria: c.aria,
      fmt: c.fmt,
      horizontal: true,
      series: STATUSES.map(([code]) => status(code, c)),
      labelWidth: c.narrow ? 120 : 240,
    }),
  legend: (rows, c) =>
    stackedParts(
      rows,
      STATUSES.map(([code]) => status(code, c)),
    ),
  height: 320,
  total: (s) => s.total,
  coverage: (s) => coverage(s).ethics,
  note: (s, c) => (s.ethics.some((e) => e.met + e.partial + e.notMet > 0) ? null : c.t('charts.ethicsNone')),
  extras: true,
};
