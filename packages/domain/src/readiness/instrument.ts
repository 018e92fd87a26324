import { z } from 'zod';
import { codesOf } from '../labels.ts';
import { GapDimensionSchema, GapIssueSchema, LabelSchema, SlugSchema, SourceSchema } from '../schemas.ts';
import type { Problem } from '../submission.ts';
import { type GapDimension, SECTORS } from '../taxonomy.ts';

/** Levels of a readiness question: 0 = not in place … 3 = in place. */
export const READINESS_LEVELS = [0, 1, 2, 3] as const;
export type ReadinessLevel = (typeof READINESS_LEVELS)[number];
export const MAX_LEVEL = 3;

const QuestionId = z.string().regex(/^[a-z]+\.[a-z_]+$/, 'use section.name in lower case');

const AnchorSchema = z.object({ level: z.union(READINESS_LEVELS.map((l) => z.literal(l))), label: LabelSchema });
const QuestionBase = z.object({
  id: QuestionId,
  text: LabelSchema,
  help: LabelSchema.optional(),
  /** The gap issues the answer informs: a low level reveals them. */
  informs: z.array(GapIssueSchema),
});
export const QuestionSchema = z.discriminatedUnion('kind', [
  QuestionBase.extend({
    kind: z.literal('scale'),
    anchors: z
      .array(AnchorSchema)
      .length(READINESS_LEVELS.length)
      .refine((a) => a.every((anchor, i) => anchor.level === i), 'anchors go from level 0 to 3, in order'),
    informs: z.array(GapIssueSchema).min(1),
  }),
  QuestionBase.extend({ kind: z.literal('text') }),
  QuestionBase.extend({
    kind: z.literal('choice'),
    options: z.array(z.object({ value: z.string().regex(/^[a-z_]+$/), label: LabelSchema })).min(2),
  }),
  /** One of the catalogue's sectors. */
  QuestionBase.extend({ kind: z.literal('sector') }),
]);
export type Question = z.infer<typeof QuestionSchema>;
export type ScaleQuestion = Extract<Question, { kind: 'scale' }>;

const SectionSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.literal('problem'),
    kind: z.literal('problem'),
    title: LabelSchema,
    intro: LabelSchema,
    questions: z.array(QuestionSchema).min(1),
  }),
  z.object({
    id: GapDimensionSchema,
    kind: z.literal('readiness'),
    dimension: GapDimensionSchema,
    title: LabelSchema,
    intro: LabelSchema,
    questions: z.array(QuestionSchema).min(1),
  }),
]);
export type InstrumentSection = z.infer<typeof SectionSchema>;

const DependencySchema = z.object({
  recommendation: SlugSchema,
  dependsOn: z.array(SlugSchema).min(1),
  why: LabelSchema,
});

export const InstrumentSchema = z
  .object({
    id: SlugSchema,
    /** The edition named in the file; the stored version number is given when the content changes. */
    edition: z.string().min(1),
    title: LabelSchema,
    intro: LabelSchema,
    sections: z.array(SectionSchema).min(2),
    roadmap: z.object({
      problemStep: z.object({
        title: LabelSchema,
        why: LabelSchema,
        nonAi: LabelSchema,
        incomplete: LabelSchema,
        done: LabelSchema,
      }),
      dependencies: z.array(DependencySchema),
      law: z.object({
        title: LabelSchema,
        why: LabelSchema,
        pending: LabelSchema,
        noSystems: LabelSchema,
        sources: z.array(SourceSchema).min(1),
      }),
    }),
    sources: z.array(SourceSchema).min(1),
  })
  .superRefine((instrument, ctx) => {
    const seen = new Set<string>();
    instrument.sections.forEach((section, s) => {
      section.questions.forEach((q, i) => {
        if (seen.has(q.id))
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'questions', i, 'id'],
            message: `duplicate id ${q.id}`,
          });
        seen.add(q.id);
        if (section.kind === 'readiness' && q.kind !== 'scale')
          ctx.addIssue({
            code: 'custom',
            path: ['sections', s, 'questions', i, 'kind'],
            message: 'readiness questions are scales',
          });
      });
    });
    const dimensions = instrument.sections.flatMap((s) => (s.kind === 'readiness' ? [s.dimension] : []));
    if (new Set(dimensions).size !== dimensions.length)
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'one section per dimension' });
    if (instrument.sections.filter((s) => s.kind === 'problem').length !== 1)
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'exactly one problem section' });
  });
export type Instrument = z.infer<typeof InstrumentSchema>;

/** An instrument as stored: its version number is given in order of the content changing. */
export interface VersionedInstrument {
  version: number;
  hash: string;
  instrument: Instrument;
}

