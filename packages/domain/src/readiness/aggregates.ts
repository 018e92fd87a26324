import { type GapEvidence, rankRecommendations } from '../priority.ts';
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
  /** A published profile is public: it is not protected by the aggregates' rules. */
  published?: boolean;
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

/**
 * Disclosure control. Published profiles are known to everyone, so only agencies that have not
 * published are protected: a figure is shown when it stands on at least `minGroup` agencies and
 * on none or at least `minGroup` unpublished ones; and no two figures shown (of any grouping or
 * round) may differ by fewer than `minGroup` unpublished agencies, nor may the groups hidden from
 * a grouping add up to fewer — otherwise one could be worked out from the other.
 */
interface Cell {
  members: readonly AgencyReadinessRow[];
  /** Per dimension: the members with a score, as agency@round keys; null once suppressed. */
  dims: Map<GapDimension, { keys: Set<string>; protectedKeys: Set<string>; sum: number } | null>;
}

const unitKey = (r: AgencyReadinessRow) => `${r.agencyId}@${r.round}`;

function cellOf(members: readonly AgencyReadinessRow[], minGroup: number): Cell {
  const dims = new Map<GapDimension, { keys: Set<string>; protectedKeys: Set<string>; sum: number } | null>();
  for (const dimension of DIMENSIONS) {
    const scored = members.filter((r) => typeof r.scores[dimension] === 'number');
    const keys = new Set(scored.map(unitKey));
    const protectedKeys = new Set(scored.filter((r) => !r.published).map(unitKey));
    const sum = scored.reduce((a, r) => a + (r.scores[dimension] as number), 0);
    const safe = keys.size >= minGroup && (protectedKeys.size === 0 || protectedKeys.size >= minGroup);
    dims.set(dimension, safe ? { keys, protectedKeys, sum } : null);
  }
  return { members, dims };
}

/** How many protected units one set has that the other lacks. */
function protectedDifference(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const k of a) if (!b.has(k)) n += 1;
  return n;
}
const isSubset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));

/** Suppresses, dimension by dimension, every figure another one shown would give away by subtraction. */
function suppressDifferences(cells: readonly Cell[], minGroup: number): void {
  for (const dimension of DIMENSIONS) {
    for (let changed = true; changed; ) {
      changed = false;
      const shown = cells.filter((c) => c.dims.get(dimension));
      for (const a of shown) {
        const da = a.dims.get(dimension);
        if (!da) continue;
        for (const b of shown) {
          const db = b.dims.get(dimension);
          if (a === b || !db || db.keys.size <= da.keys.size || !isSubset(da.keys, db.keys)) continue;
          const d = protectedDifference(db.protectedKeys, da.protectedKeys);
          if (d > 0 && d < minGroup) {
            a.dims.set(dimension, null);
            changed = true;
            break;
          }
        }
      }
    }
  }
}

/**
 * Within one grouping, the groups hidden add up (per dimension) to the whole minus the groups
 * shown: when that stands on fewer than `minGroup` unpublished agencies, the smallest shown group
 * is hidden too, until it does not.
 */
function protectComplement(whole: Cell, groups: readonly Cell[], minGroup: number): void {
  for (const dimension of DIMENSIONS) {
    const total = whole.dims.get(dimension)?.protectedKeys ?? new Set<string>();
    for (;;) {
      const shown = groups.filter((g) => g.dims.get(dimension));
      const covered = new Set(shown.flatMap((g) => [...(g.dims.get(dimension)?.protectedKeys ?? [])]));
      const left = protectedDifference(total, covered);
      if (left === 0 || left >= minGroup || shown.length === 0) break;
      // Groups come largest first (ties by key): the last shown is the smallest.
      (shown[shown.length - 1] as Cell).dims.set(dimension, null);
    }
  }
}

function meansOf(cell: Cell): DimensionMean[] {
  return DIMENSIONS.map((dimension) => {
    const n = cell.members.filter((r) => typeof r.scores[dimension] === 'number').length;
    const d = cell.dims.get(dimension);
    return { dimension, n, mean: d ? d.sum / d.keys.size : null };
  });
}

/** A count of agencies shown only when it, and the agencies it leaves out, are safe to show. */
function safeCount(
  counted: readonly AgencyReadinessRow[],
  all: readonly AgencyReadinessRow[],
  minGroup: number,
): boolean {
  const prot = counted.filter((r) => !r.published).length;
  const rest = all.filter((r) => !r.published).length - prot;
  return counted.length >= minGroup && (prot === 0 || prot >= minGroup) && (rest === 0 || rest >= minGroup);
}

