import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { RevisionHistory } from '../api/client.ts';
import { deploymentQuery } from '../api/queries.ts';
import { revisionsQuery } from '../api/work-queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { allOf, Page, QueryView } from '../ui/Page.tsx';
import { Diff } from './Diff.tsx';
import '../ui/workflow.css';

type Revision = RevisionHistory['items'][number];
const ORIGINS = ['seed', 'submission', 'import', 'correction', 'synthetic'] as const;

function RevisionCard({ r, first }: { r: Revision; first: boolean }) {
  const { t } = useTranslation('changes');
  const { date } = useLocale();
  const origin = ORIGINS.find((o) => o === r.origin);
  return (
    <li className="card revision" data-revision={r.revision}>
      <h2>
        {t('history.revision', { n: r.revision })}
        {r.status === 'withdrawn' && (
          <span className="badge badge--withdrawn">{t('history.withdrawn', { date: date(r.publishedAt) })}</span>
        )}
      </h2>
      <p className="small muted">
        {r.status === 'published' && t('history.published', { date: date(r.publishedAt) })}
        {origin ? ` · ${t(`history.origins.${origin}`)}` : ` · ${r.origin}`}
        {!first && r.status === 'published' && ` · ${t('history.changed', { count: r.changes.length })}`}
      </p>
      {first ? (
        <details>
          <summary>{t('history.first', { count: r.changes.length })}</summary>
          <Diff changes={r.changes} caption={t('history.revision', { n: r.revision })} />
        </details>
      ) : (
        r.status === 'published' && <Diff changes={r.changes} caption={t('history.revision', { n: r.revision })} />
      )}
    </li>
  );
}

/** Every published version of a record, newest first, each with its field-by-field changes. */
export function HistoryPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['changes', 'record', 'common']);
  const label = useLabel();
  const query = allOf(useQuery(deploymentQuery(id)), useQuery(revisionsQuery(id)));
  return (
    <QueryView
      query={query}
      notFound={
        <Page title={t('common:state.notFound')} lead={t('record:notFound')}>
          <Link to="/explore">{t('common:nav.explore')}</Link>
        </Page>
      }
    >
      {([d, history]) => (
        <Page
          title={`${t('history.title')}: ${label(d.title)}`}
          lead={t('history.lead', { title: label(d.title) })}
          before={
            <nav className="breadcrumb no-print" aria-label={t('common:nav.breadcrumb')}>
              <Link to="/explore">{t('common:nav.explore')}</Link> / <Link to={`/deployments/${d.id}`}>{d.id}</Link> /{' '}
              <span>{t('history.title')}</span>
            </nav>
          }
        >
          <ol className="revision-list" data-testid="history">
            {history.items.map((r) => (
              <RevisionCard key={r.revision} r={r} first={r.revision === 1} />
            ))}
          </ol>
          <p>
            <Link to={`/deployments/${d.id}`}>{t('history.back')}</Link>
          </p>
        </Page>
      )}
    </QueryView>
  );
}
