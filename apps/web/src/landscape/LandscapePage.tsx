import { ETHICS_PRINCIPLES as ETHICS_LABELS, GAP_DIMENSIONS, type GapDimension, RISK_TIERS } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LandscapeData } from '../api/client.ts';
import { landscapeQuery } from '../api/queries.ts';
import { useLocale } from '../app/locale.ts';
import { ChartCard } from '../charts/ChartCard.tsx';
import { EChart } from '../charts/EChart.tsx';
import { rankLineOption } from '../charts/options.ts';
import { Sources } from '../ui/Sources.tsx';
import { ErrorState, LoadingState } from '../ui/states.tsx';
import { LANDSCAPE_TEXT } from './text.ts';

function Readiness({ data }: { data: LandscapeData }) {
  const { label, locale, fmt } = useLocale();
  const text = LANDSCAPE_TEXT[locale];
  const indicators = data.indicators.filter((i) => i.framework === 'gov_ai_readiness_index');
  const ranks = indicators.filter((i) => i.metric === 'rank').sort((a, b) => a.year - b.year || a.value - b.value);
  const scores = new Map(indicators.filter((i) => i.metric === 'score').map((i) => [i.year, i]));
  const option = useMemo(
    () =>
      rankLineOption(
        ranks.map((r) => ({ year: r.year, rank: r.value, outOf: r.outOf, disputed: r.conflictsWith.length > 0 })),
        {
          ariaLabel: `${text.readiness}: ${ranks.map((r) => `${r.year} #${r.value}`).join('; ')}`,
          seriesName: text.rank,
          disputedName: text.disputed,
        },
      ),
    [ranks, text],
  );
  return (
    <ChartCard
      id="readiness-rank"
      title={text.readiness}
      subtitle={text.readinessSub}
      rows={ranks.map((r) => ({ label: `${r.year}${r.conflictsWith.length ? ' *' : ''}`, count: r.value }))}
      total={ranks.length}
      sparseBelow={0}
    >
      {(onReady) => (
        <>
          <EChart key={locale} option={option} height={280} ariaLabel={text.readiness} onReady={onReady} extras />
          <table className="data-table" data-testid="readiness-table">
            <thead>
              <tr>
                <th scope="col">{text.year}</th>
                <th scope="col" className="num">
                  {text.rank}
                </th>
                <th scope="col" className="num">
                  {text.score}
                </th>
                <th scope="col">{text.sources}</th>
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
                  <td className="num">
                    {scores.get(r.year)?.value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB') ?? '–'}
                  </td>
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
              {text.discrepancy}
            </p>
          )}
        </>
      )}
    </ChartCard>
  );
}

export function LandscapePage() {
  const { t, label, locale } = useLocale();
  const text = LANDSCAPE_TEXT[locale];
  const query = useQuery(landscapeQuery());
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  const dims = Object.keys(GAP_DIMENSIONS) as GapDimension[];
  const milestones = [...data.milestones].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('pages.landscape.title')}</h1>
        <p className="lead">{t('pages.landscape.lead')}</p>
      </header>
      <div className="grid grid--charts">
        <Readiness data={data} />
        <section className="card" aria-labelledby="milestones-h">
          <h2 id="milestones-h">{text.milestones}</h2>
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
          {text.findings}
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
          {text.law}
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
          <h3>{text.criteria}</h3>
          <ol>
            {data.frameworks.highRiskCriteria.map((c) => (
              <li key={c.code}>{c.label ? label(c.label) : c.code}</li>
            ))}
          </ol>
          {data.frameworks.highRiskCriteria[0]?.note && (
            <p className="note">{label(data.frameworks.highRiskCriteria[0].note)}</p>
          )}
          {data.frameworks.highRiskCriteria[0] && (
            <Sources sources={data.frameworks.highRiskCriteria[0].sources} compact />
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="ethics-h">
        <h2 id="ethics-h" className="section__title">
          {text.ethics}
        </h2>
        <div className="grid grid--cards">
          {data.frameworks.ethicsPrinciples.map((p) => (
            <div key={p.code} className="card">
              <h3>{label(ETHICS_LABELS[p.code])}</h3>
              {p.description && <p>{label(p.description)}</p>}
              <Sources sources={p.sources} compact />
            </div>
          ))}
        </div>
      </section>

      <div className="grid grid--charts section">
        <section className="card" aria-labelledby="ram-h">
          <h2 id="ram-h">{text.ram}</h2>
          <ul>
            {data.frameworks.ramDimensions.map((d) => (
              <li key={d.code}>{d.label ? label(d.label) : d.code}</li>
            ))}
          </ul>
          {data.frameworks.ramDimensions[0] && <Sources sources={data.frameworks.ramDimensions[0].sources} compact />}
        </section>
        <section className="card" aria-labelledby="targets-h">
          <h2 id="targets-h">{text.targets}</h2>
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
    </div>
  );
}
