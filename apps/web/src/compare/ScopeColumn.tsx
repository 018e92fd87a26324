import { COUNTRIES, coverage, type DeploymentFilters, type Stats } from '@aila/domain';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RegisterList } from '../api/client.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { exploreHref } from '../app/url-state.ts';
import { columnColor } from './charts.ts';
import type { Figure, Measures } from './measures.ts';
import { AILA, type Scope, scopeKey } from './scopes.ts';

type Register = RegisterList['items'][number];

/** A share with its base and its unknowns, every number leading to the records it counts. */
function FigureView({ figure, filters, testId }: { figure: Figure; filters: DeploymentFilters; testId: string }) {
  const { t } = useTranslation('compare');
  const { fmt, share } = useLocale();
  const to = (values: string[]) => exploreHref({ ...filters, [figure.key]: values });
  return (
    <>
      <span className="compare-fig__value">
        <Link to={to([figure.value])} data-testid={testId}>
          {share(figure.count, figure.base)}
        </Link>
      </span>
      <span className="compare-fig__base">
        <Trans
          t={t}
          i18nKey="figure.of"
          values={{ count: fmt(figure.count), base: fmt(figure.base) }}
          components={{
            count: <Link to={to([figure.value])} data-testid={`${testId}-count`} />,
            // Not `base`: an HTML element without content, which the parser would leave empty.
            total: figure.baseValues ? <Link to={to(figure.baseValues)} /> : <span />,
          }}
        />
        {figure.unknown > 0 && (
          <>
            {' · '}
            {figure.unknownValue ? (
              <Link to={to([figure.unknownValue])}>{t('figure.unknown', { n: fmt(figure.unknown) })}</Link>
            ) : (
              t('figure.unknown', { n: fmt(figure.unknown) })
            )}
          </>
        )}
      </span>
    </>
  );
}

