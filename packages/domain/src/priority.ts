import { SIGNIFICANT_SEVERITY } from './fields/index.ts';
import type { Gap } from './schemas.ts';
import type { GapIssueCode } from './taxonomy.ts';

/** What the priority needs to know about one deployment in the current view. */
export interface GapEvidence {
  gapsAssessed: boolean;
  gaps: Pick<Gap, 'issue' | 'severity'>[];
}

export interface RecommendationPriority {
  /** 0–1: mean, over assessed deployments, of the worst significant addressed severity divided by 3. */
  score: number;
  /** Assessed deployments with at least one significant addressed gap (severity ≥ SIGNIFICANT_SEVERITY). */
  evidenceCount: number;
  /** Deployments in the view whose gaps have been assessed. */
  assessedCount: number;
  /** Deployments in the view. */
  totalCount: number;
}

/**
 * Priority of a recommendation in a view: how many deployments in the view carry a significant
 * gap it addresses (the same threshold as every chart and facet), and how severe the worst is. Unassessed deployments do not
 * count, neither as evidence nor as "no gap".
 */
export function recommendationPriority(
  addresses: readonly GapIssueCode[],
  deployments: readonly GapEvidence[],
): RecommendationPriority {
  const wanted = new Set<string>(addresses);
  let assessedCount = 0;
  let evidenceCount = 0;
  let severitySum = 0;
  for (const deployment of deployments) {
    if (!deployment.gapsAssessed) continue;
    assessedCount += 1;
    let worst = 0;
    for (const gap of deployment.gaps) {
      if (wanted.has(gap.issue) && gap.severity >= SIGNIFICANT_SEVERITY && gap.severity > worst) worst = gap.severity;
    }
    if (worst > 0) evidenceCount += 1;
    severitySum += worst;
  }
  const score = assessedCount === 0 ? 0 : severitySum / (3 * assessedCount);
  return { score, evidenceCount, assessedCount, totalCount: deployments.length };
}

/** Sorts recommendations by priority (score, then evidence, then their own order). */
export function rankRecommendations<T extends { number: number; addresses: readonly GapIssueCode[] }>(
  recommendations: readonly T[],
  deployments: readonly GapEvidence[],
): (T & { priority: RecommendationPriority; rank: number })[] {
  return recommendations
    .map((rec) => ({ ...rec, priority: recommendationPriority(rec.addresses, deployments) }))
    .sort(
      (a, b) =>
        b.priority.score - a.priority.score ||
        b.priority.evidenceCount - a.priority.evidenceCount ||
        a.number - b.number,
    )
    .map((rec, index) => ({ ...rec, rank: index + 1 }));
}
