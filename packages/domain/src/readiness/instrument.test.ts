import { describe, expect, test } from 'vitest';
import { GAP_DIMENSIONS } from '../taxonomy.ts';
import {
  carryOverAnswers,
  type Instrument,
  InstrumentSchema,
  isComplete,
  questionsOf,
  scaleQuestions,
  validateAnswers,
} from './instrument.ts';
import { answerAll, shippedInstrument } from './testing.ts';

const instrument = shippedInstrument();

describe('the instrument', () => {
  test('has the problem section and one section per gap dimension, every question bilingual', () => {
    const sections = instrument.sections.map((s) => s.id);
    expect(sections).toEqual(['problem', ...Object.keys(GAP_DIMENSIONS)]);
    for (const q of questionsOf(instrument)) {
      expect(q.text.en.length).toBeGreaterThan(10);
      expect(q.text.vi.length).toBeGreaterThan(10);
    }
  });

  test('asks about the problem and about each readiness area the method names', () => {
    const ids = questionsOf(instrument).map((q) => q.id);
    for (const id of [
      'problem.served',
      'problem.failing',
      'problem.success',
      'problem.non_ai',
      'data.availability',
      'data.quality',
      'data.connection',
      'data.openness',
      'data.governance',
      'infrastructure.compute',
      'infrastructure.hosting',
      'infrastructure.security',
      'people.specialists',
      'people.skills',
      'people.leadership',
      'people.vendors',
      'finance.budget',
      'finance.mechanism',
      'finance.procurement',
      'policy.legal_basis',
      'policy.standards',
      'policy.ethics_risk',
      'policy.privacy',
    ])
      expect(ids).toContain(id);
  });

  test('every readiness question is a scale with four anchored levels and informs a gap issue', () => {
    for (const q of scaleQuestions(instrument)) {
      expect(q.anchors.map((a) => a.level)).toEqual([0, 1, 2, 3]);
      expect(q.informs.length).toBeGreaterThan(0);
    }
  });

  test('refuses duplicate question ids and anchors out of order', () => {
    const copy = structuredClone(instrument) as Instrument;
    const data = copy.sections[1];
    const first = data?.questions[0];
    if (!data || !first) throw new Error('no data section');
    data.questions.push({ ...first });
    const result = InstrumentSchema.safeParse(copy);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.message.startsWith('duplicate id'))).toBe(true);

    const shuffled = structuredClone(instrument) as Instrument;
    const q = shuffled.sections[2]?.questions[0];
    if (q?.kind === 'scale') q.anchors.reverse();
    expect(InstrumentSchema.safeParse(shuffled).success).toBe(false);
  });
});

describe('answers', () => {
  test('are checked against the instrument, each problem with its path in both languages', () => {
    const problems = validateAnswers(instrument, {
      'data.quality': { value: 4 },
      'problem.non_ai': { value: 'maybe' },
      'problem.sector': { value: 'space' },
      'nothing.here': { value: 1 },
      'data.availability': { value: null },
      'problem.served': { value: 'Citizens' },
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      [
        'answers.data.quality.value',
        'answers.nothing.here',
        'answers.problem.non_ai.value',
        'answers.problem.sector.value',
      ].sort(),
    );
    for (const p of problems) {
      expect(p.messages.en).not.toBe('');
      expect(p.messages.vi).not.toBe(p.messages.en);
    }
  });

  test('are complete when every readiness question has a level or “do not know”', () => {
    expect(isComplete(instrument, answerAll(instrument, 2))).toBe(true);
    expect(isComplete(instrument, answerAll(instrument, null))).toBe(true);
    const partial = answerAll(instrument, 2);
    delete partial['policy.privacy'];
    expect(isComplete(instrument, partial)).toBe(false);
  });

  test('carry over to a new version only where the question kept its meaning', () => {
    const next = structuredClone(instrument) as Instrument;
    const data = next.sections.find((s) => s.id === 'data');
    const quality = data?.questions.find((q) => q.id === 'data.quality');
    if (quality?.kind !== 'scale') throw new Error('no quality question');
    quality.anchors[1] = { level: 1, label: { en: 'Changed', vi: 'Đã đổi' } };
    if (data) data.questions = data.questions.filter((q) => q.id !== 'data.openness');
    const answers = answerAll(instrument, 1);
    const carried = carryOverAnswers(instrument, next, answers);
    expect(carried['data.quality']).toBeUndefined();
    expect(carried['data.openness']).toBeUndefined();
    expect(carried['data.availability']).toEqual({ value: 1 });
    expect(carried['problem.served']).toEqual(answers['problem.served']);
  });
});
