import type { Facets, Stats } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import {
  type ChartColumn,
  growthHref,
  growthOption,
  growthRows,
  mixHref,
  mixOption,
  mixParts,
  mixRows,
} from './charts.ts';
import { growth, measures, triShare } from './measures.ts';
import {
  effectiveScopes,
  nextScope,
  parseScope,
  parseScopes,
  type ScopeChoices,
  scopeChoices,
  scopeFilters,
  withScopes,
} from './scopes.ts';

const choices: ScopeChoices = scopeChoices({
  country: [
    { value: 'VN', count: 87 },
    { value: 'US', count: 3072 },
    { value: 'NL', count: 1522 },
    { value: 'FR', count: 0 },
  ],
  register: [
    { value: 'aila', count: 87 },
    { value: 'nl-algoritmeregister', count: 1522 },
    { value: 'us-omb-2025', count: 3072 },
  ],
});

describe('scopes in the address', () => {
  test('a scope is a country code or a register id', () => {
    expect(parseScope('country:VN')).toEqual({ kind: 'country', code: 'VN' });
    expect(parseScope('register:nl-algoritmeregister')).toEqual({ kind: 'register', code: 'nl-algoritmeregister' });
    expect(parseScope('country:XX')).toBeNull();
    expect(parseScope('register:Not A Slug')).toBeNull();
    expect(parseScope('sector:health')).toBeNull();
    expect(parseScope('country:VN:x')).toBeNull();
  });

  test('columns keep their order, drop repeats and invalid values, and stop at four', () => {
    const params = new URLSearchParams(
      'scope=country:VN&scope=register:aila&scope=country:VN&scope=bad&scope=country:US,country:NL&scope=country:GB&lang=vi',
    );
    expect(parseScopes(params).map((s) => `${s.kind}:${s.code}`)).toEqual([
      'country:VN',
      'register:aila',
      'country:US',
      'country:NL',
    ]);
  });

  test('writing the columns keeps the other parameters', () => {
    const next = withScopes(new URLSearchParams('lang=vi&scope=country:US'), [
      { kind: 'country', code: 'VN' },
      { kind: 'register', code: 'uk-atrs' },
    ]);
    expect(next.toString()).toBe('lang=vi&scope=country%3AVN&scope=register%3Auk-atrs');
  });

  test('a scope selects its records by one filter', () => {
    expect(scopeFilters({ kind: 'country', code: 'NL' })).toEqual({ country: ['NL'] });
    expect(scopeFilters({ kind: 'register', code: 'aila' })).toEqual({ register: ['aila'] });
  });

  test('choices are the countries and registers with records, largest first', () => {
    expect(choices.countries.map((c) => c.code)).toEqual(['US', 'NL', 'VN']);
    expect(choices.registers.map((c) => c.code)).toEqual(['us-omb-2025', 'nl-algoritmeregister', 'aila']);
  });

  test('by default Vietnam against the largest other register; one column asked is completed', () => {
    expect(effectiveScopes([], choices)).toEqual([
      { kind: 'country', code: 'VN' },
      { kind: 'register', code: 'us-omb-2025' },
    ]);
    expect(effectiveScopes([{ kind: 'country', code: 'VN' }], choices)).toEqual([
      { kind: 'country', code: 'VN' },
      { kind: 'register', code: 'us-omb-2025' },
    ]);
    expect(effectiveScopes([{ kind: 'register', code: 'us-omb-2025' }], choices)).toEqual([
      { kind: 'register', code: 'us-omb-2025' },
      { kind: 'country', code: 'VN' },
    ]);
    const three = [
      { kind: 'country', code: 'NL' },
      { kind: 'country', code: 'US' },
      { kind: 'register', code: 'aila' },
    ] as const;
    expect(effectiveScopes([...three], choices)).toEqual(three);
  });

  test('the column to add is the first choice not shown', () => {
    expect(nextScope(effectiveScopes([], choices), choices)).toEqual({
      kind: 'register',
      code: 'nl-algoritmeregister',
    });
  });
});

