import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { INK } from './palette.ts';

/**
 * Resolves when the first chart of the page is drawn (or after a short wait), so that the
 * extra chart pieces are fetched after the first paint instead of competing with it.
 */
let markFirstPaint: () => void = () => undefined;
const firstPaint = new Promise<void>((resolve) => {
  markFirstPaint = resolve;
  setTimeout(resolve, 1500);
});

interface Props {
  option: EChartsCoreOption;
  height: number;
  ariaLabel: string;
  /** Receives the key the clicked datum carries, or its name (a province code on the map). */
  onClick?: (key: string) => void;
  onReady?: (chart: ECharts) => void;
  /** Runs once before the chart is created, e.g. to register map geometry. */
  setup?: () => Promise<void>;
  /** Needs chart types or components beyond bars (legend, line, map, heatmap, flows). */
  extras?: boolean;
}

/** Owns one ECharts instance: init on mount, setOption on change, resize with the box, dispose on unmount. */
export function EChart({ option, height, ariaLabel, onClick, onReady, setup, extras = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const optionRef = useRef(option);
  optionRef.current = option;
  const readyRef = useRef(onReady);
  readyRef.current = onReady;
  // A picture of the drawn chart for printing: it scales to the page, whatever the screen width was.
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const snapshotOf = useRef<{ option: unknown; width: number } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the instance lives for the component's life
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    let removePrint: (() => void) | undefined;
    const setupRef = setup;
    void import('./echarts.ts').then(async ({ echarts }) => {
      if (extras) {
        await firstPaint;
        await import('./echarts-extra.ts');
      }
      await setupRef?.();
      if (disposed || !ref.current) return;
      const chart = echarts.init(ref.current, undefined, { renderer: 'canvas' });
      chartRef.current = chart;
      chart.setOption(optionRef.current);
      if (!extras) {
        // Tooltips and the rest arrive after the first paint; re-apply the option to use them.
        void firstPaint
          .then(() => import('./echarts-extra.ts'))
          .then(() => {
            if (!disposed) chart.setOption(optionRef.current, { notMerge: true });
          });
      }
      chart.on('click', (params) => {
        const key = (params.data as { key?: string } | null | undefined)?.key ?? params.name;
        if (key) clickRef.current?.(key);
      });
      chart.on('finished', () => {
        ref.current?.setAttribute('data-rendered', 'true');
        const width = chart.getWidth();
        if (snapshotOf.current?.option !== optionRef.current || snapshotOf.current.width !== width) {
          snapshotOf.current = { option: optionRef.current, width };
          setSnapshot(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: INK.paper }));
        }
        if (performance.getEntriesByName('aila:first-chart').length === 0) performance.mark('aila:first-chart');
        markFirstPaint();
      });
      // Resize without animation, so a chart is complete when the page is printed.
      const resize = () => {
        chart.resize({ animation: { duration: 0 } });
        // Draw now rather than on the next frame: printing does not wait for one.
        chart.getZr().flush();
      };
      observer = new ResizeObserver(resize);
      observer.observe(ref.current);
      window.addEventListener('beforeprint', resize);
      removePrint = () => window.removeEventListener('beforeprint', resize);
      readyRef.current?.(chart);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      removePrint?.();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  // The text alternative: the option's data description when it has one, else the title.
  const description = (option as { aria?: { label?: { description?: string } } }).aria?.label?.description;
  return (
    <>
      <div ref={ref} className="echart" style={{ height }} role="img" aria-label={description ?? ariaLabel} />
      {snapshot && <img className="echart-print" src={snapshot} alt="" aria-hidden="true" />}
    </>
  );
}
