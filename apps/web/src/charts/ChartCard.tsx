import type { DeploymentFilters } from '@aila/domain';
import type { ECharts } from 'echarts/core';
import { type ReactNode, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useLabel, useLocale } from '../app/locale.ts';
import { useNarrow } from '../ui/media.ts';
import { EChart } from './EChart.tsx';
import { INK } from './palette.ts';
import { type ChartContext, type ChartSpec, describe, sum } from './spec.ts';

/** The plain values a chart is built from, for the current language and screen width. */
export function useChartContext(): ChartContext {
  const { t } = useTranslation();
  const label = useLabel();
  const { fmt, pct } = useLocale();
  const narrow = useNarrow();
  return useMemo(() => ({ t, label, fmt, pct, narrow }), [t, label, fmt, pct, narrow]);
}

interface Props<Data> {
  spec: ChartSpec<Data>;
  data: Data;
  /** The scope the chart shows: clicks and table links narrow it. */
  filters?: DeploymentFilters;
  /** Shown under the chart, e.g. the sources behind its numbers. */
  children?: ReactNode;
}

/**
 * Every chart the same way: title and n, the chart or its table, a PNG download, a note when
 * there is nothing or little to show, and clicks through to the records behind a number.
 */
export function ChartCard<Data>({ spec, data, filters = {}, children }: Props<Data>) {
  const c = useChartContext();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [asTable, setAsTable] = useState(false);
  const chart = useRef<ECharts | null>(null);
  const headingId = useId();
  const title = c.t(`charts.${spec.title}`);
  const rows = useMemo(() => spec.rows(data, c), [spec, data, c]);
  const option = useMemo(() => spec.option(rows, { ...c, aria: describe(title, rows, c.fmt) }), [spec, rows, c, title]);
  const total = spec.total ? spec.total(data) : sum(rows);
  const sparseBelow = spec.sparseBelow ?? 4;
  const note = spec.note?.(data, c);
  const href = (key: string) => spec.href?.(key, filters);
  const height = typeof spec.height === 'number' ? spec.height : spec.height(rows, c);
  const shares = spec.table?.shares ?? true;
  const whole = sum(rows);

  const download = () => {
    if (!chart.current) return;
    const a = document.createElement('a');
    a.href = chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: INK.paper });
    a.download = `aila-${spec.id}.png`;
    a.click();
  };

  return (
    <section className="card chart-card" aria-labelledby={headingId} data-chart={spec.id}>
      <header className="chart-card__head">
        <div>
          <h2 id={headingId}>{title}</h2>
          {spec.subtitle && <p className="muted">{spec.subtitle(data, c)}</p>}
        </div>
        <div className="chart-card__tools no-print">
          <button type="button" className="btn btn--ghost" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
            {asTable ? c.t('chart.viewAsChart') : c.t('chart.viewAsTable')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={download} disabled={asTable || total === 0}>
            {c.t('chart.downloadPng')}
          </button>
        </div>
      </header>
      {total === 0 ? (
        <p className="empty">{c.t('chart.empty')}</p>
      ) : (
        <>
          {total < sparseBelow && <p className="note">{c.t('chart.sparse', { count: total })}</p>}
          {note && <p className="note">{note}</p>}
          <div hidden={asTable}>
            <EChart
              key={locale}
              option={option}
              height={height}
              ariaLabel={title}
              extras={spec.extras}
              setup={spec.setup}
              onReady={(instance) => (chart.current = instance)}
              onClick={(key) => {
                const to = href(key);
                if (to) navigate(to);
              }}
            />
          </div>
          {asTable && (
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{title}</th>
                  <th scope="col" className="num">
                    {spec.table?.value ? c.t(`charts.${spec.table.value}`) : c.t('chart.count')}
                  </th>
                  {shares && (
                    <th scope="col" className="num">
                      {c.t('chart.share')}
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const to = href(r.key);
                  const of = r.of ?? whole;
                  return (
                    <tr key={r.key}>
                      <th scope="row">{to ? <Link to={to}>{r.label}</Link> : r.label}</th>
                      <td className="num">{c.fmt(r.count)}</td>
                      {shares && <td className="num">{of ? c.pct(r.count / of) : '–'}</td>}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
      {children}
    </section>
  );
}
