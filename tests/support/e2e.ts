import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { findChromium, launchBrowser } from './browser.ts';
import { startServer, type TestUser } from './server.ts';

const chromiumPath = findChromium();
if (!chromiumPath && process.env.CI === 'true') {
  throw new Error(
    'No chromium found (set CHROMIUM_PATH or apt-get install chromium): the browser suite cannot be skipped in CI.',
  );
}

/** True when the browser suite must be skipped: only outside CI, when no chromium is installed. */
export const noBrowser = chromiumPath === null;

/** Starts the app over a fresh database (with the given accounts) and a browser for one test file. */
export function useBrowserApp(options: { users?: readonly TestUser[]; registers?: boolean } = {}) {
  const ctx = {} as { url: string; browser: Browser };
  let stopServer: (() => Promise<void>) | undefined;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (!chromiumPath) return;
    const server = await startServer(options);
    stopServer = server.stop;
    ctx.url = server.url;
    const launched = await launchBrowser(chromiumPath);
    closeBrowser = launched.close;
    ctx.browser = launched.browser;
  });
  afterAll(async () => {
    await closeBrowser?.();
    await stopServer?.();
  });
  return ctx;
}

/** A new page whose uncaught errors fail the test. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { width?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** Number of painted pixels in every chart canvas on the page, by chart id (cards that show no chart aside). */
export async function paintedPixels(page: Page): Promise<Record<string, number>> {
  await page.waitForFunction(() => {
    const charts = document.querySelectorAll('[data-chart]:not([data-collapsed]) .echart');
    return charts.length > 0 && [...charts].every((c) => c.getAttribute('data-rendered') === 'true');
  });
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const card of document.querySelectorAll('[data-chart]:not([data-collapsed])')) {
      // A card with nothing to draw says so in words instead.
      if (!card.querySelector('.echart')) continue;
      const canvas = card.querySelector('canvas');
      const id = card.getAttribute('data-chart') ?? '?';
      if (!canvas) {
        out[id] = 0;
        continue;
      }
      const ctx = canvas.getContext('2d');
      const data = ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
      out[id] = painted;
    }
    return out;
  });
}

/** Page coordinates of the middle of the topmost run of pixels of one colour in a canvas. */
export async function barPoint(
  page: Page,
  canvasSelector: string,
  rgb: [number, number, number],
): Promise<{ x: number; y: number }> {
  const canvas = page.locator(canvasSelector);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error(`${canvasSelector} is not visible`);
  const hit = await canvas.evaluate((el, [r, g, b]) => {
    const c = el as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
    if (!data) return null;
    for (let y = 0; y < c.height; y += 2) {
      let first = -1;
      let last = -1;
      for (let x = 0; x < c.width; x += 1) {
        const i = (y * c.width + x) * 4;
        if (data[i] === r && data[i + 1] === g && data[i + 2] === b) {
          if (first < 0) first = x;
          last = x;
        }
      }
      if (first >= 0 && last - first > 4) return { x: (first + last) / 2 / c.width, y: (y + 6) / c.height };
    }
    return null;
  }, rgb);
  if (!hit) throw new Error('no bar of that colour was drawn');
  return { x: box.x + hit.x * box.width, y: box.y + hit.y * box.height };
}
