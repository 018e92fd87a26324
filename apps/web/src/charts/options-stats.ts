import {
  type ArrayFilterKey,
  type DeploymentFilters,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FIELDS,
  fieldCodes,
  isFilterValue,
  type KeyCount,
  PROVINCES,
  type Recommendation,
  SIGNIFICANT_SEVERITY,
  valueLabel,
} from '@aila/domain';
import type { Stats } from '../api/client.ts';
import { ORDINAL_FIELDS } from '../app/fields.ts';
import { exploreHref, toSearch } from '../app/url-state.ts';
import {
  barOption,
  type ChartRow,
  heatmapOption,
  mapOption,
  type Part,
  partsOf,
  sankeyOption,
  stackedBarOption,
  yearRange,
} from './options.ts';
import { colorOf, STATUS_COLORS } from './palette.ts';
import { type ChartContext, type ChartSpec, type ChartTitle, VN_MAP } from './spec.ts';

/** The explorer narrowed to one value of a field, when the value is one the filter takes. */
const filterHref = (field: ArrayFilterKey) => (value: string, filters: DeploymentFilters) =>
  isFilterValue(field, value) ? exploreHref(filters, { key: field, value }) : undefined;

/** A significant gap in one dimension: the filter value the heatmap and the flows both count. */
const significant = (dimension: string) => `${dimension}:${SIGNIFICANT_SEVERITY}`;

/** One code of a field as a chart part: its label in the reader's language and its colour. */
function part(field: 'category' | 'gap', code: string, c: ChartContext): Part {
  const label = c.label(valueLabel(field, field === 'gap' ? significant(code) : code)) || code;
  return { key: code, label, color: field === 'category' ? colorOf('category', code) : undefined };
}

type CountField = 'category' | 'sector' | 'stage' | 'riskTier' | 'aiKind' | 'builder';

/** Bars of the counts of one field; an ordinal field (stage) keeps its codes' order and stands upright. */
function countChart(
  field: CountField,
  id: string,
  title: ChartTitle,
  counts: (s: Stats) => KeyCount[],
): ChartSpec<Stats> {
  const ordinal = ORDINAL_FIELDS.has(field);
  const order = fieldCodes(FIELDS[field]) ?? [];
  return {
    id,
    title,
    subtitle: (s, c) => c.t('chart.n', { n: c.fmt(counts(s).reduce((n, k) => n + k.count, 0)) }),
    rows: (s, c) => {
      const rows = counts(s).map((k) => ({
        key: k.key,
        label: c.label(valueLabel(field, k.key)) || k.key,
        count: k.count,
        color: colorOf(field, k.key),
      }));
      return ordinal ? rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) : rows;
    },
    option: (rows, c) =>
      barOption(rows, {
        aria: c.aria,
        fmt: c.fmt,
        horizontal: !ordinal,
        labelWidth: ordinal ? 90 : c.narrow ? 120 : 240,
      }),
    href: filterHref(field),
    height: (rows) => (ordinal ? 260 : Math.max(200, rows.length * 32 + 40)),
    total: (s) => s.total,
  };
}

/** The overview's count charts, one per field of the stats. */
export const COUNT_CHARTS = {
  category: countChart('category', 'by-category', 'byCategory', (s) => s.byCategory),
  sector: countChart('sector', 'by-sector', 'bySector', (s) => s.bySector),
  stage: countChart('stage', 'by-stage', 'byStage', (s) => s.byStage),
  riskTier: countChart('riskTier', 'by-risk', 'risk', (s) => s.byRiskTier),
  aiKind: countChart('aiKind', 'by-ai-kind', 'aiKind', (s) => s.byAiKind),
  builder: countChart('builder', 'by-builder', 'builder', (s) => s.byBuilder),
} satisfies Record<CountField, ChartSpec<Stats>>;

/** Deployments by year started, stacked by application; every year between the first and the last is shown. */
export const YEAR_CHART: ChartSpec<Stats> = {
  id: 'by-year',
  title: 'byYear',
  subtitle: (s, c) => c.t('charts.byYearSub', { n: c.fmt(s.byYear.reduce((n, y) => n + y.count, 0)) }),
  rows: (s, c) => {
    const order = fieldCodes(FIELDS.category) ?? [];
    return [...s.byYear]
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
      series: (fieldCodes(FIELDS.category) ?? []).map((code) => part('category', code, c)),
    }),
  href: (key, filters) => {
    const [year = '', category = ''] = key.split('|');
    const y = Number(year);
    if (!Number.isInteger(y)) return undefined;
    return filterHref('category')(category, { ...filters, yearFrom: y, yearTo: y });
  },
  height: 320,
  extras: true,
};

/** Deployments per current province (national systems are counted apart). */
export const MAP_CHART: ChartSpec<Stats> = {
  id: 'map',
  title: 'map',
  subtitle: (s, c) => c.t('charts.mapSub', { n: c.fmt(s.total - s.national), national: c.fmt(s.national) }),
  rows: (s, c) =>
    s.byProvince
      .filter((p) => p.count > 0 && p.key !== 'national')
      .sort((a, b) => b.count - a.count)
      .map((p) => ({ key: p.key, label: c.label(valueLabel('province', p.key)) || p.key, count: p.count })),
  option: (rows, c) =>
    mapOption(rows, {
      aria: c.aria,
      fmt: c.fmt,
      mapName: VN_MAP,
      names: new Map(PROVINCES.map((p) => [p.code, c.label(p.name)])),
      legend: [c.t('charts.mapLow'), c.t('charts.mapHigh')],
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
      const series = { key: `${REC}${rec.id}`, label: `${rec.number}. ${c.label(rec.shortTitle)}` };
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
  option: (rows, c) => sankeyOption(rows, { aria: c.aria, fmt: c.fmt, labelWidth: c.narrow ? 120 : 190 }),
  href: (key, filters) =>
    key.startsWith(REC)
      ? `/recommendations${toSearch({ filters })}`
      : filterHref('gap')(significant(key.split('|')[0] ?? ''), filters),
  height: 380,
  sparseBelow: 0,
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
  height: 360,
  total: (s) => s.total,
  note: (s, c) => (s.ethics.some((e) => e.met + e.partial + e.notMet > 0) ? null : c.t('charts.ethicsNone')),
  extras: true,
};
