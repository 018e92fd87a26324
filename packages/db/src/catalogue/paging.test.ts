import { type DeploymentFilters, SORTS } from '@aila/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { listDeployments, listDeploymentsJson } from '../deployments.ts';
import { openSeededMemoryDb } from '../testing.ts';
import { catalogue } from './index.ts';

// A view's first page is picked from the best few; later asks page through one complete order.
// Both ways must give the same records in the same order.
const db = openSeededMemoryDb();
const ids = (filters: DeploymentFilters, options: Parameters<typeof listDeployments>[2]) =>
  listDeployments(db, filters, options).items.map((d) => d.id);

const filtersArbitrary = fc.record(
  {
    q: fc.constantFrom('tro ly ao', 'camera', 'ha noi', 'giao thong', 'ai', 'y te'),
    sector: fc.subarray(['health', 'transport', 'public_administration', 'justice', 'education'], { minLength: 1 }),
    stage: fc.subarray(['pilot', 'in_use', 'planned'], { minLength: 1 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<DeploymentFilters>;

describe('paging a view', () => {
  test('the first page asked for equals that page of the complete order, and the pages add up to the whole', () => {
    let paged = 0;
    fc.assert(
      fc.property(
        filtersArbitrary,
        fc.constantFrom(...SORTS),
        fc.constantFrom('en' as const, 'vi' as const),
        fc.integer({ min: 1, max: 9 }),
        (filters, sort, locale, pageSize) => {
          catalogue(db).forgetRecent();
          const first = ids(filters, { page: 1, pageSize, sort, locale });
          const whole = ids(filters, { page: 1, pageSize: 1000, sort, locale });
          expect(first).toEqual(whole.slice(0, pageSize));
          const pages: string[] = [];
          for (let page = 1; (page - 1) * pageSize < whole.length; page++)
            pages.push(...ids(filters, { page, pageSize, sort, locale }));
          expect(pages).toEqual(whole);
          expect(new Set(whole).size).toBe(whole.length);
          if (whole.length > pageSize) paged += 1;
        },
      ),
      { numRuns: 200, seed: 20261123 },
    );
    // Most views must span several pages, or the comparison says little.
    expect(paged).toBeGreaterThan(60);
  });

  test('the page sent as stored JSON carries the same records, totals and facets as the parsed one', () => {
    for (const filters of [{}, { q: 'tro ly ao' }, { sector: ['health'] }] as DeploymentFilters[]) {
      const options = { page: 2, pageSize: 5, locale: 'vi' as const };
      const parsed = listDeployments(db, filters, options);
      const sent = JSON.parse(listDeploymentsJson(db, filters, options).toString('utf8'));
      expect(sent.items).toEqual(parsed.items);
      expect(sent.total).toBe(parsed.total);
      expect(sent.facets).toEqual(parsed.facets);
    }
  });
});
