import { useSyncExternalStore } from 'react';

const QUERY = 'screen and (max-width: 800px)';

/** True on phone-width screens; follows resizes. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const mql = window.matchMedia(QUERY);
      mql.addEventListener('change', notify);
      return () => mql.removeEventListener('change', notify);
    },
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
