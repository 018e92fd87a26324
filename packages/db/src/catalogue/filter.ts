import {
  type DeploymentFilters,
  FACET_FIELDS,
  type FacetField,
  FIELDS,
  type FieldDef,
  parseGapFilter,
  SIGNIFICANT_SEVERITY,
  searchTokens,
  YEAR_FIELDS,
} from '@aila/domain';
import type { Db } from '../connection.ts';
import { type CatalogueStore, type CodeColumn, GAP_DIMS, type MultiColumn } from './build.ts';

export interface ScopeOptions {
  /** Benchmark mode only: include synthetic records. */
  includeSynthetic?: boolean;
}

export interface FullText {
  hit: Uint8Array;
  score: Float64Array;
}

/**
 * What people type as a safe FTS5 query: the domain's search tokens (folded like the index),
 * each quoted so that no character is syntax, the last one also a prefix. Null when nothing is left.
 */
export function toFtsQuery(input: string): string | null {
  const tokens = searchTokens(input);
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => (i === tokens.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
}

/** A facet: how its values are read from the store, in FACET_FIELDS order. */
export type Facet =
  | { key: FacetField; kind: 'single'; column: CodeColumn }
  | { key: FacetField; kind: 'multi'; column: MultiColumn }
  | { key: FacetField; kind: 'gap' };

export function facetsOf(store: CatalogueStore): Facet[] {
  return FACET_FIELDS.map((key): Facet => {
    const f: FieldDef = FIELDS[key];
    if (f.kind === 'gap') return { key, kind: 'gap' };
    if (f.kind === 'codes') return { key, kind: 'multi', column: store.multi[key] as MultiColumn };
    return { key, kind: 'single', column: store.single[key] as CodeColumn };
  });
}

function fullText(db: Db, store: CatalogueStore, q: string | undefined): FullText | null {
  const fts = q ? toFtsQuery(q) : null;
  if (!fts) return null;
  const hit = new Uint8Array(store.size);
  const score = new Float64Array(store.size);
  for (const [rowid, s] of db
    .prepare(
      'SELECT rowid, bm25(deployments_fts, 10.0, 3.0, 5.0, 1.0) FROM deployments_fts WHERE deployments_fts MATCH ?',
    )
    .raw()
    .iterate(fts) as Iterable<[number, number]>) {
    const slot = store.slotOf(rowid);
    if (slot !== undefined) {
      hit[slot] = 1;
      score[slot] = s;
    }
  }
  return { hit, score };
}

type Group = { facet: number; test: (i: number) => boolean };

/** One test per active filter; a facet's filter carries the facet's number. */
function groups(store: CatalogueStore, facets: Facet[], filters: DeploymentFilters, text: FullText | null): Group[] {
  const out: Group[] = [];
  facets.forEach((facet, number) => {
    const values = filters[facet.key as keyof DeploymentFilters] as readonly string[] | undefined;
    if (!values?.length) return;
    if (facet.kind === 'single') {
      const { data, lookup, codes } = facet.column;
      const allowed = new Uint8Array(codes.length + 1);
      for (const v of values) {
        const at = lookup.get(v);
        if (at !== undefined) allowed[at] = 1;
      }
      out.push({ facet: number, test: (i) => allowed[data[i] as number] === 1 });
    } else if (facet.kind === 'multi') {
      const members = values.flatMap((v) => {
        const at = facet.column.lookup.get(v);
        return at === undefined ? [] : [facet.column.members[at] as Uint8Array];
      });
      out.push({ facet: number, test: (i) => members.some((m) => m[i] === 1) });
    } else {
      const wanted = values.map(parseGapFilter).map((g) => ({
        column: store.gapMax[GAP_DIMS.indexOf(g.dimension)] as Uint8Array,
        min: g.minSeverity,
      }));
      out.push({ facet: number, test: (i) => wanted.some((w) => (w.column[i] as number) >= w.min) });
    }
  });
  for (const f of YEAR_FIELDS) {
    const [fromKey, toKey] = f.range ?? [];
    const from = (filters as Record<string, number | undefined>)[fromKey ?? ''];
    const to = (filters as Record<string, number | undefined>)[toKey ?? ''];
    if (from === undefined && to === undefined) continue;
    const data = store.years[f.key]?.data as Int16Array;
    const lo = from ?? Number.NEGATIVE_INFINITY;
    const hi = to ?? Number.POSITIVE_INFINITY;
    out.push({
      facet: -1,
      test: (i) => {
        const y = data[i] as number;
        return y >= 0 && y >= lo && y <= hi;
      },
    });
  }
  if (text) {
    const hit = text.hit;
    out.push({ facet: -1, test: (i) => hit[i] === 1 });
  }
  return out;
}

/** Adds slot i to facet f's counters. */
function countOne(store: CatalogueStore, facet: Facet, counts: Int32Array, i: number): void {
  if (facet.kind === 'single') {
    const v = facet.column.data[i] as number;
    counts[v] = (counts[v] as number) + 1;
  } else if (facet.kind === 'multi') {
    const members = facet.column.members;
    for (let c = 0; c < members.length; c++)
      if ((members[c] as Uint8Array)[i] === 1) counts[c] = (counts[c] as number) + 1;
  } else {
    for (let d = 0; d < GAP_DIMS.length; d++)
      if (((store.gapMax[d] as Uint8Array)[i] as number) >= SIGNIFICANT_SEVERITY) counts[d] = (counts[d] as number) + 1;
  }
}

export interface Evaluation {
  matched: Uint8Array;
  total: number;
  /** Per facet (FACET_FIELDS order): counts per code with every other filter applied. */
  counts: Int32Array[] | null;
  text: FullText | null;
}

/**
 * Applies the filters in one pass: the matching slots and, for every facet, the counts each
 * value would give with all other filters applied (a slot failing only that facet still counts).
 */
export function evaluate(
  db: Db,
  store: CatalogueStore,
  filters: DeploymentFilters,
  scope: ScopeOptions,
  withFacets: boolean,
): Evaluation {
  const text = fullText(db, store, filters.q);
  const facets = facetsOf(store);
  const tests = groups(store, facets, filters, text);
  const matched = new Uint8Array(store.size);
  const counts = withFacets
    ? facets.map((f) => new Int32Array(f.kind === 'gap' ? GAP_DIMS.length : f.column.codes.length))
    : null;
  const origin = store.single.origin as CodeColumn;
  const synthetic = scope.includeSynthetic ? -1 : (origin.lookup.get('synthetic') ?? -1);
  const alive = store.alive;
  const g = tests.length;
  let total = 0;
  for (let i = 0; i < store.size; i++) {
    if (alive[i] !== 1 || origin.data[i] === synthetic) continue;
    let fails = 0;
    let failed = -1;
    for (let k = 0; k < g; k++) {
      const group = tests[k] as Group;
      if (!group.test(i)) {
        fails += 1;
        failed = group.facet;
        if (fails > 1) break;
      }
    }
    if (fails === 0) {
      matched[i] = 1;
      total += 1;
      if (counts)
        for (let f = 0; f < facets.length; f++) countOne(store, facets[f] as Facet, counts[f] as Int32Array, i);
    } else if (fails === 1 && failed >= 0 && counts) {
      countOne(store, facets[failed] as Facet, counts[failed] as Int32Array, i);
    }
  }
  return { matched, total, counts, text };
}
