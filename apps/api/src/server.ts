import { catalogue, openDatabase, seedIfChanged } from '@aila/db';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readEnv } from './env.ts';

const env = readEnv();
const db = openDatabase(env.DATABASE_PATH);
if (!env.BENCHMARK_MODE) {
  const seeded = seedIfChanged(db, env.SEED_DIR, new Date().toISOString(), { force: env.SEED_FORCE });
  if (seeded)
    console.log(
      `Catalogue seeded: ${seeded.deployments} deployments in the seed, ${seeded.agencies} agencies; ${seeded.changed} new or changed, ${seeded.withdrawn} withdrawn.`,
    );
}
// Build the explorer's index before the first request rather than during it.
catalogue(db);
const app = createApp({ db, config: { webDist: env.WEB_DIST, includeSynthetic: env.BENCHMARK_MODE } });

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`AILA is running at http://localhost:${info.port}/ (API: /api/v1, docs: /api/docs)`);
});

function shutdown() {
  server.close(() => {
    db.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
