import { describe, expect, test } from 'vitest';
import { barOption, type ChartRow, yearRange } from './options.ts';
import { rankLineOption } from './options-landscape.ts';
import { sankeyOption, stackedBarOption } from './options-parts.ts';
import { countBands, heatmapOption, mapOption } from './options-scales.ts';

const fmt = (n: number) => String(n);
const pct = (n: number) => `${Math.round(n * 100)}%`;
const share = (count: number, of: number) => `${pct(count / of)}${of < 5 ? '*' : ''}`;
const base = (of: number) => `n = ${of}`;

describe('barOption', () => {
  const rows: ChartRow[] = [
    { key: 'virtual_assistant', label: 'Virtual assistant', count: 6, color: '#0072B2' },
    { key: 'facial_recognition', label: 'Facial recognition', count: 2, color: '#E69F00' },
  ];

  test('horizontal bars list the first row on top and carry keys for clicks', () => {
    const option = barOption(rows, { fmt, aria: 'x' }) as {
      yAxis: { data: string[] };
      series: { data: { value: number; key: string; itemStyle: { color: string } }[] }[];
    };
    // ECharts draws the first category at the bottom, so the order is reversed.
    expect(option.yAxis.data).toEqual(['Facial recognition', 'Virtual assistant']);
    expect(option.series[0]?.data.map((d) => [d.key, d.value, d.itemStyle.color])).toEqual([
      ['facial_recognition', 2, '#E69F00'],
      ['virtual_assistant', 6, '#0072B2'],
    ]);
  });

  test('vertical bars keep the given order and an accessible description', () => {
    const option = barOption(rows, { horizontal: false, fmt, aria: 'Stages: pilot 2' }) as {
      xAxis: { data: string[] };
      aria: { label: { description: string } };
    };
    expect(option.xAxis.data).toEqual(['Virtual assistant', 'Facial recognition']);
    expect(option.aria.label.description).toBe('Stages: pilot 2');
  });
});

describe('stackedBarOption', () => {
  test('draws no legend of its own: the card’s key wraps instead of paging', () => {
    const option = stackedBarOption([], { fmt, aria: 'x' }) as { legend?: unknown };
    expect(option.legend).toBeUndefined();
  });

  const traffic = { key: 'traffic_video', label: 'Traffic', color: '#009E73' };
  const rows: ChartRow[] = [
    { key: '2019|t', label: '2019 · Traffic', count: 2, group: { key: '2019', label: '2019' }, series: traffic },
    { key: '2021|t', label: '2021 · Traffic', count: 1, group: { key: '2021', label: '2021' }, series: traffic },
  ];

  test('one stacked series per series part, zero where a group has no row', () => {
    const groups = yearRange([2019, 2021]).map((y) => ({ key: String(y), label: String(y) }));
    const option = stackedBarOption(rows, { fmt, aria: 'x', groups }) as {
      xAxis: { data: string[] };
      series: { name: string; stack: string; data: { value: number; key?: string }[] }[];
    };
    expect(option.xAxis.data).toEqual(['2019', '2020', '2021']);
    expect(option.series).toHaveLength(1);
    expect(option.series[0]?.stack).toBe('total');
    expect(option.series[0]?.data).toEqual([
      { value: 2, key: '2019|t' },
      { value: 0, key: undefined },
      { value: 1, key: '2021|t' },
    ]);
  });
});

