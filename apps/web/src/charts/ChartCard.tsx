import { type DeploymentFilters, isSmallBase, mostlyUnknown, SMALL_BASE } from '@aila/domain';
import type { ECharts } from 'echarts/core';
import { lazy, type ReactNode, Suspense, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLabel, useLocale } from '../app/locale.ts';
import { useScopeText } from '../app/scope.ts';
import { useNarrow } from '../ui/media.ts';
import { EChart, type PrintPicture } from './EChart.tsx';
import type { Part } from './options.ts';
import { INK } from './palette.ts';
import { type ChartContext, type ChartSpec, describe, sum } from './spec.ts';
import './charts.css';

// The table view loads when first asked for.
const ChartTable = lazy(() => import('./ChartTable.tsx').then((m) => ({ default: m.ChartTable })));

/** The plain values a chart is built from, for the current language and screen width. */
export function useChartContext(): ChartContext {
  const { t } = useTranslation();
  const label = useLabel();
  const { fmt, pct, share } = useLocale();
  const narrow = useNarrow();
  return useMemo(() => ({ t, label, fmt, pct, share, narrow }), [t, label, fmt, pct, share, narrow]);
}

function Legend({ parts }: { parts: readonly Part[] }) {
  if (parts.length === 0) return null;
  return (
    <ul className="chart-key">
      {parts.map((p) => (
        <li key={p.key}>
          {p.color && <span className="chart-key__swatch" style={{ background: p.color }} aria-hidden="true" />}
          {p.label}
        </li>
      ))}
    </ul>
  );
}

interface Props<Data> {
  spec: ChartSpec<Data>;
  data: Data;
  /** The scope the chart shows: clicks and table links narrow it. */
  filters?: DeploymentFilters;
  /** Print a picture drawn at this width (CSS pixels) instead of a snapshot of the screen's chart. */
  print?: { width: number; height?: number };
  /** Shown under the chart, e.g. the sources behind its numbers. */
  children?: ReactNode;
}

/**
 * Every chart the same way: title and n, the chart or its table, a PNG download that carries its
 * context, a note when there is nothing or little to show, small bases flagged, and clicks
 * through to the records behind a number. A field that few records state shows only that line.
 */
export function ChartCard<Data>({ spec, data, filters = {}, print, children }: Props<Data>) {
  const c = useChartContext();
  const { locale, date } = useLocale();
  const navigate = useNavigate();
  const scopeText = useScopeText();
  const [asTable, setAsTable] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const chart = useRef<ECharts | null>(null);
  const headingId = useId();
  const title = c.t(`charts.${spec.title}`);
  const rows = useMemo(() => spec.rows(data, c), [spec, data, c]);
  const aria = describe(title, rows, c.fmt);
  const option = useMemo(() => spec.option(rows, { ...c, aria }), [spec, rows, c, aria]);
  const picture = useMemo((): PrintPicture | undefined => {
    if (!print) return undefined;
    const wide = { ...c, narrow: false };
    const height = print.height ?? (typeof spec.height === 'number' ? spec.height : spec.height(rows, wide));
    return { option: spec.option(rows, { ...wide, aria }), width: print.width, height };
  }, [print, spec, rows, c, aria]);
  const total = spec.total ? spec.total(data) : sum(rows);
  const sparseBelow = spec.sparseBelow ?? 4;
  const note = spec.note?.(data, c);
  const href = (key: string) => spec.href?.(key, filters);
  const height = typeof spec.height === 'number' ? spec.height : spec.height(rows, c);
  const legend = spec.legend?.(rows, c) ?? [];
  const subtitle = spec.subtitle?.(data, c);
  const known = spec.coverage?.(data);
  const collapsed = !!known && mostlyUnknown(known) && !expanded;
  const whole = sum(rows);
  const smallBase = total > 0 && rows.some((r) => isSmallBase(r.of ?? whole));

  const download = async () => {
    const instance = chart.current;
    if (!instance) return;
    // Only a download needs the drawing of words around the chart: fetched then, not with the page.
    const { composePicture, pictureText } = await import('./picture.ts');
    const text = pictureText({
      title,
      subtitle,
      scope: c.t('picture.scope', { scope: scopeText(filters) ?? c.t('picture.all') }),
      date: c.t('picture.date', { date: date(new Date().toISOString()) }),
      source: c.t('picture.source', { url: `${window.location.origin}${window.location.pathname}` }),
      licence: c.t('picture.licence'),
    });
    const chartUrl = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: INK.paper });
    const a = document.createElement('a');
    a.href = await composePicture(chartUrl, text, legend, instance.getWidth());
    a.download = `aila-${spec.id}.png`;
    a.click();
  };

  return (
    <section
      className={`card chart-card${collapsed ? ' chart-card--collapsed' : ''}`}
      aria-labelledby={headingId}
      data-chart={spec.id}
      data-collapsed={collapsed || undefined}
    >
      <header className="chart-card__head">
        <div>
          <h2 id={headingId}>{title}</h2>
          {subtitle && !collapsed && <p className="muted">{subtitle}</p>}
        </div>
        {!collapsed && (
          <div className="chart-card__tools no-print">
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => setAsTable((v) => !v)}
              aria-pressed={asTable}
            >
              {asTable ? c.t('chart.viewAsChart') : c.t('chart.viewAsTable')}
            </button>
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => void download()}
              disabled={asTable || total === 0}
            >
              {c.t('chart.downloadPng')}
            </button>
          </div>
        )}
      </header>
      {collapsed && known ? (
        <p className="coverage-line" data-testid="coverage-line">
          {c.t('chart.collapsed', {
            known: c.fmt(known.known),
            total: c.fmt(known.total),
            share: c.share(known.known, known.total),
          })}{' '}
          <button type="button" className="link-button no-print" onClick={() => setExpanded(true)}>
            {c.t('chart.showAnyway')}
          </button>
        </p>
      ) : total === 0 ? (
        <p className="empty">{spec.empty?.(data, c) ?? c.t('chart.empty')}</p>
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
              picture={picture}
              onReady={(instance) => (chart.current = instance)}
              onClick={(key) => {
                const to = href(key);
                if (to) navigate(to);
              }}
            />
            <Legend parts={legend} />
          </div>
          {asTable && (
            <Suspense fallback={null}>
              <ChartTable
                title={title}
                rows={rows}
                c={c}
                value={spec.table?.value ? c.t(`charts.${spec.table.value}`) : c.t('chart.count')}
                shares={spec.table?.shares ?? true}
                href={href}
              />
            </Suspense>
          )}
          {smallBase && <p className="small muted footnote">{c.t('chart.smallBase', { min: SMALL_BASE })}</p>}
        </>
      )}
      {children}
    </section>
  );
}