const stats = (over: Partial<Stats>): Stats =>
  ({
    total: 0,
    agencies: 0,
    highRisk: { count: 0, known: 0 },
    byIndicativeTier: [],
    byYear: [],
    byStage: [],
    byCategory: [],
    ...over,
  }) as unknown as Stats;
const facets = (over: Partial<Record<keyof Facets, { value: string; count: number }[]>>): Facets =>
  ({ register: [], country: [], highImpact: [], impactAssessed: [], impactAssessment: [], ...over }) as Facets;

describe('a column’s numbers', () => {
  test('a yes / no / unknown field is a share of those that state it, or nothing when none does', () => {
    expect(
      triShare(
        [
          { value: 'no', count: 2497 },
          { value: 'yes', count: 389 },
          { value: 'unknown', count: 186 },
        ],
        'highImpact',
      ),
    ).toMatchObject({ count: 389, base: 2886, unknown: 186, value: 'yes', baseValues: ['yes', 'no'] });
    expect(triShare([{ value: 'unknown', count: 130 }], 'highImpact')).toBeNull();
    expect(triShare(undefined, 'impactAssessed')).toBeNull();
  });

  test('a register that states no classification says so; Vietnam gets the indicative reading, labelled apart', () => {
    const vn = measures(
      { kind: 'country', code: 'VN' },
      stats({
        total: 87,
        agencies: 74,
        byIndicativeTier: [
          { key: 'high', count: 24 },
          { key: 'medium', count: 26 },
          { key: 'low', count: 19 },
          { key: 'undetermined', count: 18 },
        ],
      }),
      facets({
        register: [{ value: 'aila', count: 87 }],
        highImpact: [{ value: 'unknown', count: 87 }],
        impactAssessed: [{ value: 'unknown', count: 87 }],
        impactAssessment: [{ value: 'no', count: 87 }],
      }),
    );
    expect(vn.declared).toBeNull();
    expect(vn.indicative).toMatchObject({ count: 24, base: 69, unknown: 18, key: 'indicativeTier', value: 'high' });
    expect(vn.assessed).toBeNull();
    // The catalogue looks for published assessments: none found is a zero of its records.
    expect(vn.published).toMatchObject({ count: 0, base: 87 });
    expect(vn.registers).toEqual(['aila']);

    const nl = measures(
      { kind: 'register', code: 'nl-algoritmeregister' },
      stats({ total: 1522, byIndicativeTier: [{ key: 'undetermined', count: 1522 }] }),
      facets({
        country: [
          { value: 'NL', count: 1522 },
          { value: 'US', count: 0 },
        ],
        highImpact: [{ value: 'unknown', count: 1522 }],
        impactAssessed: [
          { value: 'unknown', count: 877 },
          { value: 'yes', count: 623 },
          { value: 'no', count: 22 },
        ],
        impactAssessment: [{ value: 'no', count: 1522 }],
      }),
    );
    expect(nl.declared).toBeNull();
    expect(nl.indicative).toBeNull();
    expect(nl.assessed).toMatchObject({ count: 623, base: 645, unknown: 877 });
    // An imported register without links to assessments does not state them: never 0 %.
    expect(nl.published).toBeNull();
    expect(nl.countries).toEqual(['NL']);
  });

  test('growth counts the years of systems in use, all categories together', () => {
    const g = growth(
      stats({
        total: 10,
        byYear: [
          { year: 2024, category: 'other', count: 2 },
          { year: 2024, category: 'forecasting', count: 1 },
          { year: 2025, category: 'other', count: 4 },
        ],
      }),
    );
    expect(g).toEqual({
      adopted: 10,
      dated: 7,
      byYear: new Map([
        [2024, 3],
        [2025, 4],
      ]),
    });
  });
});

