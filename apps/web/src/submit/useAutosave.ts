import type { SubmissionInput } from '@aila/domain';
import { useCallback, useRef } from 'react';
import { createSubmission, saveSubmission } from '../api/writes.ts';
import { useSaveLoop } from '../ui/useSaveLoop.ts';

interface Options {
  /** The values to save, read when saving. */
  input: () => SubmissionInput;
  /** The submission being edited; null until the first save creates it. */
  submissionId: string | null;
  onCreated: (id: string) => void;
  delay?: number;
}

/**
 * Saves the draft a moment after each change (creating the submission on the first one), one
 * save at a time, and says where it stands. `flush` saves what is left and answers the id.
 */
export function useAutosave({ input, submissionId, onCreated, delay = 1000 }: Options) {
  const id = useRef(submissionId);
  const { state, schedule, save } = useSaveLoop(
    async () => {
      const body = input();
      const saved = id.current ? await saveSubmission(id.current, body) : await createSubmission(body);
      if (!id.current) {
        id.current = saved.id;
        onCreated(saved.id);
      }
    },
    delay,
    () => !id.current,
  );

  const flush = useCallback(async (): Promise<string> => {
    await save();
    if (!id.current) throw new Error('the draft was not saved');
    return id.current;
  }, [save]);

  return { state, schedule, flush, retry: () => void save().catch(() => undefined) };
}
