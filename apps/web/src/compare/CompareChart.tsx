import type { EChartsCoreOption } from 'echarts/core';
import { lazy, type ReactNode, Suspense, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLocale } from '../app/locale.ts';
import { useChartContext } from '../charts/ChartCard.tsx';
import { EChart } from '../charts/EChart.tsx';
import type { ChartRow, Part } from '../charts/options.ts';
import { describe } from '../charts/spec.ts';

const ChartTable = lazy(() => import('../charts/ChartTable.tsx').then((m) => ({ default: m.ChartTable })));

interface Props {
  id: string;
  title: string;
  subtitle?: string;
  rows: readonly ChartRow[];
  option: (rows: readonly ChartRow[], aria: string) => EChartsCoreOption;
  href: (key: string) => string | undefined;
  height: number;
  legend?: readonly Part[];
  /** Notes above the chart: what a column cannot show, and why. */
  notes?: readonly string[];
  /** Lines under the chart: what each column's numbers stand on. */
  footnotes?: readonly string[];
  /** More controls beside the table switch (e.g. counts or shares). */
  tools?: ReactNode;
  /** The table's value column. */
  value?: string;
  empty: string;
}

/**
 * A chart across the columns, drawn like every other chart of the dashboard: its title and what it
 * counts, the chart or its table, a key to its colours, and every number leading to its records.
 */
export function CompareChart({
  id,
  title,
  subtitle,
  rows,
  option,
  href,
  height,
  legend = [],
  notes = [],
  footnotes = [],
  tools,
  value,
  empty,
}: Props) {
  const { t } = useTranslation();
  const c = useChartContext();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const headingId = useId();
  const [asTable, setAsTable] = useState(false);
  const aria = describe(title, rows, c.fmt);
  const drawn = useMemo(() => option(rows, aria), [option, rows, aria]);
  return (
    <section className="card chart-card compare-chart" aria-labelledby={headingId} data-chart={id}>
      <header className="chart-card__head">
        <div>
          <h2 id={headingId}>{title}</h2>
          {subtitle && <p className="muted">{subtitle}</p>}
        </div>
        {rows.length > 0 && (
          <div className="chart-card__tools no-print">
            {tools}
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => setAsTable((v) => !v)}
              aria-pressed={asTable}
            >
              {asTable ? t('chart.viewAsChart') : t('chart.viewAsTable')}
            </button>
          </div>
        )}
      </header>
      {notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      {rows.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <>
          <div hidden={asTable}>
            <EChart
              key={locale}
              option={drawn}
              height={height}
              ariaLabel={title}
              extras
              onClick={(key) => {
                const to = href(key);
                if (to) navigate(to);
              }}
            />
            {legend.length > 0 && (
              <ul className="chart-key">
                {legend.map((p) => (
                  <li key={p.key}>
                    {p.color && (
                      <span className="chart-key__swatch" style={{ background: p.color }} aria-hidden="true" />
                    )}
                    {p.label}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {asTable && (
            <Suspense fallback={null}>
              <ChartTable title={title} rows={rows} c={c} value={value ?? t('chart.count')} shares href={href} />
            </Suspense>
          )}
        </>
      )}
      {footnotes.length > 0 && (
        <ul className="compare-footnotes small muted">
          {footnotes.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
