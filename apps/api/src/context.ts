import type { Db, ScopeOptions } from '@aila/db';
import { OpenAPIHono } from '@hono/zod-openapi';
import { validationHook } from './errors.ts';

export interface AppConfig {
  /** Directory of the built web app; when set, it is served with an SPA fallback. */
  webDist?: string | undefined;
  /** Benchmark mode only: serve synthetic records. */
  includeSynthetic?: boolean;
  version?: string;
}

export interface AppDeps {
  db: Db;
  clock?: () => Date;
  config?: AppConfig;
  log?: (message: string, error?: unknown) => void;
}

/** What every route is built with, computed once per app. */
export interface RouteDeps {
  db: Db;
  clock: () => Date;
  /** Which records the public answers cover (synthetic ones only in benchmark mode). */
  scope: ScopeOptions;
  version: string;
}

/** The person behind a request, once sign-in exists; null for anonymous readers. */
export interface RequestUser {
  id: string;
  role: 'submitter' | 'reviewer' | 'admin';
  agencyId: string | null;
}

/** Typed context variables of every request. */
export interface AppEnv {
  Variables: {
    requestId: string;
    user: RequestUser | null;
  };
}

/** A sub-app whose failed validations answer with the shared 400 envelope. */
export function router() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
