import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { catalogueVersion } from '@aila/db';
import { ErrorSchema } from '@aila/domain';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { AGENCY_A, call, createTestApp, ORIGIN, type Session, signIn } from './testing.ts';

// Property tests over every route: whatever arrives, never a 5xx, always the error envelope on
// a 4xx, and nothing stored changes when a request is refused.
const { app, db, logged } = createTestApp();
let officer: Session;
let reviewer: Session;
let submission = '';

beforeAll(async () => {
  officer = await signIn(app, db, 'officer@bachmai.gov.vn', 'submitter', AGENCY_A);
  reviewer = await signIn(app, db, 'reviewer@aila.example', 'reviewer');
  const res = await call(app, officer, 'POST', '/api/v1/submissions', { record: { title: { en: 'Fixed draft' } } });
  submission = ((await res.json()) as { id: string }).id;
});

const GET_PATHS = [
  '/api/v1/deployments',
  '/api/v1/deployments/export',
  '/api/v1/deployments/bach-mai-lung-cancer-ai',
  '/api/v1/deployments/bach-mai-lung-cancer-ai/revisions',
  '/api/v1/stats',
  '/api/v1/recommendations',
  '/api/v1/landscape',
  '/api/v1/taxonomy',
  '/api/v1/agencies',
  '/api/v1/health',
  '/api/v1/submissions',
  '/api/v1/flags',
  '/api/v1/audit',
  '/api/v1/auth/session',
];
const PARAM_NAMES = [
  'q',
  'sector',
  'province',
  'gap',
  'page',
  'pageSize',
  'sort',
  'lang',
  'format',
  'yearFrom',
  'status',
  'limit',
  'x',
];
const WRITES: [string, () => string][] = [
  ['POST', () => '/api/v1/submissions'],
  ['PUT', () => `/api/v1/submissions/${submission}`],
  ['POST', () => `/api/v1/submissions/${submission}/submit`],
  ['POST', () => `/api/v1/submissions/${submission}/comments`],
  ['POST', () => `/api/v1/submissions/${submission}/approve`],
  ['POST', () => `/api/v1/submissions/${submission}/reject`],
  ['POST', () => '/api/v1/deployments/bach-mai-lung-cancer-ai/flags'],
  ['POST', () => '/api/v1/flags/1/resolve'],
  ['POST', () => '/api/v1/auth/login'],
];

/** Strings that break naive code: SQL and FTS syntax, markup, control characters, huge and odd Unicode. */
const nasty = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE deployments; --',
    'NEAR(a b)',
    '"unterminated',
    '*',
    'a AND OR NOT',
    '<script>alert(1)</script>',
    '%',
    '%zz',
    '%E0%A4%A',
    '\u0000',
    '\uD800',
    'đ'.repeat(5000),
    '-1',
    '1e309',
    '0x10',
    'NaN',
    '[]',
    '{}',
    '../../etc/passwd',
  ),
);

function expectEnvelope(status: number, text: string, context: string): void {
  expect(status, context).toBeLessThan(500);
  if (status >= 400) expect(ErrorSchema.safeParse(JSON.parse(text)).success, `${context}: ${text}`).toBe(true);
}

const stored = () => ({
  version: catalogueVersion(db),
  submissions: db.prepare('SELECT COUNT(*) AS n, group_concat(record) AS r FROM submissions').get(),
  flags: db.prepare('SELECT COUNT(*) AS n FROM flags').get(),
});

