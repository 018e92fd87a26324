import { describe, expect, test } from 'vitest';
import { noBrowser, openPage, useBrowserApp } from '../support/e2e.ts';
import { pdfPages } from '../support/pdf.ts';

const app = useBrowserApp();

describe.skipIf(noBrowser)('landscape, recommendations and about pages', () => {
  test('the landscape shows both reported 2023 readiness ranks and says why', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/landscape?lang=en`);
    const table = page.getByTestId('readiness-table');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('#39');
    expect(text).toContain('#59');
    expect(await page.getByTestId('readiness-discrepancy').textContent()).toContain('54.48');
    expect(await page.locator('.timeline li').count()).toBeGreaterThanOrEqual(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('recommendations are listed in the API’s ranked order with their evidence scope', async () => {
    const api = (await (await fetch(`${app.url}/api/v1/recommendations?sector=health`)).json()) as {
      items: { number: number; title: { vi: string } }[];
      scope: { assessed: number };
    };
    const { page, errors } = await openPage(app.browser, `${app.url}/recommendations?sector=health&lang=vi`);
    await page.locator('.rec').first().waitFor();
    const titles = await page.locator('.rec h2').allTextContents();
    expect(titles).toEqual(api.items.map((r) => r.title.vi));
    expect(await page.getByTestId('rec-scope').textContent()).toContain(
      `${api.scope.assessed} hệ thống đã được đánh giá`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the about page lists every field of the data dictionary and the assessed count', async () => {
    const stats = (await (await fetch(`${app.url}/api/v1/stats`)).json()) as { assessed: number; total: number };
    const { page } = await openPage(app.browser, `${app.url}/about?lang=en`);
    await page.getByTestId('data-dictionary').waitFor();
    expect(await page.getByTestId('data-dictionary').locator('tbody tr').count()).toBeGreaterThanOrEqual(25);
    expect(await page.getByTestId('assessed-note').textContent()).toContain(`${stats.assessed} of ${stats.total}`);
    await page.close();
  });

  test('a page loaded on demand switches language with its own strings', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/explore?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Explore the catalogue' }).waitFor();
    expect(await page.locator('[data-facet="sector"] legend').textContent()).toBe('Sector');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tra cứu danh mục' }).waitFor();
    expect(await page.locator('[data-facet="sector"] legend').textContent()).toBe('Lĩnh vực');
    expect(await page.getByTestId('result-count').textContent()).toMatch(/kết quả/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the record page lists the fields of the registry with their values', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/deployments/court-judges-assistant?lang=en`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const terms = await page.locator('#details-h + dl dt').allTextContents();
    expect(terms).toEqual(
      expect.arrayContaining(['Agency', 'Other sectors', 'Year of latest information', 'Impact assessment published']),
    );
    expect(terms).not.toContain('Significant gap (severity ≥ 2)');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a record shows AILA’s indicative tier, the rule behind it and the caveat, apart from the declared tier', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/deployments/hanoi-police-ai-cameras?lang=en`);
    const box = page.getByTestId('indicative-risk');
    await box.waitFor();
    expect(await box.getAttribute('data-tier')).toBe('high');
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('Likely high risk');
    expect(text).toContain('Identifies people from their face');
    expect(text).toContain('Draft high-risk list, principle 1');
    expect(await page.getByTestId('indicative-caveat').textContent()).toContain('not an official classification');
    expect(text).toContain('Tier declared by the agency or a source: Unclassified');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByText('Có khả năng rủi ro cao').first().waitFor();
    expect(await page.getByTestId('indicative-caveat').textContent()).toContain('không phải phân loại chính thức');
    const about = await openPage(app.browser, `${app.url}/about?lang=en`);
    await about.page.getByTestId('indicative-rules').waitFor();
    expect(await about.page.locator('[data-testid="indicative-rules"] li').count()).toBeGreaterThanOrEqual(7);
    expect(errors).toEqual([]);
    expect(about.errors).toEqual([]);
    await about.page.close();
    await page.close();
  });

  test('the brief prints its scope, tiles, charts as pictures and top recommendations on one A4 page', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/brief?sector=public_administration&lang=en`);
    await page.waitForFunction(() => document.querySelectorAll('.echart-print').length >= 3);
    expect(await page.locator('.brief__head').textContent()).toContain('Public administration');
    const recs = (await (await fetch(`${app.url}/api/v1/recommendations?sector=public_administration`)).json()) as {
      items: { priority: { evidenceCount: number } }[];
    };
    // The recommendations with evidence in this scope, three at most.
    const withEvidence = recs.items.filter((r) => r.priority.evidenceCount > 0).length;
    expect(await page.locator('.brief__recs li').count()).toBe(Math.min(3, withEvidence));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.echart').first().isVisible()).toBe(false);
    const pictures = page.locator('.echart-print');
    for (const img of await pictures.all()) {
      expect(await img.isVisible()).toBe(true);
      expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(100);
    }
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(noBrowser)('recommendations, records and sources say what their numbers are', () => {
  test('recommendations show the report’s numbers, explain their priority and list progress in date order', async () => {
    const api = (await (await fetch(`${app.url}/api/v1/recommendations`)).json()) as {
      items: { number: number }[];
    };
    const { page, errors } = await openPage(app.browser, `${app.url}/recommendations?lang=en`);
    await page.locator('.rec').first().waitFor();
    const numbers = await page.getByTestId('rec-number').locator('[aria-hidden="true"]').allTextContents();
    expect(numbers.map(Number)).toEqual(api.items.map((r) => r.number));
    expect(await page.getByTestId('rec-scope').textContent()).toContain('Priority is the mean');
    for (const list of await page.getByTestId('rec-actions').all()) {
      const dates = await list.locator('li > strong').allTextContents();
      expect(dates).toEqual([...dates].sort());
    }
    expect(await page.getByTestId('rec-actions').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a record says its dates are AILA’s, when it was checked against sources, and cites this address', async () => {
    const { page } = await openPage(app.browser, `${app.url}/deployments/court-judges-assistant?lang=en`);
    await page.getByTestId('citation').waitFor();
    const card = page.locator('.deployment__side');
    expect(await card.textContent()).toContain('First published in AILA');
    expect(await card.textContent()).toContain('Last updated in AILA');
    // The day the record was last read against its sources, from the record itself.
    const record = (await (await fetch(`${app.url}/api/v1/deployments/court-judges-assistant`)).json()) as {
      reviewedOn: string;
    };
    expect(record.reviewedOn).toBe('2026-11-23');
    expect(await page.getByTestId('reviewed-on').textContent()).toBe('23 November 2026');
    expect(await page.getByTestId('citation').textContent()).toContain(`${app.url}/deployments/court-judges-assistant`);
    await page.close();
  });

  test('the about page names its sources in Vietnamese on Vietnamese pages', async () => {
    const { page } = await openPage(app.browser, `${app.url}/about?lang=vi`);
    await page.getByTestId('data-dictionary').waitFor();
    const sources = await page.locator('.sources-list').textContent();
    expect(sources).toContain('Luật Trí tuệ nhân tạo số 134/2025/QH15');
    expect(sources).not.toContain('Law on Artificial Intelligence');
    await page.close();
  });
});
