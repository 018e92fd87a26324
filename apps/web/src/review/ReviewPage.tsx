import type { Label, SubmissionStatus } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { SubmissionSummary } from '../api/client.ts';
import { agenciesQuery } from '../api/queries.ts';
import { submissionsQuery } from '../api/work-queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { RequireUser } from '../auth/RequireUser.tsx';
import { HeadRow, ParamSelect } from '../ui/controls.tsx';
import { Page, QueryView } from '../ui/Page.tsx';
import { ageInDays, entryTitle } from './entry.ts';
import { FlagsPanel } from './FlagsPanel.tsx';
import '../ui/workflow.css';

type Filter = SubmissionStatus | 'all';
const FILTERS: readonly Filter[] = ['submitted', 'changes_requested', 'draft', 'approved', 'rejected', 'all'];
const filterOf = (raw: string | null): Filter => FILTERS.find((f) => f === raw) ?? 'submitted';

function Queue({ items, agencies }: { items: readonly SubmissionSummary[]; agencies: ReadonlyMap<string, Label> }) {
  const { t } = useTranslation('review');
  const { locale, date } = useLocale();
  const label = useLabel();
  return (
    <div className="table-scroll">
      <table className="data-table queue" data-testid="queue">
        <HeadRow
          columns={[
            t('columns.entry'),
            t('columns.agency'),
            t('columns.submitter'),
            t('columns.status'),
            { label: t('columns.age'), numeric: true },
          ]}
        />
        <tbody>
          {items.map((s) => (
            <tr key={s.id} data-submission={s.id}>
              <th scope="row">
                <Link to={`/review/${s.id}`}>{entryTitle(s.record, locale) ?? t('untitled')}</Link>
                <div className="small muted">
                  {s.baseRevision === null ? t('kind.new') : t('kind.update', { id: s.deploymentId })}
                </div>
              </th>
              <td>{label(agencies.get(s.agencyId)) || s.agencyId}</td>
              <td className="break">{s.submitter}</td>
              <td>
                <span className={`badge badge--status-${s.status}`}>{t(`status.${s.status}`)}</span>
              </td>
              <td className="num" title={date(s.submittedAt ?? s.updatedAt)}>
                {t('age', { count: ageInDays(s) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReviewQueue() {
  const { t } = useTranslation('review');
  const [params] = useSearchParams();
  const filter = filterOf(params.get('status'));
  const query = useQuery(submissionsQuery(filter === 'all' ? undefined : [filter]));
  const agencies = useQuery(agenciesQuery());
  const names = useMemo(
    () => new Map((agencies.data?.items ?? []).map((a) => [a.id, a.name] as const)),
    [agencies.data],
  );
  return (
    <Page title={t('queue.title')} lead={t('queue.lead')}>
      <section aria-labelledby="queue-h">
        <h2 id="queue-h" className="visually-hidden">
          {t('queue.title')}
        </h2>
        <ParamSelect
          id="queue-status"
          label={t('queue.filter')}
          param="status"
          value={filter}
          options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? t('queue.all') : t(`status.${f}`) }))}
        />
        <QueryView query={query} isEmpty={(d) => d.items.length === 0} empty={<p>{t('queue.empty')}</p>}>
          {(d) => <Queue items={d.items} agencies={names} />}
        </QueryView>
      </section>
      <FlagsPanel />
    </Page>
  );
}

export function ReviewPage() {
  return <RequireUser roles={['reviewer', 'admin']}>{() => <ReviewQueue />}</RequireUser>;
}
