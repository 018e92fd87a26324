import { type Label, SIGNIFICANT_SEVERITY, type Stats } from '@aila/domain';
import type { EChartsCoreOption } from 'echarts/core';
import i18next from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import common from '../i18n/en/common.ts';
import type { ChartRow } from './options.ts';
import {
  type AdoptionData,
  ETHICS_CHART,
  type FlowData,
  HEATMAP_CHART,
  MAP_CHART,
  SANKEY_CHART,
  YEAR_CHART,
} from './options-gaps.ts';
import { COUNT_CHARTS } from './options-stats.ts';
import { type ChartContext, type ChartSpec, describe as describeChart } from './spec.ts';

const STATS: Stats = {
  total: 12,
  agencies: 7,
  provinces: 3,
  national: 4,
  assessed: 5,
  production: { count: 6, known: 11 },
  highRisk: { count: 1, known: 12 },
  impactAssessment: { count: 0, known: 12 },
  byCategory: [
    { key: 'virtual_assistant', count: 7 },
    { key: 'traffic_video', count: 5 },
  ],
  bySector: [{ key: 'justice', count: 12 }],
  byStage: [
    { key: 'production', count: 6 },
    { key: 'pilot', count: 5 },
    { key: 'unknown', count: 1 },
  ],
  byProvince: [
    { key: 'VN01', count: 5 },
    { key: 'VN79', count: 2 },
    { key: 'national', count: 4 },
  ],
  byRiskTier: [{ key: 'unclassified', count: 12 }],
  byIndicativeTier: [{ key: 'undetermined', count: 12 }],
  byYear: [
    { year: 2021, category: 'traffic_video', count: 2 },
    { year: 2019, category: 'virtual_assistant', count: 1 },
    { year: 2021, category: 'virtual_assistant', count: 3 },
  ],
  byAiKind: [{ key: 'unknown', count: 12 }],
  byBuilder: [{ key: 'vendor', count: 12 }],
  gapHeatmap: [
    {
      category: 'virtual_assistant',
      assessed: 4,
      cells: [
        { dimension: 'data', count: 3 },
        { dimension: 'people', count: 1 },
      ],
    },
  ],
  ethics: [{ principle: 'transparency', met: 1, partial: 0, notMet: 2, unknown: 9 }],
  gapFlows: [{ dimension: 'data', recommendation: 'rec-data', weight: 3 }],
};

const ADOPTION: AdoptionData = { adopted: STATS, planned: 2 };

const FLOWS: FlowData = {
  stats: STATS,
  recommendations: [{ id: 'rec-data', number: 2, shortTitle: { en: 'Data sharing', vi: 'Chia sẻ dữ liệu' } }],
};

let c: ChartContext;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', ns: ['common'], defaultNS: 'common', resources: { en: { common } } });
  c = {
    t: i18n.t,
    label: (l: Label | null | undefined) => l?.en ?? '',
    fmt: (n) => String(n),
    pct: (n) => `${Math.round(n * 100)}%`,
    share: (count, of) => (of ? `${Math.round((count / of) * 100)}%${of < 5 ? '*' : ''}` : '–'),
    narrow: false,
  };
});

type Drawn = { key?: string; value?: unknown; count?: number };

/** Every drawn datum that carries a key and a number, as key → number. */
function drawn(option: EChartsCoreOption): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of (option as { series: { data?: Drawn[]; links?: Drawn[] }[] }).series) {
    for (const d of [...(s.data ?? []), ...(s.links ?? [])]) {
      const n = typeof d?.value === 'number' ? d.value : d?.count;
      if (d?.key && typeof n === 'number') out[d.key] = n;
    }
  }
  return out;
}

function build<D>(spec: ChartSpec<D>, data: D): { rows: ChartRow[]; option: EChartsCoreOption } {
  const rows = spec.rows(data, c);
  const title = c.t(`charts.${spec.title}`);
  return { rows, option: spec.option(rows, { ...c, aria: describeChart(title, rows, c.fmt) }) };
}

const CHARTS: [string, ChartSpec<never>, unknown][] = [
  ...Object.values(COUNT_CHARTS).map(
    (s) => [s.id, s as ChartSpec<never>, STATS] as [string, ChartSpec<never>, unknown],
  ),
  [YEAR_CHART.id, YEAR_CHART as ChartSpec<never>, ADOPTION],
  [MAP_CHART.id, MAP_CHART as ChartSpec<never>, STATS],
  [HEATMAP_CHART.id, HEATMAP_CHART as ChartSpec<never>, STATS],
  [SANKEY_CHART.id, SANKEY_CHART as ChartSpec<never>, FLOWS],
  [ETHICS_CHART.id, ETHICS_CHART as ChartSpec<never>, STATS],
];

