import type { Db } from '@aila/db';
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

/** A sub-app whose failed validations answer with the shared 400 envelope. */
export function router() {
  return new OpenAPIHono({ defaultHook: validationHook });
}
