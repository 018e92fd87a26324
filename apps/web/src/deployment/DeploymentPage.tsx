import {
  AGENCY_LEVELS,
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  COUNTRIES,
  codesOf,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  INTENDED_USERS,
  PROVENANCE_KINDS,
  PROVINCES_BY_CODE,
  RISK_TIERS,
  SECTORS,
  SEVERITIES,
  STAGES,
  TECHNIQUES,
  TRI_STATE,
} from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, type DeploymentDetail } from '../api/client.ts';
import { deploymentQuery } from '../api/queries.ts';
import { useLocale } from '../app/locale.ts';
import { formatDate } from '../i18n/index.ts';
import { ErrorState, LoadingState } from '../ui/states.tsx';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function citation(d: DeploymentDetail, locale: 'en' | 'vi', url: string): string {
  const year = new Date(d.updatedAt).getFullYear();
  const date = formatDate(d.updatedAt, locale);
  return locale === 'vi'
    ? `AILA (${year}). ${d.title.vi} [Bản ghi ${d.id}, phiên bản ${d.revision}, cập nhật ${date}]. Danh mục mở AI trong khu vực công. ${url}`
    : `AILA (${year}). ${d.title.en} [Record ${d.id}, revision ${d.revision}, updated ${date}]. Open catalogue of AI in the public sector. ${url}`;
}

