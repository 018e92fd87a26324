import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@aila/api';
import {
  applySeed,
  createUser,
  type Db,
  findLogin,
  loadInstrument,
  openDatabase,
  READINESS_DIR,
  readSeedFiles,
  SEED_DIR,
  saveResponse,
} from '@aila/db';
import { serve } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { hashPassword } from '../../apps/api/src/auth/secrets.ts';
import { OFFICER, PASSWORD, signedIn } from '../support/accounts.ts';
import { findChromium, launchBrowser } from '../support/browser.ts';
import { noBrowser } from '../support/e2e.ts';
import { pdfPages } from '../support/pdf.ts';
import { WEB_DIST } from '../support/server.ts';

// A database file, so that the answers can be shown to survive a restart of the server.
const dir = mkdtempSync(join(tmpdir(), 'aila-readiness-e2e-'));
const DB_PATH = join(dir, 'aila.sqlite');
const OTHER = {
  email: 'officer@hanoipolice.gov.vn',
  password: PASSWORD,
  role: 'submitter' as const,
  agencyId: 'hanoi-police',
};
const DIMENSIONS = ['data', 'infrastructure', 'people', 'finance', 'policy'];

interface Running {
  url: string;
  db: Db;
  stop: () => Promise<void>;
}

async function start(): Promise<Running> {
  const db = openDatabase(DB_PATH);
  const now = new Date().toISOString();
  if (!findLogin(db, OFFICER.email)) {
    applySeed(db, readSeedFiles(SEED_DIR), now);
    for (const user of [OFFICER, OTHER])
      createUser(
        db,
        {
          email: user.email,
          role: user.role,
          agencyId: user.agencyId ?? null,
          passwordHash: await hashPassword(PASSWORD),
        },
        { actor: 'e2e', now },
      );
  }
  loadInstrument(db, READINESS_DIR, now);
  const app = createApp({ db, config: { webDist: WEB_DIST } });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        db,
        stop: () =>
          new Promise<void>((done) =>
            server.close(() => {
              db.close();
              done();
            }),
          ),
      }),
    );
  });
}

