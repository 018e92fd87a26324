import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_PATH: z.string().default(join(ROOT, 'data', 'aila.sqlite')),
  SEED_DIR: z.string().default(join(ROOT, 'data', 'seed')),
  /** The agency readiness questionnaire (`instrument-v<N>.json`); a changed file is stored as a new version. */
  READINESS_DIR: z.string().default(join(ROOT, 'data', 'readiness')),
  /** Mappings of other countries' registers, imported at start (an empty value imports none). */
  REGISTERS_DIR: z.string().default(join(ROOT, 'data', 'mappings')),
  WEB_DIST: z.string().default(join(ROOT, 'apps', 'web', 'dist')),
  /** Serve synthetic records: only for benchmarks against a synthetic database. */
  BENCHMARK_MODE: z.enum(['0', '1', 'true', 'false']).default('0'),
  /** Apply a seed even when it would withdraw more than half of the published catalogue. */
  SEED_FORCE: z.enum(['0', '1', 'true', 'false']).default('0'),
  /** Writes per minute per signed-in user or token, and sign-ins per quarter hour per address and e-mail. */
  WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  LOGINS_PER_QUARTER_HOUR: z.coerce.number().int().min(1).max(1_000_000).default(10),
  /** The public address of the dashboard, for links in exports (e.g. https://aila.example.gov.vn). */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** The only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env) {
  const env = EnvSchema.parse(source);
  const on = (value: string) => value === '1' || value === 'true';
  return { ...env, BENCHMARK_MODE: on(env.BENCHMARK_MODE), SEED_FORCE: on(env.SEED_FORCE) };
}
export type Env = ReturnType<typeof readEnv>;
