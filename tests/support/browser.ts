import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CANDIDATES = ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's chromium, or CHROMIUM_PATH. Null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.CHROMIUM_PATH;
  if (override) return existsSync(override) ? override : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

export interface LaunchedBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Launches headless chromium with no background network traffic. Playwright gives every
 * launch a fresh temporary profile (its own --user-data-dir) and removes it on close.
 */
export async function launchBrowser(executablePath: string): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
