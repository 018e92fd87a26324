import type { GapEvidence } from '../priority.ts';
import { GAP_DIMENSIONS, type GapDimension, type GapIssueCode, SIGNIFICANT_SEVERITY } from '../taxonomy.ts';
import type { ReadinessProfile } from './scoring.ts';

/** No public figure ever stands on fewer agencies than this. */
export const READINESS_MIN_GROUP = 3;

export const READINESS_GROUPINGS = ['level', 'sector', 'province'] as const;
export type ReadinessGrouping = (typeof READINESS_GROUPINGS)[number];

/** One agency's complete answers in one round, reduced to what aggregates need. */
export interface AgencyReadinessRow {
  agencyId: string;
  round: string;
  level: string;
  sector: string | null;
  province: string | null;
  scores: Partial<Record<GapDimension, number | null>>;
  gaps: { issue: GapIssueCode; severity: number }[];
}

export const DIMENSIONS = Object.keys(GAP_DIMENSIONS) as GapDimension[];

/** A row for aggregates from a scored profile. */
export function toReadinessRow(
  base: Omit<AgencyReadinessRow, 'scores' | 'gaps'>,
  profile: ReadinessProfile,
): AgencyReadinessRow {
  return {
    ...base,
    scores: Object.fromEntries(profile.dimensions.map((d) => [d.dimension, d.score])),
    gaps: profile.gaps.map((g) => ({ issue: g.issue, severity: g.severity })),
  };
}

export interface DimensionMean {
  dimension: GapDimension;
  /** Agencies with a score in this dimension. */
  n: number;
  /** Mean score 0–100; null when fewer than READINESS_MIN_GROUP agencies stand behind it. */
  mean: number | null;
}

export interface ReadinessGroup {
  key: string;
  n: number;
  means: DimensionMean[];
}

export interface ReadinessAggregates {
  /** Agencies with complete answers (their latest round), and agencies in the register. */
  answered: number;
  total: number;
  minGroup: number;
  byDimension: DimensionMean[];
  groups: Record<ReadinessGrouping, { shown: ReadinessGroup[]; hiddenGroups: number; hiddenAgencies: number }>;
  rounds: { round: string; n: number; means: DimensionMean[] }[];
  /** Rounds left out because fewer than READINESS_MIN_GROUP agencies answered in them. */
  hiddenRounds: number;
  /** Agencies (latest round) whose answers reveal each significant gap issue; empty below the minimum group. */
  issues: { issue: GapIssueCode; agencies: number }[];
}

/** Each agency's latest round. */
export function latestPerAgency(rows: readonly AgencyReadinessRow[]): AgencyReadinessRow[] {
  const latest = new Map<string, AgencyReadinessRow>();
  for (const row of rows) {
    const seen = latest.get(row.agencyId);
    if (!seen || row.round > seen.round) latest.set(row.agencyId, row);
  }
  return [...latest.values()].sort((a, b) => a.agencyId.localeCompare(b.agencyId));
}

function means(rows: readonly AgencyReadinessRow[], minGroup: number): DimensionMean[] {
  return DIMENSIONS.map((dimension) => {
    const scores = rows.flatMap((r) => {
      const s = r.scores[dimension];
      return typeof s === 'number' ? [s] : [];
    });
    const n = scores.length;
    return { dimension, n, mean: n >= minGroup ? scores.reduce((a, b) => a + b, 0) / n : null };
  });
}

/**
 * Groups of at least `minGroup` agencies. When the agencies left out add up to fewer than
 * `minGroup`, the smallest shown groups are left out too, so that no hidden group's mean can be
 * worked out from the total and the groups shown.
 */
