import type { DeploymentFilters, Locale, Sort } from '@aila/domain';
import { queryOptions } from '@tanstack/react-query';
import { toQuery, viewEntries } from '../app/url-state.ts';
import { api, unwrap } from './client.ts';

export const statsQuery = (filters: DeploymentFilters) =>
  queryOptions({
    queryKey: ['stats', filters],
    queryFn: () => unwrap(api.stats.$get({ query: toQuery({ filters }) })),
  });

export const deploymentsQuery = (
  filters: DeploymentFilters,
  page: { page: number; pageSize: number; sort: Sort; lang: Locale },
) =>
  queryOptions({
    queryKey: ['deployments', filters, page],
    queryFn: () =>
      unwrap(
        api.deployments.$get({
          query: {
            ...toQuery({ filters, sort: page.sort, page: page.page }),
            pageSize: String(page.pageSize),
            lang: page.lang,
            // What the results table shows of each record, not the whole record.
            view: 'rows',
          },
        }),
      ),
  });

/** Asks the server each time (a 304 when nothing changed): a record read right after a write must be current. */
export const REVALIDATE = { init: { cache: 'no-cache' } } as const;

export const deploymentQuery = (id: string) =>
  queryOptions({
    queryKey: ['deployment', id],
    queryFn: () => unwrap(api.deployments[':id'].$get({ param: { id } }, REVALIDATE)),
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
    queryFn: () => unwrap(api.recommendations.$get({ query: toQuery({ filters }) })),
  });

/** The whole catalogue's facet counts: which values have records at all (e.g. the countries to offer). */
export const catalogueFacetsQuery = () =>
  queryOptions({
    queryKey: ['facets'],
    queryFn: () => unwrap(api.deployments.$get({ query: { pageSize: '1' } })).then((page) => page.facets),
    staleTime: 5 * 60_000,
  });

export const agenciesQuery = () =>
  queryOptions({
    queryKey: ['agencies'],
    queryFn: () => unwrap(api.agencies.$get()),
    staleTime: 5 * 60_000,
  });

/** The other countries' registers the catalogue has imported, with their coverage and caveats. */
export const registersQuery = () =>
  queryOptions({ queryKey: ['registers'], queryFn: () => unwrap(api.registers.$get()), staleTime: 5 * 60_000 });

/** The export address for exactly the filters and sort of a view. */
export function exportUrl(
  filters: DeploymentFilters,
  format: 'csv' | 'json' | 'datapackage',
  lang: Locale,
  sort?: Sort,
): string {
  const params = new URLSearchParams([...viewEntries({ filters, sort }), ['format', format], ['lang', lang]]);
  return `/api/v1/deployments/export?${params.toString()}`;
}
