import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { noBrowser, openPage, useBrowserApp } from '../support/e2e.ts';

const app = useBrowserApp();

async function apiTotal(query: string): Promise<number> {
  const res = await fetch(`${app.url}/api/v1/deployments?pageSize=1&${query}`);
  return ((await res.json()) as { total: number }).total;
}

describe.skipIf(noBrowser)('explorer in a real browser', () => {
  test('filtering by a facet narrows the results to the API count and puts it in the URL', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    const count = page.getByTestId('result-count');
    await count.waitFor();
    await page.locator('[data-facet="sector"]').getByLabel('Justice').check();
    await page.waitForURL(/sector=justice/);
    await expect
      .poll(async () => Number(await count.getAttribute('data-total')))
      .toBe(await apiTotal('sector=justice'));
    const rows = await page.locator('table.results tbody tr').count();
    expect(rows).toBe(await apiTotal('sector=justice'));
    expect(errors).toEqual([]);
    await page.close();
  });

  test('search ignores diacritics: "da nang" finds Đà Nẵng', async () => {
    const { page } = await openPage(app.browser, `${app.url}/explore?lang=vi`);
    await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('da nang');
    await page.waitForURL(/q=da\+nang|q=da%20nang/);
    const count = page.getByTestId('result-count');
    await expect.poll(async () => Number(await count.getAttribute('data-total'))).toBe(await apiTotal('q=da%20nang'));
    expect(await page.locator('table.results').textContent()).toContain('Đà Nẵng');
    expect(await page.locator('table.results mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('a copied link reproduces the same rows in a fresh page', async () => {
    const { page } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('tro ly ao');
    await page.waitForURL(/q=/);
    await page.locator('[data-facet="stage"]').getByLabel('In production').check();
    await page.waitForURL(/stage=production/);
    await expect
      .poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-total')))
      .toBe(await apiTotal('q=tro%20ly%20ao&stage=production'));
    const ids = await page
      .locator('table.results tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const link = page.url();
    const context = await app.browser.newContext();
    const fresh = await context.newPage();
    await fresh.goto(link);
    await fresh.locator('table.results tbody tr').first().waitFor();
    await expect
      .poll(() =>
        fresh.locator('table.results tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id'))),
      )
      .toEqual(ids);
    await context.close();
    await page.close();
  });

  test('the CSV export holds exactly the rows of the displayed total', async () => {
    const { page } = await openPage(app.browser, `${app.url}/explore?sector=public_administration&lang=vi`);
    const count = page.getByTestId('result-count');
    await expect.poll(async () => Number(await count.getAttribute('data-total'))).toBeGreaterThan(0);
    const shown = Number(await count.getAttribute('data-total'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const path = await download.path();
    const rows = parse(readFileSync(path), { bom: true, comment: '#', columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(shown);
    expect(rows.every((r) => r['Lĩnh vực'] === 'Hành chính công')).toBe(true);
    await page.close();
  });

  test('sorting by year from the column header and a year range both go into the URL', async () => {
    const { page } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    await page.getByRole('button', { name: 'Year started' }).click();
    await page.waitForURL(/sort=-year/);
    const yearsShown = async () =>
      (await page.locator('table.results tbody td.num').allTextContents()).map(Number).filter((y) => y > 0);
    await expect
      .poll(async () => {
        const known = await yearsShown();
        return known.length > 0 && known.every((y, i) => i === 0 || (known[i - 1] ?? 0) >= y);
      })
      .toBe(true);
    const from = page.locator('[data-range="yearStarted"]').getByRole('spinbutton', { name: 'From' });
    await from.fill('2025');
    await from.press('Enter');
    await page.waitForURL(/yearFrom=2025/);
    await expect
      .poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-total')))
      .toBe(await apiTotal('yearFrom=2025'));
    await page.close();
  });
});
