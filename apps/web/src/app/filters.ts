import { type ArrayFilterKey, type DeploymentFilters, FILTER_VALUES, isFilterValue } from '@aila/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

const ARRAY_KEYS = Object.keys(FILTER_VALUES) as ArrayFilterKey[];

export type { ArrayFilterKey };

/** Reads filters from a query string, dropping values that are not valid codes. */
export function parseFilters(params: URLSearchParams): DeploymentFilters {
  const raw: Record<string, unknown> = {};
  for (const key of ARRAY_KEYS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .filter(Boolean);
    const valid = values.filter((v) => isFilterValue(key, v));
    if (valid.length) raw[key] = [...new Set(valid)];
  }
  for (const key of ['yearFrom', 'yearTo'] as const) {
    const value = Number(params.get(key));
    if (params.get(key) && Number.isInteger(value) && value >= 1990 && value <= 2100) raw[key] = value;
  }
  const q = params.get('q')?.trim();
  if (q) raw.q = q.slice(0, 200);
  return raw as DeploymentFilters;
}

export function filtersToParams(filters: DeploymentFilters, base = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  for (const key of [...ARRAY_KEYS, 'yearFrom', 'yearTo', 'q'] as const) params.delete(key);
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, String(v));
    else params.set(key, String(value));
  }
  return params;
}

/** The explorer URL for a scope plus one more filter value. */
export function exploreHref(filters: DeploymentFilters, add?: { key: ArrayFilterKey; value: string }): string {
  const next: DeploymentFilters = { ...filters };
  if (add) {
    const current = (next[add.key] as string[] | undefined) ?? [];
    (next as Record<string, unknown>)[add.key] = current.includes(add.value) ? current : [...current, add.value];
  }
  const query = filtersToParams(next).toString();
  return `/explore${query ? `?${query}` : ''}`;
}

/** Filter state kept in the URL, so a copied link reproduces the view. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const setFilters = useCallback(
    (next: DeploymentFilters) => {
      const p = filtersToParams(next, params);
      p.delete('page');
      setParams(p, { replace: false });
    },
    [params, setParams],
  );
  return { filters, setFilters, params, setParams };
}