describe('overview charts: stats → rows → option', () => {
  test.each(CHARTS)('%s draws exactly the numbers of its table', (_id, spec, data) => {
    const { rows, option } = build(spec, data as never);
    expect(rows.length).toBeGreaterThan(0);
    expect(drawn(option)).toEqual(Object.fromEntries(rows.map((r) => [r.key, r.count])));
  });

  test.each(CHARTS)('%s describes every row in its text alternative', (_id, spec, data) => {
    const { rows, option } = build(spec, data as never);
    const description = (option as { aria: { label: { description: string } } }).aria.label.description;
    for (const row of rows) expect(description).toContain(`${row.label} ${row.count}`);
  });

  test('count bars are labelled in the reader’s language and stages keep their lifecycle order', () => {
    expect(build(COUNT_CHARTS.category, STATS).rows.map((r) => r.label)).toEqual([
      'Virtual assistant / chatbot',
      'Traffic monitoring & video analytics',
    ]);
    expect(build(COUNT_CHARTS.stage, STATS).rows.map((r) => r.key)).toEqual(['pilot', 'production', 'unknown']);
  });

  test('the map leaves national systems out and the year chart shows the years between', () => {
    expect(build(MAP_CHART, STATS).rows.map((r) => r.key)).toEqual(['VN01', 'VN79']);
    const years = build(YEAR_CHART, ADOPTION).option as { xAxis: { data: string[] } };
    expect(years.xAxis.data).toEqual(['2019', '2020', '2021']);
  });

  test('clicks and table rows lead to the explorer with the same filter, severity from the domain', () => {
    const scope = { sector: ['justice'] };
    expect(COUNT_CHARTS.category.href?.('traffic_video', scope)).toBe('/explore?sector=justice&category=traffic_video');
    expect(COUNT_CHARTS.category.href?.('Not a code', scope)).toBeUndefined();
    expect(MAP_CHART.href?.('VN01', {})).toBe('/explore?province=VN01');
    expect(YEAR_CHART.href?.('2021|traffic_video', {})).toBe(
      '/explore?stage=pilot&stage=production&stage=retired&yearFrom=2021&yearTo=2021&category=traffic_video',
    );
    expect(YEAR_CHART.href?.('2021|traffic_video', { stage: ['production', 'planned'] })).toBe(
      '/explore?stage=production&yearFrom=2021&yearTo=2021&category=traffic_video',
    );
    const gap = encodeURIComponent(`data:${SIGNIFICANT_SEVERITY}`);
    expect(HEATMAP_CHART.href?.('virtual_assistant|data', scope)).toBe(
      `/explore?sector=justice&category=virtual_assistant&gap=${gap}`,
    );
    expect(SANKEY_CHART.href?.('data|rec-data', {})).toBe(`/explore?gap=${gap}`);
    expect(SANKEY_CHART.href?.('rec:rec-data', scope)).toBe('/recommendations?sector=justice');
  });

  test('adoption over time counts adopted systems only and says how many planned ones it leaves out', () => {
    expect(YEAR_CHART.subtitle?.(ADOPTION, c)).toContain('2 planned systems are not counted');
  });

  test('stages stand upright on a wide screen and lie down on a phone, where their labels would collide', () => {
    const rows = COUNT_CHARTS.stage.rows(STATS, c);
    const wide = COUNT_CHARTS.stage.option(rows, { ...c, aria: '' }) as { xAxis: { type: string } };
    const phone = COUNT_CHARTS.stage.option(rows, { ...c, narrow: true, aria: '' }) as {
      yAxis: { type: string; data: string[] };
    };
    expect(wide.xAxis.type).toBe('category');
    expect(phone.yAxis.type).toBe('category');
    // Lying down, the lifecycle still reads from the top.
    expect(phone.yAxis.data.at(-1)).toBe('Pilot');
  });

  test('fields few records state name their coverage; the rest do not', () => {
    expect(COUNT_CHARTS.riskTier.coverage?.(STATS)).toEqual({ known: 12, total: 12 });
    expect(COUNT_CHARTS.aiKind.coverage?.(STATS)).toEqual({ known: 0, total: 12 });
    expect(ETHICS_CHART.coverage?.(STATS)).toEqual({ known: 3, total: 12 });
    expect(COUNT_CHARTS.category.coverage).toBeUndefined();
  });

  test('the ethics chart says so when no principle has a known status', () => {
    const none = { ...STATS, ethics: [{ principle: 'transparency', met: 0, partial: 0, notMet: 0, unknown: 12 }] };
    expect(ETHICS_CHART.note?.(STATS, c)).toBeNull();
    expect(ETHICS_CHART.note?.(none, c)).toMatch(/every principle is unknown/);
  });
});
