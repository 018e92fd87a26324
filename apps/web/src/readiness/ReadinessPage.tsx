import {
  carryOverAnswers,
  type Instrument,
  isAnswered,
  type ReadinessAnswer,
  type ReadinessAnswers,
  scaleQuestions,
} from '@aila/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { User } from '../api/client.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { RequireUser } from '../auth/RequireUser.tsx';
import { allOf, Page, QueryView } from '../ui/Page.tsx';
import { SaveStatus } from '../ui/SaveStatus.tsx';
import { instrumentQuery, type ReadinessView, readinessListQuery, readinessViewQuery, saveReadiness } from './api.ts';
import { QuestionField } from './QuestionField.tsx';
import { Result } from './Result.tsx';
import { useSaveAnswers } from './useSave.ts';
import '../ui/workflow.css';
import './readiness.css';

/** Only what the API accepts is sent: blank notes and unfinished links stay on the screen. */
function cleaned(answers: ReadinessAnswers): ReadinessAnswers {
  return Object.fromEntries(
    Object.entries(answers).map(([id, a]) => {
      const out: ReadinessAnswer = {};
      if (a.value !== undefined) out.value = a.value;
      if (a.note?.trim()) out.note = a.note.trim();
      if (a.evidenceUrl && /^https?:\/\/[^\s/]+\.[^\s]+$/.test(a.evidenceUrl.trim()))
        out.evidenceUrl = a.evidenceUrl.trim();
      return [id, out];
    }),
  );
}

