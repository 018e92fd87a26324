import { type Label, recordOf } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { DeploymentDetail, SubmissionDetail, User } from '../api/client.ts';
import { agenciesQuery, deploymentQuery } from '../api/queries.ts';
import { submissionQuery } from '../api/work-queries.ts';
import { RequireUser } from '../auth/RequireUser.tsx';
import { mayUpdate } from '../auth/session.ts';
import { Thread } from '../review/Thread.tsx';
import { allOf, Page, QueryView } from '../ui/Page.tsx';
import { draftOf, NEW_RECORD } from './draft.ts';
import { SubmissionForm } from './SubmissionForm.tsx';
import '../ui/workflow.css';

type Agencies = readonly { id: string; name: Label }[];
interface Start {
  id: string | null;
  deployment: string | null;
}

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Page title={title}>
      <div className="card">{children}</div>
    </Page>
  );
}

/** An entry saved before: editable while a draft or sent back for changes. */
function FromSubmission({
  s,
  user,
  agencies,
  onCreated,
}: {
  s: SubmissionDetail;
  user: User;
  agencies: Agencies;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation(['submit', 'review']);
  const initial = useMemo(() => draftOf(s.record, s.proposedAgency), [s]);
  const status = t(`review:status.${s.status}`);
  if (s.status !== 'draft' && s.status !== 'changes_requested')
    return (
      <Notice title={t('title')}>
        <p>{t('status.notEditable', { status })}</p>
        <Link to="/submissions">{t('status.toList')}</Link>
      </Notice>
    );
  const update = s.baseRevision !== null;
  const agency = agencies.find((a) => a.id === s.agencyId);
  return (
    <Page
      title={update ? t('titleUpdate') : t('title')}
      lead={update ? t('updateOf', { id: s.deploymentId, revision: s.baseRevision }) : t('lead')}
      meta={
        <div className="badges">
          <span className={`badge badge--status-${s.status}`}>{status}</span>
        </div>
      }
    >
      {s.status === 'changes_requested' && (
        <div className="card notice notice--warn">
          <p>{t('status.changesRequested')}</p>
          <Thread comments={s.comments} />
        </div>
      )}
      <SubmissionForm
        initial={initial}
        target={{}}
        submissionId={s.id}
        onCreated={onCreated}
        context={{
          user,
          agencies,
          fixedAgency: update ? { id: s.agencyId, name: agency?.name ?? { en: s.agencyId, vi: s.agencyId } } : null,
        }}
      />
    </Page>
  );
}

/** An update of a published record, from its latest revision. */
function FromDeployment({
  d,
  user,
  agencies,
  onCreated,
}: {
  d: DeploymentDetail;
  user: User;
  agencies: Agencies;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation('submit');
  const initial = useMemo(() => draftOf(recordOf(d) as unknown as Record<string, unknown>), [d]);
  if (!mayUpdate(user, d.agency.id))
    return (
      <Notice title={t('titleUpdate')}>
        <p>{t('status.forbidden')}</p>
      </Notice>
    );
  return (
    <Page title={t('titleUpdate')} lead={t('updateOf', { id: d.id, revision: d.revision })}>
      <SubmissionForm
        initial={initial}
        target={{ deploymentId: d.id, baseRevision: d.revision }}
        submissionId={null}
        onCreated={onCreated}
        context={{ user, agencies, fixedAgency: { id: d.agency.id, name: d.agency.name } }}
      />
    </Page>
  );
}

function NewEntry({ user, agencies, onCreated }: { user: User; agencies: Agencies; onCreated: (id: string) => void }) {
  const { t } = useTranslation('submit');
  const initial = useMemo(() => draftOf({ ...NEW_RECORD, agencyId: user.agencyId ?? '' }), [user.agencyId]);
  return (
    <Page title={t('title')} lead={t('lead')}>
      <SubmissionForm
        initial={initial}
        target={{}}
        submissionId={null}
        onCreated={onCreated}
        context={{ user, agencies, fixedAgency: null }}
      />
    </Page>
  );
}

/**
 * What the form was opened on: a saved submission (`?id=`), an update of a record
 * (`?deployment=`), or a new entry. The id the form itself adds once saved does not restart it.
 */
function SubmitStart({ user }: { user: User }) {
  const [params, setParams] = useSearchParams();
  const ownIds = useRef(new Set<string>());
  const [start, setStart] = useState<Start>({ id: params.get('id'), deployment: params.get('deployment') });
  const id = params.get('id');
  const deployment = params.get('deployment');
  useEffect(() => {
    if (id && ownIds.current.has(id)) return;
    if (id !== start.id || deployment !== start.deployment) setStart({ id, deployment });
  }, [id, deployment, start]);

  const onCreated = (created: string) => {
    ownIds.current.add(created);
    setParams(
      (p) => {
        p.set('id', created);
        p.delete('deployment');
        return p;
      },
      { replace: true },
    );
  };
  const agencies = useQuery(agenciesQuery());
  const submission = useQuery({ ...submissionQuery(start.id ?? ''), enabled: Boolean(start.id), staleTime: Infinity });
  const record = useQuery({
    ...deploymentQuery(start.deployment ?? ''),
    enabled: Boolean(start.deployment) && !start.id,
  });
  const key = start.id ?? `deployment:${start.deployment ?? 'new'}`;
  const list = (data: { items: Agencies }) => data.items;

  if (start.id)
    return (
      <QueryView query={allOf(submission, agencies)}>
        {([s, a]) => <FromSubmission key={key} s={s} user={user} agencies={list(a)} onCreated={onCreated} />}
      </QueryView>
    );
  if (start.deployment)
    return (
      <QueryView query={allOf(record, agencies)}>
        {([d, a]) => <FromDeployment key={key} d={d} user={user} agencies={list(a)} onCreated={onCreated} />}
      </QueryView>
    );
  return (
    <QueryView query={agencies}>
      {(a) => <NewEntry key={key} user={user} agencies={list(a)} onCreated={onCreated} />}
    </QueryView>
  );
}

export function SubmitPage() {
  return <RequireUser roles={['submitter', 'admin']}>{(user) => <SubmitStart user={user} />}</RequireUser>;
}