function Measure({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <div className="compare-fig" data-measure={testId}>
      <dt>{title}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function NotStated({ records }: { records: number }) {
  const { t } = useTranslation('compare');
  const { fmt } = useLocale();
  return (
    <>
      <span className="compare-fig__value compare-fig__value--unknown">{t('figure.notStated')}</span>
      <span className="compare-fig__base">{t('figure.allUnknown', { n: fmt(records) })}</span>
    </>
  );
}

/** Where the column's records come from: each register's coverage, caveats, file and licence. */
function RegisterSource({ id, registers, stats }: { id: string; registers: readonly Register[]; stats: Stats }) {
  const { t } = useTranslation('compare');
  const label = useLabel();
  const { fmt, date } = useLocale();
  if (id === AILA) {
    const known = coverage(stats);
    return (
      <div className="compare-source" data-register={AILA}>
        <h4>{t('source.aila.name')}</h4>
        <p className="small muted">
          {t('source.publisher', { publisher: t('source.aila.publisher') })} ·{' '}
          {t('source.licence', { licence: t('source.aila.licence') })}
        </p>
        <p className="small">{t('source.aila.coverage')}</p>
        <h5>{t('source.caveats')}</h5>
        <ul className="compare-caveats small">
          <li>{t('source.aila.caveats.unknown')}</li>
          <li>
            {t('source.aila.caveats.coverage', {
              total: fmt(stats.total),
              risk: fmt(known.riskTier.known),
              gaps: fmt(known.gaps.known),
              ethics: fmt(known.ethics.known),
            })}
          </li>
          <li>{t('source.aila.caveats.indicative')}</li>
        </ul>
        <p className="small">
          <Link to="/about">{t('source.aila.about')}</Link>
        </p>
      </div>
    );
  }
  const r = registers.find((x) => x.id === id);
  if (!r) return null;
  const file = {
    date: r.fileDate ? date(r.fileDate) : '',
    rows: fmt(r.rowsInFile),
    records: fmt(r.records),
  };
  return (
    <div className="compare-source" data-register={r.id}>
      <h4>{label(r.name)}</h4>
      <p className="small muted">
        {t('source.publisher', { publisher: r.publisher })} · {t('source.licence', { licence: r.licence })}
        <br />
        {r.fileDate && /^\d{4}-\d{2}-\d{2}/.test(r.fileDate)
          ? t('source.file', file)
          : r.fileDate
            ? t('source.file', { ...file, date: r.fileDate })
            : t('source.fileUndated', file)}{' '}
        ({t('source.imported', { date: date(r.importedAt) })})
      </p>
      <p className="small">{label(r.coverage)}</p>
      {r.caveats.length > 0 && (
        <>
          <h5>{t('source.caveats')}</h5>
          <ul className="compare-caveats small">
            {r.caveats.map((c) => (
              <li key={c.en}>{label(c)}</li>
            ))}
          </ul>
        </>
      )}
      <p className="small">
        <a href={r.url} target="_blank" rel="noreferrer">
          {t('source.open')} ↗
        </a>
      </p>
    </div>
  );
}

/** One column of the comparison: its numbers, then where they come from and what to keep in mind. */
export function ScopeColumn({
  index,
  scope,
  name,
  registerName,
  measures: m,
  stats,
  registers,
  filters,
}: {
  index: number;
  scope: Scope;
  name: string;
  registerName: (id: string) => string;
  measures: Measures;
  stats: Stats;
  registers: readonly Register[];
  filters: DeploymentFilters;
}) {
  const { t } = useTranslation('compare');
  const label = useLabel();
  const { fmt } = useLocale();
  const meanings = t('declared.meanings', { returnObjects: true }) as Record<string, string>;
  const vietnamese = m.countries.length === 1 && m.countries[0] === 'VN';
  const declaredMeaning =
    m.declared?.key === 'riskTier'
      ? t('declared.meaningRiskTier')
      : (m.registers.map((r) => meanings[r]).find(Boolean) ?? t('declared.meaning'));
  const headingId = `compare-col-${index}`;
  const countries = m.countries.map((c) => label(COUNTRIES[c]) || c).join(', ');
  return (
    <article
      className="card compare-col"
      data-column={index}
      data-scope={scopeKey(scope)}
      aria-labelledby={headingId}
      style={{ ['--column' as string]: columnColor(index) }}
    >
      <header className="compare-col__head">
        <p className="eyebrow">{t(`kind.${scope.kind}`)}</p>
        <h2 id={headingId}>{name}</h2>
        <p className="small muted">
          {scope.kind === 'country'
            ? `${t('column.registers')}: ${m.registers.map(registerName).join(', ')}`
            : `${t('column.countries')}: ${countries}`}
        </p>
      </header>
      <dl className="compare-figs">
        <div className="compare-fig compare-fig--half">
          <dt>{t('column.records')}</dt>
          <dd>
            <span className="compare-fig__value compare-fig__value--big">
              <Link
                to={exploreHref(filters)}
                data-testid="compare-records"
                aria-label={t('column.recordsLink', { n: fmt(m.records), scope: name })}
              >
                {fmt(m.records)}
              </Link>
            </span>
          </dd>
        </div>
        <div className="compare-fig compare-fig--half">
          <dt>{t('column.agencies')}</dt>
          <dd>
            <span className="compare-fig__value compare-fig__value--big" data-testid="compare-agencies">
              {fmt(m.agencies)}
            </span>
          </dd>
        </div>
        <Measure title={t('declared.title')} testId="declared">
          {m.declared ? (
            <>
              <FigureView figure={m.declared} filters={filters} testId="compare-declared" />
              <span className="compare-fig__meaning">{declaredMeaning}</span>
            </>
          ) : vietnamese ? (
            <>
              <span className="compare-fig__value compare-fig__value--unknown">{t('declared.none')}</span>
              <span className="compare-fig__meaning">{t('declared.noneVn')}</span>
            </>
          ) : (
            <NotStated records={m.records} />
          )}
        </Measure>
        {m.indicative && (
          <Measure title={t('indicative.title')} testId="indicative">
            <FigureView figure={m.indicative} filters={filters} testId="compare-indicative" />
            <span className="compare-fig__meaning compare-fig__meaning--caveat">{t('indicative.note')}</span>
          </Measure>
        )}
        <Measure title={t('assessed.title')} testId="assessed">
          {m.assessed ? (
            <>
              <FigureView figure={m.assessed} filters={filters} testId="compare-assessed" />
              <span className="compare-fig__meaning">{t('assessed.meaning')}</span>
            </>
          ) : (
            <NotStated records={m.records} />
          )}
        </Measure>
        <Measure title={t('published.title')} testId="published">
          {m.published ? (
            <>
              <FigureView figure={m.published} filters={filters} testId="compare-published" />
              <span className="compare-fig__meaning">{t('published.meaning')}</span>
            </>
          ) : (
            <>
              <span className="compare-fig__value compare-fig__value--unknown">{t('figure.notStated')}</span>
              <span className="compare-fig__meaning">{t('published.none')}</span>
            </>
          )}
        </Measure>
      </dl>
      <section className="compare-sources" aria-label={`${t('source.title')}: ${name}`}>
        <h3>{t('source.title')}</h3>
        {m.registers.map((id) => (
          <RegisterSource key={id} id={id} registers={registers} stats={stats} />
        ))}
      </section>
    </article>
  );
}
