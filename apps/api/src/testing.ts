import { createUser, type Db, openSeededMemoryDb, type Role, type User } from '@aila/db';
import { type AppDeps, createApp } from './app.ts';
import { createLimits, type LimitConfig } from './auth/limits.ts';
import { hashPassword } from './auth/secrets.ts';

/** An app over a fresh, seeded in-memory database; one per test file. */
export function createTestApp(options: { limits?: LimitConfig; db?: Db } = {}) {
  const db = options.db ?? openSeededMemoryDb();
  const logged: unknown[] = [];
  const deps: AppDeps = {
    db,
    clock: () => new Date('2026-06-01T00:00:00.000Z'),
    log: (_message, error) => logged.push(error),
    limits: createLimits({
      loginPerQuarterHour: 1000,
      writesPerMinute: 10_000,
      reportsPerHour: 1000,
      ...options.limits,
    }),
  };
  const app = createApp(deps);
  return { app, db, logged };
}

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'correct horse battery staple';
/** Two agencies of the seed with their own records. */
export const AGENCY_A = 'bach-mai-hospital';
export const AGENCY_B = 'hai-phong-department-of-science-and-technology';

export interface Session {
  user: User;
  cookie: string;
  csrf: string;
}

type App = ReturnType<typeof createTestApp>['app'];

/** Creates a user with the shared test password and signs them in. */
export async function signIn(
  app: App,
  db: Db,
  email: string,
  role: Role,
  agencyId: string | null = null,
): Promise<Session> {
  createUser(
    db,
    { email, role, agencyId, passwordHash: await hashPassword(PASSWORD) },
    { actor: 'test', now: '2026-01-01T00:00:00.000Z' },
  );
  const res = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const body = (await res.json()) as { user: User; csrfToken: string };
  return { user: body.user, cookie, csrf: body.csrfToken };
}

/** A request as the web app makes it: same origin, the session cookie and its CSRF token. */
export function call(app: App, session: Session | null, method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { Origin: ORIGIN };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (session) {
    headers.Cookie = session.cookie;
    headers['X-CSRF-Token'] = session.csrf;
  }
  return app.request(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
}
