import type { ReadinessInput } from '@aila/domain';
import { queryOptions } from '@tanstack/react-query';
import type { InferResponseType } from 'hono/client';
import { api, unwrap } from '../api/client.ts';

/** The readiness routes' queries and writes; types come from the server's route definitions. */

export type ReadinessView = InferResponseType<(typeof api.readiness.agencies)[':agencyId']['$get'], 200>;
export type InstrumentAnswer = InferResponseType<typeof api.readiness.instrument.$get, 200>;
export type ReadinessLandscape = InferResponseType<typeof api.readiness.landscape.$get, 200>;
export type Step = ReadinessView['steps'][number];

export const instrumentQuery = (version?: number) =>
  queryOptions({
    queryKey: ['readiness-instrument', version ?? 'current'],
    queryFn: () =>
      unwrap(api.readiness.instrument.$get({ query: version === undefined ? {} : { version: String(version) } })),
    staleTime: 10 * 60_000,
  });

export const readinessViewQuery = (agencyId: string, round?: string) =>
  queryOptions({
    queryKey: ['readiness', agencyId, round ?? 'current'],
    queryFn: () =>
      unwrap(api.readiness.agencies[':agencyId'].$get({ param: { agencyId }, query: round ? { round } : {} })),
    staleTime: 0,
  });

export const readinessListQuery = () =>
  queryOptions({
    queryKey: ['readiness-responses'],
    queryFn: () => unwrap(api.readiness.responses.$get()),
    staleTime: 0,
  });

export const readinessLandscapeQuery = () =>
  queryOptions({
    queryKey: ['readiness-landscape'],
    queryFn: () => unwrap(api.readiness.landscape.$get()),
    staleTime: 60_000,
  });

export const saveReadiness = (agencyId: string, input: ReadinessInput) =>
  unwrap(api.readiness.agencies[':agencyId'].$put({ param: { agencyId }, json: input }));

export const publishReadiness = (agencyId: string, published: boolean) =>
  unwrap(api.readiness.agencies[':agencyId'].publish.$post({ param: { agencyId }, query: {}, json: { published } }));

export const EXPORT_URL = '/api/v1/readiness/export/datapackage.json';
