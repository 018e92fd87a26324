import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Deployment, indicativeRisk } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import type { Db } from './connection.ts';
import { openDatabase } from './connection.ts';
import { computeFacets, countDeployments, listDeployments } from './deployments.ts';
import { publish } from './publish.ts';
import { openSeededMemoryDb } from './testing.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'release-0002.sqlite');

function published(db: Db): Deployment[] {
  return listDeployments(db, {}, { page: 1, pageSize: 10_000, sort: 'title' }).items as Deployment[];
}

/** The facet's counts, and the same counts computed record by record with the domain's rule. */
function compare(db: Db) {
  const facet = Object.fromEntries(computeFacets(db, {}).indicativeTier.map((v) => [v.value, v.count]));
  const brute: Record<string, number> = {};
  for (const d of published(db)) {
    const tier = indicativeRisk(d).tier;
    brute[tier] = (brute[tier] ?? 0) + 1;
  }
  return { facet, brute };
}

describe('the indicative tier in the catalogue', () => {
  test('the facet counts equal the domain rule applied to every published record', () => {
    const db = openSeededMemoryDb();
    const { facet, brute } = compare(db);
    expect(facet).toEqual(brute);
    expect(Object.values(brute).reduce((a, b) => a + b, 0)).toBe(countDeployments(db, {}));
    expect(brute.high ?? 0).toBeGreaterThan(0);
    expect(countDeployments(db, { indicativeTier: ['high'] })).toBe(brute.high);
  });

  test('a new revision is read again: a staff assistant opened to citizens moves from low to medium', () => {
    const db = openSeededMemoryDb();
    const d = published(db).find((x) => indicativeRisk(x).rule === 'staff_tool');
    expect(d).toBeDefined();
    const {
      agency: _a,
      revision,
      status: _s,
      withdrawnAt: _w,
      publishedAt: _p,
      updatedAt: _u,
      ...record
    } = d as Deployment;
    publish(
      db,
      { ...record, intendedUsers: ['staff', 'citizens'], category: 'virtual_assistant' },
      {
        actor: 'test',
        origin: 'correction',
        now: '2026-02-01T00:00:00.000Z',
        baseRevision: revision,
      },
    );
    expect(countDeployments(db, { indicativeTier: ['medium'], q: '' })).toBe(compare(db).brute.medium);
    expect(compare(db).facet).toEqual(compare(db).brute);
  });

  test('a database from an earlier release gets the column filled when it is opened', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'aila-indicative-')), 'aila.sqlite');
    copyFileSync(FIXTURE, path);
    const db = openDatabase(path);
    const empty = db.prepare("SELECT COUNT(*) AS n FROM deployments WHERE indicative_tier = ''").get() as { n: number };
    expect(empty.n).toBe(0);
    const { facet, brute } = compare(db);
    expect(facet).toEqual(brute);
    db.close();
  });
});
