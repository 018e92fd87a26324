import {
  AILA_REGISTER,
  adoptedStages,
  COUNTRIES,
  type DeploymentFilters,
  type Facets,
  type Stats,
  valueLabel,
} from '@aila/domain';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type RegisterList, unwrap } from '../api/client.ts';
import { catalogueFacetsQuery, registersQuery, statsQuery } from '../api/queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { toQuery } from '../app/url-state.ts';
import { useChartContext } from '../charts/ChartCard.tsx';
import type { ChartRow, Part } from '../charts/options.ts';
import { colorOf } from '../charts/palette.ts';
import { allOf, ErrorState, LoadingState, Page, QueryView } from '../ui/Page.tsx';
import { CompareChart } from './CompareChart.tsx';
import {
  type ChartColumn,
  columnColor,
  columnPart,
  type GrowthMode,
  growthHref,
  growthOption,
  growthRows,
  mixHref,
  mixOption,
  mixParts,
  mixRows,
} from './charts.ts';
import { growth, measures } from './measures.ts';

/** The fields whose mix the page compares, column by column. */
type MixField = 'stage' | 'category';

import { ScopeColumn } from './ScopeColumn.tsx';
import { ScopePicker } from './ScopePicker.tsx';
import {
  AILA,
  effectiveScopes,
  nextScope,
  parseScopes,
  type Scope,
  type ScopeChoices,
  scopeChoices,
  scopeFilters,
  scopeKey,
  withScopes,
} from './scopes.ts';
import './compare.css';

type Register = RegisterList['items'][number];

/** The facet counts of a scope (one record asked for: only the counts are read). */
const facetsQuery = (filters: DeploymentFilters) =>
  queryOptions({
    queryKey: ['compare-facets', filters],
    queryFn: () =>
      unwrap(api.deployments.$get({ query: { ...toQuery({ filters }), pageSize: '1' } })).then((p) => p.facets),
  });

/** A scope's name: the country's, the register's, or the catalogue's own. */
function useScopeName(registers: readonly Register[]) {
  const label = useLabel();
  const registerName = useCallback(
    (id: string) => (id === AILA ? label(AILA_REGISTER) : label(registers.find((r) => r.id === id)?.name) || id),
    [label, registers],
  );
  const name = useCallback(
    (s: Scope) => (s.kind === 'country' ? label(COUNTRIES[s.code]) || s.code : registerName(s.code)),
    [label, registerName],
  );
  return { name, registerName };
}

interface ColumnData {
  scope: Scope;
  filters: DeploymentFilters;
  stats: Stats;
  facets: Facets;
  adopted: Stats;
}

/** The data of every column: its stats, its facet counts, and the stats of its systems in use. */
function useColumns(scopes: readonly Scope[]) {
  const queries = useQueries({
    queries: scopes.flatMap((s) => {
      const filters = scopeFilters(s);
      return [statsQuery(filters), facetsQuery(filters), statsQuery({ ...filters, stage: adoptedStages() })];
    }),
  });
  const error = queries.find((q) => q.isError);
  const ready = queries.every((q) => q.data !== undefined);
  const data: ColumnData[] | undefined = ready
    ? scopes.map((scope, i) => ({
        scope,
        filters: scopeFilters(scope),
        stats: queries[3 * i]?.data as Stats,
        facets: queries[3 * i + 1]?.data as Facets,
        adopted: queries[3 * i + 2]?.data as Stats,
      }))
    : undefined;
  const refetch = () => Promise.all(queries.map((q) => q.refetch()));
  return { data, error: error?.error, refetch };
}

