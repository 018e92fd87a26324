import type { ReadinessInput } from '@aila/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useSaveLoop } from '../ui/useSaveLoop.ts';
import { readinessViewQuery, saveReadiness } from './api.ts';

/**
 * Saves the answers a moment after each change, one save at a time; the answer (profile and
 * roadmap included) replaces the cached view, so the result follows the answers at once.
 */
export function useSaveAnswers(agencyId: string, input: () => ReadinessInput, delay = 700) {
  const client = useQueryClient();
  const { state, schedule, save } = useSaveLoop(async () => {
    const view = await saveReadiness(agencyId, input());
    client.setQueryData(readinessViewQuery(agencyId).queryKey, view);
  }, delay);
  // A failed save is shown by the state, with a way to retry.
  return { state, schedule, flush: () => save().catch(() => undefined) };
}
