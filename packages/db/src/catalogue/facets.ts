import type { Facets } from '@aila/domain';
import { SIGNIFICANT_SEVERITY } from '@aila/domain';
import { GAP_DIMS } from './build.ts';
import type { Facet } from './filter.ts';

/** Agencies are many: the facet lists the most frequent ones. */
const AGENCY_FACET_LIMIT = 50;

/** Counters as facet lists: values with a count, most frequent first. */
export function toFacets(facets: Facet[], counts: Int32Array[]): Facets {
  const out = {} as Facets;
  facets.forEach((facet, f) => {
    const labels = facet.kind === 'gap' ? GAP_DIMS.map((d) => `${d}:${SIGNIFICANT_SEVERITY}`) : facet.column.codes;
    const values: { value: string; count: number }[] = [];
    (counts[f] as Int32Array).forEach((count, i) => {
      if (count > 0) values.push({ value: labels[i] ?? String(i), count });
    });
    values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    out[facet.key] = facet.key === 'agency' ? values.slice(0, AGENCY_FACET_LIMIT) : values;
  });
  return out;
}
