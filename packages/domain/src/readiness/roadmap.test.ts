import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Instrument } from './instrument.ts';
import { buildRoadmap, type LawStep, type RecommendationStep, type RoadmapInput } from './roadmap.ts';
import { scoreReadiness } from './scoring.ts';
import { answerAll, shippedInstrument } from './testing.ts';

const instrument = shippedInstrument();
const landscape = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../data/seed/landscape.json'), 'utf8'),
) as { recommendations: RoadmapInput['recommendations']; frameworks: { riskTiers: RoadmapInput['tiers'] } };

const input = (answers: RoadmapInput['answers'], extra: Partial<RoadmapInput> = {}): RoadmapInput => ({
  instrument,
  answers,
  recommendations: landscape.recommendations,
  systems: [],
  tiers: landscape.frameworks.riskTiers,
  ...extra,
});
const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('buildRoadmap', () => {
  test('starts with the problem, ends with the law, and holds only the recommendations the answers call for', () => {
    const answers = answerAll(instrument, 3, { 'people.skills': { value: 0 }, 'finance.procurement': { value: 1 } });
    const { steps } = buildRoadmap(input(answers));
    expect(ids(steps)).toEqual(['problem', 'r2-ai-people', 'r4-partnerships', 'law']);
    expect(steps.map((s) => s.order)).toEqual([1, 2, 3, 4]);
    const people = steps[1] as RecommendationStep;
    expect(people.evidence).toEqual([
      { issue: 'people.low_digital_skills', severity: 3, questions: ['people.skills'] },
    ]);
    expect(people.dependsOn.map((d) => d.step)).toEqual(['problem']);
  });

  test('a minor gap (level 2) is below the significance threshold and adds no step', () => {
    const { steps } = buildRoadmap(input(answerAll(instrument, 2)));
    expect(ids(steps)).toEqual(['problem', 'law']);
  });

  test('puts a step after the steps it depends on, even when it is more severe', () => {
    // Open data (r5) is blocked, the legal framework (r3) only limited: r3 still comes first.
    const answers = answerAll(instrument, 3, { 'data.openness': { value: 0 }, 'policy.legal_basis': { value: 1 } });
    const { steps } = buildRoadmap(input(answers));
    expect(ids(steps)).toEqual(['problem', 'r3-legal-framework', 'r5-open-data', 'law']);
    const open = steps[2] as RecommendationStep;
    expect(open.dependsOn.map((d) => d.step)).toEqual(['problem', 'r3-legal-framework']);
    expect(open.dependsOn[1]?.why.en).toContain('legal basis');
  });

  test('otherwise orders by the worst gap, then the amount of evidence, then the report’s order', () => {
    const answers = answerAll(instrument, 0);
    const { steps } = buildRoadmap(input(answers));
    const order = ids(steps);
    expect(order[0]).toBe('problem');
    expect(order.at(-1)).toBe('law');
    expect(order).toHaveLength(8);
    // r3 before r5 and r6; r4 and r5 before r1.
    const at = (id: string) => order.indexOf(id);
    expect(at('r3-legal-framework')).toBeLessThan(at('r5-open-data'));
    expect(at('r3-legal-framework')).toBeLessThan(at('r6-ethics-risk'));
    expect(at('r4-partnerships')).toBeLessThan(at('r1-digital-capacity'));
    expect(at('r5-open-data')).toBeLessThan(at('r1-digital-capacity'));
    expect(order).toEqual([
      'problem',
      // Five blocked issues, the most evidence; then four each, in the report's order.
      'r3-legal-framework',
      'r2-ai-people',
      'r4-partnerships',
      'r5-open-data',
      'r1-digital-capacity',
      'r6-ethics-risk',
      'law',
    ]);
  });

  test('the problem step says when the problem is not defined, or when a fix without AI may do', () => {
    const undefinedProblem = answerAll(instrument, 3);
    delete undefinedProblem['problem.success'];
    expect(buildRoadmap(input(undefinedProblem)).steps[0]).toMatchObject({ status: 'incomplete' });
    const nonAi = answerAll(instrument, 3, { 'problem.non_ai': { value: 'non_ai_may_do' } });
    const step = buildRoadmap(input(nonAi)).steps[0];
    expect(step).toMatchObject({ status: 'non_ai' });
    expect(step?.why[1]?.en).toContain('without AI');
  });

  test('lists the obligations of the tiers of planned and running systems, and says guidance is pending', () => {
    const systems: RoadmapInput['systems'] = [
      { id: 'b-chatbot', title: { en: 'Chatbot', vi: 'Chatbot' }, stage: 'production', riskTier: 'medium' },
      { id: 'a-triage', title: { en: 'Triage', vi: 'Phân loại' }, stage: 'planned', riskTier: 'high' },
      { id: 'old', title: { en: 'Old', vi: 'Cũ' }, stage: 'retired', riskTier: 'high' },
    ];
    const law = buildRoadmap(input(answerAll(instrument, 3), { systems })).steps.at(-1) as LawStep;
    expect(law.tiers.map((t) => [t.code, t.systems.map((s) => s.id)])).toEqual([
      ['high', ['a-triage']],
      ['medium', ['b-chatbot']],
    ]);
    expect(law.tiers[0]?.description?.en).toContain('conformity assessment');
    expect(law.pending.en).toContain('not yet published');
    expect(law.why).toHaveLength(1);
    const none = buildRoadmap(input(answerAll(instrument, 3))).steps.at(-1) as LawStep;
    expect(none.tiers).toEqual([]);
    expect(none.why[1]?.en).toContain('No planned or running system');
  });

  test('a system without a declared tier is grouped by AILA’s indicative tier, marked as such', () => {
    const systems: RoadmapInput['systems'] = [
      {
        id: 'cams',
        title: { en: 'Cameras', vi: 'Camera' },
        stage: 'production',
        riskTier: 'unclassified',
        indicativeTier: 'high',
      },
      {
        id: 'bot',
        title: { en: 'Bot', vi: 'Bot' },
        stage: 'pilot',
        riskTier: 'low',
        indicativeTier: 'medium',
      },
      {
        id: 'misc',
        title: { en: 'Misc', vi: 'Khác' },
        stage: 'pilot',
        riskTier: 'unclassified',
        indicativeTier: 'undetermined',
      },
    ];
    const law = buildRoadmap(input(answerAll(instrument, 3), { systems })).steps.at(-1) as LawStep;
    expect(law.tiers.map((t) => [t.code, t.systems.map((s) => [s.id, s.indicative])])).toEqual([
      ['high', [['cams', true]]],
      ['low', [['bot', false]]],
      ['unclassified', [['misc', false]]],
    ]);
  });

  test('the same answers always give the same roadmap', () => {
    const answers = answerAll(instrument, 1, { 'data.quality': { value: 0 } });
    expect(JSON.stringify(buildRoadmap(input(answers)))).toBe(
      JSON.stringify(buildRoadmap(input(structuredClone(answers)))),
    );
  });

  test('answers keep the version they were given under: a changed instrument scores them its own way', () => {
    // Version 2 moves the data-governance question to inform no-legal-basis too and drops openness.
    const v2 = structuredClone(instrument) as Instrument;
    const data = v2.sections.find((s) => s.id === 'data');
    if (!data) throw new Error('no data section');
    data.questions = data.questions.filter((q) => q.id !== 'data.openness');
    const governance = data.questions.find((q) => q.id === 'data.governance');
    if (governance) governance.informs = ['policy.data_governance_rules', 'policy.no_legal_basis'];
    const answers = answerAll(instrument, 3, { 'data.openness': { value: 0 }, 'data.governance': { value: 1 } });

    const underV1 = buildRoadmap(input(answers));
    expect(ids(underV1.steps)).toEqual(['problem', 'r3-legal-framework', 'r5-open-data', 'law']);
    expect(underV1.profile.dimensions.find((d) => d.dimension === 'data')?.score).toBeCloseTo((100 * 10) / 15);

    const underV2 = buildRoadmap({ ...input(answers), instrument: v2 });
    expect(underV2.profile.dimensions.find((d) => d.dimension === 'data')?.score).toBeCloseTo((100 * 10) / 12);
    expect(underV2.profile.gaps.map((g) => g.issue)).toContain('policy.no_legal_basis');
    expect(underV2.profile.gaps.map((g) => g.issue)).not.toContain('data.not_open');
    // Scoring the v1 answers under v1 again gives the v1 result: nothing is shared between versions.
    expect(scoreReadiness(instrument, answers)).toEqual(underV1.profile);
  });
});
