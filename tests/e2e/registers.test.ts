import { describe, expect, test } from 'vitest';
import { noBrowser, openPage, useBrowserApp } from '../support/e2e.ts';

const app = useBrowserApp({ registers: true });

async function apiTotal(query: string): Promise<number> {
  const res = await fetch(`${app.url}/api/v1/deployments?pageSize=1&${query}`);
  return ((await res.json()) as { total: number }).total;
}

describe.skipIf(noBrowser)('other countries’ registers in the dashboard', () => {
  test('the overview opens on Vietnam when the catalogue holds other countries', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/?lang=en`);
    await page.waitForURL(/country=VN/);
    const tile = page.getByTestId('kpi-total').locator('.kpi__value');
    await tile.waitFor();
    await expect
      .poll(async () => Number((await tile.textContent())?.replace(/\D/g, '')))
      .toBe(await apiTotal('country=VN'));
    expect(await apiTotal('')).toBeGreaterThan(await apiTotal('country=VN'));
    expect(await page.locator('select[data-scope="country"] option').allTextContents()).toEqual(
      expect.arrayContaining(['Netherlands', 'United States', 'United Kingdom']),
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a Dutch word finds Dutch records in the explorer, which names their register and country', async () => {
    const { page, errors } = await openPage(app.browser, `${app.url}/explore?q=gemeente&lang=en`);
    const count = page.getByTestId('result-count');
    await expect.poll(async () => Number(await count.getAttribute('data-total'))).toBe(await apiTotal('q=gemeente'));
    expect(Number(await count.getAttribute('data-total'))).toBeGreaterThan(10);
    const register = page.locator('[data-facet="register"] [data-value="nl-algoritmeregister"]');
    await register.waitFor({ state: 'attached' });
    expect(await register.textContent()).toContain('Dutch Algorithm Register');
    const first = page.locator('tr[data-id^="nl-algoritmeregister-"] a').first();
    await first.click();
    await page.getByTestId('imported-from').waitFor();
    expect(await page.getByTestId('imported-from').textContent()).toContain('Dutch Algorithm Register');
    expect(await page.locator('h1 [lang="nl"]').count()).toBe(1);
    expect(await page.locator('h1 .untranslated').textContent()).toBe('not translated');
    expect(await page.getByTestId('original-values').textContent()).toMatch(
      /stage: “(in_gebruik|ontwikkeling|buiten_gebruik)”/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
