import type { DeploymentFilters, Facets, GapEvidence, GapIssueCode, Sort, Stats } from '@aila/domain';
import type { Db } from '../connection.ts';
import { CatalogueStore, ISSUES } from './build.ts';
import { toFacets } from './facets.ts';
import { type Evaluation, evaluate, facetsOf, type ScopeOptions } from './filter.ts';
import { topByScore } from './order.ts';
import { computeStats, type RecommendationRef } from './stats.ts';
import { catalogueVersion, changesSince } from './version.ts';

export type { ScopeOptions } from './filter.ts';
export { toFtsQuery } from './filter.ts';
export { catalogueVersion, changesInProcess, logChange } from './version.ts';

export interface SearchResult {
  /** SQLite rowids of the requested page, in order. */
  rowids: number[];
  total: number;
  facets: Facets;
  /** The facets as JSON text (made once per evaluation). */
  facetsJson: string;
}

export interface PageRequest {
  page: number;
  pageSize: number;
  sort: Sort;
  locale: 'en' | 'vi';
}

const RECENT_EVALUATIONS = 16;
/** Up to this many results, a page by relevance is picked from the best few instead of sorting every match. */
const FIRST_PAGES = 200;

/** A filter set in a canonical form: keys sorted, each list of values sorted, empty ones left out. */
function filterKey(filters: DeploymentFilters): [string, unknown][] {
  return Object.entries(filters)
    .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? [...v].sort() : v])
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The query engine over the published catalogue: filters, facets, order and stats on an
 * in-memory store that follows the stored catalogue version (see `catalogue`).
 */
export class Catalogue {
  readonly store = new CatalogueStore();
  version: number;

  constructor(private readonly db: Db) {
    this.version = db.transaction(() => {
      const version = catalogueVersion(db);
      this.store.loadAll(db);
      return version;
    })();
  }

  /** Applies the changes stored since this engine's version: only the records they touch are re-read. */
  sync(): void {
    if (catalogueVersion(this.db) === this.version) return;
    this.db.transaction(() => {
      const { ids, version } = changesSince(this.db, this.version);
      this.store.refresh(this.db, ids);
      this.version = version;
    })();
  }

  /**
   * Evaluations of recent filter sets at this version: paging, resizing or re-sorting the same
   * view reuses them. Emptied whenever the version moves. Each holds a byte per record, the
   * facet counts, and once paged the matches in each order asked for (4 bytes a match).
   */
  private readonly recent = new Map<string, Evaluation>();
  private recentVersion = -1;

  /** Forgets the recent evaluations (benchmarks measure the cost of a first evaluation with it). */
  forgetRecent(): void {
    this.recent.clear();
  }

  private evaluate(filters: DeploymentFilters, scope: ScopeOptions, withFacets: boolean): Evaluation {
    if (this.recentVersion !== this.version) {
      this.recent.clear();
      this.recentVersion = this.version;
    }
    const day = (scope.now ?? new Date()).toISOString().slice(0, 10);
    const key = JSON.stringify([filterKey(filters), scope.includeSynthetic === true, day]);
    const hit = this.recent.get(key);
    if (hit && (hit.counts !== null || !withFacets)) {
      // Most recently used last: the oldest entry is the first to go.
      this.recent.delete(key);
      this.recent.set(key, hit);
      return hit;
    }
    const result = evaluate(this.db, this.store, filters, scope, withFacets);
    this.recent.set(key, result);
    if (this.recent.size > RECENT_EVALUATIONS) this.recent.delete(this.recent.keys().next().value as string);
    return result;
  }

  /**
   * Matching slots in the requested order; with `limit`, at least the first `limit` of them. A
   * view's first page is picked from the best few; once it is paged, resized or asked for again,
   * every match is put in order once and later pages are slices of that order.
   */
  private ordered(evaluation: Evaluation, sort: Sort, locale: 'en' | 'vi', limit = Infinity): ArrayLike<number> {
    const { matched, text } = evaluation;
    const orders = this.store.orders;
    const byScore = sort === 'relevance' && text !== null;
    // Without a search, relevance is the title order; the year and update orders do not depend on the language.
    const key = byScore ? 'relevance' : sort === 'relevance' || sort === 'title' ? `title:${locale}` : sort;
    const put = (n: number) => {
      if (byScore && text) return topByScore(matched, text.score, this.store.size, n);
      const order =
        sort === 'relevance' || sort === 'title' ? (locale === 'vi' ? orders.titleVi : orders.titleEn) : orders[sort];
      return order.matching(matched, n);
    };
    evaluation.orders ??= new Map();
    evaluation.asked ??= new Set();
    const known = evaluation.orders.get(key);
    if (known) return known;
    if (limit <= FIRST_PAGES && !evaluation.asked.has(key)) {
      evaluation.asked.add(key);
      return put(limit);
    }
    const all = Int32Array.from(put(Infinity));
    evaluation.orders.set(key, all);
    return all;
  }

