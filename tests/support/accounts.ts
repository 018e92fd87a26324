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
