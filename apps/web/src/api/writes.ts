import type { SubmissionInput } from '@aila/domain';
import { api, unwrap } from './client.ts';

/** Every write of the web app; the client adds the session's CSRF token. */

export const signIn = (email: string, password: string) => unwrap(api.auth.login.$post({ json: { email, password } }));

export const signOut = () => unwrap(api.auth.logout.$post());

export const createSubmission = (input: SubmissionInput) => unwrap(api.submissions.$post({ json: input }));

export const saveSubmission = (id: string, input: SubmissionInput) =>
  unwrap(api.submissions[':id'].$put({ param: { id }, json: input }));

export const sendForReview = (id: string) => unwrap(api.submissions[':id'].submit.$post({ param: { id } }));

export const addComment = (id: string, comment: string) =>
  unwrap(api.submissions[':id'].comments.$post({ param: { id }, json: { comment } }));

export type Decision = 'approve' | 'request-changes' | 'reject';

/** A reviewer's decision; approving may answer 409 with what changed in the published record since. */
export function decide(id: string, decision: Decision, comment: string) {
  const submission = api.submissions[':id'];
  const param = { id };
  if (decision === 'approve') return unwrap(submission.approve.$post({ param, json: comment ? { comment } : {} }));
  const json = { comment };
  return unwrap(
    decision === 'reject'
      ? submission.reject.$post({ param, json })
      : submission['request-changes'].$post({ param, json }),
  );
}

export const reportProblem = (deploymentId: string, message: string, contact: string) =>
  unwrap(
    api.deployments[':id'].flags.$post({
      param: { id: deploymentId },
      json: contact ? { message, contact } : { message },
    }),
  );

export const resolveFlag = (id: number, comment: string) =>
  unwrap(api.flags[':id'].resolve.$post({ param: { id: String(id) }, json: { comment } }));
