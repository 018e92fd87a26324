import {
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  type DeploymentFilters,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  GAP_DIMENSIONS,
  type Label,
  PROVINCES,
  PROVINCES_BY_CODE,
  RISK_TIERS,
  SECTORS,
  STAGES,
} from '@aila/domain';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { RecommendationsData, Stats } from '../api/client.ts';
import { type ArrayFilterKey, exploreHref } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { ChartCard, type TableRow } from '../charts/ChartCard.tsx';
import { EChart } from '../charts/EChart.tsx';
import {
  barOption,
  type Datum,
  heatmapOption,
  mapOption,
  sankeyOption,
  stackedShareOption,
  stackedYearOption,
  yearRange,
} from '../charts/options.ts';
import { CATEGORY_COLORS, NEUTRAL, STAGE_COLORS, STAGE_ORDER } from '../charts/palette.ts';
import { useNarrow } from '../ui/media.ts';

export type Dim = { key: ArrayFilterKey; labels: (code: string) => Label | undefined; color: (code: string) => string };

const RISK_COLORS: Record<string, string> = {
  high: '#D55E00',
  medium: '#E69F00',
  low: '#009E73',
  unclassified: '#999999',
};

const dim = (key: ArrayFilterKey, labels: Readonly<Record<string, Label>>, color: (code: string) => string): Dim => ({
  key,
  labels: (code) => labels[code],
  color,
});

/** Count charts' dimensions: the taxonomy labels and one colour rule each. */
export const DIMS = {
  category: dim('category', CATEGORIES, (c) => CATEGORY_COLORS[c] ?? NEUTRAL),
  sector: dim('sector', SECTORS, () => '#0072B2'),
  stage: dim('stage', STAGES, (c) => STAGE_COLORS[c] ?? NEUTRAL),
  riskTier: dim('riskTier', RISK_TIERS, (c) => RISK_COLORS[c] ?? NEUTRAL),
  aiKind: dim('aiKind', AI_KINDS, () => '#332288'),
  builder: dim('builder', BUILDERS, () => '#009E73'),
};

export function CountChart({
  id,
  title,
  counts,
  dim,
  filters,
  total,
  horizontal = true,
  order,
}: {
  id: string;
  title: string;
  counts: Stats['byCategory'];
  dim: Dim;
  filters: DeploymentFilters;
  total: number;
  horizontal?: boolean;
  order?: readonly string[];
}) {
  const { t, label, fmt, locale } = useLocale();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const data: Datum[] = useMemo(() => {
    const rows = counts.map((c) => ({
      key: c.key,
      label: label(dim.labels(c.key)) || c.key,
      count: c.count,
      color: dim.color(c.key),
    }));
    if (order) rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    return rows;
  }, [counts, dim, label, order]);
  const sum = data.reduce((s, d) => s + d.count, 0);
  const option = useMemo(
    () =>
      barOption(data, {
        horizontal,
        format: fmt,
        labelWidth: horizontal ? (narrow ? 120 : 240) : 90,
        ariaLabel: `${title}: ${data.map((d) => `${d.label} ${fmt(d.count)}`).join('; ')}`,
      }),
    [data, horizontal, fmt, title, narrow],
  );
  const rows: TableRow[] = data.map((d) => ({
    label: d.label,
    count: d.count,
    href: exploreHref(filters, { key: dim.key, value: d.key }),
  }));
  return (
    <ChartCard id={id} title={title} subtitle={t('overview.charts.n', { n: fmt(sum) })} rows={rows} total={total}>
      {(onReady) => (
        <EChart
          key={locale}
          option={option}
          height={Math.max(200, horizontal ? data.length * 32 + 40 : 260)}
          ariaLabel={title}
          onReady={onReady}
          onClick={(click) => click.key && navigate(exploreHref(filters, { key: dim.key, value: click.key }))}
        />
      )}
    </ChartCard>
  );
}

type StatField = keyof typeof DIMS;
const STAT_CHARTS: Record<
  StatField,
  {
    id: string;
    title: string;
    counts: (s: Stats) => Stats['byCategory'];
    horizontal?: boolean;
    order?: readonly string[];
  }
