import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '@aila/api';
import { createUser, importFromFiles, mappingFiles, openSeededMemoryDb, type Role } from '@aila/db';
import { serve } from '@hono/node-server';
import { hashPassword } from '../../apps/api/src/auth/secrets.ts';

export const WEB_DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'apps', 'web', 'dist');
/** The mappings of the registers shipped with AILA. */
export const MAPPINGS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'mappings');

export interface TestUser {
  email: string;
  password: string;
  role: Role;
  agencyId?: string | null;
  name?: string;
}

/**
 * Serves the built dashboard and the API over a fresh seeded database on a free loopback port,
 * with the given accounts created before it starts.
 */
export async function startServer(
  options: { users?: readonly TestUser[]; registers?: boolean } = {},
): Promise<{ url: string; stop: () => Promise<void> }> {
  const db = openSeededMemoryDb();
  if (options.registers) for (const mapping of mappingFiles(MAPPINGS)) importFromFiles(db, mapping);
  for (const user of options.users ?? [])
    createUser(
      db,
      {
        email: user.email,
        name: user.name ?? null,
        role: user.role,
        agencyId: user.agencyId ?? null,
        passwordHash: await hashPassword(user.password),
      },
      { actor: 'e2e', now: new Date().toISOString() },
    );
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
