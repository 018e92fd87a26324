import type { ECharts, EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { afterFirstPaint, markFirstPaint } from '../ui/first-paint.ts';
import { INK } from './palette.ts';

type Echarts = typeof import('./echarts.ts')['echarts'];

/** A chart drawn off screen at a fixed size for printing, whatever the screen's width. */
export interface PrintPicture {
  option: EChartsCoreOption;
  width: number;
  height: number;
}

/** Print resolution: a picture a third of the page wide is about 300 dpi on A4. */
const PRINT_RATIO = 3;

function drawPicture(echarts: Echarts, { option, width, height }: PrintPicture): string {
  const chart = echarts.init(document.createElement('div'), undefined, { renderer: 'canvas', width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.getDataURL({ type: 'png', pixelRatio: PRINT_RATIO, backgroundColor: INK.paper });
  } finally {
    chart.dispose();
  }
}

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
  /** Printed instead of a snapshot of the screen's chart (the brief's A4 layout). */
  picture?: PrintPicture;
}

/**
 * Owns one ECharts instance: init on mount, setOption on change, resize with the box, dispose on
 * unmount. A box without size (hidden, printing, being removed) is never drawn into: ECharts'
 * maps cannot lay out in nothing.
 */
export function EChart({ option, height, ariaLabel, onClick, onReady, setup, extras = false, picture }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;
  const optionRef = useRef(option);
  optionRef.current = option;
  const readyRef = useRef(onReady);
  readyRef.current = onReady;
  const pictureRef = useRef(picture);
  pictureRef.current = picture;
  const [echarts, setEcharts] = useState<Echarts | null>(null);
  // A picture of the drawn chart for printing: it scales to the page, whatever the screen width was.
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const snapshotOf = useRef<{ option: unknown; width: number } | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the instance lives for the component's life
  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    const el = ref.current;
    const drawable = () => !!el?.isConnected && el.clientWidth > 0 && el.clientHeight > 0;
    const setupRef = setup;
    const resize = () => {
      const chart = chartRef.current;
      if (!chart || !drawable()) return;
      // Without animation, and drawn now rather than on the next frame: printing waits for neither.
      chart.resize({ animation: { duration: 0 } });
      chart.getZr().flush();
    };
    void import('./echarts.ts').then(async ({ echarts }) => {
      if (extras) {
        await afterFirstPaint;
        await import('./echarts-extra.ts');
      }
      await setupRef?.();
      if (disposed || !el) return;
      const start = () => {
        if (chartRef.current || disposed || !drawable()) return;
        const chart = echarts.init(el, undefined, { renderer: 'canvas' });
        chartRef.current = chart;
        chart.setOption(optionRef.current);
        if (!extras) {
          // Tooltips and the rest arrive after the first paint; re-apply the option to use them.
          void afterFirstPaint
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
          el.setAttribute('data-rendered', 'true');
          const width = chart.getWidth();
          const stale = snapshotOf.current?.option !== optionRef.current || snapshotOf.current.width !== width;
          if (!pictureRef.current && drawable() && stale) {
            snapshotOf.current = { option: optionRef.current, width };
            setSnapshot(chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: INK.paper }));
          }
          if (performance.getEntriesByName('aila:first-chart').length === 0) performance.mark('aila:first-chart');
          markFirstPaint();
        });
        readyRef.current?.(chart);
        setEcharts(echarts);
      };
      observer = new ResizeObserver(() => (chartRef.current ? resize() : start()));
      observer.observe(el);
      start();
    });
    window.addEventListener('beforeprint', resize);
    return () => {
      disposed = true;
      observer?.disconnect();
      window.removeEventListener('beforeprint', resize);
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    if (echarts && picture) setSnapshot(drawPicture(echarts, picture));
  }, [echarts, picture]);

  // The text alternative: the option's data description when it has one, else the title.
  const description = (option as { aria?: { label?: { description?: string } } }).aria?.label?.description;
  return (
    <>
      <div ref={ref} className="echart" style={{ height }} role="img" aria-label={description ?? ariaLabel} />
      {snapshot && (
        <img
          className="echart-print"
          src={snapshot}
          alt=""
          aria-hidden="true"
          style={picture ? { aspectRatio: `${picture.width} / ${picture.height}` } : undefined}
        />
      )}
    </>
  );
}