function Cite({ d }: { d: DeploymentDetail }) {
  const { t, locale } = useLocale();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}/deployments/${d.id}`;
  const text = citation(d, locale, url);
  return (
    <section className="card cite" aria-labelledby="cite-h">
      <h2 id="cite-h">{t('deployment.cite')}</h2>
      <p className="cite__text" data-testid="citation">
        {text}
      </p>
      <button
        type="button"
        className="btn btn--ghost no-print"
        onClick={() => {
          void navigator.clipboard?.writeText(text).then(() => setCopied(true));
        }}
      >
        {copied ? t('deployment.copied') : t('deployment.copy')}
      </button>
    </section>
  );
}

export function DeploymentPage() {
  const { id = '' } = useParams();
  const { t, label, locale } = useLocale();
  const query = useQuery(deploymentQuery(id));

  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return (
        <div className="page">
          <h1>{t('common.notFound')}</h1>
          <p>{t('deployment.notFound')}</p>
          <Link to="/explore">{t('nav.explore')}</Link>
        </div>
      );
    }
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const d = query.data;
  const province = d.provinceCode ? PROVINCES_BY_CODE.get(d.provinceCode) : undefined;
  const tri = (v: keyof typeof TRI_STATE) => label(TRI_STATE[v]);
  const ethicsEntries = codesOf(ETHICS_PRINCIPLES).map((p) => ({ principle: p, entry: d.ethics[p] }));
  const anyEthics = ethicsEntries.some((e) => e.entry);

  return (
    <article className="page deployment">
      <nav className="breadcrumb no-print" aria-label="breadcrumb">
        <Link to="/explore">{t('nav.explore')}</Link> / <span>{d.id}</span>
      </nav>
      <header className="page-head">
        <p className="eyebrow">
          {label(CATEGORIES[d.category])} · {label(SECTORS[d.sector])}
        </p>
        <h1>{label(d.title)}</h1>
        <p className="muted">{locale === 'vi' ? d.title.en : d.title.vi}</p>
        <div className="badges">
          <span className={`badge badge--stage-${d.stage}`}>{label(STAGES[d.stage])}</span>
          <span className={`badge badge--risk-${d.risk.tier}`}>{label(RISK_TIERS[d.risk.tier])}</span>
          <span className="badge">{province ? label(province.name) : t('common.national')}</span>
        </div>
      </header>

      <div className="deployment__grid">
        <div className="deployment__main">
          <section className="card">
            <p className="summary">{label(d.summary)}</p>
          </section>

          <section className="card" aria-labelledby="details-h">
            <h2 id="details-h">{t('deployment.details')}</h2>
            <dl className="fields">
              <Field label={t('deployment.agency')}>
                {label(d.agency.name)} <span className="muted">({label(AGENCY_LEVELS[d.agency.level])})</span>
              </Field>
              <Field label={t('deployment.province')}>
                {province ? label(province.name) : t('common.national')} · {label(COUNTRIES[d.country])}
              </Field>
              {d.originalPlace && <Field label={t('deployment.originalPlace')}>{d.originalPlace}</Field>}
              <Field label={t('deployment.sector')}>
                {[d.sector, ...d.secondarySectors].map((s) => label(SECTORS[s])).join(', ')}
              </Field>
              <Field label={t('deployment.category')}>{label(CATEGORIES[d.category])}</Field>
              <Field label={t('deployment.techniques')}>
                {d.techniques.length ? d.techniques.map((x) => label(TECHNIQUES[x])).join(', ') : t('common.unknown')}
              </Field>
              <Field label={t('deployment.stage')}>{label(STAGES[d.stage])}</Field>
              <Field label={t('deployment.yearStarted')}>{d.yearStarted ?? t('common.unknown')}</Field>
              <Field label={t('deployment.builder')}>{label(BUILDERS[d.builder])}</Field>
              <Field label={t('deployment.vendor')}>{d.vendor ?? t('common.unknown')}</Field>
              <Field label={t('deployment.aiKind')}>{label(AI_KINDS[d.aiKind])}</Field>
              <Field label={t('deployment.users')}>
                {d.intendedUsers.length
                  ? d.intendedUsers.map((u) => label(INTENDED_USERS[u])).join(', ')
                  : t('common.unknown')}
              </Field>
              <Field label={t('deployment.personalData')}>{tri(d.personalData)}</Field>
              <Field label={t('deployment.biometricData')}>{tri(d.biometricData)}</Field>
              <Field label={t('deployment.riskTier')}>{label(RISK_TIERS[d.risk.tier])}</Field>
              <Field label={t('deployment.impactAssessment')}>
                {d.risk.impactAssessmentUrl ? (
                  <a href={d.risk.impactAssessmentUrl} rel="noopener noreferrer" target="_blank">
                    {d.risk.impactAssessmentUrl}
                  </a>
                ) : (
                  t('common.unknown')
                )}
              </Field>
              <Field label={t('deployment.humanOversight')}>
                {d.humanOversight ? label(d.humanOversight) : t('common.unknown')}
              </Field>
            </dl>
          </section>

          <section className="card" aria-labelledby="gaps-h">
            <h2 id="gaps-h">{t('deployment.gaps')}</h2>
            {!d.gapsAssessed ? (
              <p className="muted">{t('deployment.gapsNotAssessed')}</p>
            ) : d.gaps.length === 0 ? (
              <p>{t('deployment.gapsNone')}</p>
            ) : (
              <ul className="gaps">
                {d.gaps.map((g) => (
                  <li key={`${g.issue}-${g.source}`} className={`gap gap--sev-${g.severity}`}>
                    <div className="gap__head">
                      <strong>{label(GAP_DIMENSIONS[g.dimension].label)}</strong> · {label(GAP_ISSUES[g.issue])}
                      <span className="gap__sev">
                        {t('deployment.severity')}: {label(SEVERITIES[g.severity])}
                      </span>
                    </div>
                    {g.note && <p>{label(g.note)}</p>}
                    <a href={g.source} rel="noopener noreferrer" target="_blank" className="small">
                      {t('deployment.evidence')}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="ethics-h">
            <h2 id="ethics-h">{t('deployment.ethics')}</h2>
            {!anyEthics && <p className="muted">{t('deployment.ethicsUnknown')}</p>}
            <table className="data-table">
              <tbody>
                {ethicsEntries.map(({ principle, entry }) => (
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
          </section>
        </div>

        <aside className="deployment__side">
          <section className="card" aria-labelledby="sources-h">
            <h2 id="sources-h">{t('deployment.sources')}</h2>
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
          <section className="card" aria-labelledby="record-h">
            <h2 id="record-h">{t('deployment.record')}</h2>
            <dl className="fields fields--compact">
              <Field label="ID">
                <code>{d.id}</code>
              </Field>
              <Field label={t('deployment.revision', { n: d.revision })}>
                {t('deployment.updated')}: {formatDate(d.updatedAt, locale)}
              </Field>
              <Field label={t('deployment.published')}>{formatDate(d.publishedAt, locale)}</Field>
              {d.reviewedOn && <Field label={t('deployment.reviewed')}>{formatDate(d.reviewedOn, locale)}</Field>}
              <Field label={t('deployment.provenance')}>{label(PROVENANCE_KINDS[d.provenance.kind])}</Field>
            </dl>
            {d.revisions.length > 0 && (
              <>
                <h3 className="small">{t('deployment.history')}</h3>
                <ol className="revisions" data-testid="revisions">
                  {d.revisions.map((r) => (
                    <li key={r.revision}>
                      {t('deployment.revision', { n: r.revision })} · {formatDate(r.publishedAt, locale)}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
          <Cite d={d} />
        </aside>
      </div>
    </article>
  );
}
