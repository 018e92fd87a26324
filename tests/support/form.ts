import type { Page } from 'playwright-core';

/** The submission form's inputs are named by their record path (`record.legalBasis.vi`). */
export const field = (page: Page, name: string) => page.locator(`[id="${name}"]`);

export async function fill(page: Page, name: string, value: string): Promise<void> {
  await field(page, name).fill(value);
}

export async function choose(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`input[name="${name}"][value="${value}"]`).check();
}

/** Opens a step of the form from its list of steps. */
export async function step(page: Page, title: string | RegExp): Promise<void> {
  await page.locator('.stepper').getByRole('button', { name: title }).click();
  await page.locator('#step-h').filter({ hasText: title }).waitFor();
}

/** Waits until the draft is saved (the status line says so). */
export async function saved(page: Page): Promise<void> {
  await page.locator('.save-status--saved').waitFor({ timeout: 15_000 });
}
