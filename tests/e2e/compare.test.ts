import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { barPoint, noBrowser, openPage, paintedPixels, useBrowserApp } from '../support/e2e.ts';

const app = useBrowserApp({ registers: true });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const NL = 'nl-algoritmeregister';
const US = 'us-omb-2025';

async function apiTotal(query: string): Promise<number> {
  const res = await fetch(`${app.url}/api/v1/deployments?pageSize=1&${query}`);
  return ((await res.json()) as { total: number }).total;
}

const records = (page: Page, scope: string) => page.locator(`[data-scope="${scope}"]`).getByTestId('compare-records');

const shown = async (page: Page, scope: string) =>
  Number((await records(page, scope).textContent())?.replace(/\D/g, ''));

const resultCount = (page: Page) =>
  expect.poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-total')));

describe.skipIf(noBrowser)('the comparison page in a real browser', () => {
  test('draws Vietnam against the Dutch register with the API’s totals, charts and the register’s caveats', async () => {
    const { page, errors } = await openPage(
      app.browser,
      `${app.url}/compare?scope=country:VN&scope=register:${NL}&lang=en`,
    );
    await records(page, 'country:VN').waitFor();
    expect(await shown(page, 'country:VN')).toBe(await apiTotal('country=VN'));
    expect(await shown(page, `register:${NL}`)).toBe(await apiTotal(`register=${NL}`));
    expect(await shown(page, `register:${NL}`)).toBeGreaterThan(0);

    const painted = await paintedPixels(page);
    expect(Object.keys(painted).sort()).toEqual(['compare-category', 'compare-growth', 'compare-stage']);
    for (const [id, pixels] of Object.entries(painted)) expect(pixels, id).toBeGreaterThan(500);

    // The register's coverage and caveats stand next to its numbers, as the API states them.
    const { items } = (await (await fetch(`${app.url}/api/v1/registers`)).json()) as {
      items: { id: string; coverage: { en: string }; caveats: { en: string }[] }[];
    };
    const nl = items.find((r) => r.id === NL);
    const column = page.locator(`[data-scope="register:${NL}"]`);
    const text = (await column.textContent()) ?? '';
    expect(text).toContain(nl?.coverage.en);
    for (const caveat of nl?.caveats ?? []) expect(text).toContain(caveat.en);
    // The Dutch register states no high-risk classification: said so, never 0 %.
    expect(await column.locator('[data-measure="declared"]').textContent()).toContain('Not stated by this register');
    // Vietnam's indicative reading is labelled as such.
    expect(await page.locator('[data-scope="country:VN"] [data-measure="indicative"]').textContent()).toContain(
      'not an official classification',
    );
    // The dated years of the register that gives none are not drawn, and the chart says why.
    expect(await page.locator('[data-chart="compare-growth"]').textContent()).toContain('no start year is given');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the default compares Vietnam with the largest other register', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/compare?lang=en`);
    await records(page, 'country:VN').waitFor();
    const { items } = (await (await fetch(`${app.url}/api/v1/registers`)).json()) as {
      items: { id: string; records: number }[];
    };
    const largest = [...items].sort((a, b) => b.records - a.records)[0]?.id;
    expect(largest).toBe(US);
    expect(await shown(page, `register:${largest}`)).toBe(await apiTotal(`register=${largest}`));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('clicking a number leads to the explorer with that scope and the same count', async () => {
    const { page } = await openPage(app.browser, `${app.url}/compare?scope=country:VN&scope=register:${US}&lang=en`);
    const expected = await shown(page, `register:${US}`);
    await records(page, `register:${US}`).click();
    await page.waitForURL(/\/explore\?/);
    expect(new URL(page.url()).searchParams.get('register')).toBe(US);
    await resultCount(page).toBe(expected);

    // A share's count: the US register's own high-impact classification.
    await page.goBack();
    const count = page.locator(`[data-scope="register:${US}"]`).getByTestId('compare-declared-count');
    const high = Number((await count.textContent())?.replace(/\D/g, ''));
    expect(high).toBe(await apiTotal(`register=${US}&highImpact=yes`));
    await count.click();
    await page.waitForURL(/highImpact=yes/);
    await resultCount(page).toBe(high);
    await page.close();
  });

  test('a segment of the stage chart leads to that column and stage, with the count of its table', async () => {
    const { page } = await openPage(app.browser, `${app.url}/compare?scope=country:VN&scope=register:${NL}&lang=en`);
    const card = page.locator('[data-chart="compare-stage"]');
    await paintedPixels(page);
    await card.getByRole('button', { name: 'View as table' }).click();
    const row = card.locator('tbody tr', { hasText: 'In production' }).nth(1);
    const expected = Number((await row.locator('td').first().textContent())?.replace(/\D/g, ''));
    expect(expected).toBe(await apiTotal(`register=${NL}&stage=production`));
    await row.getByRole('link').click();
    await page.waitForURL(/\/explore\?/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('register'), params.get('stage')]).toEqual([NL, 'production']);
    await resultCount(page).toBe(expected);
    await page.close();
  });

  test('columns can be changed and added, and the address keeps them', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/compare?lang=en`);
    await records(page, 'country:VN').waitFor();
    await page.locator('select[data-column="1"]').selectOption(`register:${NL}`);
    await page.waitForURL(new RegExp(`scope=register%3A${NL}`));
    await records(page, `register:${NL}`).waitFor();
    await page.getByRole('button', { name: 'Add a column' }).click();
    await expect.poll(() => page.locator('article[data-scope]').count()).toBe(3);
    expect(new URL(page.url()).searchParams.getAll('scope')).toHaveLength(3);
    await page.getByRole('button', { name: 'Remove column 3' }).click();
    await expect.poll(() => page.locator('article[data-scope]').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('in Vietnamese, on a phone, the columns stack', async () => {
    const { page, errors } = await openPage(
      app.browser,
      `${app.url}/compare?scope=country:VN&scope=register:${NL}&lang=vi`,
      { width: 390 },
    );
    await page.getByRole('heading', { level: 1, name: 'So sánh các quốc gia và sổ đăng ký' }).waitFor();
    await records(page, `register:${NL}`).waitFor();
    const column = page.locator(`[data-scope="register:${NL}"]`);
    expect(await column.textContent()).toContain('Sổ đăng ký này không nêu');
    expect(await column.textContent()).toContain('Sổ đăng ký thuật toán của Hà Lan');
    await page.getByRole('heading', { name: 'Giai đoạn của từng hệ thống' }).waitFor();
    const [a, b] = await Promise.all(
      ['country:VN', `register:${NL}`].map((s) => page.locator(`[data-scope="${s}"]`).boundingBox()),
    );
    expect(b?.y ?? 0).toBeGreaterThan((a?.y ?? 0) + (a?.height ?? 0) - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await paintedPixels(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('clicking the first column’s production segment opens the explorer with the same count', async () => {
    const { page } = await openPage(app.browser, `${app.url}/compare?scope=country:VN&scope=register:${NL}&lang=en`);
    await paintedPixels(page);
    // The first column is the top bar; production is drawn in the palette's green.
    const point = await barPoint(page, '[data-chart="compare-stage"] canvas', [0, 158, 115]);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/\/explore\?/);
    const params = new URL(page.url()).searchParams;
    expect([params.get('country'), params.get('stage')]).toEqual(['VN', 'production']);
    await resultCount(page).toBe(await apiTotal('country=VN&stage=production'));
    await page.close();
  });

  test('has no serious accessibility problem', async () => {
    // axe is injected as a script tag, which the app's strict CSP would rightly refuse.
    const context = await app.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/compare?scope=country:VN&scope=register:${NL}&scope=register:${US}&lang=vi`);
    await paintedPixels(page);
    await page.addScriptTag({ path: axePath });
    const result = (await page.evaluate(() =>
      (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
        resultTypes: ['violations'],
      }),
    )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const serious = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await context.close();
  });
});
