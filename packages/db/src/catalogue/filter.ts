import {
  type DeploymentFilters,
  FACET_FIELDS,
  type FacetField,
  type Facets,
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
  /** "Today", for dated flags such as staleness (default: now). */
  now?: Date;
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
      'SELECT rowid, bm25(deployments_fts, 10.0, 3.0, 5.0, 1.0, 4.0) FROM deployments_fts WHERE deployments_fts MATCH ?',
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

/** A filter: the facet it belongs to (-1 for ranges and search) and a column loop writing 1 where a slot passes. */
type Group = { facet: number; fill: (pass: Uint8Array, size: number) => void };

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
      out.push({
        facet: number,
        fill: (pass, size) => {
          for (let i = 0; i < size; i++) pass[i] = allowed[data[i] as number] as number;
        },
      });
    } else if (facet.kind === 'multi') {
      const { words, lookup } = facet.column;
      const masks = new Uint32Array(words.length);
      for (const v of values) {
        const at = lookup.get(v);
        if (at !== undefined) masks[at >>> 5] = ((masks[at >>> 5] as number) | (1 << (at & 31))) >>> 0;
      }
      out.push({
        facet: number,
        fill: (pass, size) => {
          pass.fill(0, 0, size);
          for (let w = 0; w < words.length; w++) {
            const column = words[w] as Uint32Array;
            const mask = masks[w] as number;
            if (mask === 0) continue;
            for (let i = 0; i < size; i++) if (((column[i] as number) & mask) !== 0) pass[i] = 1;
          }
        },
      });
    } else {
      const wanted = values.map(parseGapFilter).map((g) => ({
        column: store.gapMax[GAP_DIMS.indexOf(g.dimension)] as Uint8Array,
        min: g.minSeverity,
      }));
      out.push({
        facet: number,
        fill: (pass, size) => {
          pass.fill(0, 0, size);
          for (const { column, min } of wanted)
            for (let i = 0; i < size; i++) if ((column[i] as number) >= min) pass[i] = 1;
        },
      });
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
      fill: (pass, size) => {
        for (let i = 0; i < size; i++) {
          const y = data[i] as number;
          pass[i] = y >= 0 && y >= lo && y <= hi ? 1 : 0;
        }
      },
    });
  }
  if (text) {
    const hit = text.hit;
    out.push({ facet: -1, fill: (pass, size) => pass.set(hit.subarray(0, size)) });
  }
  return out;
}

/** The facets as flat arrays for the counting loop: no lookups or closures per slot. */
interface Counters {
  counts: Int32Array[];
  /** Per facet number: its single-code column, or null. */
  single: (Uint16Array | Int32Array | null)[];
  /** Per facet number: its bit-set words, or null. */
  multi: (Uint32Array[] | null)[];
  gapMax: Uint8Array[];
  /** The single-code facets' columns and counters, in parallel arrays for the hot loop. */
  singleData: (Uint16Array | Int32Array)[];
  singleCounts: Int32Array[];
  multiWords: Uint32Array[][];
  multiCounts: Int32Array[];
  gapCounts: Int32Array | null;
}

function counters(store: CatalogueStore, facets: Facet[]): Counters {
  const counts = facets.map((f) => new Int32Array(f.kind === 'gap' ? GAP_DIMS.length : f.column.codes.length));
  const single = facets.map((f) => (f.kind === 'single' ? f.column.data : null));
  const multi = facets.map((f) => (f.kind === 'multi' ? f.column.words : null));
  const gap = facets.findIndex((f) => f.kind === 'gap');
  return {
    counts,
    single,
    multi,
    gapMax: store.gapMax,
    singleData: single.flatMap((d) => (d ? [d] : [])),
    singleCounts: counts.filter((_, f) => single[f]),
    multiWords: multi.flatMap((m) => (m ? [m] : [])),
    multiCounts: counts.filter((_, f) => multi[f]),
    gapCounts: gap >= 0 ? (counts[gap] as Int32Array) : null,
  };
}

