import {
  AGENCY_LEVELS,
  GAP_DIMENSIONS,
  type GapDimension,
  type Instrument,
  READINESS_MIN_GROUP,
  SECTORS,
} from '@aila/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { publishReadiness, type ReadinessView, readinessViewQuery } from './api.ts';
import { PROFILE_CHART } from './charts.ts';
import { Roadmap } from './Roadmap.tsx';

const dimLabel = (d: string) => GAP_DIMENSIONS[d as GapDimension]?.label;

/** The answers behind each dimension's score, as a table beside the chart. */
export function AnswersBehind({ view, instrument }: { view: ReadinessView; instrument: Instrument }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { fmt } = useLocale();
  const answers = view.response?.answers ?? {};
  return (
    <table className="data-table readiness-answers" data-testid="answers-behind">
      <caption className="visually-hidden">{t('profile.answersBehind')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('profile.questionCol')}</th>
          <th scope="col" className="num">
            {t('profile.answerCol')}
          </th>
        </tr>
      </thead>
      {view.profile.dimensions.map((d) => {
        const section = instrument.sections.find((s) => s.id === d.dimension);
        return (
          <tbody key={d.dimension} data-dimension={d.dimension}>
            <tr className="readiness-answers__dim">
              <th scope="rowgroup">{label(dimLabel(d.dimension))}</th>
              <td className="num">{d.score === null ? t('profile.notScored') : fmt(Math.round(d.score))}</td>
            </tr>
            {section?.questions.map((q) => {
              const a = answers[q.id];
              const anchor = q.kind === 'scale' && typeof a?.value === 'number' ? q.anchors[a.value] : undefined;
              return (
                <tr key={q.id}>
                  <td>{label(q.text)}</td>
                  <td className="num">
                    {a?.value === undefined
                      ? t('profile.notAnswered')
                      : a.value === null
                        ? t('question.unknown')
                        : anchor
                          ? `${anchor.level} — ${label(anchor.label)}`
                          : String(a.value)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        );
      })}
    </table>
  );
}

function Peers({ view }: { view: ReadinessView }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { fmt } = useLocale();
  const keyLabel = (by: 'level' | 'sector', key: string | null) =>
    key === null
      ? '–'
      : label(
          by === 'level' ? AGENCY_LEVELS[key as keyof typeof AGENCY_LEVELS] : SECTORS[key as keyof typeof SECTORS],
        ) || key;
  const shown = view.peers.filter((p) => p.means);
  return (
    <section className="card" aria-labelledby="peers-title" data-testid="peers">
      <h2 id="peers-title">{t('peers.title')}</h2>
      <p className="muted small">{t('peers.lead', { min: READINESS_MIN_GROUP })}</p>
      <ul className="plain-list small">
        {view.peers.map((p) => (
          <li key={p.by} data-peers={p.by}>
            <strong>{t(`peers.${p.by}`, { key: keyLabel(p.by, p.key) })}</strong>:{' '}
            {p.key === null
              ? t('peers.noSector')
              : p.means
                ? t('peers.peers', { n: fmt(p.n) })
                : t('peers.tooFew', { n: fmt(p.n), min: READINESS_MIN_GROUP })}
          </li>
        ))}
      </ul>
      {shown.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('profile.dimension')}</th>
              <th scope="col" className="num">
                {t('peers.you')}
              </th>
              {shown.map((p) => (
                <th key={p.by} scope="col" className="num">
                  {t(`peers.${p.by}`, { key: keyLabel(p.by, p.key) })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.profile.dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row">{label(dimLabel(d.dimension))}</th>
                <td className="num">{d.score === null ? '–' : fmt(Math.round(d.score))}</td>
                {shown.map((p) => {
                  const mean = p.means?.find((m) => m.dimension === d.dimension)?.mean;
                  return (
                    <td key={p.by} className="num">
                      {mean === null || mean === undefined ? '–' : fmt(Math.round(mean))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Publish({ view }: { view: ReadinessView }) {
  const { t } = useTranslation('readiness');
  const client = useQueryClient();
  const published = view.response?.published ?? false;
  const mutation = useMutation({
    mutationFn: (next: boolean) => publishReadiness(view.agency.id, next),
    onSuccess: (next) => client.setQueryData(readinessViewQuery(view.agency.id).queryKey, next),
  });
  return (
    <section className="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('publish.title')}</h2>
      <p data-testid="publish-state">{published ? t('publish.public') : t('publish.private')}</p>
      {view.editable && (
        <button
          type="button"
          className="btn btn--ghost"
          disabled={mutation.isPending || (!published && !view.profile.complete)}
          onClick={() => mutation.mutate(!published)}
        >
          {published ? t('publish.unpublish') : t('publish.publish')}
        </button>
      )}
      {mutation.error instanceof ApiError && (
        <p className="field-error" role="alert">
          {mutation.error.message}
        </p>
      )}
    </section>
  );
}

/** The result at once: the profile with the answers behind it, the weakest areas, the roadmap, peers, publishing, the plan. */
export function Result({ view, instrument }: { view: ReadinessView; instrument: Instrument }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { locale } = useLocale();
  const data = { items: view.profile.dimensions };
  return (
    <div className="readiness-result" data-testid="readiness-result">
      {!view.profile.complete && <p className="note">{t('incomplete')}</p>}
      <div className="readiness-profile">
        <ChartCard spec={PROFILE_CHART} data={data}>
          <p className="muted small">{t('profile.sub')}</p>
        </ChartCard>
        <section className="card" aria-labelledby="weakest-title">
          <h2 id="weakest-title">{t('profile.weakest')}</h2>
          {view.profile.weakest.length === 0 ? (
            <p>{t('profile.none')}</p>
          ) : (
            <ol data-testid="weakest">
              {view.profile.weakest.map((d) => (
                <li key={d}>{label(dimLabel(d))}</li>
              ))}
            </ol>
          )}
          <Link
            className="btn"
            to={`/readiness/plan?agency=${view.agency.id}&round=${view.round}&lang=${locale}`}
            data-testid="print-plan"
          >
            {t('print')}
          </Link>
        </section>
      </div>
      <details className="card">
        <summary>
          <strong>{t('profile.answersBehind')}</strong>
        </summary>
        <AnswersBehind view={view} instrument={instrument} />
      </details>
      <section className="card" aria-labelledby="roadmap-title">
        <h2 id="roadmap-title">{t('roadmap.title')}</h2>
        <p className="muted small">{t('roadmap.lead')}</p>
        <Roadmap view={view} instrument={instrument} />
      </section>
      <div className="readiness-side">
        <Peers view={view} />
        <Publish view={view} />
      </div>
    </div>
  );
}