/** The instrument's sections, then the result. */
function Steps({ instrument, view }: { instrument: Instrument; view: ReadinessView }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { fmt } = useLocale();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [answers, setAnswers] = useState<ReadinessAnswers>(() => view.response?.answers ?? {});
  const version = view.instrumentVersion;
  const { state, schedule, flush } = useSaveAnswers(view.agency.id, () => ({
    instrumentVersion: version,
    answers: cleaned(answers),
  }));
  const sections = instrument.sections;
  const last = sections.length;
  const step = Math.min(last, Math.max(0, Number(params.get('step') ?? 0) || 0));
  const heading = useRef<HTMLHeadingElement>(null);
  const go = (next: number) => {
    void flush();
    const p = new URLSearchParams(params);
    p.set('step', String(next));
    setParams(p);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: moves focus when the step changes
  useEffect(() => {
    if (params.has('step')) heading.current?.focus();
  }, [step]);
  const scale = scaleQuestions(instrument);
  const answered = scale.filter((q) => isAnswered(answers[q.id])).length;
  const change = (id: string, answer: ReadinessAnswer) => {
    setAnswers((a) => ({ ...a, [id]: answer }));
    schedule();
  };
  const section = sections[step];
  const older = view.instrumentVersion !== view.currentVersion;
  const move = async () => {
    const current = await client.fetchQuery(instrumentQuery());
    const carried = carryOverAnswers(instrument, current.instrument as Instrument, answers);
    const saved = await saveReadiness(view.agency.id, {
      instrumentVersion: current.version,
      answers: cleaned(carried),
    });
    client.setQueryData(readinessViewQuery(view.agency.id).queryKey, saved);
  };
  return (
    <>
      {!view.editable && <p className="note">{t('readOnly')}</p>}
      {older && (
        <div className="note" data-testid="older-version">
          {t('version.older', { version: view.instrumentVersion, current: view.currentVersion })}{' '}
          {view.editable && (
            <button type="button" className="btn btn--small" onClick={() => void move()}>
              {t('version.move', { current: view.currentVersion })}
            </button>
          )}
        </div>
      )}
      <div className="submit-layout">
        <nav className="stepper" aria-label={t('steps')}>
          <ol>
            {[...sections.map((s) => label(s.title)), t('result')].map((title, i) => (
              <li key={title}>
                <button
                  type="button"
                  aria-current={i === step ? 'step' : undefined}
                  className="stepper__step"
                  onClick={() => go(i)}
                >
                  <span className="stepper__n">{i + 1}</span> {title}
                </button>
              </li>
            ))}
          </ol>
          <p className="small muted" data-testid="progress">
            {t('progress', { answered: fmt(answered), total: fmt(scale.length) })}
          </p>
        </nav>
        <div className="submit-form">
          {view.editable && <SaveStatus ns="readiness" state={state} onRetry={() => void flush()} />}
          {section ? (
            <section aria-labelledby="step-title" data-section={section.id}>
              <h2 id="step-title" ref={heading} tabIndex={-1}>
                {label(section.title)}
              </h2>
              <p className="muted">{label(section.intro)}</p>
              {section.questions.map((q) => (
                <QuestionField
                  key={q.id}
                  question={q}
                  answer={answers[q.id]}
                  disabled={!view.editable}
                  onChange={(a) => change(q.id, a)}
                />
              ))}
            </section>
          ) : (
            <section aria-labelledby="step-title">
              <h2 id="step-title" ref={heading} tabIndex={-1}>
                {t('result')}
              </h2>
              <Result view={view} instrument={instrument} />
            </section>
          )}
          <div className="form-nav">
            {step > 0 && (
              <button type="button" className="btn btn--ghost" onClick={() => go(step - 1)}>
                {t('previous')}
              </button>
            )}
            {step < last && (
              <button type="button" className="btn" onClick={() => go(step + 1)}>
                {step === last - 1 ? t('seeResult') : t('next')}
              </button>
            )}
          </div>
        </div>
      </div>
    </>
  );
}

/** Reviewers and admins choose an agency among those that answered. */
function AgencyList() {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const list = useQuery(readinessListQuery());
  return (
    <QueryView query={list} isEmpty={(d) => d.items.length === 0} empty={<p>{t('reviewList.none')}</p>}>
      {(data) => (
        <table className="data-table" data-testid="readiness-list">
          <caption className="visually-hidden">{t('reviewList.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviewList.agency')}</th>
              <th scope="col">{t('reviewList.round')}</th>
              <th scope="col">{t('reviewList.status')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((r) => (
              <tr key={`${r.agencyId}-${r.round}`} data-agency={r.agencyId}>
                <td>
                  <Link to={`/readiness?agency=${r.agencyId}`}>{label(r.agencyName)}</Link>
                </td>
                <td>{r.round}</td>
                <td>
                  {r.complete ? t('reviewList.complete') : t('reviewList.inProgress')} ·{' '}
                  {r.published ? t('reviewList.published') : t('reviewList.private')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </QueryView>
  );
}

function AgencyReadiness({ agencyId }: { agencyId: string }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const view = useQuery(readinessViewQuery(agencyId));
  const instrument = useQuery({ ...instrumentQuery(view.data?.instrumentVersion), enabled: view.data !== undefined });
  return (
    <QueryView query={allOf(view, instrument)}>
      {([v, i]) => (
        <>
          <p className="muted" data-testid="agency-line">
            {t('agencyLine', { agency: label(v.agency.name), round: v.round, version: v.instrumentVersion })}
          </p>
          <Steps key={`${v.agency.id}-${v.instrumentVersion}`} instrument={i.instrument as Instrument} view={v} />
        </>
      )}
    </QueryView>
  );
}

function ReadinessFor({ user }: { user: User }) {
  const { t } = useTranslation('readiness');
  const [params] = useSearchParams();
  const agencyId = user.role === 'submitter' ? user.agencyId : params.get('agency');
  return (
    <Page title={t('title')} lead={t('lead')}>
      {agencyId ? <AgencyReadiness agencyId={agencyId} /> : <AgencyList />}
    </Page>
  );
}

/** The agency's path: the problem, readiness in five dimensions, then the profile and roadmap. */
export function ReadinessPage() {
  return <RequireUser roles={['submitter', 'reviewer', 'admin']}>{(user) => <ReadinessFor user={user} />}</RequireUser>;
}
