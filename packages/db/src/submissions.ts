import { randomUUID } from 'node:crypto';
import {
  type DeploymentRecord,
  diffRecords,
  type FieldChange,
  type Problem,
  type ProposedAgency,
  ProposedAgencySchema,
  proposedAgencyId,
  type SubmissionInput,
  type SubmissionStatus,
  slugify,
  textSimilarity,
  validateRecord,
} from '@aila/domain';
import { audit } from './audit.ts';
import type { Db } from './connection.ts';
import type { User } from './people.ts';

export interface SubmissionComment {
  id: number;
  author: string;
  action: string;
  body: string;
  createdAt: string;
}

export interface Submission {
  id: string;
  deploymentId: string;
  agencyId: string;
  submitter: string;
  status: SubmissionStatus;
  baseRevision: number | null;
  record: Record<string, unknown>;
  proposedAgency: ProposedAgency | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  decidedAt: string | null;
  publishedRevision: number | null;
}

export interface Row {
  id: string;
  deployment_id: string;
  agency_id: string;
  submitter: string;
  status: SubmissionStatus;
  base_revision: number | null;
  record: string;
  proposed_agency: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  decided_at: string | null;
  published_revision: number | null;
}

const SELECT = `SELECT s.*, u.email AS submitter FROM submissions s JOIN users u ON u.id = s.submitter_id`;

export const toSubmission = (r: Row): Submission => ({
  id: r.id,
  deploymentId: r.deployment_id,
  agencyId: r.agency_id,
  submitter: r.submitter,
  status: r.status,
  baseRevision: r.base_revision,
  record: JSON.parse(r.record) as Record<string, unknown>,
  proposedAgency: r.proposed_agency ? (JSON.parse(r.proposed_agency) as ProposedAgency) : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  submittedAt: r.submitted_at,
  decidedAt: r.decided_at,
  publishedRevision: r.published_revision,
});

/** Why a submission action was refused; the API maps the kind to a status. */
export class SubmissionError extends Error {
  constructor(
    readonly kind: 'not_found' | 'forbidden' | 'conflict' | 'validation',
    message: string,
    readonly problems: Problem[] = [],
    readonly changes: FieldChange[] = [],
  ) {
    super(message);
    this.name = 'SubmissionError';
  }
}

const EDITABLE: SubmissionStatus[] = ['draft', 'changes_requested'];

function mayRead(user: User, s: { agency_id: string }): boolean {
  return user.role !== 'submitter' || s.agency_id === user.agencyId;
}

export function load(db: Db, id: string, user: User): Row {
  const row = db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as Row | undefined;
  // A submitter never learns whether another agency's submission exists.
  if (!row || !mayRead(user, row)) throw new SubmissionError('not_found', `No submission with id "${id}".`);
  return row;
}

export function latest(
  db: Db,
  id: string,
): { revision: number; record: string; agency_id: string; status: string } | undefined {
  return db.prepare('SELECT revision, record, agency_id, status FROM deployments WHERE id = ?').get(id) as
    | { revision: number; record: string; agency_id: string; status: string }
    | undefined;
}

