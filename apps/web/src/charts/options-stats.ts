import {
  type ArrayFilterKey,
  type CoverageKey,
  coverage,
  type DeploymentFilters,
  FIELDS,
  fieldCodes,
  isFilterValue,
  type KeyCount,
  SIGNIFICANT_SEVERITY,
  valueLabel,
} from '@aila/domain';
import type { Stats } from '../api/client.ts';
import { ORDINAL_FIELDS } from '../app/fields.ts';
import { exploreHref } from '../app/url-state.ts';
import { barOption, type Part } from './options.ts';
import { colorOf } from './palette.ts';
import type { ChartContext, ChartSpec, ChartTitle } from './spec.ts';

/** The explorer narrowed to one value of a field, when the value is one the filter takes. */
export const filterHref = (field: ArrayFilterKey) => (value: string, filters: DeploymentFilters) =>
  isFilterValue(field, value) ? exploreHref(filters, { key: field, value }) : undefined;

/** A significant gap in one dimension: the filter value the heatmap and the flows both count. */
export const significant = (dimension: string) => `${dimension}:${SIGNIFICANT_SEVERITY}`;

/** One code of a field as a chart part: its label in the reader's language and its colour. */
export function part(field: 'category' | 'gap', code: string, c: ChartContext): Part {
  const label = c.label(valueLabel(field, field === 'gap' ? significant(code) : code)) || code;
  return { key: code, label, color: field === 'category' ? colorOf('category', code) : undefined };
}

type CountField = 'category' | 'sector' | 'stage' | 'riskTier' | 'indicativeTier' | 'aiKind' | 'builder';

/**
 * Bars of the counts of one field; an ordinal field (stage) keeps its codes' order and stands
 * upright where there is room for its labels. A field that sources seldom state names its coverage.
 */
function countChart(
  field: CountField,
  id: string,
  title: ChartTitle,
  counts: (s: Stats) => KeyCount[],
  known?: CoverageKey,
): ChartSpec<Stats> {
  const ordinal = ORDINAL_FIELDS.has(field);
  // Short labels (stages) stand upright where there is room; longer ones (likely tiers) lie down.
  const standing = ordinal && field === 'stage';
  const order = fieldCodes(FIELDS[field]) ?? [];
  return {
    id,
    title,
    subtitle: (s, c) => c.t('chart.n', { n: c.fmt(counts(s).reduce((n, k) => n + k.count, 0)) }),
    rows: (s, c) => {
      const rows = counts(s).map((k) => ({
        key: k.key,
        label: c.label(valueLabel(field, k.key)) || k.key,
        count: k.count,
        color: colorOf(field, k.key),
      }));
      return ordinal ? rows.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)) : rows;
    },
    option: (rows, c) => {
      const upright = standing && !c.narrow;
      return barOption(rows, {
        aria: c.aria,
        fmt: c.fmt,
        horizontal: !upright,
        labelWidth: upright ? 90 : c.narrow ? 120 : 240,
      });
    },
    href: filterHref(field),
    height: (rows, c) => (standing && !c.narrow ? 260 : Math.max(ordinal ? 160 : 200, rows.length * 32 + 40)),
    total: (s) => s.total,
    coverage: known && ((s) => coverage(s)[known]),
  };
}

/** The overview's count charts, one per field of the stats. */
export const COUNT_CHARTS = {
  category: countChart('category', 'by-category', 'byCategory', (s) => s.byCategory),
  sector: countChart('sector', 'by-sector', 'bySector', (s) => s.bySector),
  stage: countChart('stage', 'by-stage', 'byStage', (s) => s.byStage),
  riskTier: countChart('riskTier', 'by-risk', 'risk', (s) => s.byRiskTier, 'riskTier'),
  indicativeTier: {
    ...countChart('indicativeTier', 'by-indicative-risk', 'indicativeRisk', (s) => s.byIndicativeTier),
    note: (_s, c) => c.t('charts.indicativeRiskNote'),
  },
  aiKind: countChart('aiKind', 'by-ai-kind', 'aiKind', (s) => s.byAiKind, 'aiKind'),
  builder: countChart('builder', 'by-builder', 'builder', (s) => s.byBuilder, 'builder'),
} satisfies Record<CountField, ChartSpec<Stats>>;