describe('hostile input', () => {
  test('query strings of any shape on every GET route', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...GET_PATHS),
        fc.array(fc.tuple(fc.constantFrom(...PARAM_NAMES), nasty), { maxLength: 4 }),
        fc.boolean(),
        async (path, params, signedIn) => {
          const query = params
            .map(
              ([k, v]) =>
                `${k}=${encodeURIComponent((v as string & { toWellFormed(): string }).toWellFormed()).slice(0, 20000)}`,
            )
            .join('&');
          const res = await call(app, signedIn ? reviewer : null, 'GET', `${path}?${query}`);
          expectEnvelope(res.status, await res.text(), `${path}?${query.slice(0, 200)}`);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
    expect(logged).toEqual([]);
  });

  test('raw, badly encoded query strings and paths', async () => {
    for (const raw of [
      '%',
      '%zz',
      'q=%E0%A4%A',
      'q=%FF%FE',
      'sector=%00',
      `q=${'%C3%28'.repeat(50)}`,
      '&&&==&',
      'a[b][c]=1',
    ]) {
      const res = await app.request(`/api/v1/deployments?${raw}`);
      expectEnvelope(res.status, await res.text(), raw);
    }
    for (const path of [
      '/api/v1/deployments/%zz',
      '/api/v1/deployments/%E0%A4%A',
      `/api/v1/deployments/${'a'.repeat(5000)}`,
      '/api/v1/%00',
    ]) {
      const res = await app.request(path);
      expectEnvelope(res.status, await res.text(), path);
    }
  });

  test('JSON bodies with wrong types, deep nesting, huge strings or broken encoding on every write', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.record({ record: fc.jsonValue({ maxDepth: 3 }) }),
      fc.record({ record: fc.record({ title: fc.jsonValue(), sources: fc.jsonValue(), gaps: fc.jsonValue() }) }),
      fc.record({ comment: nasty, message: nasty, email: nasty, password: nasty }),
      fc.constant({ record: JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`) }),
    );
    const before = stored();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...WRITES),
        body,
        fc.constantFrom(officer, reviewer),
        async ([method, path], payload, who) => {
          const res = await call(app, who, method, path(), payload);
          const text = await res.text();
          expectEnvelope(res.status, text, `${method} ${path()} ${JSON.stringify(payload).slice(0, 200)}`);
        },
      ),
      { numRuns: 250, seed: 11 },
    );
    // Refused requests changed nothing; the few accepted ones (a valid comment, a draft) are counted.
    const after = stored();
    expect(after.version).toBeGreaterThanOrEqual(before.version);
    expect(logged).toEqual([]);
  });

  test('a refused write leaves everything stored as it was', async () => {
    const before = stored();
    for (const payload of [
      { record: 'not an object' },
      { record: {}, extra: 1 },
      { deploymentId: 'Bad Id', record: {} },
      { record: { agencyId: 'other-agency' } },
    ]) {
      const res = await call(app, officer, 'POST', '/api/v1/submissions', payload);
      expect(res.status, JSON.stringify(payload)).toBeGreaterThanOrEqual(400);
    }
    /** A body sent as it is, not encoded from a value. */
    const rawPost = (body: string | Uint8Array) =>
      app.request('/api/v1/submissions', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: ORIGIN,
          Cookie: officer.cookie,
          'X-CSRF-Token': officer.csrf,
        },
        body,
      });
    for (const raw of ['{"record":', '\u00ff\u00fe', 'null', '[1,2]']) {
      const res = await rawPost(raw);
      expectEnvelope(res.status, await res.text(), raw);
      expect(res.status).toBe(400);
    }
    const invalidUtf8 = await rawPost(new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]));
    expectEnvelope(invalidUtf8.status, await invalidUtf8.text(), 'invalid UTF-8');
    expect(stored()).toEqual(before);
  });

  test('an oversized body is a 413 and nothing is stored', async () => {
    const before = stored();
    const res = await call(app, officer, 'POST', '/api/v1/submissions', {
      record: { title: { en: 'x'.repeat(600 * 1024) } },
    });
    expect(res.status).toBe(413);
    expect(ErrorSchema.parse(await res.json()).error.code).toBe('payload_too_large');
    expect(stored()).toEqual(before);
  });

  test('abusive headers: odd cookies, tokens and origins', async () => {
    for (const headers of [
      { Cookie: `aila_session=${'x'.repeat(8000)}` },
      { Cookie: 'aila_session=%zz; aila_session=; =;;' },
      { Authorization: 'Bearer ' },
      { Authorization: 'Bearer \u00ff\u00fe' },
      { Authorization: 'Basic YWRtaW46YWRtaW4=' },
      { 'If-None-Match': '*'.repeat(3000) },
      { 'Accept-Encoding': 'br;q=0, gzip;q=2, *' },
      { Origin: 'null' },
    ] as Record<string, string>[]) {
      for (const [method, path] of [
        ['GET', '/api/v1/deployments'],
        ['POST', '/api/v1/submissions'],
      ] as const) {
        const res = await app.request(path, {
          method,
          headers: { ...headers, 'Content-Type': 'application/json' },
          ...(method === 'POST' ? { body: '{}' } : {}),
        });
        const bytes = Buffer.from(await res.arrayBuffer());
        const encoding = res.headers.get('content-encoding');
        const text = (
          encoding === 'br' ? brotliDecompressSync(bytes) : encoding === 'gzip' ? gunzipSync(bytes) : bytes
        ).toString('utf8');
        // br;q=0 means "never brotli".
        if (headers['Accept-Encoding']) expect(encoding).not.toBe('br');
        expectEnvelope(res.status, text, `${method} ${path} ${JSON.stringify(headers).slice(0, 80)}`);
      }
    }
    expect(logged).toEqual([]);
  });
});
