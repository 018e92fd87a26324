import {
  AGENCY_LEVELS,
  AI_KINDS,
  BUILDERS,
  CATEGORIES,
  COUNTRIES,
  codesOf,
  type DeploymentFilters,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FACET_FIELDS,
  type FacetField,
  type Facets,
  FUNDING_SOURCES,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  type GapEvidence,
  type GapIssueCode,
  INTENDED_USERS,
  PROVENANCE_KINDS,
  PROVINCE_CODES,
  parseGapFilter,
  RISK_TIERS,
  SECTORS,
  type Sort,
  STAGES,
  type Stats,
  TECHNIQUES,
  TRI_STATE,
} from '@aila/domain';
import type { Db } from './connection.ts';
import { toFtsQuery } from './search.ts';

export interface ScopeOptions {
  /** Benchmark mode only: include synthetic records. */
  includeSynthetic?: boolean;
}

type SingleField = Exclude<FacetField, 'technique' | 'users' | 'gap'>;
type MultiField = 'technique' | 'users';

const YES_NO = ['no', 'yes'] as const;
const GAP_DIMS = codesOf(GAP_DIMENSIONS);
const ISSUES = Object.keys(GAP_ISSUES) as GapIssueCode[];
/** Gap facet values count deployments with a gap of at least this severity. */
const GAP_FACET_SEVERITY = 2;
const PRINCIPLES = codesOf(ETHICS_PRINCIPLES);

/** Code lists of the single-valued fields (agency is filled from the data). */
function singleCodes(agencies: string[]): Record<SingleField, readonly string[]> {
  return {
    country: codesOf(COUNTRIES),
    sector: codesOf(SECTORS),
    category: codesOf(CATEGORIES),
    stage: codesOf(STAGES),
    province: ['national', ...PROVINCE_CODES],
    riskTier: codesOf(RISK_TIERS),
    agency: agencies,
    agencyLevel: codesOf(AGENCY_LEVELS),
    builder: codesOf(BUILDERS),
    aiKind: codesOf(AI_KINDS),
    funding: codesOf(FUNDING_SOURCES),
    personalData: codesOf(TRI_STATE),
    biometricData: codesOf(TRI_STATE),
    origin: codesOf(PROVENANCE_KINDS),
    impactAssessment: YES_NO,
    assessed: YES_NO,
  };
}
const MULTI_CODES: Record<MultiField, readonly string[]> = {
  technique: codesOf(TECHNIQUES),
  users: codesOf(INTENDED_USERS),
};
const SINGLE_FIELDS = FACET_FIELDS.filter((f): f is SingleField => f !== 'technique' && f !== 'users' && f !== 'gap');
const MULTI_FIELDS: MultiField[] = ['technique', 'users'];
const SYNTHETIC = codesOf(PROVENANCE_KINDS).indexOf('synthetic');
/** Facet number of the gap dimensions: after the single- and multi-valued fields. */
const GAP_FACET = SINGLE_FIELDS.length + MULTI_FIELDS.length;

interface FullText {
  hit: Uint8Array;
  score: Float64Array;
}

/** Matched rows by ascending score (bm25: lower is better), ties by row; only the best `limit` when finite. */
function topByScore(matched: Uint8Array, score: Float64Array, limit: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < matched.length; i++) if (matched[i] === 1) rows.push(i);
  const better = (a: number, b: number) => (score[a] as number) - (score[b] as number) || a - b;
  if (!Number.isFinite(limit) || rows.length <= limit * 4) return rows.sort(better);
  // Keep a small sorted buffer of the best rows seen so far.
  const best: number[] = [];
  for (const i of rows) {
    if (best.length === limit && better(i, best[limit - 1] as number) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(i, best[at - 1] as number) < 0) at -= 1;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best;
}

interface Row {
  rowid: number;
  id: string;
  agency_id: string;
  agency_level: string;
  country: string;
  province_code: string | null;
  sector: string;
  category: string;
  stage: string;
  year_started: number | null;
  builder: string;
  ai_kind: string;
  funding_source: string;
  personal_data: string;
  biometric_data: string;
  risk_tier: string;
  has_impact_assessment: number;
  gaps_assessed: number;
  provenance: string;
  title_en: string;
  title_vi: string;
  updated_at: string;
}

