import type { Label, Sort } from '@aila/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agenciesQuery, deploymentsQuery } from '../api/queries.ts';
import { useLocale } from '../app/locale.ts';
import { useView } from '../app/url-state.ts';
import { Page } from '../ui/Page.tsx';
import { Chips } from './Chips.tsx';
import { FacetPanel } from './FacetPanel.tsx';
import { Pager } from './Pager.tsx';
import { Results } from './Results.tsx';

const PAGE_SIZE = 25;

/** Agency names by id, for the agency facet and chips (the registry does not hold them). */
function useAgencyNames(): ReadonlyMap<string, Label> {
  const agencies = useQuery(agenciesQuery());
  return useMemo(() => new Map((agencies.data?.items ?? []).map((a) => [a.id, a.name] as const)), [agencies.data]);
}

/** The search box: the query follows the text a quarter of a second after typing stops. */
function SearchBox({ q, onSearch }: { q: string | undefined; onSearch: (q: string | undefined) => void }) {
  const { t } = useTranslation('explore');
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);
  useEffect(() => {
    const handle = window.setTimeout(() => {
      if ((q ?? '') !== text.trim()) onSearch(text.trim() || undefined);
    }, 250);
    return () => window.clearTimeout(handle);
  }, [text, q, onSearch]);
  return (
    <div className="searchbar">
      <label htmlFor="search" className="visually-hidden">
        {t('search')}
      </label>
      <input
        id="search"
        type="search"
        value={text}
        placeholder={t('searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
    </div>
  );
}

export function ExplorePage() {
  const { t } = useTranslation('explore');
  const { locale } = useLocale();
  const view = useView();
  const { filters, setView, setFilters } = view;
  const page = view.page ?? 1;
  const sort: Sort = view.sort ?? (filters.q ? 'relevance' : 'title');
  const agencies = useAgencyNames();
  const query = useQuery({
    ...deploymentsQuery(filters, { page, pageSize: PAGE_SIZE, sort, lang: locale }),
    placeholderData: keepPreviousData,
  });
  const onSearch = useCallback(
    (q: string | undefined) => setView((v) => ({ filters: { ...v.filters, q } })),
    [setView],
  );

  return (
    <Page title={t('title')} lead={t('lead')}>
      <div className="explore">
        <FacetPanel facets={query.data?.facets} filters={filters} agencies={agencies} onChange={setFilters} />
        <section className="explore__main" aria-labelledby="results-h">
          <SearchBox q={filters.q} onSearch={onSearch} />
          <Chips filters={filters} agencies={agencies} onChange={setFilters} />
          <Results
            query={query}
            filters={filters}
            sort={sort}
            onSort={(next) => setView({ sort: next })}
            onClear={() => setFilters({})}
          />
          <Pager
            page={page}
            pages={query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1}
            onPage={(next) => setView({ page: next })}
          />
        </section>
      </div>
    </Page>
  );
}
