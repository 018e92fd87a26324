import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { getDeployment, openSeededMemoryDb, publish } from '@aila/db';
import { recordOf } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { createApp } from './app.ts';

const dist = mkdtempSync(join(tmpdir(), 'aila-dist-'));
mkdirSync(join(dist, 'assets'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>AILA</title><div id="root"></div>');
const db = openSeededMemoryDb();
const app = createApp({ db, config: { webDist: dist }, clock: () => new Date('2026-06-01T00:00:00.000Z') });

describe('caching of public answers', () => {
  test('a strong ETag answers 304 until a publish changes the catalogue', async () => {
    const first = await app.request('/api/v1/deployments?sector=health&stage=pilot');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate');
    expect(first.headers.get('vary')).toContain('Accept-Encoding');
    // The same request with its parameters in another order is the same answer.
    const reordered = await app.request('/api/v1/deployments?stage=pilot&sector=health', {
      headers: { 'If-None-Match': etag },
    });
    expect(reordered.status).toBe(304);
    expect(await reordered.text()).toBe('');

    const record = recordOf(getDeployment(db, 'bach-mai-lung-cancer-ai') ?? (undefined as never));
    publish(
      db,
      { ...record, stage: 'pilot' },
      { actor: 'test', origin: 'correction', now: '2026-06-01T00:00:00.000Z' },
    );
    const after = await app.request('/api/v1/deployments?sector=health&stage=pilot', {
      headers: { 'If-None-Match': etag },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const ids = ((await after.json()) as { items: { id: string }[] }).items.map((d) => d.id);
    expect(ids).toContain('bach-mai-lung-cancer-ai');
  });

  test('a cached answer equals a fresh one, compressed as the client accepts, with its request id', async () => {
    const plain = await (await app.request('/api/v1/stats?sector=health')).json();
    const cached = await app.request('/api/v1/stats?sector=health', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(cached.headers.get('content-encoding')).toBe('br');
    expect(cached.headers.get('x-request-id')).toBeTruthy();
    expect(cached.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const body = JSON.parse(brotliDecompressSync(Buffer.from(await cached.arrayBuffer())).toString('utf8'));
    expect(body).toEqual(plain);
  });

  test('answers that depend on the person or the time are never cached', async () => {
    for (const path of ['/api/v1/health', '/api/v1/auth/session', '/api/v1/deployments/export?format=json']) {
      const res = await app.request(path);
      expect(res.headers.get('etag'), path).toBeNull();
    }
  });
});

describe('cross-origin reads', () => {
  test('public GETs are open to any origin; writes are not', async () => {
    const read = await app.request('/api/v1/deployments', { headers: { Origin: 'https://notebook.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await app.request('/api/v1/stats', {
      method: 'OPTIONS',
      headers: { Origin: 'https://x.example' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD');
    const write = await app.request('/api/v1/submissions', {
      method: 'POST',
      headers: { Origin: 'https://x.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(write.headers.get('access-control-allow-origin')).toBeNull();
    expect(write.status).toBe(403);
  });
});

describe('headers and odd requests', () => {
  test('security headers on every answer, HEAD and errors included; HSTS only over HTTPS', async () => {
    for (const [method, path] of [
      ['HEAD', '/api/v1/stats'],
      ['GET', '/api/v1/nope'],
      ['GET', '/'],
      ['HEAD', '/api/docs/'],
    ] as const) {
      const res = await app.request(path, { method });
      expect(res.headers.get('x-content-type-options'), `${method} ${path}`).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), `${method} ${path}`).toBe('DENY');
      // Pages run only their own scripts; nothing runs in or frames an API answer.
      expect(res.headers.get('content-security-policy'), `${method} ${path}`).toMatch(
        path.startsWith('/api/v1/') ? /default-src 'none'.*frame-ancestors 'none'/ : /script-src 'self'/,
      );
      expect(res.headers.get('content-security-policy'), `${method} ${path}`).not.toContain('unsafe-eval');
      expect(res.headers.get('strict-transport-security'), `${method} ${path}`).toBeNull();
    }
    const secure = await app.request('https://aila.example/api/v1/stats');
    expect(secure.headers.get('strict-transport-security')).toContain('max-age=');
  });

  test('a missing asset is a 404 that is not cached, never the page', async () => {
    const res = await app.request('/assets/index-missing.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toContain('application/json');
  });

  test('OPTIONS on pages answers at once; other methods are a 405', async () => {
    const options = await app.request('/explore', { method: 'OPTIONS' });
    expect(options.status).toBe(204);
    expect(options.headers.get('allow')).toBe('GET, HEAD');
    expect(await options.text()).toBe('');
    const post = await app.request('/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(((await post.json()) as { error: { code: string } }).error.code).toBe('method_not_allowed');
    expect((await app.request('/api/docs/', { method: 'DELETE' })).status).toBe(405);
  });

  test('the docs serve only what their page loads', async () => {
    expect((await app.request('/api/docs/swagger-ui.css')).status).toBe(200);
    expect((await app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
    for (const file of ['package.json', 'README.md', 'index.html', 'swagger-ui-bundle.js.map'])
      expect((await app.request(`/api/docs/${file}`)).status, file).toBe(404);
  });

  test('page numbers are plain decimal digits', async () => {
    expect((await app.request('/api/v1/deployments?page=0x10')).status).toBe(400);
    expect((await app.request('/api/v1/deployments?page=1e1')).status).toBe(400);
    expect((await app.request('/api/v1/deployments?page=2')).status).toBe(200);
  });
});

describe('exports', () => {
  test('cells that a spreadsheet would run as formulas are written as text', async () => {
    const record = recordOf(
      getDeployment(db, 'bach-mai-hospital-chatbot') ??
        getDeployment(db, 'bach-mai-fpt-smart-hospital') ??
        (undefined as never),
    );
    publish(
      db,
      {
        ...record,
        title: { en: '=HYPERLINK("http://evil.example","x")', vi: '@SUM(1)' },
        vendor: "+cmd|' /C calc'!A0",
      },
      { actor: 'test', origin: 'correction', now: '2026-06-01T00:00:00.000Z' },
    );
    const { parse } = await import('csv-parse/sync');
    for (const lang of ['en', 'vi']) {
      const csv = await (await app.request(`/api/v1/deployments/export?format=csv&lang=${lang}&q=hyperlink`)).text();
      const rows = parse(csv, { bom: true, columns: false }) as string[][];
      const cells = rows.slice(1).flat();
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(cells).toContain(lang === 'en' ? `'=HYPERLINK("http://evil.example","x")` : `'@SUM(1)`);
      expect(cells).toContain("'+cmd|' /C calc'!A0");
    }
  });

  test('links in exports use the configured public address, never the Host header', async () => {
    const configured = createApp({ db, config: { publicUrl: 'https://aila.example.gov.vn/' } });
    const json = (await (
      await configured.request('http://attacker.example/api/v1/deployments/export?format=json&sector=health', {
        headers: { Host: 'attacker.example' },
      })
    ).json()) as { meta: { url: string } };
    expect(json.meta.url).toBe('https://aila.example.gov.vn/explore?sector=health');
  });
});
