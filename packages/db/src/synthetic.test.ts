import { describe, expect, test } from 'vitest';
import { countDeployments, getDeployment } from './deployments.ts';
import { publish, saveAgency } from './publish.ts';
import { syntheticCatalogue } from './synthetic.ts';
import { openSeededMemoryDb } from './testing.ts';

describe('synthetic catalogue', () => {
  test('is deterministic for a seed and differs across seeds', () => {
    const a = [...syntheticCatalogue(50, 7)];
    const b = [...syntheticCatalogue(50, 7)];
    const c = [...syntheticCatalogue(50, 8)];
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  test('flags every record synthetic, and they stay out of the catalogue unless asked for', () => {
    const db = openSeededMemoryDb();
    const real = countDeployments(db, {});
    let added = 0;
    for (const item of syntheticCatalogue(30, 1)) {
      if (item.kind === 'agency') saveAgency(db, item.agency);
      else {
        expect(item.record.provenance.kind).toBe('synthetic');
        publish(db, item.record, { actor: 'test', origin: 'synthetic', now: '2026-01-01T00:00:00.000Z' });
        added += 1;
      }
    }
    expect(countDeployments(db, {})).toBe(real);
    expect(getDeployment(db, 'synthetic-0')).toBeUndefined();
    expect(countDeployments(db, {}, { includeSynthetic: true })).toBe(real + added);
    expect(getDeployment(db, 'synthetic-0', { includeSynthetic: true })?.provenance.kind).toBe('synthetic');
  });
});
