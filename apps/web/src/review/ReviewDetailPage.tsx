import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError, type SubmissionDetail } from '../api/client.ts';
import { submissionQuery } from '../api/work-queries.ts';
import { addComment, type Decision, decide } from '../api/writes.ts';
import { useLocale } from '../app/locale.ts';
import { RequireUser } from '../auth/RequireUser.tsx';
import { Diff } from '../changes/Diff.tsx';
import { TextAreaField } from '../ui/controls.tsx';
import { Page, QueryView } from '../ui/Page.tsx';
import { entryTitle } from './entry.ts';
import { Duplicates, ProposedAgency } from './Sidebar.tsx';
import { Thread } from './Thread.tsx';
import '../ui/workflow.css';

/** Approve, ask for changes or reject; a refused approval shows what changed in the record since. */
function DecisionPanel({ s }: { s: SubmissionDetail }) {
  const { t } = useTranslation('review');
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const decision = useMutation({
    mutationFn: (d: Decision) => decide(s.id, d, comment.trim()),
    onSuccess: (detail) => {
      queryClient.setQueryData(submissionQuery(s.id).queryKey, detail);
      // An approval publishes: every view of the catalogue may have changed.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'submission' });
    },
  });
  const run = (d: Decision) => {
    const needsComment = d !== 'approve' && !comment.trim();
    setMissing(needsComment);
    if (!needsComment) decision.mutate(d);
  };
  const error = decision.error;
  const conflict = error instanceof ApiError && error.status === 409 ? (error.body?.error.changes ?? null) : null;
  return (
    <section className="card decision" aria-labelledby="decision-h">
      <h2 id="decision-h">{t('detail.decision')}</h2>
      <TextAreaField
        id="decision-comment"
        label={t('detail.comment')}
        help={t('detail.commentHelp')}
        error={missing ? t('detail.commentRequired') : null}
        value={comment}
        onChange={setComment}
      />
      <div className="decision__buttons">
        <button type="button" className="btn" disabled={decision.isPending} onClick={() => run('approve')}>
          {t('detail.approve')}
        </button>
        <button
          type="button"
          className="btn btn--ghost"
          disabled={decision.isPending}
          onClick={() => run('request-changes')}
        >
          {t('detail.requestChanges')}
        </button>
        <button type="button" className="btn btn--danger" disabled={decision.isPending} onClick={() => run('reject')}>
          {t('detail.reject')}
        </button>
      </div>
      {conflict ? (
        <div className="conflict" role="alert" data-testid="conflict">
          <h3>{t('detail.conflictTitle')}</h3>
          <p>{error instanceof ApiError ? error.message : null}</p>
          <p>{t('detail.conflictText')}</p>
          <Diff changes={conflict} caption={t('detail.conflictTitle')} />
        </div>
      ) : (
        error && (
          <p className="form-alert" role="alert">
            {error.message}
          </p>
        )
      )}
    </section>
  );
}

function Review({ s }: { s: SubmissionDetail }) {
  const { t } = useTranslation(['review', 'common']);
  const { locale, date } = useLocale();
  const queryClient = useQueryClient();
  const comment = useMutation({
    mutationFn: (text: string) => addComment(s.id, text),
    onSuccess: (detail) => queryClient.setQueryData(submissionQuery(s.id).queryKey, detail),
  });
  const status = t(`status.${s.status}`);
  const isNew = s.baseRevision === null;
  return (
    <Page
      title={entryTitle(s.record, locale) ?? t('untitled')}
      eyebrow={isNew ? t('kind.new') : t('kind.update', { id: s.deploymentId })}
      lead={t('detail.submittedBy', { submitter: s.submitter, date: date(s.submittedAt ?? s.updatedAt) })}
      before={
        <nav className="breadcrumb no-print" aria-label={t('common:nav.breadcrumb')}>
          <Link to="/review">{t('detail.back')}</Link>
          {!isNew && (
            <>
              {' · '}
              <Link to={`/deployments/${s.deploymentId}`}>{t('detail.publishedRecord')}</Link>
            </>
          )}
        </nav>
      }
      meta={
        <div className="badges">
          <span className={`badge badge--status-${s.status}`} data-testid="submission-status">
            {status}
          </span>
        </div>
      }
    >
      <div className="review__grid">
        <div className="stack">
          <section className="card" aria-labelledby="changes-h">
            <h2 id="changes-h">{isNew ? t('detail.changesNew') : t('detail.changes')}</h2>
            <Diff changes={s.changes} caption={isNew ? t('detail.changesNew') : t('detail.changes')} />
          </section>
        </div>
        <div className="stack">
          {s.status === 'submitted' ? (
            <DecisionPanel s={s} />
          ) : (
            <p className="card notice" role="status" data-testid="decided">
              {s.status === 'draft' ? t('detail.notDecidable', { status }) : t('detail.done', { status })}
              {s.publishedRevision !== null && (
                <>
                  {' '}
                  <Link to={`/deployments/${s.deploymentId}`}>
                    {t('detail.published', { revision: s.publishedRevision })}
                  </Link>
                </>
              )}
            </p>
          )}
          {s.proposedAgency && <ProposedAgency agency={s.proposedAgency} />}
          <Duplicates s={s} />
          <div className="card">
            <Thread comments={s.comments} onAdd={(text) => comment.mutateAsync(text)} busy={comment.isPending} />
          </div>
        </div>
      </div>
    </Page>
  );
}

function ReviewLoad({ id }: { id: string }) {
  const query = useQuery(submissionQuery(id));
  return <QueryView query={query}>{(s) => <Review s={s} />}</QueryView>;
}

export function ReviewDetailPage() {
  const { id = '' } = useParams();
  return <RequireUser roles={['reviewer', 'admin']}>{() => <ReviewLoad id={id} />}</RequireUser>;
}
