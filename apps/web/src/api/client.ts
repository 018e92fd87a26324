import type { Api } from '@aila/api';
import type { ErrorBody } from '@aila/domain';
import { type ClientResponse, hc, type InferResponseType } from 'hono/client';

/** The typed API client: request and response types come from the server's route definitions. */
export const api = hc<Api>('/api/v1');

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
  ) {
    super(body?.error.message ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
  }
}

type OkBody<R> = R extends ClientResponse<infer T, 200, 'json'> ? T : never;

/** Unwraps a client response: the 200 body, or an ApiError carrying the error envelope. */
export async function unwrap<R extends ClientResponse<unknown, number, 'json'>>(
  response: Promise<R>,
): Promise<OkBody<R>> {
  const res = await response;
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ErrorBody | null;
    throw new ApiError(res.status, body);
  }
  return (await res.json()) as OkBody<R>;
}

export type DeploymentPage = InferResponseType<typeof api.deployments.$get, 200>;
export type DeploymentDetail = InferResponseType<(typeof api.deployments)[':id']['$get'], 200>;
export type Stats = InferResponseType<typeof api.stats.$get, 200>;
export type Taxonomy = InferResponseType<typeof api.taxonomy.$get, 200>;
export type LandscapeData = InferResponseType<typeof api.landscape.$get, 200>;
export type RecommendationsData = InferResponseType<typeof api.recommendations.$get, 200>;
export type AgencyList = InferResponseType<typeof api.agencies.$get, 200>;