const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** One answer: a level (or null for "do not know"), a text, or a choice; with an optional note and evidence link. */
export const ReadinessAnswerSchema = z.strictObject({
  value: z.union([z.number(), z.string().trim().max(2000), z.null()]).optional(),
  note: z.string().trim().max(2000).optional(),
  evidenceUrl: z.union([z.literal(''), HttpUrl]).optional(),
});
export type ReadinessAnswer = z.infer<typeof ReadinessAnswerSchema>;
export const ReadinessAnswersSchema = z.record(z.string().max(80), ReadinessAnswerSchema);
export type ReadinessAnswers = z.infer<typeof ReadinessAnswersSchema>;

export const ReadinessInputSchema = z.strictObject({
  /** The version the answers are given under; the current one when left out. */
  instrumentVersion: z.number().int().min(1).optional(),
  answers: ReadinessAnswersSchema,
});
export type ReadinessInput = z.infer<typeof ReadinessInputSchema>;

export const questionsOf = (instrument: Instrument): Question[] => instrument.sections.flatMap((s) => s.questions);

export function scaleQuestions(instrument: Instrument): (ScaleQuestion & { dimension: GapDimension })[] {
  return instrument.sections.flatMap((s) =>
    s.kind === 'readiness'
      ? s.questions.flatMap((q) => (q.kind === 'scale' ? [{ ...q, dimension: s.dimension }] : []))
      : [],
  );
}

const SECTOR_CODES = new Set<string>(codesOf(SECTORS));
const problem = (path: string, en: string, vi: string): Problem => ({ path, message: en, messages: { en, vi } });

/** Every answer checked against the instrument it is given under, each problem in both languages. */
export function validateAnswers(instrument: Instrument, answers: ReadinessAnswers): Problem[] {
  const byId = new Map(questionsOf(instrument).map((q) => [q.id, q]));
  const problems: Problem[] = [];
  for (const [id, answer] of Object.entries(answers)) {
    const path = `answers.${id}.value`;
    const question = byId.get(id);
    if (!question) {
      problems.push(
        problem(`answers.${id}`, 'This question is not in the questionnaire', 'Câu hỏi này không có trong bộ câu hỏi'),
      );
      continue;
    }
    const value = answer.value;
    if (value === undefined) continue;
    if (question.kind === 'scale') {
      if (value !== null && !(typeof value === 'number' && (READINESS_LEVELS as readonly number[]).includes(value)))
        problems.push(
          problem(path, 'Choose a level from 0 to 3, or “do not know”', 'Chọn mức từ 0 đến 3, hoặc “chưa rõ”'),
        );
    } else if (question.kind === 'choice') {
      if (value !== null && !question.options.some((o) => o.value === value))
        problems.push(
          problem(
            path,
            `Choose one of: ${question.options.map((o) => o.value).join(', ')}`,
            `Chọn một trong: ${question.options.map((o) => o.value).join(', ')}`,
          ),
        );
    } else if (question.kind === 'sector') {
      if (value !== null && !(typeof value === 'string' && SECTOR_CODES.has(value)))
        problems.push(problem(path, 'Choose a sector from the list', 'Chọn một lĩnh vực trong danh sách'));
    } else if (value !== null && typeof value !== 'string')
      problems.push(problem(path, 'Write the answer as text', 'Hãy trả lời bằng văn bản'));
  }
  return problems;
}

/** Whether a question counts as answered ("do not know" is an answer; an empty text is not). */
export function isAnswered(answer: ReadinessAnswer | undefined): boolean {
  if (!answer || answer.value === undefined) return false;
  return typeof answer.value !== 'string' || answer.value.trim() !== '';
}

/** Complete when every question of the five dimensions has an answer (a level or "do not know"). */
export function isComplete(instrument: Instrument, answers: ReadinessAnswers): boolean {
  return scaleQuestions(instrument).every((q) => isAnswered(answers[q.id]));
}

/** The sector the agency gave, for comparing with peers. */
export function answeredSector(instrument: Instrument, answers: ReadinessAnswers): string | null {
  const question = questionsOf(instrument).find((q) => q.kind === 'sector');
  const value = question ? answers[question.id]?.value : undefined;
  return typeof value === 'string' && SECTOR_CODES.has(value) ? value : null;
}

/**
 * Answers given under one version, carried to another: a question keeps its answer when it has
 * the same id, kind and (for scales) the same anchors; anything else starts empty.
 */
export function carryOverAnswers(from: Instrument, to: Instrument, answers: ReadinessAnswers): ReadinessAnswers {
  const before = new Map(questionsOf(from).map((q) => [q.id, q]));
  const out: ReadinessAnswers = {};
  for (const question of questionsOf(to)) {
    const old = before.get(question.id);
    const answer = answers[question.id];
    if (!old || !answer || old.kind !== question.kind) continue;
    if (JSON.stringify(questionMeaning(old)) !== JSON.stringify(questionMeaning(question))) continue;
    out[question.id] = answer;
  }
  return out;
}

function questionMeaning(q: Question): unknown {
  if (q.kind === 'scale') return { kind: q.kind, anchors: q.anchors };
  if (q.kind === 'choice') return { kind: q.kind, options: q.options.map((o) => o.value) };
  return { kind: q.kind };
}
