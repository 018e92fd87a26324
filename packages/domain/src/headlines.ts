import { type ArrayFilterKey, OUTSIDE_VIETNAM, SIGNIFICANT_SEVERITY } from './fields/index.ts';
import type { KeyCount, Stats } from './responses.ts';
import type { Stage } from './taxonomy.ts';

/** Below this many records a share is flagged: the records are examples, not a pattern. */
export const SMALL_BASE = 5;

/** A field known for less than this share of its records is reported as a coverage line, not charted. */
export const KNOWN_SHARE_MIN = 0.5;

/** Stages at which a system has been adopted (piloted, run, or run and retired); planned systems have not. */
export const ADOPTED_STAGES: readonly Stage[] = ['pilot', 'production', 'retired'];

/** Whether a share rests on so few records that it must say so (a share of nothing is no share at all). */
export const isSmallBase = (base: number): boolean => base > 0 && base < SMALL_BASE;

/**
 * The stage filter that keeps only adopted systems within a scope's own stage filter. Empty when
 * the scope holds no adopted stage (e.g. `stage=planned`).
 */
export function adoptedStages(scope: readonly string[] = []): Stage[] {
  return ADOPTED_STAGES.filter((stage) => scope.length === 0 || scope.includes(stage));
}

/** How many of a scope's records state a field. */
export interface Known {
  known: number;
  total: number;
}

export type CoverageKey = 'riskTier' | 'ethics' | 'gaps' | 'aiKind' | 'builder';

const knownOf = (counts: readonly KeyCount[], total: number, unknown: string): Known => ({
  known: total - (counts.find((c) => c.key === unknown)?.count ?? 0),
  total,
});

/** What the scope's records state about the fields that public sources seldom give. */
export function coverage(stats: Stats): Record<CoverageKey, Known> {
  const total = stats.total;
  return {
    riskTier: { known: stats.highRisk.known, total },
    // Per principle the API counts reported statuses; the best-covered principle bounds the records that report any.
    ethics: { known: Math.max(0, ...stats.ethics.map((e) => e.met + e.partial + e.notMet)), total },
    gaps: { known: stats.assessed, total },
    aiKind: knownOf(stats.byAiKind, total, 'unknown'),
    builder: knownOf(stats.byBuilder, total, 'unknown'),
  };
}

/** True when a field is known for too few of its records to be worth a chart. */
export const mostlyUnknown = ({ known, total }: Known): boolean => total > 0 && known / total < KNOWN_SHARE_MIN;

/** The explorer view behind a sentence: one field narrowed to the leading value(s). */
export interface Drill {
  key: ArrayFilterKey;
  values: string[];
}

export type Headline =
  | { kind: 'application'; codes: string[]; count: number; total: number; drill: Drill }
  | { kind: 'province'; codes: string[]; count: number; located: number; national: number; drill: Drill }
  | { kind: 'production'; count: number; known: number; drill: Drill }
  | { kind: 'gap'; dimensions: string[]; count: number; assessed: number; total: number; drill: Drill }
  | { kind: 'recommendation'; id: string; number: number; evidence: number; assessed: number; tied: number[] };

/** The ranked recommendations as the API answers them, as far as a headline needs. */
export interface RankedRecommendation {
  id: string;
  number: number;
  rank: number;
  priority: { score: number; evidenceCount: number; assessedCount: number };
}

/** The keys with the highest count (all of them when tied), and that count; none when every count is zero. */
function leaders(counts: readonly KeyCount[]): { keys: string[]; count: number } | null {
  const count = Math.max(0, ...counts.map((c) => c.count));
  if (count === 0) return null;
  return { keys: counts.filter((c) => c.count === count).map((c) => c.key), count };
}

/** Deployments with a significant gap, per dimension (each deployment has one category, so rows add up). */
function gapCounts(stats: Stats): KeyCount[] {
  const byDimension = new Map<string, number>();
  for (const row of stats.gapHeatmap)
    for (const cell of row.cells) byDimension.set(cell.dimension, (byDimension.get(cell.dimension) ?? 0) + cell.count);
  return [...byDimension].map(([key, count]) => ({ key, count }));
}

/**
 * The scope's story in a few sentences' worth of numbers: the leading application, the province
 * with most systems, how many run in production, the most reported gap with its base, and the
 * top-ranked recommendation. A sentence is left out when its numbers are not there (nothing
 * assessed, no province, no evidence). Ties are kept together rather than broken silently.
 */
export function headlines(stats: Stats, recommendations: readonly RankedRecommendation[] = []): Headline[] {
  if (stats.total === 0) return [];
  const out: Headline[] = [];
  const application = leaders(stats.byCategory.filter((c) => c.key !== 'other'));
  if (application)
    out.push({
      kind: 'application',
      codes: application.keys,
      count: application.count,
      total: stats.total,
      drill: { key: 'category', values: application.keys },
    });
  const located = stats.byProvince.filter((p) => p.key !== 'national' && p.key !== OUTSIDE_VIETNAM);
  const province = leaders(located);
  if (province)
    out.push({
      kind: 'province',
      codes: province.keys,
      count: province.count,
      located: stats.total - stats.national,
      national: stats.national,
      drill: { key: 'province', values: province.keys },
    });
  if (stats.production.known > 0)
    out.push({
      kind: 'production',
      count: stats.production.count,
      known: stats.production.known,
      drill: { key: 'stage', values: ['production'] },
    });
  if (stats.assessed > 0) {
    // With gaps assessed but none significant, that is the finding (and the view is the assessed records).
    const gap = leaders(gapCounts(stats));
    out.push({
      kind: 'gap',
      dimensions: gap?.keys ?? [],
      count: gap?.count ?? 0,
      assessed: stats.assessed,
      total: stats.total,
      drill: gap
        ? { key: 'gap', values: gap.keys.map((d) => `${d}:${SIGNIFICANT_SEVERITY}`) }
        : { key: 'assessed', values: ['yes'] },
    });
  }
  const [top, ...rest] = [...recommendations].sort((a, b) => a.rank - b.rank);
  if (top && top.priority.evidenceCount > 0)
    out.push({
      kind: 'recommendation',
      id: top.id,
      number: top.number,
      evidence: top.priority.evidenceCount,
      assessed: top.priority.assessedCount,
      tied: rest
        .filter(
          (r) => r.priority.score === top.priority.score && r.priority.evidenceCount === top.priority.evidenceCount,
        )
        .map((r) => r.number),
    });
  return out;
}