  /** The facets of an evaluation made with counts, built once. */
  private facetsFor(evaluation: Evaluation): { value: Facets; json: string } {
    if (!evaluation.facets) {
      const value = toFacets(facetsOf(this.store), evaluation.counts as Int32Array[]);
      evaluation.facets = { value, json: JSON.stringify(value) };
    }
    return evaluation.facets;
  }

  search(filters: DeploymentFilters, scope: ScopeOptions, page: PageRequest): SearchResult {
    const evaluation = this.evaluate(filters, scope, true);
    const { total } = evaluation;
    const skip = (page.page - 1) * page.pageSize;
    const slots = this.ordered(evaluation, page.sort, page.locale, skip + page.pageSize);
    const rowids: number[] = [];
    for (let k = skip; k < Math.min(slots.length, skip + page.pageSize); k++)
      rowids.push(this.store.rowids[slots[k] as number] as number);
    const facets = this.facetsFor(evaluation);
    return { rowids, total, facets: facets.value, facetsJson: facets.json };
  }

  count(filters: DeploymentFilters, scope: ScopeOptions): number {
    return this.evaluate(filters, scope, false).total;
  }

  facets(filters: DeploymentFilters, scope: ScopeOptions): Facets {
    return this.facetsFor(this.evaluate(filters, scope, true)).value;
  }

  /** Every matching rowid in order, for exports. */
  *matchingRowids(filters: DeploymentFilters, scope: ScopeOptions, sort: Sort, locale: 'en' | 'vi'): Generator<number> {
    const slots = this.ordered(this.evaluate(filters, scope, false), sort, locale);
    for (let k = 0; k < slots.length; k++) yield this.store.rowids[slots[k] as number] as number;
  }

  /** Gap evidence of every matching deployment, for recommendation priorities. */
  gapEvidence(
    filters: DeploymentFilters,
    scope: ScopeOptions,
  ): (GapEvidence & { id: string; title: { en: string; vi: string } })[] {
    const { matched } = this.evaluate(filters, scope, false);
    const store = this.store;
    const assessed = store.single.assessed;
    const yes = assessed?.lookup.get('yes');
    const out: (GapEvidence & { id: string; title: { en: string; vi: string } })[] = [];
    for (let i = 0; i < store.size; i++) {
      if (matched[i] !== 1) continue;
      const gaps: GapEvidence['gaps'] = [];
      ISSUES.forEach((issue, k) => {
        const stored = (store.gapSeverity[k] as Uint8Array)[i] as number;
        if (stored > 0) gaps.push({ issue: issue as GapIssueCode, severity: (stored - 1) as 0 | 1 | 2 | 3 });
      });
      out.push({
        id: store.ids[i] as string,
        title: store.titles[i] as { en: string; vi: string },
        gapsAssessed: assessed?.data[i] === yes,
        gaps,
      });
    }
    return out;
  }

  stats(filters: DeploymentFilters, scope: ScopeOptions, recommendations: readonly RecommendationRef[]): Stats {
    const { matched, total } = this.evaluate(filters, scope, false);
    return computeStats(this.store, matched, total, recommendations);
  }
}

const ENGINES = new WeakMap<Db, Catalogue>();

/**
 * The engine of a connection, brought up to the stored catalogue version first: a write by
 * this or any other process is seen by the next query, at the cost of the records it changed.
 */
export function catalogue(db: Db): Catalogue {
  let engine = ENGINES.get(db);
  if (!engine) {
    engine = new Catalogue(db);
    ENGINES.set(db, engine);
  } else {
    engine.sync();
  }
  return engine;
}
