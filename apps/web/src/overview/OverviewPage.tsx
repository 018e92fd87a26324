import { CATEGORIES, type DeploymentFilters, type Label, PROVINCES_BY_CODE, SECTORS, STAGES } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Stats } from '../api/client.ts';
import { statsQuery } from '../api/queries.ts';
import { type ArrayFilterKey, exploreHref, useUrlFilters } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { ChartCard, type TableRow } from '../charts/ChartCard.tsx';
import { EChart } from '../charts/EChart.tsx';
import { barOption, type Datum, stackedYearOption, yearRange } from '../charts/options.ts';
import { CATEGORY_COLORS, NEUTRAL, STAGE_COLORS, STAGE_ORDER } from '../charts/palette.ts';
import { useNarrow } from '../ui/media.ts';
import { ErrorState, LoadingState } from '../ui/states.tsx';
import { KpiTiles } from './KpiTiles.tsx';

type Dim = { key: ArrayFilterKey; labels: (code: string) => Label | undefined; color: (code: string) => string };

const DIMS = {
  category: {
    key: 'category',
    labels: (c) => CATEGORIES[c as keyof typeof CATEGORIES],
    color: (c) => CATEGORY_COLORS[c] ?? NEUTRAL,
  },
  sector: { key: 'sector', labels: (c) => SECTORS[c as keyof typeof SECTORS], color: () => '#0072B2' },
  stage: { key: 'stage', labels: (c) => STAGES[c as keyof typeof STAGES], color: (c) => STAGE_COLORS[c] ?? NEUTRAL },
  province: { key: 'province', labels: (c) => PROVINCES_BY_CODE.get(c)?.name, color: () => '#332288' },
} satisfies Record<string, Dim>;

function CountChart({
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
  const narrow = useNarrow();
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
          height={Math.max(220, horizontal ? data.length * 34 + 40 : 280)}
          ariaLabel={title}
          onReady={onReady}
          onClick={(click) => click.key && navigate(exploreHref(filters, { key: dim.key, value: click.key }))}
        />
      )}
    </ChartCard>
  );
}

function YearChart({ stats, filters }: { stats: Stats; filters: DeploymentFilters }) {
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
          onClick={(click) => {
            const year = Number(click.name);
            const href = exploreHref(
              { ...filters, yearFrom: year, yearTo: year },
              click.seriesKey ? { key: 'category', value: click.seriesKey } : undefined,
            );
            navigate(href);
          }}
        />
      )}
    </ChartCard>
  );
}

export function OverviewPage() {
  const { t } = useLocale();
  const { filters } = useUrlFilters();
  const stats = useQuery(statsQuery(filters));

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('overview.title')}</h1>
        <p className="lead">{t('overview.lead')}</p>
      </header>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <>
          <KpiTiles stats={stats.data} />
          <div className="grid grid--charts">
            <CountChart
              id="by-category"
              title={t('overview.charts.byCategory')}
              counts={stats.data.byCategory}
              dim={DIMS.category}
              filters={filters}
              total={stats.data.total}
            />
            <CountChart
              id="by-stage"
              title={t('overview.charts.byStage')}
              counts={stats.data.byStage}
              dim={DIMS.stage}
              filters={filters}
              total={stats.data.total}
              horizontal={false}
              order={STAGE_ORDER}
            />
            <CountChart
              id="by-sector"
              title={t('overview.charts.bySector')}
              counts={stats.data.bySector}
              dim={DIMS.sector}
              filters={filters}
              total={stats.data.total}
            />
            <CountChart
              id="by-province"
              title={t('overview.charts.byProvince')}
              counts={stats.data.byProvince}
              dim={DIMS.province}
              filters={filters}
              total={stats.data.total - stats.data.national}
            />
            <div className="grid__wide">
              <YearChart stats={stats.data} filters={filters} />
            </div>
          </div>
          <p className="muted small">{t('overview.sourcesNote')}</p>
        </>
      )}
    </div>
  );
}
