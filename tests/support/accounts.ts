import type { Browser, Page } from 'playwright-core';
import type { TestUser } from './server.ts';

export const PASSWORD = 'correct horse battery staple';
/** An agency of the seed with its own records. */
export const AGENCY = 'bach-mai-hospital';

export const OFFICER: TestUser = {
  email: 'officer@bachmai.gov.vn',
  password: PASSWORD,
  role: 'submitter',
  agencyId: AGENCY,
  name: 'Nguyễn Văn An',
};
export const REVIEWER: TestUser = {
  email: 'reviewer@aila.test',
  password: PASSWORD,
  role: 'reviewer',
  name: 'Trần Thị Bình',
};
export const ADMIN: TestUser = { email: 'admin@aila.test', password: PASSWORD, role: 'admin' };
export const TEST_USERS: readonly TestUser[] = [OFFICER, REVIEWER, ADMIN];

/** A new browser context (its own cookies) signed in through the sign-in page. */
export async function signedIn(
  browser: Browser,
  base: string,
  user: TestUser,
  options: { width?: number; lang?: 'en' | 'vi' } = {},
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/login?lang=${options.lang ?? 'en'}`);
  await page.locator('#login-email').fill(user.email);
  await page.locator('#login-password').fill(user.password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId('account-user').waitFor();
  return { page, errors, close: () => context.close() };
}

/** Signed in through the API (no browser): writes carry the session cookie and its CSRF token. */
export async function apiSession(base: string, user: TestUser) {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async <T = Record<string, unknown>>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };
}

/** A published record as a submission's starting point: the record without what the API adds to it. */
export async function publishedRecord(base: string, id: string): Promise<{ revision: number; record: object }> {
  const d = (await (await fetch(`${base}/api/v1/deployments/${id}`)).json()) as Record<string, unknown>;
  const {
    agency,
    revision,
    status,
    withdrawnAt,
    publishedAt,
    updatedAt,
    revisions,
    openFlags,
    checkedOn,
    stale,
    ...record
  } = d;
  return { revision: revision as number, record };
}
