import {
  CATEGORIES,
  type DeploymentFilters,
  type FacetField,
  type Label,
  PROVINCES_BY_CODE,
  SORTS,
  type Sort,
  STAGES,
} from '@aila/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import type { DeploymentPage } from '../api/client.ts';
import { agenciesQuery, deploymentsQuery, exportUrl } from '../api/queries.ts';
import { type ArrayFilterKey, useUrlFilters } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { ErrorState } from '../ui/states.tsx';
import { FACETS, PRIMARY_FACETS, SECONDARY_FACETS } from './facets.ts';
import { Highlight } from './Highlight.tsx';

const PAGE_SIZE = 25;
const SORT_LABELS: Record<Sort, Label> = {
  relevance: { en: 'Relevance', vi: 'Mức độ phù hợp' },
  title: { en: 'Title (A–Z)', vi: 'Tên (A–Z)' },
  year: { en: 'Year started (oldest)', vi: 'Năm bắt đầu (cũ nhất)' },
  '-year': { en: 'Year started (newest)', vi: 'Năm bắt đầu (mới nhất)' },
  updated: { en: 'Recently updated', vi: 'Cập nhật gần đây' },
};

function Facet({
  field,
  counts,
  filters,
  agencies,
  onChange,
}: {
  field: FacetField;
  counts: DeploymentPage['facets'][FacetField];
  filters: DeploymentFilters;
  agencies: Map<string, Label>;
  onChange: (f: DeploymentFilters) => void;
}) {
  const { label, fmt } = useLocale();
  const headingId = useId();
  const fromUrl = (filters[field as ArrayFilterKey] as string[] | undefined) ?? [];
  // Shown at once on click; the URL (and so the data) follows in a transition.
  const [pending, setPending] = useState<string[] | null>(null);
  const urlKey = fromUrl.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the URL's selection changes
  useEffect(() => setPending(null), [urlKey]);
  const selected = pending ?? fromUrl;
  const values = [...counts];
  for (const s of selected) if (!values.some((v) => v.value === s)) values.push({ value: s, count: 0 });
  if (values.length === 0) return null;
  const toggle = (value: string) => {
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    setPending(next);
    onChange({ ...filters, [field]: next.length ? next : undefined });
  };
  return (
    <fieldset className="facet" aria-labelledby={headingId} data-facet={field}>
      <legend id={headingId}>{label(FACETS[field].title)}</legend>
      {values.map((v) => (
        <label key={v.value} className="facet__option">
          <input type="checkbox" checked={selected.includes(v.value)} onChange={() => toggle(v.value)} />
          <span className="facet__label">{label(FACETS[field].label(v.value, agencies)) || v.value}</span>
          <span className="facet__count" data-count={v.count}>
            {fmt(v.count)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function Chips({
  filters,
  agencies,
  onChange,
}: {
  filters: DeploymentFilters;
  agencies: Map<string, Label>;
  onChange: (f: DeploymentFilters) => void;
}) {
  const { label, locale } = useLocale();
  const chips: { key: string; text: string; remove: () => void }[] = [];
  for (const field of [...PRIMARY_FACETS, ...SECONDARY_FACETS]) {
    for (const value of (filters[field as ArrayFilterKey] as string[] | undefined) ?? []) {
      chips.push({
        key: `${field}:${value}`,
        text: `${label(FACETS[field].title)}: ${label(FACETS[field].label(value, agencies)) || value}`,
        remove: () => {
          const rest = ((filters[field as ArrayFilterKey] as string[]) ?? []).filter((v) => v !== value);
          onChange({ ...filters, [field]: rest.length ? rest : undefined });
        },
      });
    }
  }
  if (filters.yearFrom !== undefined || filters.yearTo !== undefined) {
    chips.push({
      key: 'year',
      text: `${locale === 'vi' ? 'Năm' : 'Year'}: ${filters.yearFrom ?? '…'}–${filters.yearTo ?? '…'}`,
      remove: () => onChange({ ...filters, yearFrom: undefined, yearTo: undefined }),
    });
  }
  if (filters.q) chips.push({ key: 'q', text: `“${filters.q}”`, remove: () => onChange({ ...filters, q: undefined }) });
  if (chips.length === 0) return null;
  return (
    <ul className="active-chips" aria-label={locale === 'vi' ? 'Bộ lọc đang áp dụng' : 'Active filters'}>
      {chips.map((c) => (
        <li key={c.key}>
          <button type="button" className="chip chip--active" onClick={c.remove}>
            {c.text} <span aria-hidden="true">×</span>
            <span className="visually-hidden">{locale === 'vi' ? ' (bỏ lọc)' : ' (remove)'}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function YearInput(props: { label: string; value: string; onChange: (v: string) => void; onCommit: () => void }) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={1990}
        max={2100}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onCommit}
        onKeyDown={(e) => e.key === 'Enter' && props.onCommit()}
      />
    </label>
  );
}

function YearRange({ filters, onChange }: { filters: DeploymentFilters; onChange: (f: DeploymentFilters) => void }) {
  const { locale } = useLocale();
  const [from, setFrom] = useState(filters.yearFrom?.toString() ?? '');
  const [to, setTo] = useState(filters.yearTo?.toString() ?? '');
  useEffect(() => setFrom(filters.yearFrom?.toString() ?? ''), [filters.yearFrom]);
  useEffect(() => setTo(filters.yearTo?.toString() ?? ''), [filters.yearTo]);
  const year = (v: string) => {
    const n = Number(v);
    return v && Number.isInteger(n) && n >= 1990 && n <= 2100 ? n : undefined;
  };
  const apply = () => {
    const next = { ...filters, yearFrom: year(from), yearTo: year(to) };
    if (next.yearFrom !== filters.yearFrom || next.yearTo !== filters.yearTo) onChange(next);
  };
  return (
    <fieldset className="facet year-range">
      <legend>{locale === 'vi' ? 'Năm bắt đầu' : 'Year started'}</legend>
      <YearInput label={locale === 'vi' ? 'Từ' : 'From'} value={from} onChange={setFrom} onCommit={apply} />
      <YearInput label={locale === 'vi' ? 'Đến' : 'To'} value={to} onChange={setTo} onCommit={apply} />
    </fieldset>
  );
}

function ResultsSkeleton() {
  return (
    <div className="results-skeleton" aria-hidden="true">
      {['a', 'b', 'c', 'd', 'e', 'f'].map((k) => (
        <div key={k} className="skeleton skeleton--row" />
      ))}
    </div>
  );
}

export function ExplorePage() {
  const { t, label, fmt, locale } = useLocale();
  const { filters, setFilters, params, setParams } = useUrlFilters();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const sortParam = params.get('sort');
  const sort: Sort = SORTS.includes(sortParam as Sort) ? (sortParam as Sort) : filters.q ? 'relevance' : 'title';
  const [text, setText] = useState(filters.q ?? '');
  const agenciesData = useQuery(agenciesQuery());
  const agencies = useMemo(
    () => new Map((agenciesData.data?.items ?? []).map((a) => [a.id, a.name] as const)),
    [agenciesData.data],
  );

  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useEffect(() => {
    const handle = window.setTimeout(() => {
      if ((filters.q ?? '') !== text.trim()) setFilters({ ...filters, q: text.trim() || undefined });
    }, 250);
    return () => window.clearTimeout(handle);
  }, [text, filters, setFilters]);

  const query = useQuery({
    ...deploymentsQuery(filters, { page, pageSize: PAGE_SIZE, sort, lang: locale }),
    placeholderData: keepPreviousData,
  });
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1;
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };
  const hasFilters = Object.values(filters).some((v) => v !== undefined);

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('explore.title')}</h1>
        <p className="lead">{t('explore.lead')}</p>
      </header>
      <div className="explore">
        <aside className="explore__side card" aria-label={locale === 'vi' ? 'Bộ lọc' : 'Filters'}>
          {query.data ? (
            <>
              {PRIMARY_FACETS.map((f) => (
                <Facet
                  key={f}
                  field={f}
                  counts={query.data.facets[f]}
                  filters={filters}
                  agencies={agencies}
                  onChange={setFilters}
                />
              ))}
              <YearRange filters={filters} onChange={setFilters} />
              <details className="more-filters" open={SECONDARY_FACETS.some((f) => filters[f as ArrayFilterKey])}>
                <summary>{locale === 'vi' ? 'Thêm bộ lọc' : 'More filters'}</summary>
                {SECONDARY_FACETS.map((f) => (
                  <Facet
                    key={f}
                    field={f}
                    counts={query.data.facets[f]}
                    filters={filters}
                    agencies={agencies}
                    onChange={setFilters}
                  />
                ))}
              </details>
            </>
          ) : (
            <ResultsSkeleton />
          )}
        </aside>
        <section className="explore__main" aria-labelledby="results-h">
          <div className="searchbar">
            <label htmlFor="search" className="visually-hidden">
              {t('explore.search')}
            </label>
            <input
              id="search"
              type="search"
              value={text}
              placeholder={t('explore.searchPlaceholder')}
              onChange={(e) => setText(e.target.value)}
              autoComplete="off"
            />
          </div>
          <Chips filters={filters} agencies={agencies} onChange={setFilters} />
          <div className="results-bar">
            <h2
              id="results-h"
              className="results-count"
              data-testid="result-count"
              data-total={query.data?.total ?? ''}
            >
              {query.data
                ? t('explore.results', { count: query.data.total, formatted: fmt(query.data.total) })
                : t('common.loading')}
            </h2>
            <div className="results-tools">
              <label className="sort">
                <span>{locale === 'vi' ? 'Sắp xếp' : 'Sort'}</span>
                <select value={sort} onChange={(e) => setParam('sort', e.target.value)}>
                  {SORTS.filter((s) => s !== 'relevance' || filters.q).map((s) => (
                    <option key={s} value={s}>
                      {label(SORT_LABELS[s])}
                    </option>
                  ))}
                </select>
              </label>
              <a
                className="btn btn--ghost"
                href={exportUrl(filters, 'csv', locale, sort)}
                download
                data-testid="export-csv"
              >
                CSV
              </a>
              <a
                className="btn btn--ghost"
                href={exportUrl(filters, 'json', locale, sort)}
                download
                data-testid="export-json"
              >
                JSON
              </a>
              {hasFilters && (
                <button type="button" className="btn btn--ghost" onClick={() => setFilters({})}>
                  {t('explore.clear')}
                </button>
              )}
            </div>
          </div>
          {query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : !query.data ? (
            <ResultsSkeleton />
          ) : query.data.items.length === 0 ? (
            <div className="empty card">
              <p>{t('explore.noResults')}</p>
              {hasFilters && (
                <button type="button" className="btn" onClick={() => setFilters({})}>
                  {t('explore.clear')}
                </button>
              )}
            </div>
          ) : (
            <table className="data-table results" aria-busy={query.isFetching} aria-labelledby="results-h">
              <thead>
                <tr>
                  <th scope="col" aria-sort={sort === 'title' ? 'ascending' : 'none'}>
                    <button type="button" className="th-sort" onClick={() => setParam('sort', 'title')}>
                      {t('explore.title_col')}
                      {sort === 'title' && <span aria-hidden="true"> ↑</span>}
                    </button>
                  </th>
                  <th scope="col">{t('deployment.agency')}</th>
                  <th scope="col">{t('deployment.province')}</th>
                  <th scope="col">{t('deployment.stage')}</th>
                  <th
                    scope="col"
                    className="num"
                    aria-sort={sort === 'year' ? 'ascending' : sort === '-year' ? 'descending' : 'none'}
                  >
                    <button
                      type="button"
                      className="th-sort"
                      onClick={() => setParam('sort', sort === '-year' ? 'year' : '-year')}
                    >
                      {t('deployment.yearStarted')}
                      {sort === 'year' && <span aria-hidden="true"> ↑</span>}
                      {sort === '-year' && <span aria-hidden="true"> ↓</span>}
                    </button>
                  </th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((d) => (
                  <tr key={d.id} data-id={d.id}>
                    <td>
                      <Link to={`/deployments/${d.id}`}>
                        <Highlight text={label(d.title)} ranges={d.match?.title[locale] ?? []} />
                      </Link>
                      {d.match && d.match.summary[locale].ranges.length > 0 ? (
                        <div className="small snippet">
                          <Highlight text={d.match.summary[locale].text} ranges={d.match.summary[locale].ranges} />
                        </div>
                      ) : (
                        <div className="small muted">{label(CATEGORIES[d.category])}</div>
                      )}
                    </td>
                    <td>{label(d.agency.name)}</td>
                    <td>
                      {d.provinceCode ? label(PROVINCES_BY_CODE.get(d.provinceCode)?.name) : t('common.national')}
                    </td>
                    <td>
                      <span className={`badge badge--stage-${d.stage}`}>{label(STAGES[d.stage])}</span>
                    </td>
                    <td className="num">{d.yearStarted ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {pages > 1 && (
            <nav className="pager" aria-label={locale === 'vi' ? 'Phân trang' : 'Pagination'}>
              <button
                type="button"
                className="btn btn--ghost"
                disabled={page <= 1}
                onClick={() => setParam('page', String(page - 1))}
              >
                {t('explore.previous')}
              </button>
              <span>{t('explore.page', { page, pages })}</span>
              <button
                type="button"
                className="btn btn--ghost"
                disabled={page >= pages}
                onClick={() => setParam('page', String(page + 1))}
              >
                {t('explore.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