const columns: ChartColumn[] = [
  { index: 0, label: 'Vietnam', color: '#000', filters: { country: ['VN'] } },
  { index: 1, label: 'NL register', color: '#111', filters: { register: ['nl-algoritmeregister'] } },
];
const part = (code: string) => ({ key: code, label: code.toUpperCase(), color: '#222' });
const fmt = (n: number) => String(n);
const pct = (n: number) => `${Math.round(n * 100)}%`;

describe('the comparison charts', () => {
  const rows = mixRows(
    'stage',
    [
      {
        column: columns[0] as ChartColumn,
        counts: [
          { key: 'production', count: 6 },
          { key: 'planned', count: 2 },
          { key: 'unknown', count: 0 },
        ],
        total: 8,
      },
      { column: columns[1] as ChartColumn, counts: [{ key: 'retired', count: 4 }], total: 4 },
    ],
    part,
  );

  test('a mix has a row per column and value, in the field’s order, with the column’s total as base', () => {
    expect(rows.map((r) => [r.key, r.count, r.of])).toEqual([
      ['0|planned', 2, 8],
      ['0|production', 6, 8],
      ['1|retired', 4, 4],
    ]);
    expect(mixParts(rows, 'stage', part).map((p) => p.key)).toEqual(['planned', 'production', 'retired']);
  });

  test('each segment leads to its column narrowed to its value', () => {
    const href = mixHref('stage', columns);
    expect(href('0|production')).toBe('/explore?country=VN&stage=production');
    expect(href('1|retired')).toBe('/explore?register=nl-algoritmeregister&stage=retired');
    expect(href('1|nonsense')).toBeUndefined();
    expect(href('7|production')).toBeUndefined();
  });

  test('every bar is 100 % of its column, the first column on top', () => {
    const option = mixOption(rows, {
      aria: '',
      fmt,
      pct,
      columns: columns.map((c) => ({ key: String(c.index), label: c.label })),
      series: mixParts(rows, 'stage', part),
      labelWidth: 100,
    }) as { yAxis: { data: string[] }; series: { data: { value: number; key?: string }[] }[] };
    expect(option.yAxis.data).toEqual(['NL register', 'Vietnam']);
    const [planned, production, retired] = option.series;
    expect(planned?.data.map((d) => d.value)).toEqual([0, 25]);
    expect(production?.data.map((d) => d.value)).toEqual([0, 75]);
    expect(retired?.data.map((d) => d.value)).toEqual([100, 0]);
    expect(production?.data[1]?.key).toBe('0|production');
  });

  test('growth: a line per dated column over every year, as shares or counts, each point leading to its systems', () => {
    const g = growthRows([
      {
        column: columns[0] as ChartColumn,
        growth: {
          adopted: 5,
          dated: 4,
          byYear: new Map([
            [2020, 1],
            [2022, 3],
          ]),
        },
      },
    ]);
    expect(g.map((r) => [r.key, r.count, r.of])).toEqual([
      ['0|2020', 1, 4],
      ['0|2022', 3, 4],
    ]);
    const o = (mode: 'share' | 'count') =>
      growthOption(g, { aria: '', fmt, pct, columns: [{ key: '0', label: 'Vietnam' }], mode }) as {
        xAxis: { data: string[] };
        series: { data: { value: number }[] }[];
      };
    expect(o('share').xAxis.data).toEqual(['2020', '2021', '2022']);
    expect(o('share').series[0]?.data.map((d) => d.value)).toEqual([25, 0, 75]);
    expect(o('count').series[0]?.data.map((d) => d.value)).toEqual([1, 0, 3]);
    expect(growthHref(columns)('0|2022')).toBe(
      '/explore?country=VN&stage=pilot&stage=production&stage=retired&yearFrom=2022&yearTo=2022',
    );
    expect(growthHref(columns)('0|x')).toBeUndefined();
  });
});