/**
 * Readiness across agencies: means by dimension, by level, sector and province, by round, and
 * the gap issues the answers reveal. Every figure stands on at least `minGroup` agencies, and
 * none can be worked out from the others (see `Cell`).
 */
export function aggregateReadiness(
  rows: readonly AgencyReadinessRow[],
  options: { total: number; minGroup?: number },
): ReadinessAggregates {
  const minGroup = options.minGroup ?? READINESS_MIN_GROUP;
  const latest = latestPerAgency(rows);
  const whole = cellOf(latest, minGroup);
  const groupings = Object.fromEntries(
    READINESS_GROUPINGS.map((by) => {
      const byKey = new Map<string, AgencyReadinessRow[]>();
      for (const row of latest) {
        const key = row[by] ?? 'unknown';
        byKey.set(key, [...(byKey.get(key) ?? []), row]);
      }
      const groups = [...byKey.entries()]
        .map(([key, members]) => ({ key, cell: cellOf(members, minGroup) }))
        .sort((a, b) => b.cell.members.length - a.cell.members.length || a.key.localeCompare(b.key));
      return [by, groups];
    }),
  ) as Record<ReadinessGrouping, { key: string; cell: Cell }[]>;
  const roundKeys = [...new Set(rows.map((r) => r.round))].sort();
  const rounds = roundKeys.map((round) => ({
    round,
    cell: cellOf(latestPerAgency(rows.filter((r) => r.round === round)), minGroup),
  }));
  for (const by of READINESS_GROUPINGS)
    protectComplement(
      whole,
      groupings[by].map((g) => g.cell),
      minGroup,
    );
  suppressDifferences(
    [whole, ...READINESS_GROUPINGS.flatMap((by) => groupings[by].map((g) => g.cell)), ...rounds.map((r) => r.cell)],
    minGroup,
  );
  const shownGroups = (by: ReadinessGrouping) => {
    const shown = groupings[by].filter((g) => DIMENSIONS.some((d) => g.cell.dims.get(d)));
    return {
      shown: shown.map((g) => ({ key: g.key, n: g.cell.members.length, means: meansOf(g.cell) })),
      hiddenGroups: groupings[by].length - shown.length,
      hiddenAgencies: latest.length - shown.reduce((s, g) => s + g.cell.members.length, 0),
    };
  };
  const shownRounds = rounds.filter((r) => DIMENSIONS.some((d) => r.cell.dims.get(d)));
  const issueCounts = new Map<GapIssueCode, AgencyReadinessRow[]>();
  for (const row of latest)
    for (const gap of row.gaps)
      if (gap.severity >= SIGNIFICANT_SEVERITY)
        issueCounts.set(gap.issue, [...(issueCounts.get(gap.issue) ?? []), row]);
  return {
    answered: latest.length,
    total: options.total,
    minGroup,
    byDimension: meansOf(whole),
    groups: {
      level: shownGroups('level'),
      sector: shownGroups('sector'),
      province: shownGroups('province'),
    },
    rounds: shownRounds.map((r) => ({ round: r.round, n: r.cell.members.length, means: meansOf(r.cell) })),
    hiddenRounds: rounds.length - shownRounds.length,
    issues: [...issueCounts.entries()]
      .filter(([, counted]) => safeCount(counted, latest, minGroup))
      .map(([issue, counted]) => ({ issue, agencies: counted.length }))
      .sort((a, b) => b.agencies - a.agencies || a.issue.localeCompare(b.issue)),
  };
}

/**
 * The recommendations ranked on the agencies' answers, under the same rules as the other figures:
 * none while 1 or 2 unpublished agencies stand behind the whole, and a recommendation's figures
 * only when the agencies they count (and those they leave out) are safe to show.
 */
export function readinessRecommendations<T extends { number: number; addresses: readonly GapIssueCode[] }>(
  rows: readonly AgencyReadinessRow[],
  recommendations: readonly T[],
  minGroup = READINESS_MIN_GROUP,
) {
  const latest = latestPerAgency(rows);
  const hidden = latest.filter((r) => !r.published).length;
  if (latest.length < minGroup || (hidden > 0 && hidden < minGroup)) return [];
  return rankRecommendations(recommendations, readinessEvidence(rows)).filter((rec) => {
    const counted = latest.filter((r) =>
      r.gaps.some((g) => rec.addresses.includes(g.issue) && g.severity >= SIGNIFICANT_SEVERITY),
    );
    return counted.length === 0 || safeCount(counted, latest, minGroup);
  });
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
    // The same rules as the landscape: the asking agency knows its own answers, so it is left out.
    const cell = cellOf(peers, minGroup);
    const means = meansOf(cell);
    return { by, key, n: peers.length, means: means.some((m) => m.mean !== null) ? means : null };
  });
}
