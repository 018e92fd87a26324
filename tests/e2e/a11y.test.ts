import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ADMIN, apiSession, OFFICER, publishedRecord, REVIEWER, TEST_USERS } from '../support/accounts.ts';
import { noBrowser, paintedPixels, useBrowserApp } from '../support/e2e.ts';
import type { TestUser } from '../support/server.ts';

const app = useBrowserApp({ users: TEST_USERS });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** A context that axe can be injected into, signed in through the API when a user is given. */
async function axeContext(user?: TestUser): Promise<{ context: BrowserContext }> {
  // axe is injected as a script tag, which the app's strict CSP would rightly refuse.
  const context = await app.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
  if (user)
    await context.request.post(`${app.url}/api/v1/auth/login`, {
      data: { email: user.email, password: user.password },
    });
  return { context };
}

async function scan(context: BrowserContext, path: string, charts = false): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`);
  await page.locator('main h1').first().waitFor();
  if (charts) await paintedPixels(page);
  else await page.waitForLoadState('networkidle');
  const violations = await seriousViolations(page);
  await page.close();
  return violations;
}

describe.skipIf(noBrowser)('accessibility (axe-core)', () => {
  test.each([
    ['overview', '/?lang=vi', true],
    ['overview in English', '/?lang=en', true],
    ['explorer', '/explore?q=tro%20ly&lang=vi', false],
    ['detail page', '/deployments/court-judges-assistant?lang=en', false],
    ['recommendations', '/recommendations?lang=vi', false],
    ['landscape', '/landscape?lang=en', true],
    ['record history', '/deployments/court-judges-assistant/history?lang=vi', false],
    ['sign-in page', '/login?lang=en', false],
  ])('%s has no serious or critical violations', async (_name, path, charts) => {
    const { context } = await axeContext();
    expect(await scan(context, path, charts)).toEqual([]);
    await context.close();
  });
});

describe.skipIf(noBrowser)('accessibility of the signed-in pages (axe-core)', () => {
  let submission = '';
  beforeAll(async () => {
    if (noBrowser) return;
    // One update sent for review, and one problem reported, so that the queue and its pages have content.
    const officer = await apiSession(app.url, OFFICER);
    const { revision, record } = await publishedRecord(app.url, 'bach-mai-lung-cancer-ai');
    const draft = await officer<{ id: string }>('POST', '/submissions', {
      deploymentId: 'bach-mai-lung-cancer-ai',
      baseRevision: revision,
      record: { ...record, stage: 'pilot' },
    });
    submission = draft.id;
    await officer('POST', `/submissions/${submission}/submit`);
    await fetch(`${app.url}/api/v1/deployments/ben-thanh-ward-chatbot/flags`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'The year of the latest information is wrong.' }),
    });
  });

  test.each([
    ['the form, first step', OFFICER, '/submit?lang=vi'],
    ['the form, agency step', OFFICER, '/submit?step=agency&lang=en'],
    ['the form, gaps step', OFFICER, '/submit?step=gaps&lang=en'],
    ['the form, risk step', OFFICER, '/submit?step=risk&lang=vi'],
    ['the form, ethics step', OFFICER, '/submit?step=ethics&lang=en'],
    ['the form, sources step', OFFICER, '/submit?step=sources&lang=en'],
    ['an update of a record', OFFICER, `/submit?deployment=bach-mai-lung-cancer-ai&step=accountability&lang=en`],
    ['my submissions', OFFICER, '/submissions?lang=vi'],
    ['the review queue and reports', REVIEWER, '/review?lang=en'],
    ['the audit log', ADMIN, '/admin/audit?lang=en'],
  ] as const)('%s has no serious or critical violations', async (_name, user, path) => {
    const { context } = await axeContext(user);
    expect(await scan(context, path)).toEqual([]);
    await context.close();
  });

  test('a submission under review has no serious or critical violations', async () => {
    const { context } = await axeContext(REVIEWER);
    expect(await scan(context, `/review/${submission}?lang=vi`)).toEqual([]);
    await context.close();
  });

  test('a record with a reported problem, its report form open, has none either', async () => {
    const { context } = await axeContext(OFFICER);
    const page = await context.newPage();
    await page.goto(`${app.url}/deployments/ben-thanh-ward-chatbot?lang=en`);
    await page.getByTestId('flagged').waitFor();
    await page.getByText('Report a problem').click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
