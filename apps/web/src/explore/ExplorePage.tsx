import {
  CATEGORIES,
  COUNTRIES,
  type DeploymentFilters,
  type FacetField,
  type Label,
  PROVINCES_BY_CODE,
  RISK_TIERS,
  SECTORS,
  STAGES,
  TECHNIQUES,
} from '@aila/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { DeploymentPage } from '../api/client.ts';
import { deploymentsQuery } from '../api/queries.ts';
import { type ArrayFilterKey, useUrlFilters } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { ErrorState } from '../ui/states.tsx';

const PAGE_SIZE = 20;

const FACET_LABELS: Record<FacetField, { title: Label; label: (code: string) => Label | undefined }> = {
  sector: { title: { en: 'Sector', vi: 'Lĩnh vực' }, label: (c) => SECTORS[c as keyof typeof SECTORS] },
  category: {
    title: { en: 'Application', vi: 'Loại ứng dụng' },
    label: (c) => CATEGORIES[c as keyof typeof CATEGORIES],
  },
  stage: { title: { en: 'Stage', vi: 'Giai đoạn' }, label: (c) => STAGES[c as keyof typeof STAGES] },
  province: {
    title: { en: 'Province', vi: 'Tỉnh, thành' },
    label: (c) => (c === 'none' ? { en: 'National', vi: 'Toàn quốc' } : PROVINCES_BY_CODE.get(c)?.name),
  },
  technique: {
    title: { en: 'AI technique', vi: 'Kỹ thuật AI' },
    label: (c) => TECHNIQUES[c as keyof typeof TECHNIQUES],
  },
  riskTier: { title: { en: 'Risk tier', vi: 'Mức rủi ro' }, label: (c) => RISK_TIERS[c as keyof typeof RISK_TIERS] },
  country: { title: { en: 'Country', vi: 'Quốc gia' }, label: (c) => COUNTRIES[c as keyof typeof COUNTRIES] },
};
const SIDEBAR: FacetField[] = ['sector', 'category', 'stage', 'province', 'technique', 'riskTier'];

function Facet({
  field,
  counts,
  filters,
  onChange,
}: {
  field: FacetField;
  counts: DeploymentPage['facets'][FacetField];
  filters: DeploymentFilters;
  onChange: (f: DeploymentFilters) => void;
}) {
  const { label, fmt } = useLocale();
  const headingId = useId();
  const selected = (filters[field as ArrayFilterKey] as string[] | undefined) ?? [];
  const values = counts.filter((c) => c.value !== 'none');
  for (const s of selected) if (!values.some((v) => v.value === s)) values.push({ value: s, count: 0 });
  if (values.length === 0) return null;
  const toggle = (value: string) => {
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    onChange({ ...filters, [field]: next.length ? next : undefined });
  };
  return (
    <fieldset className="facet" aria-labelledby={headingId}>
      <legend id={headingId}>{label(FACET_LABELS[field].title)}</legend>
      {values.map((v) => (
        <label key={v.value} className="facet__option">
          <input type="checkbox" checked={selected.includes(v.value)} onChange={() => toggle(v.value)} />
          <span className="facet__label">{label(FACET_LABELS[field].label(v.value)) || v.value}</span>
          <span className="facet__count">{fmt(v.count)}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function ExplorePage() {
  const { t, label, fmt, locale } = useLocale();
  const { filters, setFilters, params, setParams } = useUrlFilters();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [text, setText] = useState(filters.q ?? '');

  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  useEffect(() => {
    const handle = window.setTimeout(() => {
      if ((filters.q ?? '') !== text.trim()) setFilters({ ...filters, q: text.trim() || undefined });
    }, 250);
    return () => window.clearTimeout(handle);
  }, [text, filters, setFilters]);

  const query = useQuery({
    ...deploymentsQuery(filters, { page, pageSize: PAGE_SIZE, lang: locale }),
    placeholderData: keepPreviousData,
  });
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1;
  const goTo = (p: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    setParams(next);
  };
  const active = Object.entries(filters).filter(([k, v]) => k !== 'q' && v !== undefined);

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('explore.title')}</h1>
        <p className="lead">{t('explore.lead')}</p>
      </header>
      <div className="explore">
        <aside className="explore__side card">
          {query.data &&
            SIDEBAR.map((f) => (
              <Facet key={f} field={f} counts={query.data.facets[f]} filters={filters} onChange={setFilters} />
            ))}
        </aside>
        <section className="explore__main">
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
          <div className="results-bar">
            <strong data-testid="result-count" data-total={query.data?.total ?? ''}>
              {query.data
                ? t('explore.results', { count: query.data.total, formatted: fmt(query.data.total) })
                : t('common.loading')}
            </strong>
            {(active.length > 0 || filters.q) && (
              <button type="button" className="btn btn--ghost" onClick={() => setFilters({})}>
                {t('explore.clear')}
              </button>
            )}
          </div>
          {query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : query.data && query.data.items.length === 0 ? (
            <p className="empty">{t('explore.noResults')}</p>
          ) : (
            <table className="data-table results" aria-busy={query.isFetching}>
              <thead>
                <tr>
                  <th scope="col">{t('explore.title_col')}</th>
                  <th scope="col">{t('deployment.agency')}</th>
                  <th scope="col">{t('deployment.province')}</th>
                  <th scope="col">{t('deployment.stage')}</th>
                  <th scope="col" className="num">
                    {t('deployment.yearStarted')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {query.data?.items.map((d) => (
                  <tr key={d.id}>
                    <td>
                      <Link to={`/deployments/${d.id}`}>{label(d.title)}</Link>
                      <div className="small muted">{label(CATEGORIES[d.category])}</div>
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
            <nav className="pager" aria-label="pagination">
              <button type="button" className="btn btn--ghost" disabled={page <= 1} onClick={() => goTo(page - 1)}>
                {t('explore.previous')}
              </button>
              <span>{t('explore.page', { page, pages })}</span>
              <button type="button" className="btn btn--ghost" disabled={page >= pages} onClick={() => goTo(page + 1)}>
                {t('explore.next')}
              </button>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
