import { type DeploymentRecord, SIGNIFICANT_SEVERITY } from '@aila/domain';
import { describe, expect, test } from 'vitest';
import { getLandscape, getStats } from './landscape.ts';
import { readSeedFiles } from './seed.ts';
import { openSeededMemoryDb, SEED_DIR } from './testing.ts';

const db = openSeededMemoryDb();
const records = readSeedFiles(SEED_DIR).deployments as DeploymentRecord[];

describe('getStats', () => {
  const stats = getStats(db, {});

  test('the gap heatmap counts assessed deployments with a severity ≥ 2 gap per category and dimension', () => {
    for (const row of stats.gapHeatmap) {
      const inCategory = records.filter((r) => r.category === row.category && r.gapsAssessed);
      expect(row.assessed).toBe(inCategory.length);
      for (const cell of row.cells) {
        const expected = inCategory.filter((r) =>
          (r.gaps ?? []).some((g) => g.dimension === cell.dimension && g.severity >= 2),
        );
        expect(cell.count, `${row.category} × ${cell.dimension}`).toBe(expected.length);
      }
    }
    expect(stats.gapHeatmap.reduce((s, r) => s + r.assessed, 0)).toBe(stats.assessed);
  });

  test('ethics counts add up to the total for every principle, unknown when not assessed', () => {
    for (const p of stats.ethics) expect(p.met + p.partial + p.notMet + p.unknown).toBe(stats.total);
  });

  test('gap flows weigh each recommendation by deployments with a significant addressed gap in that dimension', () => {
    const recs = getLandscape(db)?.recommendations ?? [];
    for (const rec of recs)
      for (const dimension of ['data', 'infrastructure', 'people', 'finance', 'policy']) {
        const issues = new Set(rec.addresses.filter((a) => a.startsWith(`${dimension}.`)));
        const expected = records.filter((r) =>
          (r.gaps ?? []).some((g) => g.severity >= SIGNIFICANT_SEVERITY && issues.has(g.issue)),
        ).length;
        const flow = stats.gapFlows.find((f) => f.recommendation === rec.id && f.dimension === dimension);
        expect(flow?.weight ?? 0, `${rec.id} ${dimension}`).toBe(expected);
      }
  });

  test('public/private AI and builder counts cover every deployment', () => {
    expect(stats.byAiKind.reduce((s, x) => s + x.count, 0)).toBe(stats.total);
    expect(stats.byBuilder.reduce((s, x) => s + x.count, 0)).toBe(stats.total);
  });
});
