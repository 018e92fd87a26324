import { findChromium, launchBrowser } from './browser.ts';

const [url, out, width, height] = process.argv.slice(2);
const { browser, close } = await launchBrowser(findChromium() ?? '');
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console error:', m.text());
});
await page.goto(url ?? '');
await page.waitForLoadState('networkidle');
await page.waitForTimeout(1500);
await page.screenshot({ path: out ?? '/tmp/vp.png' });
await close();