function Comparison({
  registers,
  choices,
  scopes,
  asked,
  setScopes,
}: {
  registers: readonly Register[];
  choices: ScopeChoices;
  scopes: Scope[];
  asked: boolean;
  setScopes: (scopes: Scope[] | null) => void;
}) {
  const { t } = useTranslation('compare');
  const c = useChartContext();
  const { fmt, pct } = useLocale();
  const { name, registerName } = useScopeName(registers);
  const columns = useColumns(scopes);
  const [mode, setMode] = useState<GrowthMode>('share');

  const chartColumns: ChartColumn[] = useMemo(
    () => scopes.map((s, index) => ({ index, label: name(s), color: columnColor(index), filters: scopeFilters(s) })),
    [scopes, name],
  );
  /** A stage or category code as a chart part: its label and its colour on every chart. */
  const partOf = useCallback(
    (field: MixField) =>
      (code: string): Part => ({
        key: code,
        label: c.label(valueLabel(field, code)) || code,
        color: colorOf(field, code),
      }),
    [c],
  );
  const data = columns.data;
  const charts = useMemo(() => {
    if (!data) return undefined;
    const mix = (field: MixField) =>
      mixRows(
        field,
        data.map((d, i) => ({
          column: chartColumns[i] as ChartColumn,
          counts: field === 'stage' ? d.stats.byStage : d.stats.byCategory,
          total: d.stats.total,
        })),
        partOf(field),
      );
    const growths = data.map((d) => growth(d.adopted));
    const dated = chartColumns.filter((_, i) => (growths[i]?.dated ?? 0) > 0);
    return {
      stage: mix('stage'),
      category: mix('category'),
      growths,
      dated,
      growth: growthRows(
        data.flatMap((_, i) => {
          const g = growths[i];
          return g && g.dated > 0 ? [{ column: chartColumns[i] as ChartColumn, growth: g }] : [];
        }),
      ),
    };
  }, [data, chartColumns, partOf]);

  const columnParts = useMemo(() => chartColumns.map(columnPart), [chartColumns]);
  const labelWidth = c.narrow ? 110 : 220;
  /** The option of a stage or category mix chart. */
  const mixOptionOf = useCallback(
    (field: MixField) => (rows: readonly ChartRow[], aria: string) =>
      mixOption(rows, {
        aria,
        fmt,
        pct,
        columns: columnParts,
        series: mixParts(rows, field, partOf(field)),
        labelWidth,
        narrow: c.narrow,
      }),
    [fmt, pct, columnParts, partOf, labelWidth, c.narrow],
  );
  const datedParts = useMemo(() => charts?.dated.map(columnPart) ?? [], [charts]);
  const lineOption = useCallback(
    (rows: readonly ChartRow[], aria: string) => growthOption(rows, { aria, fmt, pct, columns: datedParts, mode }),
    [fmt, pct, datedParts, mode],
  );

  const picker = (
    <ScopePicker
      scopes={scopes}
      choices={choices}
      name={name}
      onChange={setScopes}
      onAdd={() => {
        const next = nextScope(scopes, choices);
        if (next) setScopes([...scopes, next]);
      }}
      onReset={() => setScopes(null)}
      changed={asked}
    />
  );
  if (columns.error)
    return (
      <>
        {picker}
        <ErrorState error={columns.error} onRetry={() => void columns.refetch()} />
      </>
    );
  if (!data || !charts)
    return (
      <>
        {picker}
        <LoadingState />
      </>
    );

  const allOther = data.filter(
    (d) => d.stats.total > 0 && d.stats.byCategory.every((k) => k.key === 'other' || k.count === 0),
  );
  const undated = data.filter((d, i) => d.stats.total > 0 && (charts.growths[i]?.dated ?? 0) === 0);
  return (
    <>
      {picker}
      <div className="compare-cols" style={{ ['--cols' as string]: scopes.length }}>
        {data.map((d, i) => (
          <ScopeColumn
            key={scopeKey(d.scope)}
            index={i}
            scope={d.scope}
            name={name(d.scope)}
            registerName={registerName}
            measures={measures(d.scope, d.stats, d.facets)}
            stats={d.stats}
            registers={registers}
            filters={d.filters}
          />
        ))}
      </div>
      <div className="compare-charts">
        {(['stage', 'category'] as const).map((field) => (
          <CompareChart
            key={field}
            id={`compare-${field}`}
            title={t(`charts.${field}`)}
            subtitle={t(`charts.${field}Sub`)}
            rows={charts[field]}
            option={mixOptionOf(field)}
            href={mixHref(field, chartColumns)}
            height={scopes.length * (c.narrow ? 64 : 52) + 40}
            legend={mixParts(charts[field], field, partOf(field))}
            notes={
              field === 'category' && allOther.length > 0
                ? [t('charts.categoryNone', { scopes: allOther.map((d) => name(d.scope)).join(', ') })]
                : []
            }
            value={t('charts.value')}
            empty={t('charts.empty')}
          />
        ))}
        <CompareChart
          id="compare-growth"
          title={t('charts.growth')}
          subtitle={t('charts.growthSub')}
          rows={charts.growth}
          option={lineOption}
          href={growthHref(chartColumns)}
          height={c.narrow ? 260 : 320}
          legend={datedParts}
          notes={undated.map((d) => t('charts.growthUndated', { scope: name(d.scope) }))}
          footnotes={data.flatMap((d, i) => {
            const g = charts.growths[i];
            return g && g.dated > 0
              ? [t('charts.growthDated', { scope: name(d.scope), dated: fmt(g.dated), adopted: fmt(g.adopted) })]
              : [];
          })}
          tools={
            <label className="compare-mode">
              <span className="visually-hidden">{t('charts.growthMode')}</span>
              <select value={mode} onChange={(e) => setMode(e.target.value as GrowthMode)}>
                <option value="share">{t('charts.growthShare')}</option>
                <option value="count">{t('charts.growthCount')}</option>
              </select>
            </label>
          }
          value={t('charts.value')}
          empty={t('charts.growthNone')}
        />
      </div>
    </>
  );
}

/** Countries and registers side by side, each with its coverage and caveats, every number leading to its records. */
export function ComparePage() {
  const { t } = useTranslation('compare');
  const [params, setParams] = useSearchParams();
  const registers = useQuery(registersQuery());
  const facets = useQuery(catalogueFacetsQuery());
  const asked = useMemo(() => parseScopes(params), [params]);
  const setScopes = useCallback(
    (next: Scope[] | null) => setParams((current) => withScopes(current, next ?? [])),
    [setParams],
  );
  return (
    <Page title={t('title')} lead={t('lead')} className="compare">
      <QueryView query={allOf(registers, facets)}>
        {([regs, all]) => {
          const choices = scopeChoices(all);
          return (
            <Comparison
              registers={regs.items}
              choices={choices}
              scopes={effectiveScopes(asked, choices)}
              asked={asked.length > 0}
              setScopes={setScopes}
            />
          );
        }}
      </QueryView>
    </Page>
  );
}
