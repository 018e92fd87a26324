import type { SubmissionInput } from '@aila/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createSubmission, saveSubmission } from '../api/writes.ts';

export type SaveState =
  | { kind: 'fresh' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown };

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
  const [state, setState] = useState<SaveState>({ kind: 'fresh' });
  const id = useRef(submissionId);
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  const latest = useRef({ input, onCreated });
  latest.current = { input, onCreated };

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    while (running.current) await running.current;
    if (!dirty.current && id.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const body = latest.current.input();
        const saved = id.current ? await saveSubmission(id.current, body) : await createSubmission(body);
        if (!id.current) {
          id.current = saved.id;
          latest.current.onCreated(saved.id);
        }
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      } catch (error) {
        dirty.current = true;
        setState({ kind: 'failed', error });
        throw error;
      }
    })();
    running.current = run.catch(() => undefined);
    try {
      await run;
    } finally {
      running.current = null;
    }
  }, []);

  const schedule = useCallback(() => {
    dirty.current = true;
    setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save().catch(() => undefined), delay);
  }, [save, delay]);

  const flush = useCallback(async (): Promise<string> => {
    await save();
    if (!id.current) throw new Error('the draft was not saved');
    return id.current;
  }, [save]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || running.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving the form inside the app: what is left is saved on the way out.
      if (dirty.current) void save().catch(() => undefined);
    };
  }, [save]);

  return { state, schedule, flush, retry: () => void save().catch(() => undefined) };
}