export interface SearchResult {
  /** Row ids (SQLite rowids) of the requested page, in order. */
  rowids: number[];
  total: number;
  facets: Facets;
}

/**
 * Every deployment's filterable fields as typed arrays, so that a query with facets is one
 * pass over memory instead of a GROUP BY per facet. Rebuilt when the catalogue changes.
 */
export class CatalogueIndex {
  readonly size: number;
  private readonly rowids: Int32Array;
  /** Row index by SQLite rowid (-1 where none). */
  private rowOfRowid: Int32Array;
  private readonly codes: Record<SingleField, readonly string[]>;
  private readonly single: Record<SingleField, Uint16Array>;
  private readonly multi: Record<MultiField, Uint16Array>;
  private readonly singleColumns: Uint16Array[];
  private readonly multiColumns: Uint16Array[];
  private readonly year: Int16Array;
  /** Worst severity per gap dimension, per row. */
  private readonly gapMax: Uint8Array[];
  /** Gap issues per row in compressed-row form: issues of row i are [gapStart[i], gapStart[i+1]). */
  private readonly gapStart: Int32Array;
  private readonly gapIssue: Uint8Array;
  private readonly gapSeverity: Uint8Array;
  /** Ethics status code per principle, per row (index into ETHICS_STATUSES; unknown when absent). */
  private readonly ethics: Uint8Array[];
  private readonly ids: string[];
  private readonly titles: { en: string; vi: string }[];
  private readonly orders: Record<'titleEn' | 'titleVi' | 'year' | '-year' | 'updated', Int32Array>;

