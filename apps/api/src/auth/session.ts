import { createSession, type Db, deleteSession, findApiToken, findSession } from '@aila/db';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, RequestUser } from '../context.ts';
import { AppError } from '../errors.ts';
import { randomSecret, sha256 } from './secrets.ts';

export const SESSION_COOKIE = 'aila_session';
export const CSRF_HEADER = 'X-CSRF-Token';
const SESSION_DAYS = 7;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Who is asking: a session cookie or a personal API token; anonymous otherwise. */
export function identify(db: Db, clock: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('user', null);
    c.set('auth', null);
    c.set('csrfToken', null);
    const now = clock().toISOString();
    const bearer = c.req.header('Authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (bearer) {
      const user = findApiToken(db, sha256(bearer), now);
      if (!user) throw new AppError('unauthorized', 'The API token is not valid.');
      c.set('user', user);
      c.set('auth', 'token');
    } else {
      const cookie = getCookie(c, SESSION_COOKIE);
      const session = cookie ? findSession(db, sha256(cookie), now) : undefined;
      if (session) {
        c.set('user', session.user);
        c.set('auth', 'session');
        c.set('csrfToken', session.csrfToken);
      }
    }
    await next();
  };
}

function sameOrigin(c: Context): boolean {
  const origin = c.req.header('Origin');
  if (origin && origin !== new URL(c.req.url).origin) return false;
  return c.req.header('Sec-Fetch-Site') !== 'cross-site';
}

/**
 * State-changing requests: never from another site, and with a session cookie only with the
 * session's CSRF token in a header. API tokens are not sent by browsers on their own, so they need none.
 */
export function csrfProtection(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (UNSAFE.has(c.req.method) && c.get('auth') !== 'token') {
      if (!sameOrigin(c)) throw new AppError('forbidden', 'Requests from another site are refused.');
      const hasCookie = getCookie(c, SESSION_COOKIE) !== undefined;
      if (hasCookie && c.get('auth') === 'session' && c.req.header(CSRF_HEADER) !== c.get('csrfToken'))
        throw new AppError(
          'forbidden',
          `The ${CSRF_HEADER} header is missing or wrong. Reload the page and try again.`,
        );
    }
    await next();
  };
}

/** Starts a session: an HttpOnly, SameSite=Lax cookie (Secure over HTTPS) holding a random token. */
export function startSession(c: Context, db: Db, user: RequestUser, now: Date): string {
  const token = randomSecret();
  const csrfToken = randomSecret();
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  createSession(db, {
    tokenHash: sha256(token),
    userId: user.id,
    csrfToken,
    now: now.toISOString(),
    expiresAt: expires.toISOString(),
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
    path: '/',
    expires,
  });
  return csrfToken;
}

export function endSession(c: Context, db: Db, actor: string, now: Date): void {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) deleteSession(db, sha256(token), { actor, now: now.toISOString() });
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** The signed-in user with one of the roles, or 401 / 403. */
export function requireUser(c: Context<AppEnv>, ...roles: RequestUser['role'][]): RequestUser {
  const user = c.get('user');
  if (!user) throw new AppError('unauthorized', 'Sign in first.');
  if (roles.length > 0 && !roles.includes(user.role))
    throw new AppError('forbidden', `This needs the role ${roles.join(' or ')}.`);
  return user;
}
