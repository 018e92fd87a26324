import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { FlagList } from '../api/client.ts';
import { type FlagStatus, flagsQuery } from '../api/work-queries.ts';
import { resolveFlag } from '../api/writes.ts';
import { useLocale } from '../app/locale.ts';
import { ParamSelect } from '../ui/controls.tsx';
import { QueryView } from '../ui/Page.tsx';

type Flag = FlagList['items'][number];
const FLAG_STATUSES: readonly FlagStatus[] = ['open', 'resolved', 'all'];
const flagStatus = (raw: string | null): FlagStatus => FLAG_STATUSES.find((s) => s === raw) ?? 'open';

function Resolve({ flag }: { flag: Flag }) {
  const { t } = useTranslation('review');
  const queryClient = useQueryClient();
  const [comment, setComment] = useState('');
  const resolve = useMutation({
    mutationFn: () => resolveFlag(flag.id, comment.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['flags'] });
      void queryClient.invalidateQueries({ queryKey: ['deployment', flag.deploymentId] });
    },
  });
  const id = `resolve-${flag.id}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (comment.trim()) resolve.mutate();
      }}
    >
      <label htmlFor={id}>{t('flags.resolveComment')}</label>
      <input id={id} type="text" value={comment} onChange={(e) => setComment(e.target.value)} />
      <button type="submit" className="btn btn--small" disabled={!comment.trim() || resolve.isPending}>
        {t('flags.resolve')}
      </button>
      {resolve.error && (
        <p className="field-error" role="alert">
          {resolve.error.message}
        </p>
      )}
    </form>
  );
}

/** Readers' reports of problems on published records, with a way to resolve each. */
export function FlagsPanel() {
  const { t } = useTranslation('review');
  const { date } = useLocale();
  const [params] = useSearchParams();
  const status = flagStatus(params.get('reports'));
  const query = useQuery(flagsQuery(status));
  return (
    <section className="section" aria-labelledby="flags-h">
      <h2 id="flags-h" className="section__title">
        {t('flags.title')}
      </h2>
      <p className="muted">{t('flags.lead')}</p>
      <ParamSelect
        id="flag-status"
        label={t('flags.filter')}
        param="reports"
        value={status}
        options={FLAG_STATUSES.map((s) => ({ value: s, label: t(`flags.${s}`) }))}
      />
      <QueryView query={query} isEmpty={(d) => d.items.length === 0} empty={<p>{t('flags.empty')}</p>}>
        {(d) => (
          <ul className="entry-list" data-testid="flags">
            {d.items.map((f) => (
              <li key={f.id} className="card entry" data-flag={f.id}>
                <p className="small muted">
                  {t('flags.record')}: <Link to={`/deployments/${f.deploymentId}`}>{f.deploymentId}</Link> ·{' '}
                  {t('flags.received')}: {date(f.createdAt)}
                  {f.contact && (
                    <>
                      {' '}
                      · {t('flags.contact')}: <span className="break">{f.contact}</span>
                    </>
                  )}
                </p>
                <p className="entry__message">{f.message}</p>
                {f.status === 'open' ? (
                  <Resolve flag={f} />
                ) : (
                  <p className="small">
                    {t('flags.resolvedOn', { date: date(f.resolvedAt ?? f.createdAt), resolution: f.resolution ?? '' })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}