> = {
  category: { id: 'by-category', title: 'overview.charts.byCategory', counts: (s) => s.byCategory },
  sector: { id: 'by-sector', title: 'overview.charts.bySector', counts: (s) => s.bySector },
  stage: {
    id: 'by-stage',
    title: 'overview.charts.byStage',
    counts: (s) => s.byStage,
    horizontal: false,
    order: STAGE_ORDER,
  },
  riskTier: { id: 'by-risk', title: 'overview.charts.risk', counts: (s) => s.byRiskTier },
  aiKind: { id: 'by-ai-kind', title: 'overview.charts.aiKind', counts: (s) => s.byAiKind },
  builder: { id: 'by-builder', title: 'overview.charts.builder', counts: (s) => s.byBuilder },
};

/** The count chart of one field of the stats, with its title, colours and click target. */
export function StatChart({ field, stats, filters }: { field: StatField; stats: Stats; filters: DeploymentFilters }) {
  const { t } = useLocale();
  const chart = STAT_CHARTS[field];
  return (
    <CountChart
      id={chart.id}
      title={t(chart.title)}
      counts={chart.counts(stats)}
      dim={DIMS[field]}
      filters={filters}
      total={stats.total}
      horizontal={chart.horizontal}
      order={chart.order}
    />
  );
}

export function YearChart({ stats, filters }: { stats: Stats; filters: DeploymentFilters }) {
  const { t, label, fmt, locale } = useLocale();
  const navigate = useNavigate();
  const { years, series, rows, n } = useMemo(() => {
    const years = yearRange(stats.byYear.map((y) => y.year));
    const byCat = new Map<string, Map<number, number>>();
    for (const y of stats.byYear) {
      const m = byCat.get(y.category) ?? new Map<number, number>();
      m.set(y.year, y.count);
      byCat.set(y.category, m);
    }
    const series = [...byCat.entries()].map(([key, counts]) => ({
      key,
      label: label(CATEGORIES[key as keyof typeof CATEGORIES]) || key,
      color: CATEGORY_COLORS[key] ?? NEUTRAL,
      counts,
    }));
    const rows = years.map((year) => ({
      label: String(year),
      count: stats.byYear.filter((y) => y.year === year).reduce((s, y) => s + y.count, 0),
    }));
    return { years, series, rows, n: rows.reduce((s, r) => s + r.count, 0) };
  }, [stats.byYear, label]);
  const title = t('overview.charts.byYear');
  const option = useMemo(
    () =>
      stackedYearOption(years, series, {
        format: fmt,
        ariaLabel: `${title}: ${rows.map((r) => `${r.label} ${r.count}`).join('; ')}`,
      }),
    [years, series, fmt, title, rows],
  );
  return (
    <ChartCard
      id="by-year"
      title={title}
      subtitle={t('overview.charts.byYearSub', { n: fmt(n) })}
      rows={rows}
      total={n}
    >
      {(onReady) => (
        <EChart
          key={locale}
          option={option}
          height={320}
          ariaLabel={title}
          onReady={onReady}
          extras
          onClick={(click) => {
            const year = Number(click.name);
            navigate(
              exploreHref(
                { ...filters, yearFrom: year, yearTo: year },
                click.seriesKey ? { key: 'category', value: click.seriesKey } : undefined,
              ),
            );
          }}
        />
      )}
    </ChartCard>
  );
}

