import { describe, expect, test } from 'vitest';
import { barPoint, noBrowser, openPage, paintedPixels, useBrowserApp } from '../support/e2e.ts';

const app = useBrowserApp();

async function apiTotal(query = ''): Promise<number> {
  const res = await fetch(`${app.url}/api/v1/deployments?pageSize=1${query}`);
  return ((await res.json()) as { total: number }).total;
}

describe.skipIf(noBrowser)('overview in a real browser', () => {
  test('the KPI total equals the API total', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/?lang=en`);
    const tile = page.getByTestId('kpi-total').locator('.kpi__value');
    await tile.waitFor();
    const shown = Number((await tile.textContent())?.replace(/\D/g, ''));
    expect(shown).toBe(await apiTotal());
    expect(shown).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('every chart canvas is drawn', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/?lang=en`);
    // The fields few records state (risk, ethics, public or private AI, builder) show their coverage line instead.
    const stats = (await (await fetch(`${app.url}/api/v1/stats`)).json()) as { gapFlows: unknown[] };
    // The flows have something to draw only where some assessed system has a significant gap.
    const drawn = ['by-category', 'by-indicative-risk', 'by-sector', 'by-stage', 'by-year', 'gap-heatmap', 'map'];
    if (stats.gapFlows.length > 0) drawn.push('gap-sankey');
    drawn.sort();
    for (const id of [...drawn, 'gap-sankey']) await page.locator(`[data-chart="${id}"]`).waitFor();
    const painted = await paintedPixels(page);
    expect(Object.keys(painted).sort()).toEqual(drawn);
    for (const [id, pixels] of Object.entries(painted)) expect(pixels, id).toBeGreaterThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('switching language shows Vietnamese labels and is remembered', async () => {
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    await page.getByRole('heading', { name: 'Deployments by application' }).waitFor();
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Hệ thống theo loại ứng dụng' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    await page.getByRole('button', { name: 'Xem dạng bảng' }).first().click();
    expect(await page.locator('[data-chart="by-category"] table').textContent()).toContain('Trợ lý ảo / chatbot');
    await page.goto(`${app.url}/about`);
    await page.getByRole('heading', { name: 'Giới thiệu AILA' }).waitFor();
    await page.close();
  });

  test('the table view shows the numbers the API returned', async () => {
    const stats = (await (await fetch(`${app.url}/api/v1/stats`)).json()) as {
      byStage: { key: string; count: number }[];
    };
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    const card = page.locator('[data-chart="by-stage"]');
    await card.getByRole('button', { name: 'View as table' }).click();
    const production = stats.byStage.find((s) => s.key === 'production')?.count;
    const row = card.locator('tr', { hasText: 'In production' });
    expect(Number(await row.locator('td').first().textContent())).toBe(production);
    await page.close();
  });

  test('the indicative risk chart shows the API’s counts with its caveat, and leads to the explorer', async () => {
    const stats = (await (await fetch(`${app.url}/api/v1/stats`)).json()) as {
      byIndicativeTier: { key: string; count: number }[];
    };
    const high = stats.byIndicativeTier.find((s) => s.key === 'high')?.count ?? 0;
    expect(high).toBeGreaterThan(0);
    const { page, errors } = await openPage(app.browser, `${app.url}/?lang=vi`);
    const card = page.locator('[data-chart="by-indicative-risk"]');
    await card.waitFor();
    expect(await card.locator('.note').textContent()).toContain('không phải phân loại chính thức');
    await card.getByRole('button', { name: 'Xem dạng bảng' }).click();
    const row = card.locator('tr', { hasText: 'Có khả năng rủi ro cao' });
    expect(Number(await row.locator('td').first().textContent())).toBe(high);
    await row.getByRole('link').first().click();
    await page.waitForURL(/indicativeTier=high/);
    await expect.poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-total'))).toBe(high);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('clicking a bar opens the explorer with that filter and the same count', async () => {
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    const card = page.locator('[data-chart="by-sector"]');
    await paintedPixels(page);
    await card.getByRole('button', { name: 'View as table' }).click();
    const firstRow = card.locator('tbody tr').first();
    const href = (await firstRow.locator('a').getAttribute('href')) ?? '';
    const expected = Number(await firstRow.locator('td').first().textContent());
    const sector = new URL(href, app.url).searchParams.get('sector');
    await card.getByRole('button', { name: 'View as chart' }).click();
    // The top bar of the horizontal chart is the first table row; find its pixels and click it.
    const point = await barPoint(page, '[data-chart="by-sector"] canvas', [0, 114, 178]);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/\/explore\?/);
    expect(new URL(page.url()).searchParams.get('sector')).toBe(sector);
    const count = page.getByTestId('result-count');
    await expect.poll(async () => Number(await count.getAttribute('data-total'))).toBe(expected);
    expect(expected).toBe(await apiTotal(`&sector=${sector}`));
    await page.close();
  });

  test('clicking a province on the map opens the explorer for it with the same count', async () => {
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    await paintedPixels(page);
    // Hanoi is among the provinces with the most deployments: the darkest colour of the scale.
    const card = page.locator('[data-chart="map"]');
    await card.getByRole('button', { name: 'View as table' }).click();
    const first = card.locator('tbody tr').first();
    const expected = Number(await first.locator('td').first().textContent());
    const province = new URL((await first.locator('a').getAttribute('href')) ?? '', app.url).searchParams.get(
      'province',
    );
    await card.getByRole('button', { name: 'View as chart' }).click();
    await page.waitForTimeout(400);
    const point = await barPoint(page, '[data-chart="map"] canvas', [8, 48, 107]);
    await page.mouse.click(point.x, point.y);
    await page.waitForURL(/\/explore\?/);
    expect(new URL(page.url()).searchParams.get('province')).toBe(province);
    await expect
      .poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-total')))
      .toBe(expected);
    await page.close();
  });

  test('chart text alternatives follow the language', async () => {
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    await paintedPixels(page);
    const chart = page.locator('[data-chart="by-category"] .echart');
    expect(await chart.getAttribute('aria-label')).toContain('Virtual assistant / chatbot');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect
      .poll(async () => (await page.locator('[data-chart="by-category"] .echart').getAttribute('aria-label')) ?? '')
      .toContain('Trợ lý ảo / chatbot');
    await page.close();
  });

  test('a detail page shows the record, its sources and a citation', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('tham phan');
    await page.getByRole('link', { name: 'Virtual assistant for judges' }).click();
    await page.waitForURL(/\/deployments\/court-judges-assistant$/);
    await page.getByRole('heading', { level: 1, name: 'Virtual assistant for judges' }).waitFor();
    expect(await page.locator('.sources li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('citation').textContent()).toContain('/deployments/court-judges-assistant');
    expect(await page.getByTestId('revisions').locator('li').count()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an unknown deployment shows a not-found message, not a crash', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/deployments/does-not-exist?lang=en`);
    await page.getByText('No deployment has this id.').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
