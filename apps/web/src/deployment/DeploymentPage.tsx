import { FIELDS } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import type { DeploymentDetail } from '../api/client.ts';
import { deploymentQuery } from '../api/queries.ts';
import { useValueLabel } from '../app/fields.ts';
import { otherLocale, useLabel, useLocale } from '../app/locale.ts';
import { mayUpdate, useUser } from '../auth/session.ts';
import { Page, QueryView } from '../ui/Page.tsx';
import { ReportProblem } from './ReportProblem.tsx';
import { DETAIL_FIELDS, fieldValue } from './record-fields.ts';
import { Cite, Ethics, Gaps, IndicativeRisk, RecordCard } from './sections.tsx';
import { Field, FieldEvidence, LabelText, Value } from './Value.tsx';
import '../ui/workflow.css';

/** Withdrawn, or reported by readers: said before anything else. */
function Notices({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation('record');
  const { date } = useLocale();
  return (
    <>
      {d.status === 'withdrawn' && (
        <p className="notice notice--warn" data-testid="withdrawn">
          {t('withdrawn', { date: date(d.withdrawnAt ?? d.updatedAt) })}
        </p>
      )}
      {d.openFlags > 0 && (
        <p className="notice" data-testid="flagged">
          <strong>{t('flagged')}.</strong> {t('flaggedText', { count: d.openFlags })}
        </p>
      )}
    </>
  );
}

function Deployment({ d }: { d: DeploymentDetail }) {
  const { t } = useTranslation(['record', 'common']);
  const { locale } = useLocale();
  const label = useLabel();
  const valueText = useValueLabel();
  const user = useUser();
  const other = otherLocale(locale);
  // Opened from the explorer, the breadcrumb leads back to the same view (its filters and search).
  const explore = (useLocation().state as { explore?: string } | null)?.explore ?? '';
  const translated = !d.untranslated.some((p) => p.startsWith('title.'));
  return (
    <Page
      as="article"
      className="deployment"
      title={<LabelText label={d.title} path="title" untranslated={d.untranslated} language={d.language} />}
      docTitle={label(d.title)}
      lead={translated ? <span lang={other}>{d.title[other]}</span> : undefined}
      eyebrow={`${valueText('category', d.category)} · ${valueText('sector', d.sector)}`}
      before={
        <nav className="breadcrumb no-print" aria-label={t('common:nav.breadcrumb')}>
          <Link to={`/explore${explore}`}>{t('common:nav.explore')}</Link> / <span>{d.id}</span>
        </nav>
      }
      meta={
        <div className="badges">
          <span className={`badge badge--stage-${d.stage}`}>{valueText('stage', d.stage)}</span>
          {d.country === 'VN' && (
            <span className={`badge badge--risk-${d.risk.tier}`}>{valueText('riskTier', d.risk.tier)}</span>
          )}
          <span className="badge">
            {d.country === 'VN'
              ? valueText('province', d.provinceCode ?? FIELDS.province.nullCode)
              : valueText('country', d.country)}
          </span>
          {d.openFlags > 0 && <span className="badge badge--flagged">{t('flagged')}</span>}
          {d.status === 'published' && mayUpdate(user, d.agency.id) && (
            <Link className="btn btn--small no-print" to={`/submit?deployment=${d.id}`} data-testid="update-record">
              {t('update')}
            </Link>
          )}
        </div>
      }
    >
      <Notices d={d} />
      <div className="deployment__grid">
        <div className="deployment__main">
          <section className="card">
            <p className="summary">
              <LabelText label={d.summary} path="summary" untranslated={d.untranslated} language={d.language} />
            </p>
          </section>
          <section className="card" aria-labelledby="details-h">
            <h2 id="details-h">{t('details')}</h2>
            <dl className="fields">
              {DETAIL_FIELDS.map((f) => (
                <Field key={f.key} label={label(f.title)}>
                  <Value value={fieldValue(f, d)} path={f.path ?? f.key} untranslated={d.untranslated} />
                  <FieldEvidence evidence={d.fieldEvidence[f.key]} />
                </Field>
              ))}
            </dl>
          </section>
          <section className="card" aria-labelledby="indicative-h">
            <h2 id="indicative-h">{t('indicative.title')}</h2>
            <IndicativeRisk d={d} />
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
          <section className="card no-print">
            <ReportProblem deploymentId={d.id} />
          </section>
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