  constructor(private readonly db: Db) {
    // Rows are streamed into typed arrays, never all held as objects at once.
    const { n, maxRowid } = db
      .prepare('SELECT COUNT(*) AS n, COALESCE(MAX(rowid), 0) AS maxRowid FROM deployments')
      .get() as {
      n: number;
      maxRowid: number;
    };
    this.size = n;
    this.rowOfRowid = new Int32Array(maxRowid + 1).fill(-1);
    const agencyIds = (
      db.prepare('SELECT DISTINCT agency_id AS id FROM deployments ORDER BY 1').all() as { id: string }[]
    ).map((r) => r.id);
    const updated: string[] = new Array(n);
    this.codes = singleCodes(agencyIds);
    const lookup = Object.fromEntries(
      SINGLE_FIELDS.map((f) => [f, new Map(this.codes[f].map((code, i) => [code, i]))]),
    ) as Record<SingleField, Map<string, number>>;
    this.single = Object.fromEntries(SINGLE_FIELDS.map((f) => [f, new Uint16Array(n)])) as Record<
      SingleField,
      Uint16Array
    >;
    this.multi = { technique: new Uint16Array(n), users: new Uint16Array(n) };
    this.rowids = new Int32Array(n);
    this.year = new Int16Array(n);
    this.gapMax = GAP_DIMS.map(() => new Uint8Array(n));
    this.ids = new Array(n);
    this.titles = new Array(n);

    const code = (field: SingleField, value: string) => lookup[field].get(value) ?? 0;
    let i = 0;
    for (const r of db
      .prepare(
        `SELECT d.rowid, d.id, d.agency_id, a.level AS agency_level, d.country, d.province_code, d.sector,
                d.category, d.stage, d.year_started, d.builder, d.ai_kind, d.funding_source, d.personal_data,
                d.biometric_data, d.risk_tier, d.has_impact_assessment, d.gaps_assessed, d.provenance,
                d.title_en, d.title_vi, d.updated_at
         FROM deployments d JOIN agencies a ON a.id = d.agency_id ORDER BY d.rowid`,
      )
      .iterate() as Iterable<Row>) {
      this.rowids[i] = r.rowid;
      this.rowOfRowid[r.rowid] = i;
      this.ids[i] = r.id;
      this.titles[i] = { en: r.title_en, vi: r.title_vi };
      const s = this.single;
      (s.country as Uint16Array)[i] = code('country', r.country);
      (s.sector as Uint16Array)[i] = code('sector', r.sector);
      (s.category as Uint16Array)[i] = code('category', r.category);
      (s.stage as Uint16Array)[i] = code('stage', r.stage);
      (s.province as Uint16Array)[i] = code('province', r.province_code ?? 'national');
      (s.riskTier as Uint16Array)[i] = code('riskTier', r.risk_tier);
      (s.agency as Uint16Array)[i] = code('agency', r.agency_id);
      (s.agencyLevel as Uint16Array)[i] = code('agencyLevel', r.agency_level);
      (s.builder as Uint16Array)[i] = code('builder', r.builder);
      (s.aiKind as Uint16Array)[i] = code('aiKind', r.ai_kind);
      (s.funding as Uint16Array)[i] = code('funding', r.funding_source);
      (s.personalData as Uint16Array)[i] = code('personalData', r.personal_data);
      (s.biometricData as Uint16Array)[i] = code('biometricData', r.biometric_data);
      (s.origin as Uint16Array)[i] = code('origin', r.provenance);
      (s.impactAssessment as Uint16Array)[i] = r.has_impact_assessment;
      (s.assessed as Uint16Array)[i] = r.gaps_assessed;
      this.year[i] = r.year_started ?? -1;
      updated[i] = r.updated_at;
      i += 1;
    }
    for (const field of MULTI_FIELDS) {
      const table = field === 'technique' ? 'deployment_techniques' : 'deployment_users';
      const column = field === 'technique' ? 'technique' : 'user_group';
      const bits = new Map(MULTI_CODES[field].map((c, i) => [c, 1 << i]));
      const arr = this.multi[field];
      for (const r of db
        .prepare(
          `SELECT d.rowid AS rowid, t.${column} AS value FROM ${table} t JOIN deployments d ON d.id = t.deployment_id`,
        )
        .iterate() as Iterable<{ rowid: number; value: string }>) {
        const i = this.rowOf(r.rowid);
        if (i !== undefined) arr[i] = (arr[i] ?? 0) | (bits.get(r.value) ?? 0);
      }
    }
    const gaps = db
      .prepare(
        `SELECT d.rowid AS rowid, g.issue, g.severity FROM gaps g JOIN deployments d ON d.id = g.deployment_id
         ORDER BY d.rowid, g.position`,
      )
      .all() as { rowid: number; issue: string; severity: number }[];
    this.gapStart = new Int32Array(n + 1);
    this.gapIssue = new Uint8Array(gaps.length);
    this.gapSeverity = new Uint8Array(gaps.length);
    const issueIndex = new Map(ISSUES.map((c, i) => [c as string, i]));
    const dimIndex = new Map(GAP_DIMS.map((d, i) => [d as string, i]));
    const perRow = new Int32Array(n);
    for (const g of gaps) {
      const i = this.rowOf(g.rowid);
      if (i !== undefined) perRow[i] = (perRow[i] ?? 0) + 1;
    }
    for (let i = 0; i < n; i++) this.gapStart[i + 1] = (this.gapStart[i] ?? 0) + (perRow[i] ?? 0);
    const cursor = this.gapStart.slice(0, n);
    for (const g of gaps) {
      const i = this.rowOf(g.rowid);
      if (i === undefined) continue;
      const at = cursor[i] ?? 0;
      cursor[i] = at + 1;
      this.gapIssue[at] = issueIndex.get(g.issue) ?? 0;
      this.gapSeverity[at] = g.severity;
      const dim = dimIndex.get(g.issue.split('.')[0] ?? '') ?? 0;
      const max = this.gapMax[dim] as Uint8Array;
      if (g.severity > (max[i] ?? 0)) max[i] = g.severity;
    }

    this.singleColumns = SINGLE_FIELDS.map((f) => this.single[f]);
    this.multiColumns = MULTI_FIELDS.map((f) => this.multi[f]);
    const statuses = codesOf(ETHICS_STATUSES);
    const unknownStatus = statuses.indexOf('unknown');
    this.ethics = PRINCIPLES.map(() => new Uint8Array(n).fill(unknownStatus));
    for (const e of db
      .prepare(
        'SELECT d.rowid AS rowid, e.principle, e.status FROM ethics e JOIN deployments d ON d.id = e.deployment_id',
      )
      .iterate() as Iterable<{ rowid: number; principle: string; status: string }>) {
      const i = this.rowOf(e.rowid);
      const p = PRINCIPLES.indexOf(e.principle as (typeof PRINCIPLES)[number]);
      if (i !== undefined && p >= 0)
        (this.ethics[p] as Uint8Array)[i] = Math.max(0, statuses.indexOf(e.status as never));
    }

    const by = (compare: (a: number, b: number) => number) => Int32Array.from({ length: n }, (_, i) => i).sort(compare);
    const en = new Intl.Collator('en', { sensitivity: 'base' });
    const vi = new Intl.Collator('vi', { sensitivity: 'base' });
    const year = this.year;
    this.orders = {
      titleEn: by((a, b) => en.compare(this.titles[a]?.en ?? '', this.titles[b]?.en ?? '') || a - b),
      titleVi: by((a, b) => vi.compare(this.titles[a]?.vi ?? '', this.titles[b]?.vi ?? '') || a - b),
      year: by(
        (a, b) =>
          ((year[a] ?? -1) < 0 ? 1 : 0) - ((year[b] ?? -1) < 0 ? 1 : 0) || (year[a] ?? 0) - (year[b] ?? 0) || a - b,
      ),
      '-year': by(
        (a, b) =>
          ((year[a] ?? -1) < 0 ? 1 : 0) - ((year[b] ?? -1) < 0 ? 1 : 0) || (year[b] ?? 0) - (year[a] ?? 0) || a - b,
      ),
      updated: by((a, b) => (updated[b] ?? '').localeCompare(updated[a] ?? '') || a - b),
    };
  }

