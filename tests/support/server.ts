import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '@aila/api';
import { openSeededMemoryDb } from '@aila/db';
import { serve } from '@hono/node-server';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'web', 'dist');

/** Serves the built dashboard and the API over a fresh seeded database on a free loopback port. */
export async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const db = openSeededMemoryDb();
  const app = createApp({ db, config: { webDist: WEB_DIST } });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        stop: () =>
          new Promise<void>((done) => {
            server.close(() => {
              db.close();
              done();
            });
          }),
      });
    });
  });
}
