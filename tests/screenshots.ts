/**
 * Takes screenshots of the main pages in both languages at desktop and phone widths:
 * `npx tsx tests/screenshots.ts [baseUrl] [outDir] [pages]`. The brief is printed to an A4 PDF
 * instead, and each of its pages rendered to PNG with poppler's pdftoppm where it is installed.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { findChromium, launchBrowser } from './support/browser.ts';

const base = process.argv[2] ?? 'http://localhost:8080';
const out = process.argv[3] ?? '.tmp/screenshots';
const pages = (
  process.argv[4] ?? '/,/explore,/deployments/court-judges-assistant,/recommendations,/landscape,/about,/brief'
).split(',');
mkdirSync(out, { recursive: true });

const path = findChromium();
if (!path) throw new Error('chromium not found');
const { browser, close } = await launchBrowser(path);
for (const width of [1440, 390]) {
  for (const lang of ['vi', 'en']) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    for (const p of pages) {
      await page.goto(`${base}${p}${p.includes('?') ? '&' : '?'}lang=${lang}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(600);
      const name = `${p.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${lang}-${width}`;
      if (p.startsWith('/brief')) {
        await page.waitForFunction(() =>
          [...document.querySelectorAll('img.echart-print')].every((img) => (img as HTMLImageElement).complete),
        );
        const pdf = `${out}/${name}.pdf`;
        writeFileSync(pdf, await page.pdf({ format: 'A4' }));
        try {
          execFileSync('pdftoppm', ['-png', '-r', '110', pdf, `${out}/${name}-page`]);
        } catch {
          console.error('pdftoppm not found: the brief is kept as PDF only');
        }
        console.log(pdf);
        continue;
      }
      await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
      console.log(`${out}/${name}.png`);
    }
    await page.close();
  }
}
await close();