  private rowOf(rowid: number): number | undefined {
    const i = this.rowOfRowid[rowid];
    return i === undefined || i < 0 ? undefined : i;
  }

  /** Full-text matches: a hit flag and a bm25 score (lower is better) per row, or null without a query. */
  private fullText(q: string | undefined): FullText | null {
    const fts = q ? toFtsQuery(q) : null;
    if (!fts) return null;
    const hit = new Uint8Array(this.size);
    const score = new Float64Array(this.size);
    for (const r of this.db
      .prepare(
        'SELECT rowid, bm25(deployments_fts, 10.0, 3.0, 5.0, 1.0) AS score FROM deployments_fts WHERE deployments_fts MATCH ?',
      )
      .raw()
      .iterate(fts) as Iterable<[number, number]>) {
      const i = this.rowOf(r[0]);
      if (i !== undefined) {
        hit[i] = 1;
        score[i] = r[1];
      }
    }
    return { hit, score };
  }

  /** One test per active filter; facet filters carry the number of the facet they belong to. */
  private groups(filters: DeploymentFilters, text: FullText | null) {
    const groups: { facet: number; test: (i: number) => boolean }[] = [];
    SINGLE_FIELDS.forEach((field, f) => {
      const values = filters[field] as readonly string[] | undefined;
      if (!values?.length) return;
      const allowed = new Uint8Array(this.codes[field].length + 1);
      for (const v of values) {
        const at = this.codes[field].indexOf(v);
        if (at >= 0) allowed[at] = 1;
      }
      const column = this.single[field];
      groups.push({ facet: f, test: (i) => allowed[column[i] ?? 0] === 1 });
    });
    MULTI_FIELDS.forEach((field, m) => {
      const values = filters[field];
      if (!values?.length) return;
      let mask = 0;
      for (const v of values) mask |= 1 << MULTI_CODES[field].indexOf(v);
      const column = this.multi[field];
      groups.push({ facet: SINGLE_FIELDS.length + m, test: (i) => ((column[i] ?? 0) & mask) !== 0 });
    });
    if (filters.gap?.length) {
      const wanted = filters.gap.map(parseGapFilter).map((g) => ({
        column: this.gapMax[GAP_DIMS.indexOf(g.dimension)] as Uint8Array,
        min: g.minSeverity,
      }));
      groups.push({ facet: GAP_FACET, test: (i) => wanted.some((w) => (w.column[i] ?? 0) >= w.min) });
    }
    const { yearFrom, yearTo } = filters;
    if (yearFrom !== undefined || yearTo !== undefined) {
      const from = yearFrom ?? -Infinity;
      const to = yearTo ?? Infinity;
      const year = this.year;
      groups.push({
        facet: -1,
        test: (i) => {
          const y = year[i] ?? -1;
          return y >= 0 && y >= from && y <= to;
        },
      });
    }
    if (text) {
      const hit = text.hit;
      groups.push({ facet: -1, test: (i) => hit[i] === 1 });
    }
    return groups;
  }

