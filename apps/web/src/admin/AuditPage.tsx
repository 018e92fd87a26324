import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { AuditList } from '../api/client.ts';
import { type AuditFilter, auditCsvUrl, auditQuery } from '../api/work-queries.ts';
import { RequireUser } from '../auth/RequireUser.tsx';
import { HeadRow } from '../ui/controls.tsx';
import { Page, QueryView } from '../ui/Page.tsx';
import '../ui/workflow.css';

const KEYS = ['entity', 'actor', 'action'] as const;
const COLUMNS = ['at', 'actor', 'action', 'entity', 'details'] as const;
type Entry = AuditList['items'][number];

const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v, null, 1));
const time = (iso: string) => iso.replace('T', ' ').slice(0, 19);

function Filters({ filter, onApply }: { filter: AuditFilter; onApply: (f: AuditFilter) => void }) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<AuditFilter>(filter);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="filter-bar card" onSubmit={submit}>
      {KEYS.map((key) => (
        <div key={key} className="form-field">
          <label htmlFor={`audit-${key}`}>{t(`audit.${key}`)}</label>
          <input
            id={`audit-${key}`}
            type="text"
            value={draft[key] ?? ''}
            onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
          />
        </div>
      ))}
      <div className="filter-bar__actions">
        <button type="submit" className="btn">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          className="btn btn--ghost"
          onClick={() => {
            setDraft({});
            onApply({});
          }}
        >
          {t('audit.reset')}
        </button>
      </div>
    </form>
  );
}

function AuditTable({ items }: { items: readonly Entry[] }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-scroll">
      <table className="data-table audit" data-testid="audit">
        <HeadRow columns={COLUMNS.map((c) => t(`audit.columns.${c}`))} />
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td className="nowrap">
                <time dateTime={e.at}>{time(e.at)}</time>
              </td>
              <td className="break">{e.actor}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td className="break">
                {e.entity} <span className="muted small">{e.entityId}</span>
              </td>
              <td>
                {(e.before !== null || e.after !== null) && (
                  <details>
                    <summary>{t('audit.details')}</summary>
                    <pre className="audit__json">
                      {json(e.before)}
                      {e.before !== null && e.after !== null ? '\n→\n' : ''}
                      {json(e.after)}
                    </pre>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Audit() {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? undefined]));
  const query = useQuery(auditQuery(filter));
  const apply = (next: AuditFilter) =>
    setParams(new URLSearchParams(Object.entries(next).filter((e): e is [string, string] => Boolean(e[1]))));
  return (
    <Page
      title={t('audit.title')}
      lead={t('audit.lead')}
      meta={
        <p>
          <a className="btn btn--ghost" href={auditCsvUrl(filter)} download data-testid="audit-csv">
            {t('audit.download')}
          </a>
        </p>
      }
    >
      <Filters key={params.toString()} filter={filter} onApply={apply} />
      <QueryView query={query} isEmpty={(d) => d.items.length === 0} empty={<p>{t('audit.empty')}</p>}>
        {(d) => (
          <>
            <p className="small muted">{t('audit.shown', { count: d.items.length })}</p>
            <AuditTable items={d.items} />
          </>
        )}
      </QueryView>
    </Page>
  );
}

export function AuditPage() {
  return <RequireUser roles={['admin']}>{() => <Audit />}</RequireUser>;
}
