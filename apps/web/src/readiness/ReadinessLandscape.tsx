import {
  AGENCY_LEVELS,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  type GapDimension,
  type GapIssueCode,
  PROVINCES_BY_CODE,
  SECTORS,
} from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { recommendationsQuery } from '../api/queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { QueryView } from '../ui/Page.tsx';
import { type ReadinessLandscape as Data, EXPORT_URL, readinessLandscapeQuery } from './api.ts';
import { ACROSS_CHART, ROUNDS_CHART } from './charts.ts';
import './readiness.css';

const GROUPINGS = ['level', 'sector', 'province'] as const;
const dimLabel = (d: string) => GAP_DIMENSIONS[d as GapDimension]?.label;

function useGroupLabel() {
  const label = useLabel();
  return (by: (typeof GROUPINGS)[number], key: string) => {
    if (by === 'level') return label(AGENCY_LEVELS[key as keyof typeof AGENCY_LEVELS]) || key;
    if (by === 'sector') return label(SECTORS[key as keyof typeof SECTORS]) || key;
    return label(PROVINCES_BY_CODE.get(key)?.name) || key;
  };
}

/** Mean scores by level, sector or province: groups of at least the minimum, the rest counted. */
function Groups({ data, by }: { data: Data; by: (typeof GROUPINGS)[number] }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { fmt } = useLocale();
  const groupLabel = useGroupLabel();
  const g = data.groups[by];
  return (
    <section className="card" data-grouping={by} aria-labelledby={`readiness-by-${by}`}>
      <h3 id={`readiness-by-${by}`}>{t('landscape.byGroup', { grouping: t(`landscape.grouping.${by}`) })}</h3>
      {g.shown.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('landscape.group')}</th>
                <th scope="col" className="num">
                  n
                </th>
                {data.byDimension.map((d) => (
                  <th key={d.dimension} scope="col" className="num">
                    {label(dimLabel(d.dimension))}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {g.shown.map((row) => (
                <tr key={row.key} data-group={row.key}>
                  <th scope="row">{groupLabel(by, row.key)}</th>
                  <td className="num">{fmt(row.n)}</td>
                  {row.means.map((m) => (
                    <td key={m.dimension} className="num">
                      {m.mean === null ? '–' : fmt(Math.round(m.mean))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {g.hiddenAgencies > 0 && (
        <p className="small muted" data-testid={`hidden-${by}`}>
          {t('landscape.hidden', { agencies: fmt(g.hiddenAgencies), groups: fmt(g.hiddenGroups) })}
        </p>
      )}
    </section>
  );
}

/** Recommendations with the evidence of both bases side by side, each named. */
function Flow({ data }: { data: Data }) {
  const { t } = useTranslation('readiness');
  const label = useLabel();
  const { fmt } = useLocale();
  const deployments = useQuery(recommendationsQuery({}));
  return (
    <section className="card" aria-labelledby="readiness-flow">
      <h3 id="readiness-flow">{t('recs.title')}</h3>
      <p className="small muted">{t('landscape.flowBase')}</p>
      <table className="data-table" data-testid="readiness-flow">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col" className="num">
              {t('landscape.baseAgencies')}
            </th>
            <th scope="col" className="num">
              {t('landscape.baseDeployments')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.recommendations.map((r) => {
            const d = deployments.data?.items.find((x) => x.id === r.id);
            return (
              <tr key={r.id} data-recommendation={r.id}>
                <th scope="row">
                  {r.number}. {label(r.shortTitle)}
                </th>
                <td className="num">
                  {t('recs.evidence', { count: fmt(r.priority.evidenceCount), n: fmt(r.priority.assessedCount) })}
                </td>
                <td className="num">
                  {d ? `${fmt(d.priority.evidenceCount)} / ${fmt(d.priority.assessedCount)}` : '…'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** Readiness across agencies, from their own answers: the overview's short form, or the landscape's full one. */
export function ReadinessLandscape({ full = false }: { full?: boolean }) {
  const { t } = useTranslation(['readiness', 'common']);
  const label = useLabel();
  const { fmt } = useLocale();
  const query = useQuery(readinessLandscapeQuery());
  return (
    <section className="readiness-section grid__wide" aria-labelledby="agency-readiness" data-testid="agency-readiness">
      <h2 id="agency-readiness">{t('landscape.title')}</h2>
      <QueryView query={query}>
        {(data) => {
          const enough = data.answered >= data.minGroup;
          const across = { items: data.byDimension.map((d) => ({ dimension: d.dimension, score: d.mean })) };
          return (
            <>
              <p className="lead small" data-testid="readiness-base">
                {t('landscape.lead', { n: fmt(data.answered), total: fmt(data.total), min: data.minGroup })}
              </p>
              {!enough && <p className="note">{t('landscape.fewer', { min: data.minGroup })}</p>}
              {enough && (
                <div className="readiness-profile">
                  <ChartCard spec={ACROSS_CHART} data={across} />
                  <table className="data-table" data-testid="readiness-by-dimension">
                    <thead>
                      <tr>
                        <th scope="col">{t('profile.dimension')}</th>
                        <th scope="col" className="num">
                          n
                        </th>
                        <th scope="col" className="num">
                          {t('profile.score')}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {data.byDimension.map((d) => (
                        <tr key={d.dimension} data-dimension={d.dimension}>
                          <th scope="row">{label(dimLabel(d.dimension))}</th>
                          <td className="num">{fmt(d.n)}</td>
                          <td className="num">{d.mean === null ? '–' : fmt(Math.round(d.mean))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {enough && (
                <div className="grid grid--charts">
                  {(full ? GROUPINGS : (['level'] as const)).map((by) => (
                    <Groups key={by} data={data} by={by} />
                  ))}
                  {full && (
                    <section className="card" aria-labelledby="readiness-issues">
                      <h3 id="readiness-issues">{t('landscape.issues')}</h3>
                      <p className="small muted">{t('landscape.issuesBase', { n: fmt(data.answered) })}</p>
                      <ul className="plain-list small">
                        {data.issues.map((i) => (
                          <li key={i.issue}>
                            {label(GAP_ISSUES[i.issue as GapIssueCode])}: {fmt(i.agencies)} / {fmt(data.answered)}
                          </li>
                        ))}
                      </ul>
                    </section>
                  )}
                </div>
              )}
              {full && enough && (
                <>
                  {data.rounds.length > 1 ? (
                    <ChartCard spec={ROUNDS_CHART} data={data} />
                  ) : (
                    <p className="small muted">{t('landscape.roundsNone', { min: data.minGroup })}</p>
                  )}
                  <Flow data={data} />
                </>
              )}
              {full && (
                <section aria-labelledby="readiness-published">
                  <h3 id="readiness-published">{t('landscape.published')}</h3>
                  {data.published.length === 0 ? (
                    <p className="small muted">{t('landscape.noPublished')}</p>
                  ) : (
                    <ul className="small">
                      {data.published.map((p) => (
                        <li key={p.agencyId}>
                          {label(p.name)} ({p.round})
                        </li>
                      ))}
                    </ul>
                  )}
                </section>
              )}
              <p className="small">
                <a href={EXPORT_URL}>{t('landscape.export')}</a> ·{' '}
                <Link to="/readiness">{t('landscape.yourAgency')}</Link>
              </p>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}
