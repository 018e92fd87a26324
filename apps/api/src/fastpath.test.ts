import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { catalogueVersion, openSeededMemoryDb, withdraw } from '@aila/db';
import { getRequestListener } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from './app.ts';
import { AnswerCache, serveCached } from './http.ts';

// The server's fast path, as server.ts wires it: a repeated public GET is answered from the cache
// before any routing; everything else goes through the app.
const db = openSeededMemoryDb();
let now = new Date('2026-06-01T10:00:00.000Z');
const clock = () => now;
const cache = new AnswerCache(db);
const app = createApp({ db, answerCache: cache, clock });
const listener = getRequestListener(app.fetch);
const fast: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!serveCached(cache, clock, req, res, (e) => fast.push(`${e.method} ${e.path} ${e.status}`)))
      void listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the fast path in front of the app', () => {
  test('a repeated GET is answered from the cache with the same body, headers and encoding', async () => {
    const path = '/api/v1/deployments?sector=health&view=rows';
    const first = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(fast).toEqual([]);
    const second = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(fast).toEqual([`GET /api/v1/deployments 200`]);
    expect(second.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(second.body).toString())).toEqual(JSON.parse(gunzipSync(first.body).toString()));
    for (const name of ['etag', 'content-security-policy', 'access-control-allow-origin', 'cache-control', 'vary'])
      expect(second.headers[name], name).toBe(first.headers[name]);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
    // The same query in another order is the same answer.
    const reordered = await get('/api/v1/deployments?view=rows&sector=health');
    expect(reordered.headers.etag).toBe(first.headers.etag);
    expect(JSON.parse(reordered.body.toString())).toEqual(JSON.parse(gunzipSync(first.body).toString()));
  });

  test('HEAD carries the length of the body it leaves out; If-None-Match gets a 304', async () => {
    const path = '/api/v1/stats';
    const full = await get(path, { 'Accept-Encoding': 'gzip' });
    await get(path, { 'Accept-Encoding': 'gzip' });
    fast.length = 0;
    const head = await get(path, { 'Accept-Encoding': 'gzip' }, 'HEAD');
    expect(fast).toEqual(['HEAD /api/v1/stats 200']);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe((await get(path, { 'Accept-Encoding': 'gzip' })).body.length);
    const notModified = await get(path, { 'If-None-Match': String(full.headers.etag) });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(full.headers.etag);
    expect(notModified.headers['x-content-type-options']).toBe('nosniff');
  });

  test('a change made by this process is seen at the next request, without waiting', async () => {
    const path = '/api/v1/deployments?pageSize=100&view=rows';
    const before = await get(path);
    await get(path);
    const version = cache.currentVersion();
    withdraw(db, 'bach-mai-lung-cancer-ai', { actor: 'test', origin: 'correction', now: now.toISOString() });
    expect(cache.currentVersion()).toBe(catalogueVersion(db));
    expect(cache.currentVersion()).not.toBe(version);
    const after = await get(path, { 'If-None-Match': String(before.headers.etag) });
    expect(after.status).toBe(200);
    const ids = (JSON.parse(after.body.toString()) as { items: { id: string }[] }).items.map((d) => d.id);
    expect(ids).not.toContain('bach-mai-lung-cancer-ai');
  });

  test('a new day is a new answer for a request already remembered', async () => {
    const path = '/api/v1/stats?sector=justice';
    const today = await get(path);
    await get(path);
    now = new Date('2026-06-02T00:00:01.000Z');
    fast.length = 0;
    const tomorrow = await get(path);
    expect(fast).toEqual([]);
    expect(tomorrow.headers.etag).not.toBe(today.headers.etag);
  });
});
