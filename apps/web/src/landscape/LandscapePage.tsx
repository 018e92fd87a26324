import { ETHICS_PRINCIPLES, GAP_DIMENSIONS, type GapDimension, RISK_TIERS } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LandscapeData } from '../api/client.ts';
import { landscapeQuery } from '../api/queries.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { READINESS_CHART, readinessRanks } from '../charts/options-landscape.ts';
import { ReadinessLandscape } from '../readiness/ReadinessLandscape.tsx';
import { Page, QueryView } from '../ui/Page.tsx';
import { Sources } from '../ui/Sources.tsx';

function Readiness({ data }: { data: LandscapeData }) {
  const { t } = useTranslation(['landscape', 'common']);
  const { fmt } = useLocale();
  const label = useLabel();
  const ranks = readinessRanks(data);
  const scores = new Map(
    data.indicators
      .filter((i) => i.framework === 'gov_ai_readiness_index' && i.metric === 'score')
      .map((i) => [i.year, i.value]),
  );
  return (
    <ChartCard spec={READINESS_CHART} data={data}>
      <table className="data-table" data-testid="readiness-table">
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col" className="num">
              {t('common:charts.rank')}
            </th>
            <th scope="col" className="num">
              {t('score')}
            </th>
            <th scope="col">{t('common:sources')}</th>
          </tr>
        </thead>
        <tbody>
          {ranks.map((r) => (
            <tr key={r.id} className={r.conflictsWith.length ? 'disputed' : undefined}>
              <th scope="row">{r.year}</th>
              <td className="num">
                #{r.value}
                {r.outOf ? ` / ${fmt(r.outOf)}` : ''}
              </td>
              <td className="num">{scores.has(r.year) ? fmt(scores.get(r.year) ?? 0) : '–'}</td>
              <td>
                {r.note && <div className="small">{label(r.note)}</div>}
                <Sources sources={r.sources} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {ranks.some((r) => r.conflictsWith.length) && (
        <p className="note" data-testid="readiness-discrepancy">
          {t('discrepancy')}
        </p>
      )}
    </ChartCard>
  );
}

function Landscape({ data }: { data: LandscapeData }) {
  const { t } = useTranslation('landscape');
  const label = useLabel();
  const dims = Object.keys(GAP_DIMENSIONS) as GapDimension[];
  const milestones = [...data.milestones].sort((a, b) => a.date.localeCompare(b.date));
  const criteria = data.frameworks.highRiskCriteria;
  return (
    <>
      <div className="grid grid--charts">
        <Readiness data={data} />
        <section className="card" aria-labelledby="milestones-h">
          <h2 id="milestones-h">{t('milestones')}</h2>
          <ol className="timeline">
            {milestones.map((m) => (
              <li key={m.id} className={`timeline__item timeline__item--${m.kind}`}>
                <time dateTime={m.date}>{m.date}</time>
                <div>
                  <strong>{label(m.title)}</strong>
                  <Sources sources={m.sources} compact />
                </div>
              </li>
            ))}
          </ol>
        </section>
      </div>

      <section className="section" aria-labelledby="findings-h">
        <h2 id="findings-h" className="section__title">
          {t('findings')}
        </h2>
        <div className="grid grid--cards">
          {dims.map((dim) => (
            <div key={dim} className="card finding">
              <h3>{label(GAP_DIMENSIONS[dim].label)}</h3>
              {data.findings
                .filter((f) => f.dimension === dim)
                .map((f) => (
                  <div key={f.id} className="finding__item">
                    <p>{label(f.text)}</p>
                    <Sources sources={f.sources} compact />
                  </div>
                ))}
            </div>
          ))}
        </div>
      </section>

      <section className="section" aria-labelledby="law-h">
        <h2 id="law-h" className="section__title">
          {t('law')}
        </h2>
        <div className="grid grid--cards">
          {data.frameworks.riskTiers.map((tier) => (
            <div key={tier.code} className={`card tier tier--${tier.code}`}>
              <h3>{label(RISK_TIERS[tier.code])}</h3>
              {tier.description && <p>{label(tier.description)}</p>}
              <Sources sources={tier.sources} compact />
            </div>
          ))}
        </div>
        <div className="card">
          <h3>{t('criteria')}</h3>
          <ol>
            {criteria.map((c) => (
              <li key={c.code}>{c.label ? label(c.label) : c.code}</li>
            ))}
          </ol>
          {criteria[0]?.note && <p className="note">{label(criteria[0].note)}</p>}
          {criteria[0] && <Sources sources={criteria[0].sources} compact />}
        </div>
      </section>

      <section className="section" aria-labelledby="ethics-h">
        <h2 id="ethics-h" className="section__title">
          {t('ethics')}
        </h2>
        <div className="grid grid--cards">
          {data.frameworks.ethicsPrinciples.map((p) => (
            <div key={p.code} className="card">
              <h3>{label(ETHICS_PRINCIPLES[p.code])}</h3>
              {p.description && <p>{label(p.description)}</p>}
              <Sources sources={p.sources} compact />
            </div>
          ))}
        </div>
      </section>

      <div className="grid grid--charts section">
        <section className="card" aria-labelledby="ram-h">
          <h2 id="ram-h">{t('ram')}</h2>
          <ul>
            {data.frameworks.ramDimensions.map((d) => (
              <li key={d.code}>{d.label ? label(d.label) : d.code}</li>
            ))}
          </ul>
          {data.frameworks.ramDimensions[0] && <Sources sources={data.frameworks.ramDimensions[0].sources} compact />}
        </section>
        <section className="card" aria-labelledby="targets-h">
          <h2 id="targets-h">{t('targets')}</h2>
          <ul className="targets">
            {data.targets.map((target) => (
              <li key={target.id}>
                <strong>{target.year}</strong> — {label(target.text)}
                <Sources sources={target.sources} compact />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}

export function LandscapePage() {
  const { t } = useTranslation('landscape');
  const query = useQuery(landscapeQuery());
  return (
    <Page title={t('title')} lead={t('lead')}>
      <QueryView query={query}>{(data) => <Landscape data={data} />}</QueryView>
      <ReadinessLandscape full />
    </Page>
  );
}
