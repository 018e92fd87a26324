import { describe, expect, test } from 'vitest';
import { barOption, stackedYearOption, yearRange } from './options.ts';

const format = (n: number) => String(n);

describe('barOption', () => {
  const data = [
    { key: 'virtual_assistant', label: 'Virtual assistant', count: 6, color: '#0072B2' },
    { key: 'facial_recognition', label: 'Facial recognition', count: 2, color: '#E69F00' },
  ];

  test('horizontal bars list the largest first from the top and carry keys for clicks', () => {
    const option = barOption(data, { format, ariaLabel: 'x' }) as {
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
    const option = barOption(data, { horizontal: false, format, ariaLabel: 'Stages: pilot 2' }) as {
      xAxis: { data: string[] };
      aria: { label: { description: string } };
    };
    expect(option.xAxis.data).toEqual(['Virtual assistant', 'Facial recognition']);
    expect(option.aria.label.description).toBe('Stages: pilot 2');
  });
});

describe('stackedYearOption', () => {
  test('one stacked series per category with zero for missing years', () => {
    const option = stackedYearOption(
      [2019, 2020, 2021],
      [
        {
          key: 'traffic_video',
          label: 'Traffic',
          color: '#009E73',
          counts: new Map([
            [2019, 2],
            [2021, 1],
          ]),
        },
      ],
      { format, ariaLabel: 'x' },
    ) as { xAxis: { data: string[] }; series: { data: number[]; stack: string; key: string }[] };
    expect(option.xAxis.data).toEqual(['2019', '2020', '2021']);
    expect(option.series[0]).toMatchObject({ data: [2, 0, 1], stack: 'total', key: 'traffic_video' });
  });
});

describe('yearRange', () => {
  test('fills the years between the first and the last', () => {
    expect(yearRange([2022, 2019, 2025])).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(yearRange([])).toEqual([]);
  });
});