/** Counts each code set in slot i's bit-set words. */
function countBits(words: Uint32Array[], counts: Int32Array, i: number): void {
  for (let w = 0; w < words.length; w++) {
    let bits = (words[w] as Uint32Array)[i] as number;
    while (bits !== 0) {
      const low = bits & -bits;
      const code = (w << 5) + 31 - Math.clz32(low);
      counts[code] = (counts[code] as number) + 1;
      bits ^= low;
    }
  }
}

/** Adds every listed slot to every facet's counters, one column at a time. */
function countRows(k: Counters, rows: Int32Array, n: number): void {
  for (let f = 0; f < k.singleData.length; f++) {
    const data = k.singleData[f] as Uint16Array;
    const counts = k.singleCounts[f] as Int32Array;
    for (let r = 0; r < n; r++) {
      const v = data[rows[r] as number] as number;
      counts[v] = (counts[v] as number) + 1;
    }
  }
  for (let m = 0; m < k.multiWords.length; m++) {
    const words = k.multiWords[m] as Uint32Array[];
    const counts = k.multiCounts[m] as Int32Array;
    for (let r = 0; r < n; r++) countBits(words, counts, rows[r] as number);
  }
  const gap = k.gapCounts;
  if (gap)
    for (let d = 0; d < k.gapMax.length; d++) {
      const max = k.gapMax[d] as Uint8Array;
      let c = 0;
      for (let r = 0; r < n; r++) if ((max[rows[r] as number] as number) >= SIGNIFICANT_SEVERITY) c += 1;
      gap[d] = (gap[d] as number) + c;
    }
}

/** Adds slot i to facet f's counters. */
function countOne(k: Counters, f: number, i: number): void {
  const counts = k.counts[f] as Int32Array;
  const single = k.single[f];
  if (single) {
    const v = single[i] as number;
    counts[v] = (counts[v] as number) + 1;
    return;
  }
  const words = k.multi[f];
  if (words) {
    countBits(words, counts, i);
    return;
  }
  for (let d = 0; d < k.gapMax.length; d++)
    if (((k.gapMax[d] as Uint8Array)[i] as number) >= SIGNIFICANT_SEVERITY) counts[d] = (counts[d] as number) + 1;
}

export interface Evaluation {
  matched: Uint8Array;
  total: number;
  /** Per facet (FACET_FIELDS order): counts per code with every other filter applied. */
  counts: Int32Array[] | null;
  text: FullText | null;
  /** The facets made from `counts`, and their JSON, once asked for: paging the same view reuses them. */
  facets?: { value: Facets; json: string };
  /** Every match in an order (4 bytes a match), once the view was asked for more than once. */
  orders?: Map<string, Int32Array>;
  /** The orders a first page was already picked in. */
  asked?: Set<string>;
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
  store.setToday(scope.now ?? new Date());
  const text = fullText(db, store, filters.q);
  const facets = facetsOf(store);
  const tests = groups(store, facets, filters, text);
  const size = store.size;
  const matched = new Uint8Array(size);
  const k = withFacets ? counters(store, facets) : null;
  const origin = store.single.origin as CodeColumn;
  const synthetic = scope.includeSynthetic ? -1 : (origin.lookup.get('synthetic') ?? -1);
  const originData = origin.data;
  const alive = store.alive;
  // Column by column: how many filters each slot fails (0, 1, or 2 for "more"), and which one.
  const fails = new Uint8Array(size);
  const failedAt = new Int16Array(size);
  for (let i = 0; i < size; i++) if (alive[i] !== 1 || originData[i] === synthetic) fails[i] = 2;
  const pass = new Uint8Array(size);
  for (const group of tests) {
    group.fill(pass, size);
    const facet = group.facet;
    for (let i = 0; i < size; i++) {
      if (pass[i] === 1) continue;
      const f = fails[i] as number;
      if (f === 0) failedAt[i] = facet;
      fails[i] = f === 0 ? 1 : 2;
    }
  }
  const rows = new Int32Array(size);
  let total = 0;
  for (let i = 0; i < size; i++) {
    const f = fails[i];
    if (f === 0) {
      matched[i] = 1;
      rows[total] = i;
      total += 1;
    } else if (f === 1 && k && (failedAt[i] as number) >= 0) countOne(k, failedAt[i] as number, i);
  }
  if (k) countRows(k, rows, total);
  const counts = k ? k.counts : null;
  return { matched, total, counts, text };
}
