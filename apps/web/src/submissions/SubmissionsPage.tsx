import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { SubmissionSummary } from '../api/client.ts';
import { submissionQuery, submissionsQuery } from '../api/work-queries.ts';
import { useLocale } from '../app/locale.ts';
import { RequireUser } from '../auth/RequireUser.tsx';
import { entryTitle } from '../review/entry.ts';
import { Thread } from '../review/Thread.tsx';
import { Page, QueryView } from '../ui/Page.tsx';
import '../ui/workflow.css';

/** Statuses whose reviewer comments the officer needs to read. */
const WITH_COMMENTS = new Set(['changes_requested', 'rejected']);

function NextStep({ s }: { s: SubmissionSummary }) {
  const { t } = useTranslation('review');
  switch (s.status) {
    case 'draft':
      return <Link to={`/submit?id=${s.id}`}>{t('mine.continue')}</Link>;
    case 'changes_requested':
      return (
        <Link className="btn" to={`/submit?id=${s.id}`}>
          {t('mine.fix')}
        </Link>
      );
    case 'approved':
      return <Link to={`/deployments/${s.deploymentId}`}>{t('mine.view')}</Link>;
    case 'submitted':
      return <span className="muted">{t('mine.waiting')}</span>;
    default:
      return null;
  }
}

function SubmissionList({ items }: { items: readonly SubmissionSummary[] }) {
  const { t } = useTranslation('review');
  const { locale, date } = useLocale();
  const details = useQueries({
    queries: items.filter((s) => WITH_COMMENTS.has(s.status)).map((s) => submissionQuery(s.id)),
  });
  const commentsOf = (id: string) => details.find((d) => d.data?.id === id)?.data?.comments ?? [];
  return (
    <ul className="entry-list" data-testid="my-submissions">
      {[...items].reverse().map((s) => (
        <li key={s.id} className="card entry" data-status={s.status} data-submission={s.id}>
          <div className="entry__head">
            <h2>{entryTitle(s.record, locale) ?? t('untitled')}</h2>
            <span className={`badge badge--status-${s.status}`}>{t(`status.${s.status}`)}</span>
          </div>
          <p className="small muted">
            {s.baseRevision === null ? t('kind.new') : t('kind.update', { id: s.deploymentId })} ·{' '}
            {t('columns.updated')}: {date(s.updatedAt)}
          </p>
          {WITH_COMMENTS.has(s.status) && (
            <div className="entry__comments">
              <Thread comments={commentsOf(s.id)} heading="h3" />
            </div>
          )}
          <p className="entry__next">
            <NextStep s={s} />
          </p>
        </li>
      ))}
    </ul>
  );
}

function Mine() {
  const { t } = useTranslation('review');
  const [params] = useSearchParams();
  const query = useQuery(submissionsQuery());
  return (
    <Page
      title={t('mine.title')}
      lead={t('mine.lead')}
      meta={
        <p>
          <Link className="btn" to="/submit">
            {t('mine.new')}
          </Link>
        </p>
      }
    >
      {params.get('sent') && (
        <p className="notice notice--ok" role="status" data-testid="sent-notice">
          {t('mine.sent')}
        </p>
      )}
      <QueryView query={query} isEmpty={(d) => d.items.length === 0} empty={<p>{t('mine.empty')}</p>}>
        {(d) => <SubmissionList items={d.items} />}
      </QueryView>
    </Page>
  );
}

export function SubmissionsPage() {
  return <RequireUser roles={['submitter', 'admin']}>{() => <Mine />}</RequireUser>;
}
