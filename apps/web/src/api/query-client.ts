import { QueryClient } from '@tanstack/react-query';

/** The one query cache of the app; the API client reads the session's CSRF token from it. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 60_000, retry: 1, refetchOnWindowFocus: false } },
});
