import { queryOptions } from '@tanstack/react-query';
import { type AuditList, api, SESSION_KEY, unwrap } from './client.ts';
import { REVALIDATE } from './queries.ts';

/** Queries of signed-in work (the session, submissions, reports, audit) and of a record's history: none is needed by the overview. */
/** Who is signed in (user null when nobody), with the CSRF token the client sends on writes. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: SESSION_KEY,
    queryFn: () => unwrap(api.auth.session.$get()),
    staleTime: 5 * 60_000,
  });

export const revisionsQuery = (id: string) =>
  queryOptions({
    queryKey: ['revisions', id],
    queryFn: () => unwrap(api.deployments[':id'].revisions.$get({ param: { id } }, REVALIDATE)),
  });

/** A submitter's own agency's submissions, or every one for reviewers (the queue). */
export const submissionsQuery = (status?: readonly string[]) =>
  queryOptions({
    queryKey: ['submissions', status ?? []],
    queryFn: () => unwrap(api.submissions.$get({ query: status?.length ? { status: status.join(',') } : {} })),
    staleTime: 0,
  });

export const submissionQuery = (id: string) =>
  queryOptions({
    queryKey: ['submission', id],
    queryFn: () => unwrap(api.submissions[':id'].$get({ param: { id } })),
    staleTime: 0,
  });

export type FlagStatus = 'open' | 'resolved' | 'all';
export const flagsQuery = (status: FlagStatus) =>
  queryOptions({
    queryKey: ['flags', status],
    queryFn: () => unwrap(api.flags.$get({ query: { status } })),
    staleTime: 0,
  });

export interface AuditFilter {
  entity?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
}
const auditParams = (filter: AuditFilter) =>
  Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as Record<string, string>;

export const auditQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit', filter],
    queryFn: async () => (await unwrap(api.audit.$get({ query: auditParams(filter) }))) as AuditList,
    staleTime: 0,
  });

/** The CSV download of the audit log for the same filters (the session cookie goes with it). */
export function auditCsvUrl(filter: AuditFilter): string {
  return `/api/v1/audit?${new URLSearchParams({ ...auditParams(filter), format: 'csv' }).toString()}`;
}
