import { GAP_DIMENSIONS, type GapDimension, type Instrument, SECTORS } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { useLabel, useLocale } from '../app/locale.ts';
import { RequireUser } from '../auth/RequireUser.tsx';
import { allOf, Page, QueryView } from '../ui/Page.tsx';
import { instrumentQuery, type ReadinessView, readinessViewQuery } from './api.ts';
import { scoreColor } from './charts.ts';
import { Roadmap } from './Roadmap.tsx';
import './readiness.css';
import './plan.css';

function Plan({ view, instrument }: { view: ReadinessView; instrument: Instrument }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { fmt, date } = useLocale();
  const problem = instrument.sections.find((s) => s.kind === 'problem');
  const answers = view.response?.answers ?? {};
  return (
    <>
      <section className="plan__problem" aria-labelledby="plan-problem">
        <h2 id="plan-problem">{label(problem?.title)}</h2>
        <dl>
          {problem?.questions.map((q) => {
            const value = answers[q.id]?.value;
            const shown =
              q.kind === 'choice'
                ? label(q.options.find((o) => o.value === value)?.label)
                : q.kind === 'sector'
                  ? label(SECTORS[String(value) as keyof typeof SECTORS]) || ''
                  : typeof value === 'string'
                    ? value
                    : '';
            return (
              <div key={q.id}>
                <dt>{label(q.text)}</dt>
                <dd>{shown || t('profile.notAnswered')}</dd>
              </div>
            );
          })}
        </dl>
      </section>
      <section className="plan__profile" aria-labelledby="plan-profile">
        <h2 id="plan-profile">{t('profile.title')}</h2>
        <table className="plan__scores" data-testid="plan-scores">
          <thead>
            <tr>
              <th scope="col">{t('profile.dimension')}</th>
              <th scope="col" className="num">
                {t('profile.score')}
              </th>
              <td aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {view.profile.dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row">{label(GAP_DIMENSIONS[d.dimension as GapDimension]?.label)}</th>
                <td className="num">{d.score === null ? '–' : fmt(Math.round(d.score))}</td>
                <td className="plan__bar" aria-hidden="true">
                  {d.score !== null && (
                    <span style={{ width: `${Math.max(1, d.score)}%`, background: scoreColor(d.score) }} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small">
          <strong>{t('profile.weakest')}:</strong>{' '}
          {view.profile.weakest.length
            ? view.profile.weakest.map((d) => label(GAP_DIMENSIONS[d as GapDimension]?.label)).join(', ')
            : t('profile.none')}
        </p>
        <p className="small muted">{t('profile.sub')}</p>
      </section>
      <section className="plan__roadmap" aria-labelledby="plan-roadmap">
        <h2 id="plan-roadmap">{t('roadmap.title')}</h2>
        <Roadmap view={view} instrument={instrument} compact />
      </section>
      <p className="small muted plan__foot">
        {t('plan.generated', {
          date: date(new Date().toISOString()),
          round: view.round,
          version: view.instrumentVersion,
        })}{' '}
        {t('plan.method')}
      </p>
    </>
  );
}

function PlanFor() {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { locale } = useLocale();
  const [params] = useSearchParams();
  const agencyId = params.get('agency') ?? '';
  const round = params.get('round') ?? undefined;
  const view = useQuery({ ...readinessViewQuery(agencyId, round), enabled: agencyId !== '' });
  const instrument = useQuery({ ...instrumentQuery(view.data?.instrumentVersion), enabled: view.data !== undefined });
  return (
    <Page
      as="article"
      className="plan"
      title={t('plan.title')}
      docTitle={t('plan.title')}
      before={
        <div className="plan__tools no-print">
          <Link to={`/readiness?agency=${agencyId}&step=6&lang=${locale}`}>{t('plan.back')}</Link>
          <button type="button" className="btn" onClick={() => window.print()}>
            {t('plan.print')}
          </button>
        </div>
      }
      lead={view.data ? `${label(view.data.agency.name)} · ${view.data.round}` : undefined}
    >
      <QueryView query={allOf(view, instrument)}>
        {([v, i]) => <Plan view={v} instrument={i.instrument as Instrument} />}
      </QueryView>
    </Page>
  );
}

/** The agency's plan on A4, in the reader's language: the problem, the profile and the roadmap. */
export function PlanPage() {
  return <RequireUser roles={['submitter', 'reviewer', 'admin']}>{() => <PlanFor />}</RequireUser>;
}
