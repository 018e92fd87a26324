import type { IndicativeTier } from '../indicative.ts';
import type { Label } from '../labels.ts';
import type { Source } from '../schemas.ts';
import type { GapIssueCode, RiskTier, Stage } from '../taxonomy.ts';
import { type Instrument, isAnswered, questionsOf, type ReadinessAnswers } from './instrument.ts';
import { type IssueGap, type ReadinessProfile, scoreReadiness, significantGaps } from './scoring.ts';

/** What the roadmap needs of a recommendation (from the landscape data). */
export interface RoadmapRecommendation {
  id: string;
  number: number;
  title: Label;
  shortTitle: Label;
  description: Label;
  addresses: readonly GapIssueCode[];
}

/** A planned or running system of the agency, from the catalogue. */
export interface AgencySystem {
  id: string;
  title: Label;
  stage: Stage;
  riskTier: RiskTier;
  /** AILA's indicative reading of the record, used when no tier is declared (always shown as indicative). */
  indicativeTier?: IndicativeTier;
  /** True when the system is grouped by its indicative tier, not a declared one. */
  indicative?: boolean;
}

/** The tier a system's obligations are read from: its declared tier, else AILA's indicative one where it has one. */
function effectiveTier(s: AgencySystem): { tier: RiskTier; indicative: boolean } {
  if (
    s.riskTier !== 'unclassified' ||
    !s.indicativeTier ||
    s.indicativeTier === 'undetermined' ||
    s.indicativeTier === 'not_applicable'
  )
    return { tier: s.riskTier, indicative: false };
  return { tier: s.indicativeTier, indicative: true };
}

/** A tier's obligations as the landscape data states them, with its sources. */
export interface TierObligations {
  code: RiskTier;
  description: Label;
  sources: Source[];
}

export type ProblemStatus = 'incomplete' | 'non_ai' | 'done';

interface StepBase {
  /** 1-based position in the roadmap. */
  order: number;
  title: Label;
  /** Why the step is there, in words. */
  why: Label[];
  /** Earlier steps it builds on, each with the reason. */
  dependsOn: { step: string; why: Label }[];
}
export interface ProblemStep extends StepBase {
  kind: 'problem';
  id: 'problem';
  status: ProblemStatus;
}
export interface RecommendationStep extends StepBase {
  kind: 'recommendation';
  id: string;
  number: number;
  /** The significant gaps the answers reveal that this recommendation addresses, worst first. */
  evidence: IssueGap[];
}
export interface LawStep extends StepBase {
  kind: 'law';
  id: 'law';
  /** The agency's planned and running systems by tier, with the obligations the landscape data gives. */
  tiers: { code: RiskTier; description: Label | null; sources: Source[]; systems: AgencySystem[] }[];
  /** Detailed guidance is not yet published; always said, with its sources. */
  pending: Label;
  sources: Source[];
}
export type RoadmapStep = ProblemStep | RecommendationStep | LawStep;

export interface Roadmap {
  profile: ReadinessProfile;
  steps: RoadmapStep[];
}

export interface RoadmapInput {
  instrument: Instrument;
  answers: ReadinessAnswers;
  recommendations: readonly RoadmapRecommendation[];
  systems: readonly AgencySystem[];
  tiers: readonly TierObligations[];
}

const ACTIVE_STAGES: ReadonlySet<Stage> = new Set(['planned', 'pilot', 'production']);
const TIER_ORDER: RiskTier[] = ['high', 'medium', 'low', 'unclassified'];

/** Where the problem definition stands: unanswered questions first, then a fix without AI that may do. */
export function problemStatus(instrument: Instrument, answers: ReadinessAnswers): ProblemStatus {
  const section = instrument.sections.find((s) => s.kind === 'problem');
  const questions = section?.questions ?? [];
  if (!questions.every((q) => isAnswered(answers[q.id]))) return 'incomplete';
  const nonAi = questions.find((q) => q.kind === 'choice');
  const value = nonAi ? answers[nonAi.id]?.value : undefined;
  return value === 'non_ai_may_do' || value === 'not_examined' ? 'non_ai' : 'done';
}

