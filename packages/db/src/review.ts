import {
  diffRecords,
  type ProposedAgency,
  proposedAgencyId,
  type SubmissionStatus,
  validateRecord,
} from '@aila/domain';
import { audit } from './audit.ts';
import type { Db } from './connection.ts';
import type { User } from './people.ts';
import { publish, StaleRevisionError, saveAgency } from './publish.ts';
import {
  candidate,
  latest,
  listComments,
  load,
  type Submission,
  type SubmissionComment,
  SubmissionError,
  toSubmission,
} from './submissions.ts';

export type Decision = 'request_changes' | 'reject' | 'approve';

/**
 * A reviewer's decision. Approving publishes through the one publishing path, from the
 * revision the submission started at: a newer published revision is a conflict with its diff.
 */
export function decideSubmission(
  db: Db,
  id: string,
  decision: Decision,
  user: User,
  comment: string | undefined,
  now: string,
): Submission {
  return db
    .transaction((): Submission => {
      if (user.role === 'submitter') throw new SubmissionError('forbidden', 'Only reviewers decide on submissions.');
      const row = load(db, id, user);
      if (row.status !== 'submitted')
        throw new SubmissionError(
          'conflict',
          `Only a submitted entry can be decided; this one is ${row.status.replace('_', ' ')}.`,
        );
      const status: SubmissionStatus =
        decision === 'approve' ? 'approved' : decision === 'reject' ? 'rejected' : 'changes_requested';
      let publishedRevision: number | null = null;
      if (decision === 'approve') {
        const result = validateRecord(candidate(row));
        if (!result.success)
          throw new SubmissionError('validation', 'The record no longer validates.', result.problems);
        const proposed = row.proposed_agency ? (JSON.parse(row.proposed_agency) as ProposedAgency) : null;
        if (proposed && proposedAgencyId(proposed.name) === result.record.agencyId) {
          const name = proposed.name.en || proposed.name.vi || '';
          saveAgency(
            db,
            {
              id: proposedAgencyId(proposed.name),
              name: { en: proposed.name.en || name, vi: proposed.name.vi || name },
              level: proposed.level,
              parentId: proposed.parentId,
              country: result.record.country,
              provinceCode: proposed.provinceCode,
              website: proposed.website,
            },
            now,
            user.email,
          );
        }
        try {
          // Confirmed by its agency and a reviewer today: the record counts as checked.
          publishedRevision = publish(
            db,
            { ...result.record, reviewedOn: now.slice(0, 10) },
            {
              actor: user.email,
              origin: 'submission',
              now,
              ...(row.base_revision === null ? {} : { baseRevision: row.base_revision }),
            },
          ).revision;
        } catch (error) {
          if (!(error instanceof StaleRevisionError)) throw error;
          const base = db
            .prepare('SELECT record FROM deployment_revisions WHERE deployment_id = ? AND revision = ?')
            .get(row.deployment_id, row.base_revision) as { record: string } | undefined;
          const current = latest(db, row.deployment_id);
          throw new SubmissionError(
            'conflict',
            `${row.deployment_id} was changed since revision ${error.base}: revision ${error.current} is published. Review the changes and ask the agency to update its submission.`,
            [],
            diffRecords(base ? JSON.parse(base.record) : {}, current ? JSON.parse(current.record) : {}),
          );
        }
      } else if (!comment) {
        throw new SubmissionError('validation', 'A comment is required.', [
          {
            path: 'comment',
            message: 'A comment is required',
            messages: { en: 'A comment is required', vi: 'Cần có nhận xét' },
          },
        ]);
      }
      db.prepare(
        'UPDATE submissions SET status = ?, decided_at = ?, decided_by = ?, updated_at = ?, published_revision = ? WHERE id = ?',
      ).run(status, now, user.id, now, publishedRevision, id);
      if (comment)
        db.prepare(
          'INSERT INTO submission_comments (submission_id, author_id, action, body, created_at) VALUES (?, ?, ?, ?, ?)',
        ).run(id, user.id, decision, comment, now);
      audit(db, {
        at: now,
        actor: user.email,
        action: decision,
        entity: 'submission',
        entityId: id,
        before: { status: row.status },
        after: { status, publishedRevision },
      });
      return toSubmission(load(db, id, user));
    })
    .immediate();
}

/** A note in the submission's thread, by its submitter's agency or a reviewer. */
export function addComment(db: Db, id: string, user: User, body: string, now: string): SubmissionComment[] {
  return db
    .transaction(() => {
      load(db, id, user);
      db.prepare(
        "INSERT INTO submission_comments (submission_id, author_id, action, body, created_at) VALUES (?, ?, 'comment', ?, ?)",
      ).run(id, user.id, body, now);
      audit(db, { at: now, actor: user.email, action: 'comment', entity: 'submission', entityId: id });
      return listComments(db, id);
    })
    .immediate();
}
