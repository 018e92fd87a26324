import type { Label, Locale } from '@aila/domain';
import type { SubmissionSummary } from '../api/client.ts';

/** The entry's title in the reader's language, else in the other, else null (not named yet). */
export function entryTitle(record: Record<string, unknown>, locale: Locale): string | null {
  const title = (record.title ?? {}) as Partial<Label>;
  const other: Locale = locale === 'en' ? 'vi' : 'en';
  return title[locale]?.trim() || title[other]?.trim() || null;
}

/** Whole days a submission has waited since it was sent (or last changed). */
export function ageInDays(s: Pick<SubmissionSummary, 'submittedAt' | 'updatedAt'>, now: Date = new Date()): number {
  const since = new Date(s.submittedAt ?? s.updatedAt).getTime();
  return Math.max(0, Math.floor((now.getTime() - since) / 86_400_000));
}
