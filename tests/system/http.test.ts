import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { VERSION_TTL_MS } from '../../apps/api/src/http.ts';
import { startServer, tempDir } from './harness.ts';

/** Sends raw bytes and reads until the server closes or answers. */
function raw(base: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let text = '';
    socket.on('data', (c) => {
      text += String(c);
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(text);
    }, 3000);
  });
}

describe('the server at the HTTP level', () => {
  test('malformed requests and oversized headers get a JSON envelope, not an empty body', async () => {
    const running = await startServer({ DATABASE_PATH: join(tempDir('http'), 'aila.sqlite') });
    try {
      const garbage = await raw(running.base, 'GARBAGE\r\n\r\n');
      expect(garbage).toMatch(/^HTTP\/1\.1 400/);
      expect(garbage).toContain('"code":"validation"');
      const huge = await raw(running.base, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(40_000)}\r\n\r\n`);
      expect(huge).toMatch(/^HTTP\/1\.1 431/);
      expect(huge).toContain('"error"');
    } finally {
      running.child.kill('SIGKILL');
    }
  });

  test('SIGTERM with an idle and a half-sent connection open: the server stops within seconds', async () => {
    const running = await startServer({ DATABASE_PATH: join(tempDir('term'), 'aila.sqlite') });
    const { hostname, port } = new URL(running.base);
    const idle = connect(Number(port), hostname, () =>
      idle.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n'),
    );
    const half = connect(Number(port), hostname, () => half.write('GET /api/v1/health HTTP/1.1\r\nHost: x\r\n'));
    idle.on('error', () => undefined);
    half.on('error', () => undefined);
    await new Promise((r) => setTimeout(r, 300));
    const started = Date.now();
    running.child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => running.child.once('exit', resolve));
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(running.output()).toContain('"msg":"stopped"');
    idle.destroy();
    half.destroy();
  });
});

describe('answers from the cache', () => {
  test('a repeated public GET is answered from memory with the same headers; a publish renews it', async () => {
    const path = join(tempDir('fast'), 'aila.sqlite');
    const running = await startServer({ DATABASE_PATH: path });
    try {
      const url = `${running.base}/api/v1/deployments?sector=health`;
      const first = await fetch(url);
      const second = await fetch(url);
      for (const name of [
        'content-security-policy',
        'x-frame-options',
        'access-control-allow-origin',
        'etag',
        'cache-control',
      ])
        expect(second.headers.get(name), name).toBe(first.headers.get(name));
      expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
      expect(await second.json()).toEqual(await first.json());
      const etag = first.headers.get('etag') ?? '';
      expect((await fetch(url, { headers: { 'If-None-Match': etag } })).status).toBe(304);

      // Another process changes the catalogue: once the server's remembered version has expired
      // (VERSION_TTL_MS), the next answer is computed anew.
      const { openDatabase, withdraw } = await import('@aila/db');
      const writer = openDatabase(path);
      withdraw(writer, 'bach-mai-lung-cancer-ai', {
        actor: 'test',
        origin: 'correction',
        now: new Date().toISOString(),
      });
      writer.close();
      await new Promise((resolve) => setTimeout(resolve, VERSION_TTL_MS + 20));
      const after = await fetch(url, { headers: { 'If-None-Match': etag } });
      expect(after.status).toBe(200);
      const ids = ((await after.json()) as { items: { id: string }[] }).items.map((d) => d.id);
      expect(ids).not.toContain('bach-mai-lung-cancer-ai');
      expect(after.headers.get('etag')).not.toBe(etag);
    } finally {
      running.child.kill('SIGKILL');
    }
  });
});
