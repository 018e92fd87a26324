import {
  ARRAY_FILTER_KEYS,
  type ArrayFilterKey,
  type DeploymentFilters,
  isFilterValue,
  RANGE_KEYS,
  SORTS,
  type Sort,
  YEAR_MAX,
  YEAR_MIN,
} from '@aila/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** What a view of the catalogue is: its filters, and in the explorer its sort and page. */
export interface View {
  filters: DeploymentFilters;
  sort?: Sort | undefined;
  page?: number | undefined;
}

const KEYS: readonly string[] = [...ARRAY_FILTER_KEYS, ...RANGE_KEYS, 'q', 'sort', 'page'];

const year = (raw: string | null): number | undefined => {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX ? n : undefined;
};

/** Reads a view from a query string, dropping what is not valid (unknown codes, years out of range). */
export function parseView(params: URLSearchParams): View {
  const filters: Record<string, unknown> = {};
  for (const key of ARRAY_FILTER_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter((v) => isFilterValue(key, v));
    if (values.length) filters[key] = [...new Set(values)];
  }
  for (const key of RANGE_KEYS) {
    const value = year(params.get(key));
    if (value !== undefined) filters[key] = value;
  }
  const q = params.get('q')?.trim();
  if (q) filters.q = q.slice(0, 200);
  const sort = SORTS.find((s) => s === params.get('sort'));
  const page = Number(params.get('page'));
  return {
    filters: filters as DeploymentFilters,
    sort,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

/** The one serialisation of a view: the pairs of its query string, as the address bar and the API take them. */
export function viewEntries(view: View): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(view.filters)) {
    if (value === undefined || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) entries.push([key, String(v)]);
  }
  if (view.sort) entries.push(['sort', view.sort]);
  if (view.page && view.page > 1) entries.push(['page', String(view.page)]);
  return entries;
}

/** A view as the typed API client's `query` (repeated parameters as arrays). */
export function toQuery(view: View): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of viewEntries(view)) {
    const current = query[key];
    query[key] = current === undefined ? value : [...(Array.isArray(current) ? current : [current]), value];
  }
  return query;
}

/** A query string (with its `?`, or empty) for a view, keeping the other parameters of `base` (e.g. `lang`). */
export function toSearch(view: View, base?: URLSearchParams): string {
  const params = new URLSearchParams(base);
  for (const key of KEYS) params.delete(key);
  for (const [key, value] of viewEntries(view)) params.append(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** The filters plus one more value of one field (without repeating it). */
export function withValue(filters: DeploymentFilters, key: ArrayFilterKey, value: string): DeploymentFilters {
  const current = filters[key] ?? [];
  return current.includes(value) ? filters : { ...filters, [key]: [...current, value] };
}

/** The explorer's address for a scope, optionally narrowed by one more value. */
export function exploreHref(filters: DeploymentFilters, add?: { key: ArrayFilterKey; value: string }): string {
  return `/explore${toSearch({ filters: add ? withValue(filters, add.key, add.value) : filters })}`;
}

type Patch = Partial<View> | ((current: View) => Partial<View>);

/**
 * The view kept in the address, so that a copied link reproduces it. Changing the filters or
 * the sort goes back to the first page.
 */
export function useView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const setView = useCallback(
    (patch: Patch, options?: { replace?: boolean }) =>
      setParams((current) => {
        const before = parseView(current);
        const changes = typeof patch === 'function' ? patch(before) : patch;
        const next: View = { ...before, page: undefined, ...changes };
        return new URLSearchParams(toSearch(next, current));
      }, options),
    [setParams],
  );
  const setFilters = useCallback((filters: DeploymentFilters) => setView({ filters }), [setView]);
  return { ...view, setView, setFilters };
}
