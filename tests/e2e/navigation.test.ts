import { describe, expect, test } from 'vitest';
import { barPoint, noBrowser, openPage, paintedPixels, useBrowserApp } from '../support/e2e.ts';

const app = useBrowserApp();

const MAIN_PAGES = [
  '/',
  '/explore',
  '/recommendations',
  '/landscape',
  '/about',
  '/brief',
  '/deployments/court-judges-assistant',
];

const TITLES = {
  en: {
    '/': 'AI in Vietnam’s public sector',
    '/explore': 'Explore the catalogue',
    '/recommendations': 'Policy recommendations',
    '/landscape': 'National landscape',
    '/about': 'About AILA',
    '/brief': 'AI in the public sector — brief',
    '/deployments/court-judges-assistant': 'Virtual assistant for judges',
  },
  vi: {
    '/': 'AI trong khu vực công Việt Nam',
    '/explore': 'Tra cứu danh mục',
    '/recommendations': 'Khuyến nghị chính sách',
    '/landscape': 'Bức tranh chung',
    '/about': 'Giới thiệu AILA',
    '/brief': 'AI trong khu vực công — bản tóm tắt',
    '/deployments/court-judges-assistant': 'Trợ lý ảo hỗ trợ Thẩm phán',
  },
} as const;

describe.skipIf(noBrowser)('moving around the dashboard', () => {
  test.each(['en', 'vi'] as const)('in %s no main page is wider than a 390 px phone', async (lang) => {
    const { page, errors } = await openPage(app.browser, `${app.url}/?lang=${lang}`, { width: 390 });
    for (const path of MAIN_PAGES) {
      await page.goto(`${app.url}${path}?lang=${lang}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
      expect(width, path).toBeLessThanOrEqual(390);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test.each(['en', 'vi'] as const)('in %s every page has its own tab title', async (lang) => {
    const { page } = await openPage(app.browser, `${app.url}/?lang=${lang}`);
    for (const path of MAIN_PAGES) {
      await page.goto(`${app.url}${path}?lang=${lang}`);
      await expect
        .poll(() => page.title(), { message: path })
        .toBe(`${TITLES[lang][path as keyof typeof TITLES.en]} · AILA`);
    }
    await page.close();
  });

  test.each([1440, 390])(
    'at %d px leaving the overview by a chart, for the brief or by the menu throws nothing',
    async (width) => {
      const { page, errors } = await openPage(app.browser, `${app.url}/?lang=en`, { width });
      await paintedPixels(page);
      const point = await barPoint(page, '[data-chart="by-category"] canvas', [0, 114, 178]);
      await page.mouse.click(point.x, point.y);
      await page.waitForURL(/\/explore\?/);
      await page.goBack();
      await page.locator('[data-chart="map"] .echart[data-rendered="true"]').waitFor();
      await page.getByRole('link', { name: 'Print brief' }).click();
      await page.waitForURL(/\/brief/);
      await page.locator('img.echart-print').first().waitFor({ state: 'attached' });
      await page.goBack();
      await page.locator('[data-chart="gap-heatmap"] .echart[data-rendered="true"]').waitFor();
      const menu = page.getByRole('navigation', { name: 'Main navigation' });
      for (const name of ['Explore', 'Recommendations', 'Landscape', 'About', 'Overview']) {
        await menu.getByRole('link', { name }).click();
        await page.locator('main h1').first().waitFor();
      }
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('the menu’s links and the record’s breadcrumb keep the current scope', async () => {
    const { page } = await openPage(app.browser, `${app.url}/?sector=health&lang=en`);
    const menu = page.getByRole('navigation', { name: 'Main navigation' });
    await menu.getByRole('link', { name: 'Recommendations' }).click();
    await page.waitForURL(/\/recommendations\?sector=health/);
    await menu.getByRole('link', { name: 'Explore' }).click();
    await page.waitForURL(/\/explore\?sector=health/);
    await page.locator('table.results tbody tr a').first().click();
    await page.waitForURL(/\/deployments\//);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Explore' }).click();
    await page.waitForURL(/\/explore\?sector=health/);
    expect(await page.locator('[data-facet="sector"]').getByLabel('Health').isChecked()).toBe(true);
    await page.close();
  });

  test('the country filter offers only countries with records; another country’s scope is not called Vietnam', async () => {
    const facets = (await (await fetch(`${app.url}/api/v1/deployments?pageSize=1`)).json()) as {
      facets: { country: { value: string; count: number }[] };
    };
    const withRecords = facets.facets.country.filter((c) => c.count > 0).map((c) => c.value);
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    const select = page.locator('select[data-scope="country"]');
    await expect
      .poll(async () =>
        (await select.locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).filter(
          Boolean,
        ),
      )
      .toEqual(withRecords);
    await page.goto(`${app.url}/?country=NL&lang=en`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).not.toContain('Vietnam');
    expect(await page.locator('main').textContent()).not.toContain('/ 34');
    await page.close();
  });
});
