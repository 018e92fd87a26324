import { publish } from '@aila/db';
import { type Deployment, ErrorSchema, recordOf } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { createTestApp } from './testing.ts';

const { app, db } = createTestApp();
const get = async (path: string) => {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

interface Ranked {
  id: string;
  number: number;
  rank: number;
  addresses: string[];
  priority: { score: number; evidenceCount: number; assessedCount: number; totalCount: number };
  evidence: { id: string; severity: number }[];
  actions: { sources: unknown[] }[];
  sources: unknown[];
}

describe('GET /api/v1/landscape', () => {
  test('returns findings, indicators, milestones and frameworks, every item sourced', async () => {
    const { status, body } = await get('/api/v1/landscape');
    expect(status).toBe(200);
    for (const key of ['findings', 'indicators', 'milestones', 'targets', 'recommendations', 'actions']) {
      const items = body[key] as { sources: unknown[] }[];
      expect(items.length, key).toBeGreaterThan(0);
      for (const item of items) expect(item.sources.length, key).toBeGreaterThan(0);
    }
    const frameworks = body.frameworks as Record<string, { sources: unknown[] }[]>;
    expect(frameworks.highRiskCriteria).toHaveLength(5);
    expect(frameworks.ramDimensions).toHaveLength(5);
    expect(frameworks.ethicsPrinciples).toHaveLength(10);
  });

  test('shows the 2023 readiness-rank discrepancy instead of hiding it', async () => {
    const { body } = await get('/api/v1/landscape');
    const indicators = body.indicators as { year: number; metric: string; value: number; conflictsWith: string[] }[];
    const ranks = indicators.filter((i) => i.year === 2023 && i.metric === 'rank');
    expect(ranks.map((r) => r.value).sort()).toEqual([39, 59]);
    expect(ranks.every((r) => r.conflictsWith.length === 1)).toBe(true);
  });
});

describe('GET /api/v1/recommendations', () => {
  test('ranks six recommendations with priority computed from the assessed gaps in scope', async () => {
    const { status, body } = await get('/api/v1/recommendations');
    expect(status).toBe(200);
    const items = body.items as Ranked[];
    expect(items).toHaveLength(6);
    expect(items.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    for (let i = 1; i < items.length; i++) {
      expect((items[i - 1] as Ranked).priority.score).toBeGreaterThanOrEqual((items[i] as Ranked).priority.score);
    }
    const scope = body.scope as { total: number; assessed: number };
    expect(scope.assessed).toBeGreaterThan(0);
    expect(scope.assessed).toBeLessThan(scope.total);
    for (const r of items) {
      expect(r.priority.assessedCount).toBe(scope.assessed);
      expect(r.evidence).toHaveLength(r.priority.evidenceCount);
      expect(r.sources.length).toBeGreaterThan(0);
    }
  });

  test('a scope changes the ranking: significant people gaps in health put the people recommendation first', async () => {
    // A correction in this test's own database: a health record with a significant people gap.
    const health = (await (await app.request('/api/v1/deployments?sector=health&pageSize=1')).json()) as {
      items: Deployment[];
    };
    const record = recordOf(health.items[0] as Deployment);
    publish(
      db,
      {
        ...record,
        gapsAssessed: true,
        gaps: [
          {
            dimension: 'people',
            issue: 'people.few_specialists',
            severity: 3,
            evidence: 'Test fixture: the system is said to be blocked by a lack of AI specialists.',
            source: record.sources[0]?.url ?? 'https://example.org',
          },
        ],
      },
      { actor: 'test', origin: 'correction', now: '2026-06-01T00:00:00.000Z' },
    );
    const { body } = await get('/api/v1/recommendations?sector=health');
    const items = body.items as Ranked[];
    const top = items[0] as Ranked;
    expect(top.priority.evidenceCount).toBeGreaterThan(0);
    expect(top.addresses).toContain('people.few_specialists');
  });

  test('a scope with no assessed deployment scores zero, not NaN', async () => {
    const { body } = await get('/api/v1/recommendations?sector=customs');
    for (const r of body.items as Ranked[]) expect(r.priority.score).toBe(0);
    expect((body.scope as { assessed: number }).assessed).toBe(0);
  });

  test('bad filters are a 400 naming them', async () => {
    const { status, body } = await get('/api/v1/recommendations?sector=nope');
    expect(status).toBe(400);
    expect(ErrorSchema.parse(body).error.message).toContain('sector');
  });
});

describe('GET /api/v1/agencies', () => {
  test('lists de-duplicated agencies with level, parent and counts', async () => {
    const { body } = await get('/api/v1/agencies');
    const items = body.items as { id: string; parentId: string | null; level: string; deployments: number }[];
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    const ids = new Set(items.map((a) => a.id));
    for (const a of items) if (a.parentId) expect(ids.has(a.parentId)).toBe(true);
    const court = items.find((a) => a.id === 'supreme-peoples-court');
    expect(court?.deployments).toBeGreaterThan(0);
  });
});

describe('GET /api/v1/stats', () => {
  test('says how many deployments are gap-assessed, never treating the rest as zero', async () => {
    const { body } = await get('/api/v1/stats');
    expect(body.assessed).toBeGreaterThan(0);
    expect(body.assessed as number).toBeLessThan(body.total as number);
  });
});