function grouped(rows: readonly AgencyReadinessRow[], by: ReadinessGrouping, minGroup: number) {
  const byKey = new Map<string, AgencyReadinessRow[]>();
  for (const row of rows) {
    const key = row[by] ?? 'unknown';
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const all = [...byKey.entries()]
    .map(([key, members]) => ({ key, members }))
    .sort((a, b) => b.members.length - a.members.length || a.key.localeCompare(b.key));
  const shown = all.filter((g) => g.members.length >= minGroup);
  let hiddenAgencies = rows.length - shown.reduce((s, g) => s + g.members.length, 0);
  while (hiddenAgencies > 0 && hiddenAgencies < minGroup && shown.length > 0) {
    const smallest = shown.pop();
    hiddenAgencies += smallest?.members.length ?? 0;
  }
  return {
    shown: shown.map((g) => ({ key: g.key, n: g.members.length, means: means(g.members, minGroup) })),
    hiddenGroups: all.length - shown.length,
    hiddenAgencies,
  };
}

/**
 * Readiness across agencies: means by dimension, by level, sector and province, by round, and
 * the gap issues the answers reveal. Every figure stands on at least `minGroup` agencies.
 */
export function aggregateReadiness(
  rows: readonly AgencyReadinessRow[],
  options: { total: number; minGroup?: number },
): ReadinessAggregates {
  const minGroup = options.minGroup ?? READINESS_MIN_GROUP;
  const latest = latestPerAgency(rows);
  const enough = latest.length >= minGroup;
  const roundKeys = [...new Set(rows.map((r) => r.round))].sort();
  const rounds = roundKeys.map((round) => {
    const inRound = latestPerAgency(rows.filter((r) => r.round === round));
    return { round, n: inRound.length, means: means(inRound, minGroup) };
  });
  const issueCounts = new Map<GapIssueCode, number>();
  for (const row of latest)
    for (const gap of row.gaps)
      if (gap.severity >= SIGNIFICANT_SEVERITY) issueCounts.set(gap.issue, (issueCounts.get(gap.issue) ?? 0) + 1);
  return {
    answered: latest.length,
    total: options.total,
    minGroup,
    byDimension: means(latest, minGroup),
    groups: {
      level: grouped(latest, 'level', minGroup),
      sector: grouped(latest, 'sector', minGroup),
      province: grouped(latest, 'province', minGroup),
    },
    rounds: rounds.filter((r) => r.n >= minGroup),
    hiddenRounds: rounds.filter((r) => r.n < minGroup).length,
    issues: enough
      ? [...issueCounts.entries()]
          .map(([issue, agencies]) => ({ issue, agencies }))
          .sort((a, b) => b.agencies - a.agencies || a.issue.localeCompare(b.issue))
      : [],
  };
}

/** Each agency's latest answers as the evidence recommendation priorities are computed from. */
export function readinessEvidence(rows: readonly AgencyReadinessRow[]): GapEvidence[] {
  return latestPerAgency(rows).map((r) => ({
    gapsAssessed: true,
    gaps: r.gaps.map((g) => ({ issue: g.issue, severity: Math.min(3, Math.max(0, g.severity)) as 0 | 1 | 2 | 3 })),
  }));
}

export interface PeerComparison {
  by: 'level' | 'sector';
  key: string | null;
  /** Other agencies of the same level or sector with complete answers. */
  n: number;
  /** Their mean scores, only when at least `minGroup` answered. */
  means: DimensionMean[] | null;
}

/** The agency's peers of the same level and of the same sector (itself left out). */
export function comparePeers(
  rows: readonly AgencyReadinessRow[],
  self: { agencyId: string; level: string; sector: string | null },
  minGroup = READINESS_MIN_GROUP,
): PeerComparison[] {
  const others = latestPerAgency(rows).filter((r) => r.agencyId !== self.agencyId);
  return (['level', 'sector'] as const).map((by) => {
    const key = self[by];
    const peers = key === null ? [] : others.filter((r) => r[by] === key);
    return { by, key, n: peers.length, means: peers.length >= minGroup ? means(peers, minGroup) : null };
  });
}
