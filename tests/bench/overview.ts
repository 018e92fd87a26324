/**
 * Overview speed in headless chromium on localhost: the gzipped JavaScript loaded before the first
 * chart is drawn, and the time to that first chart, as the median of several cold loads.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, launchBrowser } from '../support/browser.ts';
import { startServer, WEB_DIST } from '../support/server.ts';

export async function benchOverview(loads = 7): Promise<void> {
  const chromium = findChromium();
  if (!chromium || !existsSync(join(WEB_DIST, 'index.html'))) {
    console.log('Overview speed: skipped (needs chromium and a built web app: npm run build).');
    return;
  }
  const server = await startServer();
  const { browser, close } = await launchBrowser(chromium);
  const results: { firstChartMs: number; jsKb: number; files: string[] }[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${server.url}/?lang=en`);
      await page.waitForFunction(() => performance.getEntriesByName('aila:first-chart').length > 0, null, {
        timeout: 30_000,
      });
      results.push(
        await page.evaluate(() => {
          const mark = performance.getEntriesByName('aila:first-chart')[0]?.startTime ?? Number.NaN;
          const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
            (r) => r.name.endsWith('.js') && r.responseEnd <= mark,
          );
          return {
            firstChartMs: mark,
            jsKb: scripts.reduce((s, r) => s + r.encodedBodySize, 0) / 1024,
            files: scripts.map((r) => new URL(r.name).pathname),
          };
        }),
      );
      await context.close();
    }
  } finally {
    await close();
    await server.stop();
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? Number.NaN;
  };
  // The same files' gzip (level 9) sizes, from the pre-compressed copies the build writes.
  const gzipKb = (files: string[]) =>
    files.reduce(
      (s, f) => s + (existsSync(join(WEB_DIST, `${f}.gz`)) ? statSync(join(WEB_DIST, `${f}.gz`)).size : 0),
      0,
    ) / 1024;
  console.table([
    {
      loads,
      'JS before first chart, gzip (KB)': median(results.map((r) => gzipKb(r.files))).toFixed(1),
      'as sent, brotli (KB)': median(results.map((r) => r.jsKb)).toFixed(1),
      'JS files': median(results.map((r) => r.files.length)),
      'first chart (ms, median)': median(results.map((r) => r.firstChartMs)).toFixed(0),
      'first chart (ms, slowest)': Math.max(...results.map((r) => r.firstChartMs)).toFixed(0),
    },
  ]);
  console.log('Goals: ≤ 300 KB gzipped JS before the first chart; first chart ≤ 1 s on localhost.');
}

if (import.meta.url === `file://${process.argv[1]}`) await benchOverview();