/** Creates a draft: a new record, or an update of a published one from its latest revision. */
export function createSubmission(db: Db, input: SubmissionInput, user: User, now: string): Submission {
  return db
    .transaction((): Submission => {
      if (user.role === 'reviewer')
        throw new SubmissionError('forbidden', 'Reviewers review submissions; they do not submit.');
      const proposed = input.proposedAgency ? ProposedAgencySchema.parse(input.proposedAgency) : null;
      let deploymentId: string;
      let baseRevision: number | null = null;
      let ownerAgency: string;
      if (input.deploymentId) {
        const current = latest(db, input.deploymentId);
        if (!current) throw new SubmissionError('not_found', `No deployment with id "${input.deploymentId}".`);
        if (user.role === 'submitter' && current.agency_id !== user.agencyId)
          throw new SubmissionError('forbidden', 'Only the agency that runs a system may submit an update of it.');
        deploymentId = input.deploymentId;
        baseRevision = input.baseRevision ?? current.revision;
        ownerAgency = current.agency_id;
      } else {
        const title = input.record.title as { en?: string; vi?: string } | undefined;
        const wanted =
          typeof input.record.id === 'string' ? input.record.id : slugify(title?.en || title?.vi || 'system');
        deploymentId = `${wanted.slice(0, 80) || 'system'}`;
        if (latest(db, deploymentId)) deploymentId = `${deploymentId}-${randomUUID().slice(0, 6)}`;
        ownerAgency =
          user.role === 'submitter'
            ? (user.agencyId as string)
            : String(input.record.agencyId ?? (proposed ? proposedAgencyId(proposed.name) : ''));
      }
      const record: Record<string, unknown> = { ...input.record, id: deploymentId };
      if (user.role === 'submitter') {
        const allowed = new Set([user.agencyId, proposed ? proposedAgencyId(proposed.name) : null]);
        if (record.agencyId === undefined) record.agencyId = proposed ? proposedAgencyId(proposed.name) : user.agencyId;
        if (!allowed.has(String(record.agencyId)))
          throw new SubmissionError(
            'forbidden',
            'A submitter submits records of their own agency or of an agency they propose.',
          );
      }
      const id = randomUUID();
      db.prepare(
        `INSERT INTO submissions (id, deployment_id, agency_id, submitter_id, status, base_revision, record, proposed_agency, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)`,
      ).run(
        id,
        deploymentId,
        ownerAgency,
        user.id,
        baseRevision,
        JSON.stringify(record),
        proposed ? JSON.stringify(proposed) : null,
        now,
        now,
      );
      audit(db, {
        at: now,
        actor: user.email,
        action: 'create',
        entity: 'submission',
        entityId: id,
        after: { deploymentId, baseRevision },
      });
      return toSubmission(load(db, id, user));
    })
    .immediate();
}

/** Saves a draft (or a submission sent back for changes); anything partial is kept as is. */
export function updateSubmission(db: Db, id: string, input: SubmissionInput, user: User, now: string): Submission {
  return db
    .transaction((): Submission => {
      const row = load(db, id, user);
      if (user.role === 'reviewer' || !EDITABLE.includes(row.status))
        throw new SubmissionError('conflict', `A submission that is ${row.status.replace('_', ' ')} cannot be edited.`);
      const proposed = input.proposedAgency ? ProposedAgencySchema.parse(input.proposedAgency) : null;
      const record: Record<string, unknown> = { ...input.record, id: row.deployment_id };
      if (user.role === 'submitter') {
        const allowed = new Set([user.agencyId, proposed ? proposedAgencyId(proposed.name) : null]);
        if (record.agencyId !== undefined && !allowed.has(String(record.agencyId)))
          throw new SubmissionError(
            'forbidden',
            'A submitter submits records of their own agency or of an agency they propose.',
          );
      }
      db.prepare('UPDATE submissions SET record = ?, proposed_agency = ?, updated_at = ? WHERE id = ?').run(
        JSON.stringify(record),
        proposed ? JSON.stringify(proposed) : null,
        now,
        id,
      );
      audit(db, { at: now, actor: user.email, action: 'update', entity: 'submission', entityId: id });
      return toSubmission(load(db, id, user));
    })
    .immediate();
}

/** The record as it would be published: the proposed agency filled in, provenance set. */
export function candidate(row: Row): Record<string, unknown> {
  return { ...(JSON.parse(row.record) as Record<string, unknown>), provenance: { kind: 'submitted' } };
}

