import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z.string().default(join(ROOT, 'data', 'aila.sqlite')),
  SEED_DIR: z.string().default(join(ROOT, 'data', 'seed')),
  WEB_DIST: z.string().default(join(ROOT, 'apps', 'web', 'dist')),
  /** Serve synthetic records: only for benchmarks against a synthetic database. */
  BENCHMARK_MODE: z.enum(['0', '1', 'true', 'false']).default('0'),
});

/** The only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = EnvSchema.parse(source);
  return { ...env, BENCHMARK_MODE: env.BENCHMARK_MODE === '1' || env.BENCHMARK_MODE === 'true' };
}
export type Env = ReturnType<typeof readEnv>;