  /**
   * Applies the filters: the matching rows, and for every facet the counts each value would
   * give with all other filters applied (a row failing only that facet's filter still counts).
   */
  private evaluate(filters: DeploymentFilters, scope: ScopeOptions, withFacets: boolean) {
    const text = this.fullText(filters.q);
    const groups = this.groups(filters, text);
    const matched = new Uint8Array(this.size);
    let total = 0;
    const counts = withFacets ? this.emptyCounts() : null;
    const origin = this.single.origin;
    const skipSynthetic = !scope.includeSynthetic;
    const g = groups.length;
    for (let i = 0; i < this.size; i++) {
      if (skipSynthetic && origin[i] === SYNTHETIC) continue;
      let fails = 0;
      let failedFacet = -1;
      for (let k = 0; k < g; k++) {
        const group = groups[k] as (typeof groups)[number];
        if (!group.test(i)) {
          fails += 1;
          failedFacet = group.facet;
          if (fails > 1) break;
        }
      }
      if (fails === 0) {
        matched[i] = 1;
        total += 1;
        if (counts) this.countAll(counts, i);
      } else if (fails === 1 && failedFacet >= 0 && counts) {
        this.countOne(counts, i, failedFacet);
      }
    }
    return { matched, total, counts, text };
  }

  /** Counters in facet order: single-valued fields, then multi-valued, then gap dimensions. */
  private emptyCounts(): Int32Array[] {
    return [
      ...SINGLE_FIELDS.map((f) => new Int32Array(this.codes[f].length)),
      ...MULTI_FIELDS.map((f) => new Int32Array(MULTI_CODES[f].length)),
      new Int32Array(GAP_DIMS.length),
    ];
  }

  private countAll(counts: Int32Array[], i: number): void {
    const cols = this.singleColumns;
    for (let f = 0; f < cols.length; f++) {
      const c = counts[f] as Int32Array;
      const v = (cols[f] as Uint16Array)[i] as number;
      c[v] = (c[v] as number) + 1;
    }
    for (let m = 0; m < MULTI_FIELDS.length; m++) this.countOne(counts, i, cols.length + m);
    this.countOne(counts, i, GAP_FACET);
  }

  /** Adds row i to facet number f only. */
  private countOne(counts: Int32Array[], i: number, f: number): void {
    const c = counts[f] as Int32Array;
    const singles = this.singleColumns.length;
    if (f < singles) {
      const v = (this.singleColumns[f] as Uint16Array)[i] as number;
      c[v] = (c[v] as number) + 1;
    } else if (f < GAP_FACET) {
      const bits = (this.multiColumns[f - singles] as Uint16Array)[i] as number;
      if (bits === 0) return;
      for (let b = 0; b < c.length; b++) if (bits & (1 << b)) c[b] = (c[b] as number) + 1;
    } else {
      for (let d = 0; d < GAP_DIMS.length; d++)
        if (((this.gapMax[d] as Uint8Array)[i] as number) >= GAP_FACET_SEVERITY) c[d] = (c[d] as number) + 1;
    }
  }

