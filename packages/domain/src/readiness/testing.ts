import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Instrument, InstrumentSchema, type ReadinessAnswers, scaleQuestions } from './instrument.ts';

/** The instrument shipped in data/readiness (tests only: the domain reads no files). */
export function shippedInstrument(): Instrument {
  const path = join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    '..',
    '..',
    'data',
    'readiness',
    'instrument-v1.json',
  );
  return InstrumentSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every readiness question answered with the same level, and the problem defined. */
export function answerAll(
  instrument: Instrument,
  level: number | null,
  extra: ReadinessAnswers = {},
): ReadinessAnswers {
  const answers: ReadinessAnswers = {
    'problem.sector': { value: 'health' },
    'problem.served': { value: 'Patients waiting for a scan' },
    'problem.failing': { value: 'Reports take two weeks' },
    'problem.success': { value: 'Days from scan to report' },
    'problem.non_ai': { value: 'examined_ai_needed' },
  };
  for (const q of scaleQuestions(instrument)) answers[q.id] = { value: level };
  return { ...answers, ...extra };
}
