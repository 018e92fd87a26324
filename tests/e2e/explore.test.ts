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

  test('the results table loads only what it shows of each record, and shows the same rows as the full records', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    await page.getByTestId('result-count').waitFor();
    const answered = page.waitForResponse((r) => /\/api\/v1\/deployments\?.*sector=justice.*view=rows/.test(r.url()));
    await page.locator('[data-facet="sector"]').getByLabel('Justice').check();
    const answer = await answered;
    const body = await answer.text();
    const items = (JSON.parse(body) as { items: Record<string, unknown>[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((d) => !('sources' in d) && !('gaps' in d))).toBe(true);
    const full = await (await fetch(answer.url().replace('view=rows', 'view=full'))).text();
    expect(body.length).toBeLessThan(full.length / 2);
    await page.locator('table.results tbody tr').first().waitFor();
    const shown = await page
      .locator('table.results tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const fullIds = (JSON.parse(full) as { items: { id: string }[] }).items.map((d) => d.id);
    expect(shown).toEqual(fullIds);
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

interface Facets {
  total: number;
  facets: Record<string, { value: string; count: number }[]>;
}

async function facetsOf(query: string): Promise<Facets> {
  return (await (await fetch(`${app.url}/api/v1/deployments?pageSize=1&${query}`)).json()) as Facets;
}

const facetCount = (f: Facets, field: string, value: string) =>
  f.facets[field]?.find((v) => v.value === value)?.count ?? 0;

describe.skipIf(noBrowser)('explorer: history, phones, keyboards and highlights', () => {
  test('typing a search adds one history entry, not one per pause', async () => {
    const { page } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    const box = page.getByRole('searchbox', { name: 'Search' });
    await page.getByTestId('result-count').waitFor();
    const before = await page.evaluate(() => history.length);
    for (const key of 'dang') {
      await box.press(key);
      // Longer than the search's pause, so that each letter reaches the address.
      await page.waitForTimeout(450);
    }
    await page.waitForURL(/q=dang/);
    await box.press('Enter');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(await box.inputValue()).toBe('');
    await page.close();
  });

  test('on a phone the search and the results come first, the filters in a drawer with a count', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/explore?sector=health&lang=vi`, { width: 390 });
    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await page.locator('table.results tbody tr').first().waitFor();
    const search = await box.boundingBox();
    const results = await page.locator('table.results').boundingBox();
    expect(search && search.y + search.height).toBeLessThan(500);
    expect(results?.y).toBeLessThan(844);
    expect(await page.locator('[data-facet="sector"]').isVisible()).toBe(false);
    const button = page.getByRole('button', { name: /Bộ lọc/ });
    expect(await button.getByTestId('filter-count').textContent()).toBe('1');
    await button.click();
    const drawer = page.getByTestId('filter-drawer');
    await drawer.locator('[data-facet="stage"]').getByLabel('Đang vận hành').check();
    await page.waitForURL(/stage=production/);
    await expect.poll(async () => button.getByTestId('filter-count').textContent()).toBe('2');
    const expected = (await facetsOf('sector=health&stage=production')).total;
    await drawer.getByRole('button', { name: /Xem .* kết quả/ }).click();
    expect(await drawer.isVisible()).toBe(false);
    await expect
      .poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-total')))
      .toBe(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a keyboard user reaches the search box right after the menu, or at once from the skip link', async () => {
    const { page } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    let presses = 0;
    while (presses < 40 && (await page.evaluate(() => document.activeElement?.id)) !== 'search') {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    // Skip link, brand, two languages, sign-in and eight menu links come first.
    expect(presses).toBeLessThanOrEqual(14);
    await page.reload();
    await page.getByRole('searchbox', { name: 'Search' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.close();
  });

  test('English results highlight what matched, even when it matched the Vietnamese text', async () => {
    const { page } = await openPage(app.browser, `${app.url}/explore?q=tro%20ly%20ao&lang=en`);
    await page.locator('table.results tbody tr').first().waitFor();
    expect(await page.locator('table.results mark').count()).toBeGreaterThan(0);
    await page.goto(`${app.url}/explore?q=judges&lang=en`);
    await page.locator('table.results tbody tr').first().waitFor();
    expect(await page.locator('table.results a mark').first().textContent()).toMatch(/judges/i);
    await page.close();
  });

  test.each([
    ['en', 'facial recognition', 'category', 'facial_recognition'],
    ['vi', 'nhan dien khuon mat', 'category', 'facial_recognition'],
    ['en', 'virtual assistant', 'category', 'virtual_assistant'],
    ['vi', 'tro ly ao', 'category', 'virtual_assistant'],
    ['en', 'public security', 'sector', 'public_security'],
    ['vi', 'an ninh trat tu', 'sector', 'public_security'],
  ])('in %s, searching "%s" finds every record of that %s', async (lang, q, field, code) => {
    const whole = facetCount(await facetsOf(''), field, code);
    expect(whole).toBeGreaterThan(1);
    const { page } = await openPage(app.browser, `${app.url}/explore?lang=${lang}`);
    await page.getByRole('searchbox').fill(q);
    await page.waitForURL(/q=/);
    const shown = page.locator(`[data-facet="${field}"] [data-value="${code}"] .facet__count`);
    await expect.poll(async () => Number(await shown.getAttribute('data-count')), { timeout: 10_000 }).toBe(whole);
    await page.close();
  });
});