  private toFacets(list: Int32Array[]): Facets {
    const counts = {} as Record<FacetField, Int32Array>;
    SINGLE_FIELDS.forEach((f, k) => {
      counts[f] = list[k] as Int32Array;
    });
    MULTI_FIELDS.forEach((f, m) => {
      counts[f] = list[SINGLE_FIELDS.length + m] as Int32Array;
    });
    counts.gap = list[GAP_FACET] as Int32Array;
    const facets = {} as Facets;
    for (const f of FACET_FIELDS) {
      const labels =
        f === 'gap'
          ? GAP_DIMS.map((d) => `${d}:${GAP_FACET_SEVERITY}`)
          : f === 'technique' || f === 'users'
            ? MULTI_CODES[f]
            : this.codes[f];
      const values: { value: string; count: number }[] = [];
      counts[f].forEach((count, i) => {
        if (count > 0) values.push({ value: labels[i] ?? String(i), count });
      });
      values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      facets[f] = f === 'agency' ? values.slice(0, 50) : values;
    }
    return facets;
  }

  /** Matching rows in the requested order; with `limit`, only the first `limit` are needed. */
  private ordered(
    matched: Uint8Array,
    text: FullText | null,
    sort: Sort,
    locale: 'en' | 'vi',
    limit = Number.POSITIVE_INFINITY,
  ): Iterable<number> {
    if (sort === 'relevance' && text) return topByScore(matched, text.score, limit);
    const order =
      sort === 'relevance' || sort === 'title'
        ? locale === 'vi'
          ? this.orders.titleVi
          : this.orders.titleEn
        : this.orders[sort];
    return (function* () {
      for (const i of order) if (matched[i] === 1) yield i;
    })();
  }

  search(
    filters: DeploymentFilters,
    scope: ScopeOptions,
    page: { page: number; pageSize: number; sort: Sort; locale: 'en' | 'vi' },
  ): SearchResult {
    const { matched, total, counts, text } = this.evaluate(filters, scope, true);
    const skip = (page.page - 1) * page.pageSize;
    const rowids: number[] = [];
    let seen = 0;
    for (const i of this.ordered(matched, text, page.sort, page.locale, skip + page.pageSize)) {
      if (seen++ < skip) continue;
      rowids.push(this.rowids[i] ?? 0);
      if (rowids.length === page.pageSize) break;
    }
    return { rowids, total, facets: this.toFacets(counts as Int32Array[]) };
  }

  count(filters: DeploymentFilters, scope: ScopeOptions): number {
    return this.evaluate(filters, scope, false).total;
  }

  facets(filters: DeploymentFilters, scope: ScopeOptions): Facets {
    return this.toFacets(this.evaluate(filters, scope, true).counts as Int32Array[]);
  }

  /** Every matching rowid in order, for exports. */
  *matchingRowids(filters: DeploymentFilters, scope: ScopeOptions, sort: Sort, locale: 'en' | 'vi'): Generator<number> {
    const { matched, text } = this.evaluate(filters, scope, false);
    for (const i of this.ordered(matched, text, sort, locale)) yield this.rowids[i] ?? 0;
  }

  /** Gap evidence of every matching deployment, for recommendation priorities. */
  gapEvidence(
    filters: DeploymentFilters,
    scope: ScopeOptions,
  ): (GapEvidence & { id: string; title: { en: string; vi: string } })[] {
    const { matched } = this.evaluate(filters, scope, false);
    const out: (GapEvidence & { id: string; title: { en: string; vi: string } })[] = [];
    const assessed = this.single.assessed;
    for (let i = 0; i < this.size; i++) {
      if (matched[i] !== 1) continue;
      const gaps: GapEvidence['gaps'] = [];
      for (let k = this.gapStart[i] ?? 0; k < (this.gapStart[i + 1] ?? 0); k++)
        gaps.push({
          issue: ISSUES[this.gapIssue[k] ?? 0] as GapIssueCode,
          severity: (this.gapSeverity[k] ?? 0) as 0 | 1 | 2 | 3,
        });
      out.push({
        id: this.ids[i] ?? '',
        title: this.titles[i] ?? { en: '', vi: '' },
        gapsAssessed: assessed[i] === 1,
        gaps,
      });
    }
    return out;
  }