export function MapChart({ stats, filters }: { stats: Stats; filters: DeploymentFilters }) {
  const { t, label, fmt, locale } = useLocale();
  const navigate = useNavigate();
  const data = useMemo(
    () =>
      PROVINCES.map((p) => ({
        code: p.code,
        label: label(p.name),
        count: stats.byProvince.find((x) => x.key === p.code)?.count ?? 0,
      })),
    [stats.byProvince, label],
  );
  const title = t('overview.charts.map');
  const withProvince = stats.total - stats.national;
  const option = useMemo(
    () =>
      mapOption(data, {
        mapName: 'vn34',
        format: fmt,
        legend: [t('overview.charts.mapLow'), t('overview.charts.mapHigh')],
        ariaLabel: `${title}: ${data
          .filter((d) => d.count > 0)
          .map((d) => `${d.label} ${fmt(d.count)}`)
          .join('; ')}`,
      }),
    [data, fmt, title, t],
  );
  const rows: TableRow[] = data
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((d) => ({ label: d.label, count: d.count, href: exploreHref(filters, { key: 'province', value: d.code }) }));
  return (
    <ChartCard
      id="map"
      title={title}
      subtitle={t('overview.charts.mapSub', { n: fmt(withProvince), national: fmt(stats.national) })}
      rows={rows}
      total={withProvince}
    >
      {(onReady) => (
        <EChart
          key={locale}
          option={option}
          height={520}
          ariaLabel={title}
          onReady={onReady}
          extras
          setup={() => import('../charts/vietnam-map.ts').then((m) => m.registerVietnamMap())}
          onClick={(click) =>
            click.name &&
            PROVINCES_BY_CODE.has(click.name) &&
            navigate(exploreHref(filters, { key: 'province', value: click.name }))
          }
        />
      )}
    </ChartCard>
  );
}

export function HeatmapChart({ stats, filters }: { stats: Stats; filters: DeploymentFilters }) {
  const { t, label, fmt, pct, locale } = useLocale();
  const narrow = useNarrow();
  const navigate = useNavigate();
  const rows = useMemo(
    () =>
      stats.gapHeatmap.map((row) => ({
        key: row.category,
        label: label(CATEGORIES[row.category as keyof typeof CATEGORIES]) || row.category,
        assessed: row.assessed,
        cells: row.cells.map((c) => ({
          key: c.dimension,
          label: label(GAP_DIMENSIONS[c.dimension as keyof typeof GAP_DIMENSIONS]?.label),
          count: c.count,
        })),
      })),
    [stats.gapHeatmap, label],
  );
  const title = t('overview.charts.heatmap');
  const option = useMemo(
    () =>
      heatmapOption(rows, {
        pct,
        narrow,
        assessedLabel: t('overview.charts.assessed'),
        ariaLabel: `${title}: ${rows
          .map((r) => `${r.label} (${r.assessed}): ${r.cells.map((c) => `${c.label} ${c.count}`).join(', ')}`)
          .join('; ')}`,
      }),
    [rows, pct, title, t, narrow],
  );
  const table: TableRow[] = rows.flatMap((r) =>
    r.cells.map((c) => ({
      label: `${r.label} · ${c.label} (${c.count}/${r.assessed})`,
      count: c.count,
      href: exploreHref({ ...filters, category: [r.key as never], gap: [`${c.key}:2`] }),
    })),
  );
  return (
    <ChartCard
      id="gap-heatmap"
      title={title}
      subtitle={t('overview.charts.heatmapSub', { n: fmt(stats.assessed), total: fmt(stats.total) })}
      rows={table}
      total={stats.assessed}
    >
      {(onReady) => (
        <EChart
          key={locale}
          option={option}
          height={Math.max(220, rows.length * 44 + 90)}
          ariaLabel={title}
          onReady={onReady}
          extras
          onClick={(click) => {
            const [category, dimension] = (click.key ?? '').split('|');
            if (category && dimension)
              navigate(exploreHref({ ...filters, category: [category as never], gap: [`${dimension}:2`] }));
          }}
        />
      )}
    </ChartCard>
  );
}

