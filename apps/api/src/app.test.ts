import { DeploymentPageSchema, DeploymentSchema, ErrorSchema, StatsSchema } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { createTestApp } from './testing.ts';

const { app, logged } = createTestApp();
const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
};

describe('GET /api/v1/health', () => {
  test('answers 200 with the number of deployments', async () => {
    const { status, body } = await get('/api/v1/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', time: '2026-06-01T00:00:00.000Z' });
    expect((body as { deployments: number }).deployments).toBeGreaterThanOrEqual(5);
  });
});

describe('GET /api/v1/deployments', () => {
  test('answers {items, total, facets}, every item with a source URL', async () => {
    const { status, body } = await get('/api/v1/deployments?pageSize=100');
    expect(status).toBe(200);
    const page = DeploymentPageSchema.parse(body);
    expect(page.items.length).toBe(page.total);
    for (const d of page.items) {
      expect(d.sources.length).toBeGreaterThan(0);
      expect(d.sources[0]?.url).toMatch(/^https?:\/\//);
      expect(d.provenance.kind).not.toBe('synthetic');
    }
    expect(page.facets.sector.length).toBeGreaterThan(0);
  });

  test('filters by repeated and comma-separated values alike', async () => {
    const a = DeploymentPageSchema.parse((await get('/api/v1/deployments?sector=justice&sector=transport')).body);
    const b = DeploymentPageSchema.parse((await get('/api/v1/deployments?sector=justice,transport')).body);
    expect(a.total).toBeGreaterThan(0);
    expect(a.items.map((d) => d.id)).toEqual(b.items.map((d) => d.id));
    for (const d of a.items) expect(['justice', 'transport']).toContain(d.sector);
  });

  test('searches without diacritics', async () => {
    const page = DeploymentPageSchema.parse((await get('/api/v1/deployments?q=tham%20phan')).body);
    expect(page.items.map((d) => d.id)).toContain('court-judges-assistant');
  });

  test('pageSize=abc is a 400 naming pageSize', async () => {
    const { status, body } = await get('/api/v1/deployments?pageSize=abc');
    expect(status).toBe(400);
    const error = ErrorSchema.parse(body).error;
    expect(error.code).toBe('validation');
    expect(error.message).toContain('pageSize');
    expect(error.details?.map((d) => d.path)).toContain('pageSize');
  });

  test.each([
    ['pageSize=1000', 'pageSize'],
    ['page=0', 'page'],
    ['sector=astrology', 'sector'],
    ['province=VN99', 'province'],
    ['sort=random', 'sort'],
  ])('%s is a 400 naming %s', async (query, field) => {
    const { status, body } = await get(`/api/v1/deployments?${query}`);
    expect(status).toBe(400);
    expect(ErrorSchema.parse(body).error.details?.map((d) => d.path.split('.')[0])).toContain(field);
  });

  test('an unknown parameter is a 400 naming it', async () => {
    const { status, body } = await get('/api/v1/deployments?colour=blue');
    expect(status).toBe(400);
    expect(JSON.stringify(ErrorSchema.parse(body))).toContain('colour');
  });

  test('hostile search strings never cause a 500', async () => {
    for (const q of ['"', "'", '*', '(', 'NEAR(a b', 'a OR', '-x', '%', '\\', '🙂', 'x'.repeat(200)]) {
      const { status } = await get(`/api/v1/deployments?q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
    }
    expect(logged).toEqual([]);
  });
});

describe('GET /api/v1/deployments/:id', () => {
  test('answers a deployment with its revisions', async () => {
    const { status, body } = await get('/api/v1/deployments/court-judges-assistant');
    expect(status).toBe(200);
    const d = DeploymentSchema.parse(body);
    expect(d.agency.name.vi).toBe('Tòa án nhân dân tối cao');
    expect((body as { revisions: unknown[] }).revisions).toHaveLength(1);
  });

  test('an unknown id is a 404 envelope', async () => {
    const { status, body } = await get('/api/v1/deployments/does-not-exist');
    expect(status).toBe(404);
    expect(ErrorSchema.parse(body).error.code).toBe('not_found');
  });

  test('a malformed id is a 400, not a 500', async () => {
    const { status } = await get('/api/v1/deployments/%E2%80%AE..');
    expect(status).toBe(400);
  });
});

describe('GET /api/v1/stats', () => {
  test('counts by category, sector, stage, province and year that add up to the total', async () => {
    const { status, body } = await get('/api/v1/stats');
    expect(status).toBe(200);
    const stats = StatsSchema.parse(body);
    const list = DeploymentPageSchema.parse((await get('/api/v1/deployments')).body);
    expect(stats.total).toBe(list.total);
    for (const key of ['byCategory', 'bySector', 'byStage'] as const) {
      expect(stats[key].reduce((s, x) => s + x.count, 0)).toBe(stats.total);
    }
    expect(stats.byYear.length).toBeGreaterThan(0);
  });

  test('answers for the scope given by the same filters', async () => {
    const stats = StatsSchema.parse((await get('/api/v1/stats?sector=justice')).body);
    const list = DeploymentPageSchema.parse((await get('/api/v1/deployments?sector=justice')).body);
    expect(stats.total).toBe(list.total);
    expect(stats.bySector).toEqual([{ key: 'justice', count: list.total }]);
  });
});

describe('errors and headers', () => {
  test('unknown API routes are 404 envelopes', async () => {
    const { status, body } = await get('/api/v1/nothing-here');
    expect(status).toBe(404);
    expect(ErrorSchema.parse(body).error.code).toBe('not_found');
  });

  test('security headers are set', async () => {
    const { headers } = await get('/api/v1/health');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  test('the OpenAPI 3.1 document lists every route', async () => {
    const { status, body } = await get('/api/v1/openapi.json');
    expect(status).toBe(200);
    const doc = body as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/health', '/taxonomy', '/deployments', '/deployments/{id}', '/stats']),
    );
  });

  test('the API docs page loads its assets locally', async () => {
    const page = await app.request('/api/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    expect((await app.request('/api/docs/swagger-ui-bundle.js')).status).toBe(200);
  });
});

describe('GET /api/v1/taxonomy', () => {
  test('gives every field of the registry with labels in both languages, and the 34 provinces', async () => {
    const { body } = await get('/api/v1/taxonomy');
    type Term = { code: string; label: { en: string; vi: string } };
    const t = body as { fields: { key: string; filter: string[]; codes: Term[] }[]; provinces: unknown[] };
    expect(t.provinces).toHaveLength(34);
    const sector = t.fields.find((f) => f.key === 'sector');
    expect(sector?.codes.find((s) => s.code === 'health')?.label).toEqual({ en: 'Health', vi: 'Y tế' });
    expect(t.fields.find((f) => f.key === 'yearStarted')?.filter).toEqual(['yearFrom', 'yearTo']);
  });
});

describe('synthetic records', () => {
  test('are served only by an app started in benchmark mode', async () => {
    const { openSeededMemoryDb, saveAgency, publish, syntheticCatalogue } = await import('@aila/db');
    const { createApp } = await import('./app.ts');
    const db = openSeededMemoryDb();
    for (const item of syntheticCatalogue(5, 3)) {
      if (item.kind === 'agency') saveAgency(db, item.agency);
      else publish(db, item.record, { actor: 'test', origin: 'synthetic', now: '2026-01-01T00:00:00.000Z' });
    }
    const normal = createApp({ db });
    const bench = createApp({ db, config: { includeSynthetic: true } });
    expect((await normal.request('/api/v1/deployments/synthetic-0')).status).toBe(404);
    expect((await bench.request('/api/v1/deployments/synthetic-0')).status).toBe(200);
    const total = async (app: typeof normal) =>
      ((await (await app.request('/api/v1/stats')).json()) as { total: number }).total;
    expect((await total(bench)) - (await total(normal))).toBe(5);
  });
});

describe('errors', () => {
  test('every error carries a request id, in its body and the X-Request-Id header', async () => {
    const { app } = createTestApp();
    const res = await app.request('/api/v1/deployments?colour=red');
    const body = ErrorSchema.parse(await res.json());
    expect(res.status).toBe(400);
    expect(body.error.requestId).toBeTruthy();
    expect(res.headers.get('x-request-id')).toBe(body.error.requestId);
  });

  test('a failure inside answers 500 with a safe message, logs the cause and leaks no stack', async () => {
    const { app, db, logged } = createTestApp();
    db.close();
    const res = await app.request('/api/v1/stats');
    expect(res.status).toBe(500);
    const text = await res.text();
    const body = ErrorSchema.parse(JSON.parse(text));
    expect(body.error.code).toBe('internal');
    expect(body.error.message).toMatch(/on our side/);
    expect(text).not.toMatch(/at .+\.ts|database connection|TypeError/);
    expect(logged).toHaveLength(1);
    expect(String(logged[0])).toMatch(/not open/);
  });
});
