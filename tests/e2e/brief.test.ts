import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { noBrowser, openPage, useBrowserApp } from '../support/e2e.ts';
import { countPageObjects, pdfPages } from '../support/pdf.ts';

const app = useBrowserApp();

/** Waits until every chart picture of the brief is drawn and decoded. */
async function picturesReady(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => {
    const pictures = [...document.querySelectorAll('img.echart-print')] as HTMLImageElement[];
    return pictures.length >= n && pictures.every((img) => img.complete && img.naturalWidth > 0);
  }, count);
}

describe.skipIf(noBrowser)('the brief on one A4 page', () => {
  test.each([
    ['en', 1440],
    ['vi', 1440],
    ['en', 390],
    ['vi', 390],
  ])(
    'in %s from a %d px window it prints on exactly one A4 page, as printed and with print media',
    async (lang, width) => {
      const { page, errors } = await openPage(app.browser, `${app.url}/brief?lang=${lang}`, { width });
      await picturesReady(page, 3);
      expect(await page.getByTestId('headlines').locator('li').count()).toBeGreaterThanOrEqual(3);
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      await page.emulateMedia({ media: 'print' });
      // The pictures are drawn for the page, not for the window: emulating print must not redraw them.
      expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('a scoped brief fits one page too, and its pictures are drawn at print resolution', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/brief?sector=public_administration&lang=vi`, {
      width: 390,
    });
    await picturesReady(page, 3);
    expect(await page.locator('.brief__head').textContent()).toContain('Hành chính công');
    await page.emulateMedia({ media: 'print' });
    const ratios = await page
      .locator('img.echart-print')
      .evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => img.naturalWidth / img.getBoundingClientRect().width),
      );
    expect(ratios).toHaveLength(3);
    // At least 2.5 image pixels per CSS pixel: above 240 dpi on paper.
    for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(2.5);
    const map = await page.locator('[data-chart="map"] img.echart-print').boundingBox();
    expect(map?.height).toBeGreaterThan(250);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the page count reads the PDF itself', async () => {
    const { page } = await openPage(app.browser, `${app.url}/about?lang=en`);
    await page.getByTestId('data-dictionary').waitFor();
    const pdf = await page.pdf({ format: 'A4' });
    // The long about page takes several pages: a count that always said 1 would be caught here.
    expect(pdfPages(pdf)).toBeGreaterThan(1);
    expect(countPageObjects(pdf)).toBe(pdfPages(pdf));
    await page.close();
  });
});
