import { type DeploymentFilters, FIELDS, SORTS, type Sort } from '@aila/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { DeploymentPage } from '../api/client.ts';
import { exportUrl } from '../api/queries.ts';
import { useValueLabel } from '../app/fields.ts';
import { otherLocale, useLabel, useLocale } from '../app/locale.ts';
import { QueryView } from '../ui/Page.tsx';
import { Highlight } from './Highlight.tsx';

export function ResultsSkeleton() {
  return (
    <div className="results-skeleton" aria-hidden="true">
      {['a', 'b', 'c', 'd', 'e', 'f'].map((k) => (
        <div key={k} className="skeleton skeleton--row" />
      ))}
    </div>
  );
}

const ARROW = { ascending: ' ↑', descending: ' ↓', none: '' } as const;

function SortButton({ dir, onClick, children }: { dir: keyof typeof ARROW; onClick: () => void; children: string }) {
  return (
    <button type="button" className="th-sort" onClick={onClick}>
      {children}
      {dir !== 'none' && <span aria-hidden="true">{ARROW[dir]}</span>}
    </button>
  );
}

type Hit = DeploymentPage['items'][number];

/**
 * Where the search matched, highlighted: the summary in the reader's language, or, when only the
 * other language's text matched (a Vietnamese query on an English page), that text, marked as such.
 */
function Snippet({ hit }: { hit: Hit }) {
  const { t } = useTranslation('explore');
  const { locale } = useLocale();
  const valueText = useValueLabel();
  const other = otherLocale(locale);
  const own = hit.match?.summary[locale];
  const elsewhere = hit.match?.summary[other];
  if (own && own.ranges.length > 0)
    return (
      <div className="small snippet">
        <Highlight text={own.text} ranges={own.ranges} />
      </div>
    );
  if (elsewhere && elsewhere.ranges.length > 0 && !hit.match?.title[locale].length)
    return (
      <div className="small snippet">
        <span lang={other}>
          <Highlight text={elsewhere.text} ranges={elsewhere.ranges} />
        </span>{' '}
        <span className="muted">({t('inOther')})</span>
      </div>
    );
  return <div className="small muted">{valueText('category', hit.category)}</div>;
}

function ResultsTable({
  data,
  busy,
  sort,
  onSort,
}: {
  data: DeploymentPage;
  busy: boolean;
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const { t } = useTranslation('explore');
  const { locale } = useLocale();
  const label = useLabel();
  const valueText = useValueLabel();
  // The record page's breadcrumb leads back to this very view.
  const { search } = useLocation();
  const yearDir = sort === 'year' ? 'ascending' : sort === '-year' ? 'descending' : 'none';
  return (
    <table className="data-table results" aria-busy={busy} aria-labelledby="results-h">
      <thead>
        <tr>
          <th scope="col" aria-sort={sort === 'title' ? 'ascending' : 'none'}>
            <SortButton dir={sort === 'title' ? 'ascending' : 'none'} onClick={() => onSort('title')}>
              {t('deployment')}
            </SortButton>
          </th>
          <th scope="col">{label(FIELDS.agency.title)}</th>
          <th scope="col">{label(FIELDS.province.title)}</th>
          <th scope="col">{label(FIELDS.stage.title)}</th>
          <th scope="col" className="num" aria-sort={yearDir}>
            <SortButton dir={yearDir} onClick={() => onSort(sort === '-year' ? 'year' : '-year')}>
              {label(FIELDS.yearStarted.title)}
            </SortButton>
          </th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((d) => {
          return (
            <tr key={d.id} data-id={d.id}>
              <td>
                <Link to={`/deployments/${d.id}`} state={{ explore: search }}>
                  <Highlight text={label(d.title)} ranges={d.match?.title[locale] ?? []} />
                </Link>
                <Snippet hit={d} />
              </td>
              <td>{label(d.agency.name)}</td>
              <td>{valueText('province', d.provinceCode ?? FIELDS.province.nullCode)}</td>
              <td>
                <span className={`badge badge--stage-${d.stage}`}>{valueText('stage', d.stage)}</span>
              </td>
              <td className="num">{d.yearStarted ?? '–'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The result count, sort and exports of the current view, and its page of results. */
export function Results({
  query,
  filters,
  sort,
  onSort,
  onClear,
}: {
  query: UseQueryResult<DeploymentPage>;
  filters: DeploymentFilters;
  sort: Sort;
  onSort: (sort: Sort) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation(['explore', 'common']);
  const { locale, fmt } = useLocale();
  const hasFilters = Object.values(filters).some((v) => v !== undefined);
  const clear = (className: string) =>
    hasFilters && (
      <button type="button" className={className} onClick={onClear}>
        {t('clear')}
      </button>
    );
  return (
    <>
      <div className="results-bar">
        <h2 id="results-h" className="results-count" data-testid="result-count" data-total={query.data?.total ?? ''}>
          {query.data
            ? t('results', { count: query.data.total, formatted: fmt(query.data.total) })
            : t('common:state.loading')}
        </h2>
        <div className="results-tools">
          <label className="sort">
            <span>{t('sortBy')}</span>
            <select value={sort} onChange={(e) => onSort(e.target.value as Sort)}>
              {SORTS.filter((s) => s !== 'relevance' || filters.q).map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </select>
          </label>
          {(['csv', 'json', 'datapackage'] as const).map((format) => (
            <a
              key={format}
              className="btn btn--ghost"
              href={exportUrl(filters, format, locale, sort)}
              download
              data-testid={`export-${format}`}
              title={t(`exportTitle.${format}`)}
            >
              {t(`exportFormat.${format}`)}
            </a>
          ))}
          {clear('btn btn--ghost')}
        </div>
      </div>
      <QueryView
        query={query}
        loading={<ResultsSkeleton />}
        isEmpty={(data) => data.items.length === 0}
        empty={
          <>
            <p>{t('noResults')}</p>
            {clear('btn')}
          </>
        }
      >
        {(data) => <ResultsTable data={data} busy={query.isFetching} sort={sort} onSort={onSort} />}
      </QueryView>
    </>
  );
}
