import { codesOf } from './labels.ts';
import type { EthicsAssessment } from './schemas.ts';
import { ETHICS_PRINCIPLES, type EthicsStatus } from './taxonomy.ts';

export interface EthicsSummary {
  counts: Record<EthicsStatus, number>;
  /** Principles with a known status. */
  known: number;
  total: number;
  /** Share of known principles met (partly met counts half); null when nothing is known. */
  score: number | null;
}

export function summarizeEthics(assessment: EthicsAssessment): EthicsSummary {
  const counts: Record<EthicsStatus, number> = { met: 0, partial: 0, not_met: 0, unknown: 0 };
  for (const principle of codesOf(ETHICS_PRINCIPLES)) {
    const status = assessment[principle]?.status ?? 'unknown';
    counts[status] += 1;
  }
  const total = codesOf(ETHICS_PRINCIPLES).length;
  const known = total - counts.unknown;
  const score = known === 0 ? null : (counts.met + counts.partial / 2) / known;
  return { counts, known, total, score };
}
