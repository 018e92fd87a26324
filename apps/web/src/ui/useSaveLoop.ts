import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState =
  | { kind: 'fresh' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown };

/**
 * Saves a moment after each change, one save at a time, and says where it stands; what is left
 * is saved when the form is left inside the app, and the browser warns before the page closes.
 * `save` rejects when the save fails (the state says so too). `needed` may ask for a save with no
 * change yet (a draft not created).
 */
export function useSaveLoop(perform: () => Promise<void>, delay: number, needed: () => boolean = () => false) {
  const [state, setState] = useState<SaveState>({ kind: 'fresh' });
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  const latest = useRef({ perform, needed });
  latest.current = { perform, needed };

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    while (running.current) await running.current;
    if (!dirty.current && !latest.current.needed()) return;
    dirty.current = false;
    setState({ kind: 'saving' });
    const run = (async () => {
      try {
        await latest.current.perform();
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

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current || running.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (dirty.current) void save().catch(() => undefined);
    };
  }, [save]);

  return { state, schedule, save };
}
