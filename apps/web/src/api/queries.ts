import type { DeploymentFilters, Sort } from '@aila/domain';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client.ts';

/** Query parameters as the API takes them: arrays repeated, numbers as strings. */
export function toQuery(filters: DeploymentFilters): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    query[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return query;
}

export const taxonomyQuery = () =>
  queryOptions({
    queryKey: ['taxonomy'],
    queryFn: () => unwrap(api.taxonomy.$get()),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const statsQuery = (filters: DeploymentFilters) =>
  queryOptions({
    queryKey: ['stats', filters],
    queryFn: () => unwrap(api.stats.$get({ query: toQuery(filters) })),
  });

export const deploymentsQuery = (
  filters: DeploymentFilters,
  page: { page: number; pageSize: number; sort?: Sort; lang?: 'en' | 'vi' },
) =>
  queryOptions({
    queryKey: ['deployments', filters, page],
    queryFn: () =>
      unwrap(
        api.deployments.$get({
          query: {
            ...toQuery(filters),
            page: String(page.page),
            pageSize: String(page.pageSize),
            ...(page.sort ? { sort: page.sort } : {}),
            ...(page.lang ? { lang: page.lang } : {}),
          },
        }),
      ),
  });

export const deploymentQuery = (id: string) =>
  queryOptions({
    queryKey: ['deployment', id],
    queryFn: () => unwrap(api.deployments[':id'].$get({ param: { id } })),
  });

export const landscapeQuery = () =>
  queryOptions({
    queryKey: ['landscape'],
    queryFn: () => unwrap(api.landscape.$get()),
    staleTime: 5 * 60_000,
  });

export const recommendationsQuery = (filters: DeploymentFilters) =>
  queryOptions({
    queryKey: ['recommendations', filters],
    queryFn: () => unwrap(api.recommendations.$get({ query: toQuery(filters) })),
  });

export const agenciesQuery = () =>
  queryOptions({
    queryKey: ['agencies'],
    queryFn: () => unwrap(api.agencies.$get()),
    staleTime: 5 * 60_000,
  });

/** The export URL for exactly the filters of a view. */
export function exportUrl(filters: DeploymentFilters, format: 'csv' | 'json', lang: 'en' | 'vi', sort?: Sort): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(toQuery(filters))) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  params.set('format', format);
  params.set('lang', lang);
  if (sort) params.set('sort', sort);
  return `/api/v1/deployments/export?${params.toString()}`;
}
