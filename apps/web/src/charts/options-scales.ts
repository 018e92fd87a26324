import type { EChartsCoreOption } from 'echarts/core';
import { AXIS, type ChartRow, type Common, FONT, frame, partsOf } from './options.ts';
import { INK, MAP_SCALE, SHARE_SCALE } from './palette.ts';

/** The colour key of a sequential scale: one swatch per band, each labelled with its values. */
function key(pieces: object[], place: object, narrow = false): object {
  return {
    type: 'piecewise',
    pieces,
    selectedMode: false,
    itemWidth: narrow ? 10 : 14,
    itemHeight: 10,
    itemGap: narrow ? 4 : 6,
    textGap: 4,
    textStyle: { ...AXIS, fontSize: narrow ? 10 : 11 },
    ...place,
  };
}

/** Up to `n` bands of whole counts from 1 to `max`, as even as whole numbers allow. */
export function countBands(max: number, n = 4): { min: number; max: number }[] {
  const top = Math.max(0, Math.floor(max));
  const count = Math.min(n, top);
  const bands: { min: number; max: number }[] = [];
  for (let i = 1; i <= count; i++) {
    const upper = Math.round((top * i) / count);
    const lower = (bands.at(-1)?.max ?? 0) + 1;
    if (upper >= lower) bands.push({ min: lower, max: upper });
  }
  return bands;
}

/** A choropleth of counts per province (row key: province code); the key gives each colour's counts. */
export function mapOption(
  rows: readonly ChartRow[],
  o: Common & { mapName: string; names: ReadonlyMap<string, string> },
): EChartsCoreOption {
  const bands = countBands(Math.max(0, ...rows.map((r) => r.count)));
  const colors = MAP_SCALE.slice(MAP_SCALE.length - bands.length);
  const range = (b: { min: number; max: number }) =>
    b.min === b.max ? o.fmt(b.min) : `${o.fmt(b.min)}–${o.fmt(b.max)}`;
  return frame(o, {
    tooltip: {
      trigger: 'item',
      textStyle: { fontFamily: FONT },
      formatter: (p: { name: string; value: number }) =>
        `${o.names.get(p.name) ?? p.name}: ${o.fmt(Number.isFinite(p.value) ? p.value : 0)}`,
    },
    visualMap: key(
      [
        ...bands.map((b, i) => ({ gte: b.min, lte: b.max, label: range(b), color: colors[i] })).reverse(),
        { value: 0, label: o.fmt(0), color: INK.empty },
      ],
      { left: 0, bottom: 8, orient: 'vertical' },
    ),
    series: [
      {
        type: 'map',
        map: o.mapName,
        nameProperty: 'code',
        roam: false,
        aspectScale: 1,
        layoutCenter: ['55%', '50%'],
        layoutSize: '95%',
        cursor: 'pointer',
        itemStyle: { areaColor: INK.empty, borderColor: INK.border, borderWidth: 0.6 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: INK.highlight } },
        select: { disabled: true },
        data: rows.map((r) => ({ name: r.key, value: r.count, key: r.key })),
      },
    ],
  });
}

type HeatDatum = { value: [number, number, number]; count: number; of: number; key: string };

/** Shares in quarters, plus none at all: the heatmap's colour key (on a phone, % only on the last band). */
function shareBands(o: Common & { pct: (share: number) => string }, narrow: boolean): object[] {
  const quarters = [0.25, 0.5, 0.75, 1].map((hi, i) => ({
    gt: hi - 0.25,
    lte: hi,
    label: `${o.fmt(i * 25 + 1)}–${narrow && hi < 1 ? o.fmt(hi * 100) : o.pct(hi)}`,
    color: SHARE_SCALE[i + 1],
  }));
  return [{ value: 0, label: o.pct(0), color: SHARE_SCALE[0] }, ...quarters];
}

/**
 * Groups (rows of the grid) × series (columns): each cell is the share `count / of`. Row names
 * wrap on the left; each row's base sits apart on the right, so a long name never hides it.
 */
export function heatmapOption(
  rows: readonly ChartRow[],
  o: Common & {
    pct: (share: number) => string;
    /** A share with its small-base flag. */
    share: (count: number, of: number) => string;
    base: (of: number) => string;
    assessedLabel: string;
    narrow?: boolean;
  },
): EChartsCoreOption {
  const groups = partsOf(rows, 'group');
  const series = partsOf(rows, 'series');
  const narrow = o.narrow ?? false;
  const ofGroup = new Map(rows.map((r) => [r.group?.key, r.of ?? 0]));
  const data: HeatDatum[] = rows.map((r) => {
    const of = r.of ?? 0;
    const x = series.findIndex((s) => s.key === r.series?.key);
    const y = groups.findIndex((g) => g.key === r.group?.key);
    return { value: [x, y, of ? r.count / of : 0], count: r.count, of, key: r.key };
  });
  const labelStyle = { ...AXIS, fontSize: narrow ? 10 : 12 };
  return frame(o, {
    grid: { left: 8, right: 8, top: 8, bottom: 40, containLabel: true },
    tooltip: {
      textStyle: { fontFamily: FONT },
      formatter: (p: { data: HeatDatum }) =>
        `${groups[p.data.value[1]]?.label ?? ''} · ${series[p.data.value[0]]?.label ?? ''}<br/>${o.share(p.data.count, p.data.of)} (${o.fmt(p.data.count)}/${o.fmt(p.data.of)}) · ${o.assessedLabel} ${o.fmt(p.data.of)}`,
    },
    xAxis: {
      type: 'category',
      data: series.map((s) => s.label),
      // Each column's name wraps within its column (a rotated name is harder to read).
      axisLabel: narrow
        ? { ...labelStyle, interval: 0, rotate: 40 }
        : { ...labelStyle, fontSize: 11, interval: 0, width: 76, overflow: 'break', lineHeight: 13 },
      splitArea: { show: true },
    },
    yAxis: [
      {
        type: 'category',
        data: groups.map((g) => g.label),
        axisLabel: { ...labelStyle, width: narrow ? 96 : 150, overflow: 'break', lineHeight: narrow ? 12 : 14 },
        splitArea: { show: true },
      },
      {
        type: 'category',
        position: 'right',
        data: groups.map((g) => o.base(ofGroup.get(g.key) ?? 0)),
        axisLabel: labelStyle,
        axisTick: { show: false },
        axisLine: { show: false },
      },
    ],
    visualMap: key(shareBands(o, narrow), { dimension: 2, orient: 'horizontal', left: 'center', bottom: 0 }, narrow),
    series: [
      {
        type: 'heatmap',
        cursor: 'pointer',
        progressive: 0,
        data,
        label: {
          show: true,
          fontFamily: FONT,
          fontSize: narrow ? 9 : 12,
          formatter: (p: { data: HeatDatum }) => o.share(p.data.count, p.data.of),
        },
        emphasis: { itemStyle: { borderColor: INK.alert, borderWidth: 2 } },
      },
    ],
  });
}