/**
 * The roadmap: define the problem first; then each recommendation that addresses a significant
 * gap the answers reveal, a step after the steps it depends on and otherwise the most severe
 * first (then the most evidence, then the report's order); last, the Law on AI's obligations for
 * the agency's planned and running systems. Pure: the same input always gives the same roadmap.
 */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  const { instrument, answers } = input;
  const profile = scoreReadiness(instrument, answers);
  const gaps = significantGaps(profile);
  const rules = instrument.roadmap;

  const status = problemStatus(instrument, answers);
  const problem: Omit<ProblemStep, 'order'> = {
    kind: 'problem',
    id: 'problem',
    status,
    title: rules.problemStep.title,
    why: [rules.problemStep.why, rules.problemStep[status === 'non_ai' ? 'nonAi' : status]],
    dependsOn: [],
  };

  const candidates = input.recommendations
    .map((rec) => {
      const wanted = new Set<string>(rec.addresses);
      const evidence = gaps.filter((g) => wanted.has(g.issue));
      return { rec, evidence, worst: Math.max(0, ...evidence.map((g) => g.severity)) };
    })
    .filter((c) => c.evidence.length > 0);
  const inRoadmap = new Set(candidates.map((c) => c.rec.id));
  const dependencies = (id: string) =>
    rules.dependencies
      .filter((d) => d.recommendation === id)
      .flatMap((d) =>
        d.dependsOn.filter((on) => inRoadmap.has(on) && on !== id).map((on) => ({ step: on, why: d.why })),
      );
  const better = (a: (typeof candidates)[number], b: (typeof candidates)[number]) =>
    b.worst - a.worst || b.evidence.length - a.evidence.length || a.rec.number - b.rec.number;

  const placed: (typeof candidates)[number][] = [];
  const done = new Set<string>();
  let pending = [...candidates];
  while (pending.length > 0) {
    const ready = pending.filter((c) => dependencies(c.rec.id).every((d) => done.has(d.step)));
    // A loop in the rules cannot stop the roadmap: the best remaining step goes next.
    const next = (ready.length > 0 ? ready : pending).sort(better)[0];
    if (!next) break;
    placed.push(next);
    done.add(next.rec.id);
    pending = pending.filter((c) => c !== next);
  }
  const recommendationSteps: Omit<RecommendationStep, 'order'>[] = placed.map(({ rec, evidence }) => ({
    kind: 'recommendation',
    id: rec.id,
    number: rec.number,
    title: rec.title,
    why: [rec.description],
    evidence,
    dependsOn: [{ step: 'problem', why: rules.problemStep.why }, ...dependencies(rec.id)],
  }));

  const active = input.systems.filter((s) => ACTIVE_STAGES.has(s.stage));
  const law: Omit<LawStep, 'order'> = {
    kind: 'law',
    id: 'law',
    title: rules.law.title,
    why: [rules.law.why, ...(active.length === 0 ? [rules.law.noSystems] : [])],
    dependsOn: [{ step: 'problem', why: rules.problemStep.why }],
    tiers: TIER_ORDER.flatMap((code) => {
      const systems = active
        .flatMap((s) => {
          const { tier, indicative } = effectiveTier(s);
          return tier === code ? [{ ...s, indicative }] : [];
        })
        .sort((a, b) => a.id.localeCompare(b.id));
      if (systems.length === 0) return [];
      const tier = input.tiers.find((t) => t.code === code);
      return [{ code, description: tier?.description ?? null, sources: tier?.sources ?? [], systems }];
    }),
    pending: rules.law.pending,
    sources: rules.law.sources,
  };

  const steps = [problem, ...recommendationSteps, law].map((step, i) => ({ ...step, order: i + 1 }) as RoadmapStep);
  return { profile, steps };
}

/** The questions of the instrument by id, for showing the answers behind a score or a step. */
export function questionIndex(instrument: Instrument) {
  return new Map(questionsOf(instrument).map((q) => [q.id, q]));
}
