import { findLogin } from '@aila/db';
import { createRoute, z } from '@hono/zod-openapi';
import { consume } from '../auth/limits.ts';
import { DUMMY_HASH, verifyPassword } from '../auth/secrets.ts';
import { endSession, startSession } from '../auth/session.ts';
import { type RouteDeps, router } from '../context.ts';
import { AppError, errorResponses } from '../errors.ts';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(['submitter', 'reviewer', 'admin']),
  agencyId: z.string().nullable(),
});
const SessionSchema = z.object({
  user: UserSchema.nullable(),
  /** Send it back in the X-CSRF-Token header on every write made with the session cookie. */
  csrfToken: z.string().nullable(),
});
const LoginSchema = z.strictObject({
  email: z.string().trim().toLowerCase().email({ error: 'Enter an e-mail address' }).max(200),
  password: z.string().min(1, { error: 'Enter the password' }).max(500),
});

export function authRoutes({ db, clock, limits }: RouteDeps) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/auth/session',
        tags: ['auth'],
        summary: 'Who is signed in (null when nobody), with the CSRF token for writes',
        responses: {
          200: { description: 'The session', content: { 'application/json': { schema: SessionSchema } } },
          ...errorResponses('unauthorized'),
        },
      }),
      (c) => {
        c.header('Cache-Control', 'no-store');
        return c.json({ user: c.get('user'), csrfToken: c.get('csrfToken') }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/login',
        tags: ['auth'],
        summary: 'Sign in with e-mail and password; sets an HttpOnly session cookie',
        request: { body: { content: { 'application/json': { schema: LoginSchema } }, required: true } },
        responses: {
          200: { description: 'Signed in', content: { 'application/json': { schema: SessionSchema } } },
          ...errorResponses('validation', 'unauthorized', 'forbidden', 'rate_limited'),
        },
      }),
      async (c) => {
        const { email, password } = c.req.valid('json');
        const address = c.get('clientAddress');
        await consume(c, limits.login, `${address}|${email}`);
        const login = findLogin(db, email);
        const ok = await verifyPassword(password, login?.passwordHash ?? DUMMY_HASH);
        if (!login || !ok) throw new AppError('unauthorized', 'The e-mail or the password is not right.');
        const csrfToken = startSession(c, db, login.user, clock());
        c.header('Cache-Control', 'no-store');
        return c.json({ user: login.user, csrfToken }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/logout',
        tags: ['auth'],
        summary: 'Sign out: ends the session and clears its cookie',
        responses: {
          200: { description: 'Signed out', content: { 'application/json': { schema: SessionSchema } } },
          ...errorResponses('forbidden'),
        },
      }),
      (c) => {
        endSession(c, db, c.get('user')?.id ?? 'anonymous', clock());
        return c.json({ user: null, csrfToken: null }, 200);
      },
    );
}
