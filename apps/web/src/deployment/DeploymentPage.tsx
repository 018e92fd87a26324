import {
  codesOf,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FIELDS,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  SEVERITIES,
} from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { DeploymentDetail } from '../api/client.ts';
import { deploymentQuery } from '../api/queries.ts';
import { useValueLabel } from '../app/fields.ts';
import { formatNumber, otherLocale, useLabel, useLocale } from '../app/locale.ts';
import { Page, QueryView } from '../ui/Page.tsx';
import { DETAIL_FIELDS, type FieldValue, fieldValue } from './record-fields.ts';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Value({ value }: { value: FieldValue }) {
  const { t } = useTranslation('record');
  const { locale } = useLocale();
  const label = useLabel();
  switch (value.kind) {
    case 'labels':
      return <>{value.labels.map(label).join(', ')}</>;
    case 'label':
      return <>{label(value.label)}</>;
    case 'text':
      return <>{value.text}</>;
    case 'link':
      return (
        <a href={value.url} rel="noopener noreferrer" target="_blank">
          {value.url}
        </a>
      );
    case 'amount':
      return <>{formatNumber(locale, value.value, { style: 'currency', currency: value.currency })}</>;
    default:
      return <>{t('unknown')}</>;
  }
}

function Cite({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const { locale, date } = useLocale();
  const [copied, setCopied] = useState(false);
  const text = t('citation', {
    year: new Date(d.updatedAt).getFullYear(),
    title: d.title[locale],
    id: d.id,
    revision: d.revision,
    date: date(d.updatedAt),
    url: `${window.location.origin}/deployments/${d.id}`,
  });
  return (
    <section className="card cite" aria-labelledby="cite-h">
      <h2 id="cite-h">{t('cite')}</h2>
      <p className="cite__text" data-testid="citation">
        {text}
      </p>
      <button
        type="button"
        className="btn btn--ghost no-print"
        onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </section>
  );
}

function Gaps({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const label = useLabel();
  if (!d.gapsAssessed) return <p className="muted">{t('gapsNotAssessed')}</p>;
  if (d.gaps.length === 0) return <p>{t('gapsNone')}</p>;
  return (
    <ul className="gaps">
      {d.gaps.map((g) => (
        <li key={`${g.issue}-${g.source}`} className={`gap gap--sev-${g.severity}`}>
          <div className="gap__head">
            <strong>{label(GAP_DIMENSIONS[g.dimension].label)}</strong> · {label(GAP_ISSUES[g.issue])}
            <span className="gap__sev">
              {t('severity')}: {label(SEVERITIES[g.severity])}
            </span>
          </div>
          {g.note && <p>{label(g.note)}</p>}
          <a href={g.source} rel="noopener noreferrer" target="_blank" className="small">
            {t('evidence')}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Ethics({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const label = useLabel();
  const entries = codesOf(ETHICS_PRINCIPLES).map((p) => ({ principle: p, entry: d.ethics[p] }));
  return (
    <>
      {!entries.some((e) => e.entry) && <p className="muted">{t('ethicsUnknown')}</p>}
      <table className="data-table">
        <tbody>
          {entries.map(({ principle, entry }) => (
            <tr key={principle}>
              <th scope="row">{label(ETHICS_PRINCIPLES[principle])}</th>
              <td className={`ethics ethics--${entry?.status ?? 'unknown'}`}>
                {label(ETHICS_STATUSES[entry?.status ?? 'unknown'])}
                {entry?.evidence && <div className="small muted">{entry.evidence}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function RecordCard({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const { date } = useLocale();
  const label = useLabel();
  const valueText = useValueLabel();
  return (
    <section className="card" aria-labelledby="record-h">
      <h2 id="record-h">{t('record')}</h2>
      <dl className="fields fields--compact">
        <Field label={label(FIELDS.id.title)}>
          <code>{d.id}</code>
        </Field>
        <Field label={t('revision', { n: d.revision })}>
          {t('updated')}: {date(d.updatedAt)}
        </Field>
        <Field label={t('published')}>{date(d.publishedAt)}</Field>
        {d.reviewedOn && <Field label={label(FIELDS.reviewedOn.title)}>{date(d.reviewedOn)}</Field>}
        <Field label={label(FIELDS.origin.title)}>{valueText('origin', d.provenance.kind)}</Field>
      </dl>
      {d.revisions.length > 0 && (
        <>
          <h3 className="small">{t('history')}</h3>
          <ol className="revisions" data-testid="revisions">
            {d.revisions.map((r) => (
              <li key={r.revision}>
                {t('revision', { n: r.revision })} · {date(r.publishedAt)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function Deployment({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation(['record', 'common']);
  const { locale } = useLocale();
  const label = useLabel();
  const valueText = useValueLabel();
  return (
    <Page
      as="article"
      className="deployment"
      title={label(d.title)}
      lead={<span lang={otherLocale(locale)}>{d.title[otherLocale(locale)]}</span>}
      eyebrow={`${valueText('category', d.category)} · ${valueText('sector', d.sector)}`}
      before={
        <nav className="breadcrumb no-print" aria-label={t('common:nav.breadcrumb')}>
          <Link to="/explore">{t('common:nav.explore')}</Link> / <span>{d.id}</span>
        </nav>
      }
      meta={
        <div className="badges">
          <span className={`badge badge--stage-${d.stage}`}>{valueText('stage', d.stage)}</span>
          <span className={`badge badge--risk-${d.risk.tier}`}>{valueText('riskTier', d.risk.tier)}</span>
          <span className="badge">{valueText('province', d.provinceCode ?? FIELDS.province.nullCode)}</span>
        </div>
      }
    >
      <div className="deployment__grid">
        <div className="deployment__main">
          <section className="card">
            <p className="summary">{label(d.summary)}</p>
          </section>
          <section className="card" aria-labelledby="details-h">
            <h2 id="details-h">{t('details')}</h2>
            <dl className="fields">
              {DETAIL_FIELDS.map((f) => (
                <Field key={f.key} label={label(f.title)}>
                  <Value value={fieldValue(f, d)} />
                </Field>
              ))}
            </dl>
          </section>
          <section className="card" aria-labelledby="gaps-h">
            <h2 id="gaps-h">{t('gaps')}</h2>
            <Gaps d={d} />
          </section>
          <section className="card" aria-labelledby="ethics-h">
            <h2 id="ethics-h">{t('ethics')}</h2>
            <Ethics d={d} />
          </section>
        </div>
        <aside className="deployment__side">
          <section className="card" aria-labelledby="sources-h">
            <h2 id="sources-h">{t('common:sources')}</h2>
            <ol className="sources">
              {d.sources.map((s) => (
                <li key={s.url}>
                  <a href={s.url} rel="noopener noreferrer" target="_blank">
                    {s.title ?? s.publisher ?? new URL(s.url).hostname}
                  </a>
                  <div className="small muted">
                    {[s.publisher, s.publishedOn, s.language?.toUpperCase()].filter(Boolean).join(' · ')}
                  </div>
                </li>
              ))}
            </ol>
          </section>
          <RecordCard d={d} />
          <Cite d={d} />
        </aside>
      </div>
    </Page>
  );
}

export function DeploymentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['record', 'common']);
  const query = useQuery(deploymentQuery(id));
  return (
    <QueryView
      query={query}
      notFound={
        <Page title={t('common:state.notFound')} lead={t('notFound')}>
          <Link to="/explore">{t('common:nav.explore')}</Link>
        </Page>
      }
    >
      {(d) => <Deployment d={d} />}
    </QueryView>
  );
}