let server: Running;
let browser: Browser;
let closeBrowser: () => Promise<void>;
beforeAll(async () => {
  const chromium = findChromium();
  if (!chromium) return;
  server = await start();
  const launched = await launchBrowser(chromium);
  browser = launched.browser;
  closeBrowser = launched.close;
});
afterAll(async () => {
  await closeBrowser?.();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The levels the officer gives: 2 everywhere, except where a gap is meant to show. */
const LEVELS: Record<string, number> = { 'people.skills': 0, 'data.openness': 1, 'policy.legal_basis': 1 };

async function next(page: Page) {
  await page.locator('.form-nav .btn').last().click();
}

async function waitSaved(page: Page) {
  await page.locator('.save-status--saved').waitFor({ timeout: 15_000 });
}

describe.skipIf(noBrowser)('agency readiness', () => {
  test('an officer defines the problem, answers in steps, and sees the profile and roadmap at once', async () => {
    const { page, errors, close } = await signedIn(browser, server.url, OFFICER);
    await page.goto(`${server.url}/readiness?lang=en`);
    await page.locator('[data-section="problem"]').waitFor();
    await page.locator('[id="q-problem.sector-value"]').selectOption('health');
    await page.locator('[id="q-problem.served-value"]').fill('Patients of the respiratory ward');
    await page.locator('[id="q-problem.failing-value"]').fill('Scan reports take two weeks');
    await page.locator('[id="q-problem.success-value"]').fill('Days from scan to report');
    await page.locator('[id="q-problem.non_ai-examined_ai_needed"]').check();
    await waitSaved(page);
    for (const dimension of DIMENSIONS) {
      await next(page);
      const section = page.locator(`[data-section="${dimension}"]`);
      await section.waitFor();
      const questions = await section
        .locator('[data-question]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-question') ?? ''));
      for (const q of questions) await page.locator(`[id="q-${q}-level-${LEVELS[q] ?? 2}"]`).check();
    }
    await waitSaved(page);
    expect(await page.getByTestId('progress').textContent()).toBe('19 of 19 readiness questions answered');
    await next(page);

    const result = page.getByTestId('readiness-result');
    await result.waitFor();
    await result.locator('[data-chart="readiness-profile"] .echart[data-rendered="true"]').waitFor();
    expect(await page.getByTestId('weakest').locator('li').allTextContents()).toEqual(['People', 'Policy', 'Data']);
    const steps = await page
      .getByTestId('roadmap')
      .locator('[data-step]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-step')));
    expect(steps).toEqual(['problem', 'r2-ai-people', 'r3-legal-framework', 'r5-open-data', 'law']);
    const open = page.locator('[data-step="r5-open-data"]');
    expect(await open.textContent()).toContain('Sharing and opening data needs the legal basis');
    expect(await page.getByTestId('guidance-pending').textContent()).toContain('not yet published');
    // The answers behind each score, and the table view of the chart.
    const people = page.getByTestId('answers-behind').locator('[data-dimension="people"]');
    expect(await people.locator('tr').first().textContent()).toBe('People50');
    expect(await page.getByTestId('publish-state').textContent()).toContain('Private');
    expect(errors).toEqual([]);

    // The plan prints on A4 in either language: at most two pages (the longest roadmap, eight steps, included).
    for (const lang of ['en', 'vi'] as const) {
      await page.goto(`${server.url}/readiness/plan?agency=${OFFICER.agencyId}&lang=${lang}`);
      await page.getByTestId('roadmap').waitFor();
      expect(await page.getByTestId('plan-scores').locator('tbody tr').count()).toBe(5);
      await page.evaluate(() => document.fonts.ready);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        const pages = pdfPages(await page.pdf({ format: 'A4' }));
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
      }
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await page.locator('h1').textContent()).toBe('Kế hoạch sẵn sàng ứng dụng AI');
    expect(errors).toEqual([]);
    await close();
  });

  test('the answers survive a restart of the server', async () => {
    await server.stop();
    server = await start();
    const { page, errors, close } = await signedIn(browser, server.url, OFFICER);
    await page.goto(`${server.url}/readiness?step=3&lang=en`);
    await page.locator('[data-section="people"]').waitFor();
    expect(await page.locator('[id="q-people.skills-level-0"]').isChecked()).toBe(true);
    expect(await page.locator('[id="q-people.leadership-level-2"]').isChecked()).toBe(true);
    await page.goto(`${server.url}/readiness?step=6&lang=en`);
    await page.getByTestId('roadmap').waitFor();
    expect(await page.getByTestId('roadmap').locator('[data-step]').count()).toBe(5);
    expect(errors).toEqual([]);
    await close();
  });

  test('another agency’s officer cannot see them', async () => {
    const { page, errors, close } = await signedIn(browser, server.url, OTHER);
    // The agency in the address is ignored for a submitter: they see their own agency only.
    await page.goto(`${server.url}/readiness?agency=${OFFICER.agencyId}&step=6&lang=en`);
    await page.getByTestId('agency-line').waitFor();
    expect(await page.getByTestId('agency-line').textContent()).toContain('Hanoi');
    expect(await page.getByTestId('roadmap').locator('[data-step]').count()).toBe(2);
    const answer = await page.request.get(`${server.url}/api/v1/readiness/agencies/${OFFICER.agencyId}`);
    expect(answer.status()).toBe(404);
    const list = (await (await page.request.get(`${server.url}/api/v1/readiness/responses`)).json()) as {
      items: unknown[];
    };
    expect(list.items).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  test('with several agencies, the overview shows the right aggregates and hides groups under 3', async () => {
    // Fixtures for this test only: three municipal agencies, a second public-service unit, a central one.
    const fixtures: [string, number][] = [
      ['hanoi-city-tax', 1],
      ['hanoi-police', 3],
      ['hcmc-police', 2],
      ['hanoi-oncology-hospital', 0],
      ['customs-department', 3],
    ];
    const instrument = (await (await fetch(`${server.url}/api/v1/readiness/instrument`)).json()) as {
      instrument: { sections: { id: string; kind: string; questions: { id: string }[] }[] };
    };
    const readinessIds = instrument.instrument.sections
      .filter((s) => s.kind === 'readiness')
      .flatMap((s) => s.questions.map((q) => q.id));
    const levelsOf = new Map<string, Record<string, number>>();
    levelsOf.set(OFFICER.agencyId ?? '', Object.fromEntries(readinessIds.map((id) => [id, LEVELS[id] ?? 2])));
    const now = new Date().toISOString();
    for (const [agencyId, level] of fixtures) {
      const user = createUser(
        server.db,
        { email: `fixture@${agencyId}.gov.vn`, role: 'submitter', agencyId, passwordHash: 'x' },
        { actor: 'e2e', now },
      );
      const levels = Object.fromEntries(readinessIds.map((id) => [id, level]));
      levelsOf.set(agencyId, levels);
      const answers = Object.fromEntries(Object.entries(levels).map(([id, value]) => [id, { value }]));
      saveResponse(server.db, { agencyId, round: String(new Date().getUTCFullYear()) }, { answers }, user, now);
    }
    // Brute force: each agency's mean level per dimension over 3, then the mean over agencies.
    const expected = DIMENSIONS.map((d) => {
      const scores = [...levelsOf.values()].map((levels) => {
        const own = Object.entries(levels).filter(([id]) => id.startsWith(`${d}.`));
        return (100 * own.reduce((s, [, l]) => s + l, 0)) / (3 * own.length);
      });
      return Math.round(scores.reduce((a, b) => a + b, 0) / scores.length);
    });

    const { page, errors, close } = await signedIn(browser, server.url, OTHER);
    await page.goto(`${server.url}/?lang=en`);
    const section = page.getByTestId('agency-readiness');
    await section.getByTestId('readiness-by-dimension').waitFor({ timeout: 20_000 });
    expect(await section.getByTestId('readiness-base').textContent()).toContain('6 of 77 agencies');
    const cells = await section
      .getByTestId('readiness-by-dimension')
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [r.getAttribute('data-dimension'), r.querySelectorAll('td')[1]?.textContent]),
      );
    expect(cells).toEqual(DIMENSIONS.map((d, i) => [d, String(expected[i])]));
    // By level: municipal (3) shown; the public-service units (2) and the central agency (1) hidden.
    const level = section.locator('[data-grouping="level"]');
    expect(
      await level.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-group'))),
    ).toEqual(['municipal']);
    expect(await level.getByTestId('hidden-level').textContent()).toContain('3 agencies in 2 smaller groups');
    await section.locator('[data-chart="readiness-across"] .echart[data-rendered="true"]').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
