import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { noBrowser, paintedPixels, useBrowserApp } from '../support/e2e.ts';

const app = useBrowserApp();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

describe.skipIf(noBrowser)('accessibility (axe-core)', () => {
  test.each([
    ['overview', '/?lang=vi', true],
    ['overview in English', '/?lang=en', true],
    ['explorer', '/explore?q=tro%20ly&lang=vi', false],
    ['detail page', '/deployments/court-judges-assistant?lang=en', false],
    ['recommendations', '/recommendations?lang=vi', false],
    ['landscape', '/landscape?lang=en', true],
  ])('%s has no serious or critical violations', async (_name, path, charts) => {
    // axe is injected as a script tag, which the app's strict CSP would rightly refuse.
    const context = await app.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}${path}`);
    await page.locator('main h1').first().waitFor();
    if (charts) await paintedPixels(page);
    else await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
