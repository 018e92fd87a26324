import { useQuery } from '@tanstack/react-query';
import type { User } from '../api/client.ts';
import { sessionQuery } from '../api/work-queries.ts';

export type Role = User['role'];

/** The signed-in user, or null; undefined while the session is being asked for. */
export function useUser(): User | null | undefined {
  const session = useQuery(sessionQuery());
  if (session.isError) return null;
  return session.data?.user;
}

/** Whether the user may edit records of an agency (its own submitters, and admins). */
export const mayUpdate = (user: User | null | undefined, agencyId: string): boolean =>
  Boolean(user && (user.role === 'admin' || (user.role === 'submitter' && user.agencyId === agencyId)));

export const isReviewer = (user: User | null | undefined): boolean =>
  user?.role === 'reviewer' || user?.role === 'admin';

export const maySubmit = (user: User | null | undefined): boolean =>
  user?.role === 'submitter' || user?.role === 'admin';
