import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSeededMemoryDb } from '@aila/db';
import { describe, expect, test } from 'vitest';
import { createApp } from './app.ts';

const dist = mkdtempSync(join(tmpdir(), 'aila-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>AILA</title><div id="root"></div>');
writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
const app = createApp({ db: openSeededMemoryDb(), config: { webDist: dist } });

describe('serving the built dashboard', () => {
  test('hashed assets are cached for a year, the page itself revalidated', async () => {
    const asset = await app.request('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await app.request('/');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');
  });

  test('client-side routes load the app (SPA fallback)', async () => {
    for (const path of ['/explore?sector=health', '/deployments/court-judges-assistant', '/about']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
    }
  });

  test('unknown API paths stay JSON 404s, never the page', async () => {
    const res = await app.request('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  test('path traversal does not escape the build directory', async () => {
    const res = await app.request('/assets/..%2f..%2fetc%2fpasswd');
    expect(res.headers.get('content-type') ?? '').not.toContain('octet-stream');
    expect(await res.text()).not.toContain('root:');
  });
});
