import {
  GAP_DIMENSIONS,
  type GapDimension,
  type GapIssueCode,
  NO_GAP,
  type Severity,
  SIGNIFICANT_SEVERITY,
} from '../taxonomy.ts';
import {
  type Instrument,
  isAnswered,
  MAX_LEVEL,
  type ReadinessAnswers,
  type ReadinessLevel,
  scaleQuestions,
} from './instrument.ts';

/** One answered scale question, as it counts towards its dimension's score. */
export interface ScoredAnswer {
  question: string;
  /** The level given, or null for "do not know" (left out of the score). */
  level: ReadinessLevel | null;
  informs: GapIssueCode[];
}

export interface DimensionScore {
  dimension: GapDimension;
  /** 0–100: the mean level of the answered questions over the top level; null when none is answered with a level. */
  score: number | null;
  /** Questions answered with a level. */
  scored: number;
  /** Questions answered "do not know". */
  unknown: number;
  /** Questions of the dimension. */
  questions: number;
  answers: ScoredAnswer[];
}

export interface IssueGap {
  issue: GapIssueCode;
  /** 3 − the lowest level among the questions that inform the issue: severity on the catalogue's scale. */
  severity: Severity;
  /** The questions whose answers set it. */
  questions: string[];
}

export interface ReadinessProfile {
  dimensions: DimensionScore[];
  /** Dimensions with a score, weakest first (ties in the instrument's order); at most the three weakest below 100. */
  weakest: GapDimension[];
  /** Gap issues the answers reveal, most severe first; only severities ≥ 1. */
  gaps: IssueGap[];
  /** Every readiness question has an answer (a level or "do not know"). */
  complete: boolean;
}

/** A level's gap severity on the catalogue's 0–3 scale: level 0 blocks (3), level 3 is no gap (0). */
export const severityOfLevel = (level: ReadinessLevel): Severity => (MAX_LEVEL - level) as Severity;

const DIMENSION_ORDER = Object.keys(GAP_DIMENSIONS) as GapDimension[];

/**
 * The readiness profile of a set of answers under their instrument. Pure: the same answers
 * always give the same profile.
 */
export function scoreReadiness(instrument: Instrument, answers: ReadinessAnswers): ReadinessProfile {
  const questions = scaleQuestions(instrument);
  const dimensions: DimensionScore[] = DIMENSION_ORDER.filter((d) => questions.some((q) => q.dimension === d)).map(
    (dimension) => {
      const own = questions.filter((q) => q.dimension === dimension);
      const scored: ScoredAnswer[] = [];
      for (const q of own) {
        const answer = answers[q.id];
        if (!isAnswered(answer)) continue;
        const value = answer?.value;
        scored.push({
          question: q.id,
          level: typeof value === 'number' ? (value as ReadinessLevel) : null,
          informs: q.informs,
        });
      }
      const levels: number[] = scored.flatMap((a) => (a.level === null ? [] : [a.level]));
      const score =
        levels.length === 0 ? null : (100 * levels.reduce((s, l) => s + l, 0)) / (levels.length * MAX_LEVEL);
      return {
        dimension,
        score,
        scored: levels.length,
        unknown: scored.length - levels.length,
        questions: own.length,
        answers: scored,
      };
    },
  );

  const worst = new Map<GapIssueCode, IssueGap>();
  for (const d of dimensions)
    for (const a of d.answers) {
      if (a.level === null) continue;
      const severity = severityOfLevel(a.level);
      for (const issue of a.informs) {
        const seen = worst.get(issue);
        if (!seen || severity > seen.severity) worst.set(issue, { issue, severity, questions: [a.question] });
        else if (severity === seen.severity) seen.questions.push(a.question);
      }
    }
  const issueOrder = new Map(
    (Object.keys(GAP_DIMENSIONS) as GapDimension[])
      .flatMap((d) => Object.keys(GAP_DIMENSIONS[d].issues).map((i) => `${d}.${i}`))
      .map((code, i) => [code, i]),
  );
  const gaps = [...worst.values()]
    .filter((g) => g.severity !== NO_GAP)
    .sort((a, b) => b.severity - a.severity || (issueOrder.get(a.issue) ?? 0) - (issueOrder.get(b.issue) ?? 0));

  const weakest = dimensions
    .flatMap((d, i) => (d.score === null || d.score >= 100 ? [] : [{ d: d.dimension, score: d.score, i }]))
    .sort((a, b) => a.score - b.score || a.i - b.i)
    .slice(0, 3)
    .map((x) => x.d);

  return {
    dimensions,
    weakest,
    gaps,
    complete: questions.every((q) => isAnswered(answers[q.id])),
  };
}

/** Gap issues at or above the catalogue's significance threshold: the ones a roadmap and the flows count. */
export const significantGaps = (profile: ReadinessProfile): IssueGap[] =>
  profile.gaps.filter((g) => g.severity >= SIGNIFICANT_SEVERITY);
