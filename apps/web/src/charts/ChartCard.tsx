import type { ECharts } from 'echarts/core';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useLocale } from '../app/locale.ts';

export interface TableRow {
  label: string;
  count: number;
  href?: string;
}

interface Props {
  id: string;
  title: string;
  subtitle: string;
  rows: readonly TableRow[];
  total: number;
  /** Below this many records the card warns that a pattern is not a trend. */
  sparseBelow?: number;
  children: (onReady: (chart: ECharts) => void) => ReactNode;
}

/** A chart with its title, n, an accessible table view and a PNG download. */
export function ChartCard({ id, title, subtitle, rows, total, sparseBelow = 4, children }: Props) {
  const { t, fmt, pct } = useLocale();
  const [asTable, setAsTable] = useState(false);
  const chart = useRef<ECharts | null>(null);
  const headingId = useId();

  const download = () => {
    if (!chart.current) return;
    const url = chart.current.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    const a = document.createElement('a');
    a.href = url;
    a.download = `aila-${id}.png`;
    a.click();
  };
  const sum = rows.reduce((s, r) => s + r.count, 0);

  return (
    <section className="card chart-card" aria-labelledby={headingId} data-chart={id}>
      <header className="chart-card__head">
        <div>
          <h2 id={headingId}>{title}</h2>
          <p className="muted">{subtitle}</p>
        </div>
        <div className="chart-card__tools no-print">
          <button type="button" className="btn btn--ghost" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
            {asTable ? t('common.viewAsChart') : t('common.viewAsTable')}
          </button>
          <button type="button" className="btn btn--ghost" onClick={download} disabled={asTable || total === 0}>
            {t('common.downloadPng')}
          </button>
        </div>
      </header>
      {total === 0 ? (
        <p className="empty">{t('overview.charts.empty')}</p>
      ) : (
        <>
          {total < sparseBelow && <p className="note">{t('overview.charts.sparse', { n: total })}</p>}
          <div hidden={asTable}>{children((c) => (chart.current = c))}</div>
          {asTable && (
            <table className="data-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{title}</th>
                  <th scope="col" className="num">
                    {t('common.count')}
                  </th>
                  <th scope="col" className="num">
                    {t('common.share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.href ? <a href={r.href}>{r.label}</a> : r.label}</th>
                    <td className="num">{fmt(r.count)}</td>
                    <td className="num">{sum ? pct(r.count / sum) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
