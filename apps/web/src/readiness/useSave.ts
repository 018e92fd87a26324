import type { ReadinessInput } from '@aila/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type ReadinessView, readinessViewQuery, saveReadiness } from './api.ts';

export type SaveState =
  | { kind: 'fresh' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown };

/**
 * Saves the answers a moment after each change, one save at a time; the answer (profile and
 * roadmap included) replaces the cached view, so the result follows the answers at once.
 */
export function useSaveAnswers(agencyId: string, input: () => ReadinessInput, delay = 700) {
  const client = useQueryClient();
  const [state, setState] = useState<SaveState>({ kind: 'fresh' });
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  const latest = useRef(input);
  latest.current = input;

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    while (running.current) await running.current;
    if (!dirty.current) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        const view: ReadinessView = await saveReadiness(agencyId, latest.current());
        client.setQueryData(readinessViewQuery(agencyId).queryKey, view);
        setState(dirty.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
      } catch (error) {
        dirty.current = true;
        setState({ kind: 'failed', error });
      }
    })();
    running.current = run;
    try {
      await run;
    } finally {
      running.current = null;
    }
  }, [agencyId, client]);

  const schedule = useCallback(() => {
    dirty.current = true;
    setState((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), delay);
  }, [save, delay]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || running.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (dirty.current) void save();
    };
  }, [save]);

  return { state, schedule, flush: save };
}