export function SankeyChart({
  stats,
  filters,
  recommendations,
}: {
  stats: Stats;
  filters: DeploymentFilters;
  recommendations: RecommendationsData['items'];
}) {
  const { t, label, fmt, locale } = useLocale();
  const navigate = useNavigate();
  const narrow = useNarrow();
  const flows = useMemo(
    () =>
      stats.gapFlows.flatMap((f) => {
        const rec = recommendations.find((r) => r.id === f.recommendation);
        const dim = GAP_DIMENSIONS[f.dimension as keyof typeof GAP_DIMENSIONS];
        if (!rec || !dim) return [];
        return [
          {
            from: f.dimension,
            fromLabel: label(dim.label),
            to: rec.id,
            toLabel: `${rec.number}. ${label(rec.shortTitle)}`,
            weight: f.weight,
          },
        ];
      }),
    [stats.gapFlows, recommendations, label],
  );
  const title = t('overview.charts.sankey');
  const option = useMemo(
    () =>
      sankeyOption(flows, {
        format: fmt,
        labelWidth: narrow ? 120 : 190,
        ariaLabel: `${title}: ${flows.map((f) => `${f.fromLabel} → ${f.toLabel} ${f.weight}`).join('; ')}`,
      }),
    [flows, fmt, title, narrow],
  );
  const rows: TableRow[] = flows.map((f) => ({
    label: `${f.fromLabel} → ${f.toLabel}`,
    count: f.weight,
    href: exploreHref({ ...filters, gap: [`${f.from}:1`] }),
  }));
  return (
    <ChartCard
      id="gap-sankey"
      title={title}
      subtitle={t('overview.charts.sankeySub', { n: fmt(stats.assessed), total: fmt(stats.total) })}
      rows={rows}
      total={flows.length}
      sparseBelow={0}
    >
      {(onReady) => (
        <EChart
          key={locale}
          option={option}
          height={380}
          ariaLabel={title}
          onReady={onReady}
          extras
          onClick={(click) => {
            if (click.key && click.key in GAP_DIMENSIONS)
              navigate(exploreHref({ ...filters, gap: [`${click.key}:1`] }));
            else if (click.key) navigate(`/recommendations?${new URLSearchParams(window.location.search).toString()}`);
          }}
        />
      )}
    </ChartCard>
  );
}

const STATUS_COLORS = { met: '#009E73', partial: '#E69F00', notMet: '#D55E00', unknown: '#c9ced6' } as const;

export function EthicsChart({ stats }: { stats: Stats }) {
  const { t, label, fmt, locale } = useLocale();
  const rows = useMemo(
    () =>
      stats.ethics.map((e) => ({
        label: label(ETHICS_PRINCIPLES[e.principle as keyof typeof ETHICS_PRINCIPLES]) || e.principle,
        values: [e.met, e.partial, e.notMet, e.unknown],
      })),
    [stats.ethics, label],
  );
  const series = useMemo(
    () => [
      { key: 'met', label: label(ETHICS_STATUSES.met), color: STATUS_COLORS.met },
      { key: 'partial', label: label(ETHICS_STATUSES.partial), color: STATUS_COLORS.partial },
      { key: 'not_met', label: label(ETHICS_STATUSES.not_met), color: STATUS_COLORS.notMet },
      { key: 'unknown', label: label(ETHICS_STATUSES.unknown), color: STATUS_COLORS.unknown },
    ],
    [label],
  );
  const title = t('overview.charts.ethics');
  const option = useMemo(
    () =>
      stackedShareOption(rows, series, {
        format: fmt,
        ariaLabel: `${title}: ${rows.map((r) => `${r.label}: ${r.values.join('/')}`).join('; ')}`,
      }),
    [rows, series, fmt, title],
  );
  const known = stats.ethics.reduce((s, e) => s + e.met + e.partial + e.notMet, 0);
  const table: TableRow[] = stats.ethics.map((e) => ({
    label: `${label(ETHICS_PRINCIPLES[e.principle as keyof typeof ETHICS_PRINCIPLES])} (${label(ETHICS_STATUSES.met)} ${e.met} · ${label(ETHICS_STATUSES.partial)} ${e.partial} · ${label(ETHICS_STATUSES.not_met)} ${e.notMet})`,
    count: e.met,
  }));
  return (
    <ChartCard
      id="ethics"
      title={title}
      subtitle={t('overview.charts.ethicsSub', { n: fmt(stats.total) })}
      rows={table}
      total={stats.total}
    >
      {(onReady) => (
        <>
          {known === 0 && <p className="note">{t('overview.charts.ethicsNone')}</p>}
          <EChart key={locale} option={option} height={360} ariaLabel={title} onReady={onReady} extras />
        </>
      )}
    </ChartCard>
  );
}