describe('heatmapOption', () => {
  const cat = { key: 'va', label: 'Giám sát giao thông & phân tích video (camera)' };
  const rows: ChartRow[] = [
    { key: 'va|data', label: 'a', count: 3, of: 4, group: cat, series: { key: 'data', label: 'Data' } },
    { key: 'va|people', label: 'b', count: 0, of: 4, group: cat, series: { key: 'people', label: 'People' } },
  ];
  type Heat = {
    yAxis: { data: string[]; axisLabel: { overflow?: string } }[];
    visualMap: { type: string; pieces: { label: string }[] };
    series: { data: { value: [number, number, number]; key: string }[]; label: { formatter: (p: object) => string } }[];
  };
  const option = heatmapOption(rows, { fmt, pct, share, base, aria: 'x', assessedLabel: 'assessed' }) as Heat;

  test('each cell is the share of its group’s denominator', () => {
    expect(option.series[0]?.data.map((d) => [d.key, d.value])).toEqual([
      ['va|data', [0, 0, 0.75]],
      ['va|people', [1, 0, 0]],
    ]);
  });

  test('a long row name wraps, and its base sits on its own axis where nothing cuts it', () => {
    expect(option.yAxis[0]?.data).toEqual([cat.label]);
    expect(option.yAxis[0]?.axisLabel.overflow).toBe('break');
    expect(option.yAxis[1]?.data).toEqual(['n = 4']);
  });

  test('cells flag a share of a small base', () => {
    const cell = option.series[0]?.data[0];
    expect(option.series[0]?.label.formatter({ data: cell })).toBe('75%*');
  });

  test('the colour key names the shares of every band', () => {
    expect(option.visualMap.type).toBe('piecewise');
    expect(option.visualMap.pieces.map((p) => p.label)).toEqual(['0%', '1–25%', '26–50%', '51–75%', '76–100%']);
  });
});

describe('mapOption', () => {
  test('the colour key gives counts, from the most to none', () => {
    const rows: ChartRow[] = [
      { key: 'VN21', label: 'HCMC', count: 10 },
      { key: 'VN01', label: 'Hanoi', count: 8 },
      { key: 'VN02', label: 'Bac Ninh', count: 1 },
    ];
    const option = mapOption(rows, { fmt, aria: 'x', mapName: 'vn', names: new Map() }) as {
      visualMap: { type: string; pieces: { label: string }[] };
    };
    expect(option.visualMap.type).toBe('piecewise');
    expect(option.visualMap.pieces.map((p) => p.label)).toEqual(['9–10', '6–8', '4–5', '1–3', '0']);
  });

  test('count bands cover 1 to the maximum without gaps or repeats', () => {
    expect(countBands(10)).toEqual([
      { min: 1, max: 3 },
      { min: 4, max: 5 },
      { min: 6, max: 8 },
      { min: 9, max: 10 },
    ]);
    expect(countBands(2)).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2 },
    ]);
    expect(countBands(0)).toEqual([]);
  });
});

describe('sankeyOption', () => {
  const gap = { key: 'people', label: 'People' };
  const rec = { key: 'rec:r2', label: '2. Grow AI people in government, and use private-sector expertise', short: '2' };
  const rows: ChartRow[] = [{ key: 'people|r2', label: 'x', count: 3, group: gap, series: rec }];
  type Flow = {
    series: { data: { name: string; label?: { overflow: string; formatter: (p: object) => string } }[] }[];
  };

  test('recommendation labels stay on one line, so that neighbours never overprint', () => {
    const option = sankeyOption(rows, { fmt, aria: 'x' }) as Flow;
    const target = option.series[0]?.data[1];
    expect(target?.label?.overflow).toBe('truncate');
    expect(target?.label?.formatter({ name: rec.label })).toBe(rec.label);
  });

  test('on a phone the recommendations show their numbers', () => {
    const option = sankeyOption(rows, { fmt, aria: 'x', narrow: true }) as Flow;
    expect(option.series[0]?.data[1]?.label?.formatter({ name: rec.label })).toBe('2');
    expect(option.series[0]?.data[0]?.label).toBeUndefined();
  });
});

describe('rankLineOption', () => {
  test('a disputed year is drawn apart from the line', () => {
    const year = (y: number) => ({ key: String(y), label: String(y) });
    const rows: ChartRow[] = [
      { key: 'a', label: '2022', count: 55, group: year(2022), series: { key: 'rank', label: '' } },
      { key: 'b', label: '2023 *', count: 39, group: year(2023), series: { key: 'disputed', label: '' } },
      { key: 'c', label: '2023 *', count: 59, group: year(2023), series: { key: 'disputed', label: '' } },
    ];
    const option = rankLineOption(rows, { aria: 'x', seriesName: 'Rank', disputedName: 'Disputed' }) as {
      series: { data: ({ value: number } | null)[] }[];
    };
    expect(option.series.map((s) => s.data.map((d) => d?.value ?? null))).toEqual([
      [55, null],
      [null, 39],
      [null, 59],
    ]);
  });
});

describe('yearRange', () => {
  test('fills the years between the first and the last', () => {
    expect(yearRange([2022, 2019, 2025])).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(yearRange([])).toEqual([]);
  });
});
