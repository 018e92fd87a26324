import type { Api } from '@aila/api';
import type { ErrorBody } from '@aila/domain';
import { type ClientResponse, hc, type InferResponseType } from 'hono/client';
import { queryClient } from './query-client.ts';

export const SESSION_KEY = ['session'] as const;
const CSRF_HEADER = 'X-CSRF-Token';

/**
 * The typed API client: request and response types come from the server's route definitions.
 * Every request made while signed in carries the session's CSRF token, which writes need.
 */
export const api = hc<Api>('/api/v1', {
  headers: (): Record<string, string> => {
    const token = queryClient.getQueryData<Session>(SESSION_KEY)?.csrfToken;
    return token ? { [CSRF_HEADER]: token } : {};
  },
});

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody | null,
    /** Seconds to wait before retrying (429). */
    readonly retryAfter: number | null = null,
  ) {
    super(body?.error.message ?? `Request failed with status ${status}`);
    this.name = 'ApiError';
  }
}

type OkBody<R> = R extends ClientResponse<infer T, 200 | 201, 'json'> ? T : never;

/** Unwraps a client response: the success body, or an ApiError carrying the error envelope. */
export async function unwrap<R extends ClientResponse<unknown, number, 'json'>>(
  response: Promise<R>,
): Promise<OkBody<R>> {
  const res = await response;
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ErrorBody | null;
    const retryAfter = Number(res.headers.get('Retry-After'));
    throw new ApiError(res.status, body, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
  }
  return (await res.json()) as OkBody<R>;
}

export type DeploymentPage = InferResponseType<typeof api.deployments.$get, 200>;
export type DeploymentDetail = InferResponseType<(typeof api.deployments)[':id']['$get'], 200>;
export type RevisionHistory = InferResponseType<(typeof api.deployments)[':id']['revisions']['$get'], 200>;
export type Stats = InferResponseType<typeof api.stats.$get, 200>;
export type Taxonomy = InferResponseType<typeof api.taxonomy.$get, 200>;
export type LandscapeData = InferResponseType<typeof api.landscape.$get, 200>;
export type RecommendationsData = InferResponseType<typeof api.recommendations.$get, 200>;
export type AgencyList = InferResponseType<typeof api.agencies.$get, 200>;
export type RegisterList = InferResponseType<typeof api.registers.$get, 200>;
export type Session = InferResponseType<typeof api.auth.session.$get, 200>;
export type User = NonNullable<Session['user']>;
export type SubmissionList = InferResponseType<typeof api.submissions.$get, 200>;
export type SubmissionSummary = SubmissionList['items'][number];
export type SubmissionDetail = InferResponseType<(typeof api.submissions)[':id']['$get'], 200>;
export type FieldChange = SubmissionDetail['changes'][number];
export type FlagList = InferResponseType<typeof api.flags.$get, 200>;
/** The JSON form of the audit log (the same route also answers CSV). */
export type AuditList = Extract<InferResponseType<typeof api.audit.$get, 200>, { items: unknown }>;
