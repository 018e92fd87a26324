import { ARRAY_FILTER_KEYS, type DeploymentFilters, type Label, RANGE_KEYS, type Sort } from '@aila/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agenciesQuery, deploymentsQuery, registersQuery } from '../api/queries.ts';
import { useLocale } from '../app/locale.ts';
import { useView } from '../app/url-state.ts';
import { useNarrow } from '../ui/media.ts';
import { Page } from '../ui/Page.tsx';
import { Chips } from './Chips.tsx';
import { FacetPanel } from './FacetPanel.tsx';
import { FilterButton, FilterDrawer } from './FilterDrawer.tsx';
import { Pager } from './Pager.tsx';
import { Results } from './Results.tsx';
import { type OnSearch, SearchBox } from './SearchBox.tsx';
import './explore.css';

const PAGE_SIZE = 25;

/** Agency and register names by id, for their facets and chips (the registry does not hold them). */
function useAgencyNames(): ReadonlyMap<string, Label> {
  const agencies = useQuery(agenciesQuery());
  const registers = useQuery(registersQuery());
  return useMemo(
    () =>
      new Map([
        ...(agencies.data?.items ?? []).map((a) => [a.id, a.name] as const),
        ...(registers.data?.items ?? []).map((r) => [r.id, r.name] as const),
      ]),
    [agencies.data, registers.data],
  );
}

/** How many filter values are on (the search text is not a filter). */
const activeFilters = (filters: DeploymentFilters) =>
  ARRAY_FILTER_KEYS.reduce((n, key) => n + (filters[key]?.length ?? 0), 0) +
  RANGE_KEYS.filter((key) => filters[key] !== undefined).length;

/**
 * Search and results first, in reading and tab order; the filters beside them on a wide screen,
 * in a drawer on a phone.
 */
export function ExplorePage() {
  const { t } = useTranslation('explore');
  const { locale, fmt } = useLocale();
  const narrow = useNarrow();
  const [drawer, setDrawer] = useState(false);
  const view = useView();
  const { filters, setView, setFilters } = view;
  const page = view.page ?? 1;
  const sort: Sort = view.sort ?? (filters.q ? 'relevance' : 'title');
  const agencies = useAgencyNames();
  const query = useQuery({
    ...deploymentsQuery(filters, { page, pageSize: PAGE_SIZE, sort, lang: locale }),
    placeholderData: keepPreviousData,
  });
  const onSearch = useCallback<OnSearch>(
    (q, options) => setView((v) => ({ filters: { ...v.filters, q } }), options),
    [setView],
  );
  const panel = <FacetPanel facets={query.data?.facets} filters={filters} agencies={agencies} onChange={setFilters} />;
  const total = query.data?.total;

  return (
    <Page title={t('title')} lead={t('lead')}>
      <div className="explore">
        <section className="explore__main" aria-labelledby="results-h">
          <div className="explore__search">
            <SearchBox q={filters.q} onSearch={onSearch} />
            {narrow && <FilterButton active={activeFilters(filters)} onClick={() => setDrawer(true)} />}
          </div>
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
            pages={total !== undefined ? Math.max(1, Math.ceil(total / PAGE_SIZE)) : 1}
            onPage={(next) => setView({ page: next })}
          />
        </section>
        {narrow ? (
          <FilterDrawer
            open={drawer}
            onClose={() => setDrawer(false)}
            results={t('show', { count: total ?? 0, formatted: fmt(total ?? 0) })}
          >
            {panel}
          </FilterDrawer>
        ) : (
          panel
        )}
      </div>
    </Page>
  );
}
