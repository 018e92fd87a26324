import { describe, expect, test } from 'vitest';
import { barOption, type ChartRow, heatmapOption, rankLineOption, stackedBarOption, yearRange } from './options.ts';

const fmt = (n: number) => String(n);
const pct = (n: number) => `${Math.round(n * 100)}%`;

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
  test('each cell is the share of its group’s denominator', () => {
    const cat = { key: 'va', label: 'Assistants' };
    const rows: ChartRow[] = [
      { key: 'va|data', label: 'a', count: 3, of: 4, group: cat, series: { key: 'data', label: 'Data' } },
      { key: 'va|people', label: 'b', count: 0, of: 4, group: cat, series: { key: 'people', label: 'People' } },
    ];
    const option = heatmapOption(rows, { fmt, pct, aria: 'x', assessedLabel: 'assessed' }) as {
      yAxis: { data: string[] };
      series: { data: { value: [number, number, number]; key: string }[] }[];
    };
    expect(option.yAxis.data).toEqual(['Assistants (n=4)']);
    expect(option.series[0]?.data.map((d) => [d.key, d.value])).toEqual([
      ['va|data', [0, 0, 0.75]],
      ['va|people', [1, 0, 0]],
    ]);
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