  /** Every aggregate the overview needs, for one scope; `recommendations` feed the gap → recommendation flows. */
  stats(
    filters: DeploymentFilters,
    scope: ScopeOptions,
    recommendations: readonly { id: string; addresses: readonly string[] }[] = [],
  ): Stats {
    const { matched, total } = this.evaluate(filters, scope, false);
    const s = this.single;
    const tally = (field: SingleField) => new Int32Array(this.codes[field].length);
    const byCategory = tally('category');
    const bySector = tally('sector');
    const byStage = tally('stage');
    const byProvince = tally('province');
    const byRisk = tally('riskTier');
    const byAiKind = tally('aiKind');
    const byBuilder = tally('builder');
    const categories = this.codes.category.length;
    const heatAssessed = new Int32Array(categories);
    const heat = GAP_DIMS.map(() => new Int32Array(categories));
    const statuses = codesOf(ETHICS_STATUSES);
    const ethics = PRINCIPLES.map(() => new Int32Array(statuses.length));
    // Per recommendation, each gap issue's dimension + 1 when the recommendation addresses it (0 otherwise).
    const addressed = recommendations.map((r) => {
      const byIssue = new Uint8Array(ISSUES.length);
      for (const a of r.addresses) {
        const at = ISSUES.indexOf(a as GapIssueCode);
        if (at >= 0) byIssue[at] = GAP_DIMS.indexOf(a.split('.')[0] as (typeof GAP_DIMS)[number]) + 1;
      }
      return byIssue;
    });
    const flows = recommendations.map(() => new Int32Array(GAP_DIMS.length));
    const counted = new Uint8Array(recommendations.length * GAP_DIMS.length);
    const agencySeen = new Uint8Array(this.codes.agency.length);
    let agencies = 0;
    const FIRST_YEAR = 1990;
    const years = 111;
    const byYear = new Int32Array(years * categories);
    let assessed = 0;
    let production = 0;
    let stageKnown = 0;
    let high = 0;
    let riskKnown = 0;
    let impact = 0;
    const stageProduction = this.codes.stage.indexOf('production');
    const stageUnknown = this.codes.stage.indexOf('unknown');
    const riskHigh = this.codes.riskTier.indexOf('high');
    const riskUnclassified = this.codes.riskTier.indexOf('unclassified');
    const inc = (arr: Int32Array, v: number) => {
      arr[v] = (arr[v] ?? 0) + 1;
    };
    for (let i = 0; i < this.size; i++) {
      if (matched[i] !== 1) continue;
      const category = s.category[i] ?? 0;
      const stage = s.stage[i] ?? 0;
      const risk = s.riskTier[i] ?? 0;
      inc(byCategory, category);
      inc(bySector, s.sector[i] ?? 0);
      inc(byStage, stage);
      inc(byProvince, s.province[i] ?? 0);
      inc(byRisk, risk);
      inc(byAiKind, s.aiKind[i] ?? 0);
      inc(byBuilder, s.builder[i] ?? 0);
      if (s.assessed[i] === 1) {
        inc(heatAssessed, category);
        for (let d = 0; d < GAP_DIMS.length; d++)
          if (((this.gapMax[d] as Uint8Array)[i] ?? 0) >= GAP_FACET_SEVERITY) inc(heat[d] as Int32Array, category);
      }
      for (let p = 0; p < PRINCIPLES.length; p++) inc(ethics[p] as Int32Array, (this.ethics[p] as Uint8Array)[i] ?? 0);
      const agency = s.agency[i] ?? 0;
      if (agencySeen[agency] === 0) {
        agencySeen[agency] = 1;
        agencies += 1;
      }
      if (s.assessed[i] === 1) assessed += 1;
      if (stage === stageProduction) production += 1;
      if (stage !== stageUnknown) stageKnown += 1;
      if (risk === riskHigh) high += 1;
      if (risk !== riskUnclassified) riskKnown += 1;
      if (s.impactAssessment[i] === 1) impact += 1;
      const year = this.year[i] ?? -1;
      if (year >= FIRST_YEAR && year < FIRST_YEAR + years) inc(byYear, (year - FIRST_YEAR) * categories + category);
      const from = this.gapStart[i] ?? 0;
      const to = this.gapStart[i + 1] ?? 0;
      if (addressed.length > 0 && from < to) {
        counted.fill(0);
        for (let k = from; k < to; k++) {
          if ((this.gapSeverity[k] ?? 0) < 1) continue;
          const issue = this.gapIssue[k] ?? 0;
          for (let r = 0; r < addressed.length; r++) {
            const d = ((addressed[r] as Uint8Array)[issue] ?? 0) - 1;
            if (d < 0 || counted[r * GAP_DIMS.length + d]) continue;
            counted[r * GAP_DIMS.length + d] = 1;
            inc(flows[r] as Int32Array, d);
          }
        }
      }
    }
    const list = (field: SingleField, arr: Int32Array, skip?: string) =>
      [...arr]
        .map((count, v) => ({ key: this.codes[field][v] ?? String(v), count }))
        .filter((x) => x.count > 0 && x.key !== skip)
        .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    const national = byProvince[0] ?? 0;
    return {
      total,
      agencies,
      provinces: list('province', byProvince, 'national').length,
      national,
      assessed,
      production: { count: production, known: stageKnown },
      highRisk: { count: high, known: riskKnown },
      impactAssessment: { count: impact, known: total },
      byCategory: list('category', byCategory),
      bySector: list('sector', bySector),
      byStage: list('stage', byStage),
      byProvince: list('province', byProvince, 'national'),
      byRiskTier: list('riskTier', byRisk),
      byAiKind: list('aiKind', byAiKind),
      byBuilder: list('builder', byBuilder),
      gapHeatmap: this.codes.category
        .map((category, c) => ({
          category,
          assessed: heatAssessed[c] ?? 0,
          cells: GAP_DIMS.map((dimension, d) => ({ dimension, count: (heat[d] as Int32Array)[c] ?? 0 })),
        }))
        .filter((row) => row.assessed > 0),
      ethics: PRINCIPLES.map((principle, p) => {
        const c = ethics[p] as Int32Array;
        const at = (status: string) => c[statuses.indexOf(status as never)] ?? 0;
        return { principle, met: at('met'), partial: at('partial'), notMet: at('not_met'), unknown: at('unknown') };
      }),
      gapFlows: recommendations.flatMap((r, k) =>
        GAP_DIMS.map((dimension, d) => ({
          dimension,
          recommendation: r.id,
          weight: (flows[k] as Int32Array)[d] ?? 0,
        })).filter((f) => f.weight > 0),
      ),
      byYear: [...byYear]
        .map((count, k) => ({
          year: FIRST_YEAR + Math.floor(k / categories),
          category: this.codes.category[k % categories] ?? '',
          count,
        }))
        .filter((y) => y.count > 0)
        .sort((a, b) => a.year - b.year || a.category.localeCompare(b.category)),
    };
  }
}

const CACHE = new WeakMap<Db, { version: number; index: CatalogueIndex }>();
const VERSIONS = new WeakMap<Db, number>();

/** Records that the catalogue behind this connection changed; the next query rebuilds the index. */
export function markChanged(db: Db): void {
  VERSIONS.set(db, (VERSIONS.get(db) ?? 0) + 1);
}

export function catalogueIndex(db: Db): CatalogueIndex {
  const version = VERSIONS.get(db) ?? 0;
  const cached = CACHE.get(db);
  if (cached && cached.version === version) return cached.index;
  const index = new CatalogueIndex(db);
  CACHE.set(db, { version, index });
  return index;
}
