import { GAP_DIMENSIONS, GAP_ISSUES, type GapIssueCode, SEVERITIES } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { recommendationsQuery } from '../api/queries.ts';
import { useUrlFilters } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';
import { ScopeBar } from '../overview/ScopeBar.tsx';
import { Sources } from '../ui/Sources.tsx';
import { ErrorState, LoadingState } from '../ui/states.tsx';

const SHOWN = 6;

export function RecommendationsPage() {
  const { t, label, fmt, pct, locale } = useLocale();
  const { filters, setFilters } = useUrlFilters();
  const query = useQuery(recommendationsQuery(filters));
  const text = TEXT[locale];
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('pages.recommendations.title')}</h1>
        <p className="lead">{t('pages.recommendations.lead')}</p>
      </header>
      <ScopeBar filters={filters} onChange={setFilters} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="note" data-testid="rec-scope">
            {text.scope(fmt(query.data.scope.total), fmt(query.data.scope.assessed))}
          </p>
          <ol className="recs">
            {query.data.items.map((rec) => (
              <li key={rec.id} className="card rec" data-testid={`rec-${rec.number}`}>
                <div className="rec__rank">
                  <span className="visually-hidden">{text.rank(rec.rank)}</span>
                  <span aria-hidden="true">{rec.rank}</span>
                </div>
                <div className="rec__body">
                  <h2>{label(rec.title)}</h2>
                  <p>{label(rec.description)}</p>
                  <div className="rec__priority">
                    <div className="meter" aria-hidden="true">
                      <div className="meter__fill" style={{ width: `${Math.round(rec.priority.score * 100)}%` }} />
                    </div>
                    <span className="small">
                      {text.priority(pct(rec.priority.score))} ·{' '}
                      {text.evidence(fmt(rec.priority.evidenceCount), fmt(rec.priority.assessedCount))}
                    </span>
                  </div>
                  <div className="chips">
                    {rec.addresses.map((code) => (
                      <span key={code} className="chip">
                        {label(GAP_DIMENSIONS[GAP_ISSUES[code as GapIssueCode].dimension].label)} ·{' '}
                        {label(GAP_ISSUES[code as GapIssueCode])}
                      </span>
                    ))}
                  </div>
                  {rec.evidence.length > 0 && (
                    <details className="rec__evidence">
                      <summary>{text.linked(rec.evidence.length)}</summary>
                      <ul>
                        {rec.evidence.slice(0, SHOWN).map((e) => (
                          <li key={e.id}>
                            <Link to={`/deployments/${e.id}`}>{label(e.title)}</Link>{' '}
                            <span className="small muted">
                              ({label(SEVERITIES[e.severity as keyof typeof SEVERITIES])})
                            </span>
                          </li>
                        ))}
                        {rec.evidence.length > SHOWN && (
                          <li className="muted small">+ {rec.evidence.length - SHOWN}</li>
                        )}
                      </ul>
                    </details>
                  )}
                  {rec.actions.length > 0 && (
                    <div className="rec__actions">
                      <h3>{text.progress}</h3>
                      <ul>
                        {rec.actions.map((a) => (
                          <li key={a.id}>
                            <strong>{a.date}</strong> · {label(a.agency)}: {label(a.action)}{' '}
                            <span className={`badge badge--action-${a.status}`}>{text.status[a.status]}</span>
                            <Sources sources={a.sources} compact />
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <Sources sources={rec.sources} />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

const TEXT = {
  en: {
    scope: (total: string, assessed: string) =>
      `Ranked by the gaps found in this scope: ${total} deployments, of which ${assessed} have a source-backed gap assessment. Unassessed deployments do not count.`,
    rank: (n: number) => `Rank ${n}`,
    priority: (p: string) => `Priority ${p}`,
    evidence: (n: string, of: string) => `evidence in ${n} of ${of} assessed deployments`,
    linked: (n: number) => `${n} ${n === 1 ? 'deployment' : 'deployments'} with an addressed gap`,
    progress: 'Progress',
    status: { planned: 'Planned', in_progress: 'In progress', done: 'Done' },
  },
  vi: {
    scope: (total: string, assessed: string) =>
      `Xếp hạng theo khoảng trống trong phạm vi này: ${total} hệ thống, trong đó ${assessed} hệ thống đã được đánh giá khoảng trống dựa trên nguồn. Hệ thống chưa đánh giá không được tính.`,
    rank: (n: number) => `Hạng ${n}`,
    priority: (p: string) => `Mức ưu tiên ${p}`,
    evidence: (n: string, of: string) => `có bằng chứng ở ${n} trên ${of} hệ thống đã đánh giá`,
    linked: (n: number) => `${n} hệ thống có khoảng trống liên quan`,
    progress: 'Tiến độ thực hiện',
    status: { planned: 'Kế hoạch', in_progress: 'Đang thực hiện', done: 'Đã thực hiện' },
  },
} as const;
