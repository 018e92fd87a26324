import { GAP_DIMENSIONS, GAP_ISSUES, type GapIssueCode, isSmallBase, SEVERITIES, SMALL_BASE } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RecommendationsData } from '../api/client.ts';
import { recommendationsQuery } from '../api/queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { useView } from '../app/url-state.ts';
import { ScopeBar } from '../overview/ScopeBar.tsx';
import { RecsFromAnswers } from '../readiness/RecsFromAnswers.tsx';
import { Page, QueryView } from '../ui/Page.tsx';
import { Sources } from '../ui/Sources.tsx';

const SHOWN = 6;

type Recommendation = RecommendationsData['items'][number];

function Evidence({ rec }: { rec: Recommendation }) {
  const { t } = useTranslation('recommendations');
  const label = useLabel();
  if (rec.evidence.length === 0) return null;
  return (
    <details className="rec__evidence">
      <summary>{t('linked', { count: rec.evidence.length })}</summary>
      <ul>
        {rec.evidence.slice(0, SHOWN).map((e) => (
          <li key={e.id}>
            <Link to={`/deployments/${e.id}`}>{label(e.title)}</Link>{' '}
            <span className="small muted">({label(SEVERITIES[e.severity as keyof typeof SEVERITIES])})</span>
          </li>
        ))}
        {rec.evidence.length > SHOWN && <li className="muted small">+ {rec.evidence.length - SHOWN}</li>}
      </ul>
    </details>
  );
}

function RecommendationCard({ rec, of }: { rec: Recommendation; of: number }) {
  const { t } = useTranslation('recommendations');
  const { fmt, pct } = useLocale();
  const label = useLabel();
  const small = isSmallBase(rec.priority.assessedCount) ? '*' : '';
  // Progress in the order it happened (dates are years or ISO days, so they sort as text).
  const actions = [...rec.actions].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <li className="card rec" id={`rec-${rec.number}`} data-testid={`rec-${rec.number}`}>
      <div className="rec__rank" data-testid="rec-number">
        <span className="visually-hidden">{t('number', { n: rec.number })}</span>
        <span aria-hidden="true">{rec.number}</span>
      </div>
      <div className="rec__body">
        <h2>{label(rec.title)}</h2>
        <p>{label(rec.description)}</p>
        <div className="rec__priority">
          <div className="meter" aria-hidden="true">
            <div className="meter__fill" style={{ width: `${Math.round(rec.priority.score * 100)}%` }} />
          </div>
          <span className="small">
            {t('priority', { p: `${pct(rec.priority.score)}${small}`, rank: rec.rank, of })} ·{' '}
            {t('evidence', { n: fmt(rec.priority.evidenceCount), of: fmt(rec.priority.assessedCount) })}
          </span>
        </div>
        <div className="chips">
          {rec.addresses.map((code) => {
            const issue = GAP_ISSUES[code as GapIssueCode];
            return (
              <span key={code} className="chip">
                {label(GAP_DIMENSIONS[issue.dimension].label)} · {label(issue)}
              </span>
            );
          })}
        </div>
        <Evidence rec={rec} />
        {actions.length > 0 && (
          <div className="rec__actions">
            <h3>{t('progress')}</h3>
            <ul data-testid="rec-actions">
              {actions.map((a) => (
                <li key={a.id}>
                  <strong>{a.date}</strong> · {label(a.agency)}: {label(a.action)}{' '}
                  <span className={`badge badge--action-${a.status}`}>{t(`status.${a.status}`)}</span>
                  <Sources sources={a.sources} compact />
                </li>
              ))}
            </ul>
          </div>
        )}
        <Sources sources={rec.sources} />
      </div>
    </li>
  );
}

export function RecommendationsPage() {
  const { t } = useTranslation('recommendations');
  const { fmt } = useLocale();
  const { filters, setFilters } = useView();
  const query = useQuery(recommendationsQuery(filters));
  return (
    <Page title={t('title')} lead={t('lead')}>
      <ScopeBar filters={filters} onChange={setFilters} />
      <QueryView query={query}>
        {(data) => (
          <>
            <div className="note" data-testid="rec-scope">
              <p>{t('scope', { total: fmt(data.scope.total), assessed: fmt(data.scope.assessed) })}</p>
              <p>{t('priorityHelp')}</p>
              {isSmallBase(data.scope.assessed) && <p>{t('smallBase', { min: SMALL_BASE })}</p>}
            </div>
            <ol className="recs">
              {data.items.map((rec) => (
                <RecommendationCard key={rec.id} rec={rec} of={data.items.length} />
              ))}
            </ol>
          </>
        )}
      </QueryView>
      <RecsFromAnswers />
    </Page>
  );
}
