import type { Db, ScopeOptions, User } from '@aila/db';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Limits } from './auth/limits.ts';
import { validationHook } from './errors.ts';
import type { AnswerCache } from './http.ts';

export interface AppConfig {
  /** Directory of the built web app; when set, it is served with an SPA fallback. */
  webDist?: string | undefined;
  /** Benchmark mode only: serve synthetic records. */
  includeSynthetic?: boolean;
  version?: string;
  /** The address people reach the dashboard at, for links in exports (default http://localhost:8080). */
  publicUrl?: string;
}

export interface AppDeps {
  db: Db;
  clock?: () => Date;
  config?: AppConfig;
  log?: (message: string, error?: unknown) => void;
  /** One structured line per request (method, path, status, duration, request id); none when unset. */
  requestLog?: (entry: { requestId: string; method: string; path: string; status: number; ms: number }) => void;
  /** The cache of public answers; the server shares it with its fast path. */
  answerCache?: AnswerCache;
  /** Rate limiters; tests pass tighter ones. */
  limits?: Limits;
}

/** What every route is built with, computed once per app. */
export interface RouteDeps {
  db: Db;
  clock: () => Date;
  /** Which records the public answers cover (synthetic ones only in benchmark mode), as of now. */
  scope: () => ScopeOptions;
  version: string;
  publicUrl: string;
  limits: Limits;
}

/** The person behind a request; null for anonymous readers. */
export type RequestUser = User;

/** Typed context variables of every request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    user: RequestUser | null;
    /** How the user was identified: a session cookie or a personal API token. */
    auth: 'session' | 'token' | null;
    /** The session's CSRF token, sent back by the web app in a header on writes. */
    csrfToken: string | null;
    /** The client's address, for rate limits ("local" when unknown, as in tests). */
    clientAddress: string;
    /** The answer cache's key of a cacheable public GET. */
    answerKey: string | undefined;
    /** The JSON of an answer the route already serialised (UTF-8): the cache keeps it without reading the response back. */
    answerBody: Uint8Array | undefined;
  };
}

/** A sub-app whose failed validations answer with the shared 400 envelope. */
export function router() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