/** Sends a draft for review: it must now pass the published-record schema. */
export function submitSubmission(db: Db, id: string, user: User, now: string): Submission {
  return db
    .transaction((): Submission => {
      const row = load(db, id, user);
      if (user.role === 'reviewer') throw new SubmissionError('forbidden', 'Reviewers do not submit.');
      if (!EDITABLE.includes(row.status))
        throw new SubmissionError(
          'conflict',
          `A submission that is ${row.status.replace('_', ' ')} cannot be submitted.`,
        );
      const result = validateRecord(candidate(row));
      if (!result.success) throw new SubmissionError('validation', 'The record is not complete yet.', result.problems);
      const agencyKnown = db.prepare('SELECT 1 FROM agencies WHERE id = ?').get(result.record.agencyId);
      const proposed = row.proposed_agency ? (JSON.parse(row.proposed_agency) as ProposedAgency) : null;
      if (!agencyKnown && !(proposed && proposedAgencyId(proposed.name) === result.record.agencyId))
        throw new SubmissionError('validation', 'The record is not complete yet.', [
          {
            path: 'agencyId',
            message: `Unknown agency ${result.record.agencyId}: choose one or propose it`,
            messages: {
              en: `Unknown agency ${result.record.agencyId}: choose one or propose it`,
              vi: `Không có cơ quan ${result.record.agencyId}: hãy chọn hoặc đề xuất cơ quan`,
            },
          },
        ]);
      db.prepare("UPDATE submissions SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?").run(
        now,
        now,
        id,
      );
      audit(db, {
        at: now,
        actor: user.email,
        action: 'submit',
        entity: 'submission',
        entityId: id,
        before: { status: row.status },
        after: { status: 'submitted' },
      });
      return toSubmission(load(db, id, user));
    })
    .immediate();
}

export function getSubmission(db: Db, id: string, user: User): Submission {
  return toSubmission(load(db, id, user));
}

export function listSubmissions(db: Db, user: User, filter: { status?: SubmissionStatus[] } = {}): Submission[] {
  const where: string[] = [];
  const args: string[] = [];
  if (user.role === 'submitter') {
    where.push('s.agency_id = ?');
    args.push(user.agencyId ?? '');
  }
  if (filter.status?.length) {
    where.push(`s.status IN (${filter.status.map(() => '?').join(', ')})`);
    args.push(...filter.status);
  }
  return (
    db
      .prepare(
        `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY COALESCE(s.submitted_at, s.updated_at)`,
      )
      .all(...args) as Row[]
  ).map(toSubmission);
}

export function listComments(db: Db, id: string): SubmissionComment[] {
  return db
    .prepare(
      `SELECT c.id, u.email AS author, c.action, c.body, c.created_at AS createdAt
       FROM submission_comments c JOIN users u ON u.id = c.author_id WHERE c.submission_id = ? ORDER BY c.id`,
    )
    .all(id) as SubmissionComment[];
}

/** The changes a submission makes to the published revision it starts from (all fields for a new record). */
export function submissionChanges(db: Db, submission: Submission): FieldChange[] {
  const current = latest(db, submission.deploymentId);
  const base = current ? (JSON.parse(current.record) as Record<string, unknown>) : {};
  return diffRecords(base, { ...base, ...submission.record });
}

/** Published records this one may duplicate: same agency or place, and a similar title or summary. */
export function possibleDuplicates(
  db: Db,
  record: Record<string, unknown>,
  exceptId: string,
): { id: string; title: { en: string; vi: string }; score: number }[] {
  const title = record.title as { en?: string; vi?: string } | undefined;
  const summary = record.summary as { en?: string; vi?: string } | undefined;
  const text = (l?: { en?: string; vi?: string }) => `${l?.en ?? ''} ${l?.vi ?? ''}`;
  if (!text(title).trim() && !text(summary).trim()) return [];
  const rows = db
    .prepare(
      `SELECT id, record FROM deployments WHERE status = 'published' AND provenance <> 'synthetic' AND id <> ?
       AND (agency_id = ? OR (province_code IS NOT NULL AND province_code = ?))`,
    )
    .all(exceptId, String(record.agencyId ?? ''), String(record.provinceCode ?? '')) as {
    id: string;
    record: string;
  }[];
  return rows
    .map((r) => {
      const other = JSON.parse(r.record) as DeploymentRecord;
      const score = Math.max(
        textSimilarity(text(title), text(other.title)),
        0.8 * textSimilarity(text(summary), text(other.summary)),
      );
      return { id: r.id, title: other.title, score: Math.round(score * 100) / 100 };
    })
    .filter((d) => d.score >= 0.5)
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}
