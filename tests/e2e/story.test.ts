import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { noBrowser, openPage, paintedPixels, useBrowserApp } from '../support/e2e.ts';

const app = useBrowserApp();

interface Stats {
  total: number;
  assessed: number;
  highRisk: { known: number };
  byCategory: { key: string; count: number }[];
  byStage: { key: string; count: number }[];
  byYear: { year: number; category: string; count: number }[];
  gapHeatmap: { category: string; assessed: number; cells: { dimension: string; count: number }[] }[];
}

async function stats(query = ''): Promise<Stats> {
  return (await (await fetch(`${app.url}/api/v1/stats${query}`)).json()) as Stats;
}

const percent = (lang: string, share: number) =>
  new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );

describe.skipIf(noBrowser)('the overview tells its story', () => {
  test.each(['en', 'vi'])(
    'in %s it opens with three to five headlines, each a link to the view behind it',
    async (lang) => {
      const s = await stats();
      const top = s.byCategory[0];
      const { page, errors } = await openPage(app.browser, `${app.url}/?lang=${lang}`);
      const items = page.getByTestId('headlines').locator('li');
      await items.first().waitFor();
      const count = await items.count();
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
      for (const link of await items.locator('a').all())
        expect(await link.getAttribute('href')).toMatch(/^\/(explore|recommendations)/);
      const leading = page.locator('[data-headline="application"]');
      const text = (await leading.textContent()) ?? '';
      expect(text).toContain(`${top?.count}`);
      expect(text).toContain(percent(lang, (top?.count ?? 0) / s.total));
      // The most reported gap states its base: how many of how many were assessed.
      expect(await page.locator('[data-headline="gap"]').textContent()).toMatch(
        new RegExp(`${s.assessed} (of|trên) ${s.total}`),
      );
      await leading.locator('a').click();
      await page.waitForURL(/\/explore\?/);
      expect(new URL(page.url()).searchParams.get('category')).toBe(top?.key);
      await expect
        .poll(async () => Number(await page.getByTestId('result-count').getAttribute('data-total')))
        .toBe(top?.count);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('what we know: the coverage of seldom-stated fields, from the stats, with a call to submit', async () => {
    const s = await stats();
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    const panel = page.getByTestId('coverage');
    await panel.waitFor();
    expect(await panel.locator('[data-coverage="riskTier"]').textContent()).toContain(
      `Risk tier declared for ${s.highRisk.known} of ${s.total}`,
    );
    expect(await panel.locator('[data-coverage="gaps"]').textContent()).toContain(
      `Gaps assessed for ${s.assessed} of ${s.total}`,
    );
    expect(await panel.getByRole('link').getAttribute('href')).toBe('/submit');
    await page.close();
  });

  test('a chart of a field known for few records is only its coverage line, until asked for', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/?lang=en`);
    const risk = page.locator('[data-chart="by-risk"]');
    await risk.getByTestId('coverage-line').waitFor();
    for (const id of ['by-risk', 'ethics', 'by-ai-kind'])
      expect(await page.locator(`[data-chart="${id}"]`).getAttribute('data-collapsed'), id).toBe('true');
    expect(await risk.locator('canvas').count()).toBe(0);
    await risk.getByRole('button', { name: 'Show the chart anyway' }).click();
    await risk.locator('.echart[data-rendered="true"]').waitFor();
    expect(await page.locator('[data-chart="by-category"]').getAttribute('data-collapsed')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('the heatmap’s table gives each cell’s share of its own row, flagged where the row is small', async () => {
    const s = await stats();
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    const card = page.locator('[data-chart="gap-heatmap"]');
    await card.getByRole('button', { name: 'View as table' }).click();
    await card.locator('tbody tr').first().waitFor();
    let checked = 0;
    for (const row of s.gapHeatmap)
      for (const cell of row.cells) {
        const shown = await card.locator(`tr[data-key="${row.category}|${cell.dimension}"] td`).nth(1).textContent();
        const flag = row.assessed < 5 ? '*' : '';
        expect(shown, `${row.category} × ${cell.dimension}`).toBe(`${percent('en', cell.count / row.assessed)}${flag}`);
        checked += 1;
      }
    expect(checked).toBeGreaterThan(0);
    expect(await card.textContent()).toContain('Fewer than 5 records');
    await page.close();
  });

  test('adoption over time counts piloted, running and retired systems, not planned ones', async () => {
    const all = await stats();
    const adopted = await stats('?stage=pilot&stage=production&stage=retired');
    const sum = (s: Stats) => s.byYear.reduce((n, y) => n + y.count, 0);
    expect(sum(adopted)).toBeLessThan(sum(all));
    const planned = all.byStage.find((s) => s.key === 'planned')?.count ?? 0;
    const { page } = await openPage(app.browser, `${app.url}/?lang=en`);
    const card = page.locator('[data-chart="by-year"]');
    expect(await card.locator('header p').textContent()).toContain(`${planned} planned systems are not counted`);
    await card.getByRole('button', { name: 'View as table' }).click();
    await card.locator('tbody tr').first().waitFor();
    const counts = (await card.locator('tbody td:first-of-type').allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(sum(adopted));
    await page.close();
  });

  test.each([1440, 390])('at %d px the adoption key lists every application shown, without paging', async (width) => {
    const adopted = await stats('?stage=pilot&stage=production&stage=retired');
    const { page } = await openPage(app.browser, `${app.url}/?lang=vi`, { width });
    const card = page.locator('[data-chart="by-year"]');
    const keys = card.locator('.chart-key li');
    await keys.first().waitFor();
    expect(await keys.count()).toBe(new Set(adopted.byYear.map((y) => y.category)).size);
    const box = await card.boundingBox();
    for (const key of await keys.all()) {
      const b = await key.boundingBox();
      expect(b && box && b.x >= box.x && b.x + b.width <= box.x + box.width).toBe(true);
    }
    await page.close();
  });

  test('a downloaded chart picture carries its title, scope, n, date, source and licence', async () => {
    const { page } = await openPage(app.browser, `${app.url}/?sector=public_administration&lang=en`);
    await paintedPixels(page);
    const card = page.locator('[data-chart="by-category"]');
    const canvas = await card
      .locator('canvas')
      .evaluate((c) => ({ w: (c as HTMLCanvasElement).width, h: (c as HTMLCanvasElement).height }));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    const bytes = readFileSync(await download.path());
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    // The chart at twice its size, with room above for title, n and scope and below for date, source and licence.
    expect(width).toBeGreaterThanOrEqual(canvas.w);
    expect(height).toBeGreaterThan((canvas.h * width) / canvas.w + 150);
    const ink = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx?.drawImage(img, 0, 0);
      const dark = (y0: number, y1: number) => {
        const data = ctx?.getImageData(0, y0, c.width, y1 - y0).data ?? new Uint8ClampedArray();
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 120) n += 1;
        return n;
      };
      return { top: dark(0, 120), bottom: dark(c.height - 80, c.height) };
    }, bytes.toString('base64'));
    expect(ink.top).toBeGreaterThan(200);
    expect(ink.bottom).toBeGreaterThan(200);
    await page.close();
  });
});
