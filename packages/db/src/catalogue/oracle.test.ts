import {
  ARRAY_FILTER_KEYS,
  type ArrayFilterKey,
  type Deployment,
  type DeploymentFilters,
  type DeploymentRecord,
  deploymentValue,
  FACET_FIELDS,
  FIELD_LIST,
  FIELDS,
  type FieldDef,
  type FieldKey,
  fieldCodes,
  foldText,
  GAP_DIMENSIONS,
  isOlder,
  parseGapFilter,
  recordOf,
  SIGNIFICANT_SEVERITY,
  searchTokens,
  valueAt,
  valueLabel,
  YEAR_FIELDS,
} from '@aila/domain';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { getAgency, listAgencies } from '../agencies.ts';
import { computeFacets, countDeployments, getDeployment } from '../deployments.ts';
import { publish, saveAgency, withdraw } from '../publish.ts';
import { openSeededMemoryDb } from '../testing.ts';

// The engine against a brute-force evaluation of the same filters over the raw records.
const db = openSeededMemoryDb();
const NOW = '2026-07-01T00:00:00.000Z';
const meta = { actor: 'test', origin: 'correction' as const, now: NOW };
const seedIds = (db.prepare('SELECT id FROM deployments ORDER BY id').all() as { id: string }[]).map((r) => r.id);

// Writes after the first build, so that what is compared is the incrementally updated engine.
countDeployments(db, {});
const record = (id: string): DeploymentRecord => recordOf(getDeployment(db, id) as Deployment);
for (const id of seedIds.slice(0, 3)) withdraw(db, id, meta);
for (const [k, id] of seedIds.slice(3, 9).entries()) {
  const r = record(id);
  publish(
    db,
    {
      ...r,
      sector: k % 2 ? 'health' : 'transport',
      techniques: ['speech', 'other'],
      stage: 'retired',
      yearLatestInfo: 2020 + k,
      gapsAssessed: true,
      gaps: [
        {
          dimension: 'finance',
          issue: 'finance.recurring_cost',
          severity: ((k % 3) + 1) as 1 | 2 | 3,
          source: r.sources[0]?.url ?? 'https://example.org',
        },
      ],
    },
    meta,
  );
}
const renamed = getAgency(db, record(seedIds[10] ?? '').agencyId);
if (renamed)
  saveAgency(db, { ...renamed, level: 'commune', name: { en: 'Renamed Zephyr Office', vi: 'Văn phòng Zephyr' } }, NOW);

const published = seedIds.flatMap((id) => {
  const d = getDeployment(db, id);
  return d && d.status === 'published' ? [d] : [];
});
const agencyIds = listAgencies(db).map((a) => a.id);

/** The values a record holds for a filter, read by the registry's path. */
function valuesOf(d: Deployment, key: ArrayFilterKey): string[] {
  const f: FieldDef = FIELDS[key];
  if (f.kind === 'gap') return [];
  if (f.from === 'checkedOn') return [isOlder(f, d.reviewedOn ?? d.updatedAt.slice(0, 10), new Date()) ? 'yes' : 'no'];
  const raw = deploymentValue(f, d);
  if (f.kind === 'flag') return [raw ? 'yes' : 'no'];
  if (Array.isArray(raw)) return raw.map(String);
  return [raw === null || raw === undefined ? (f.nullCode ?? '') : String(raw)];
}

const worst = (d: Deployment, dimension: string) =>
  Math.max(0, ...d.gaps.filter((g) => g.dimension === dimension).map((g) => g.severity));

function passes(d: Deployment, filters: DeploymentFilters, key: ArrayFilterKey): boolean {
  const wanted = filters[key];
  if (!wanted?.length) return true;
  if (FIELDS[key].kind === 'gap') return wanted.map(parseGapFilter).some((g) => worst(d, g.dimension) >= g.minSeverity);
  return valuesOf(d, key).some((v) => wanted.includes(v));
}

/** Whole words, the last one also as a prefix, in the same text the search indexes. */
function matchesText(d: Deployment, q: string | undefined): boolean {
  const tokens = q ? searchTokens(q) : [];
  if (tokens.length === 0) return true;
  const text = foldText(
    [
      d.title.en,
      d.title.vi,
      d.vendor ?? '',
      d.summary.en,
      d.summary.vi,
      d.originalPlace ?? '',
      d.agency.name.en,
      d.agency.name.vi,
      ...d.sources.map((s) => `${s.title ?? ''} ${s.publisher ?? ''}`),
      // The labels of the searchable coded fields, in both languages.
      ...FIELD_LIST.filter((f) => f.search).flatMap((f) =>
        valuesOf(d, f.key as ArrayFilterKey).flatMap((code) => {
          const label = valueLabel(f.key as FieldKey, code);
          return label ? [label.en, label.vi] : [];
        }),
      ),
    ].join(' '),
  );
  const words = text.split(/[^\p{L}\p{N}]+/u);
  return tokens.every((t, i) => words.some((w) => (i === tokens.length - 1 ? w.startsWith(t) : w === t)));
}

function passesOthers(d: Deployment, filters: DeploymentFilters, except: ArrayFilterKey | null): boolean {
  for (const key of ARRAY_FILTER_KEYS) if (key !== except && !passes(d, filters, key)) return false;
  for (const f of YEAR_FIELDS) {
    const [fromKey, toKey] = f.range ?? [];
    const from = (filters as Record<string, number | undefined>)[fromKey ?? ''];
    const to = (filters as Record<string, number | undefined>)[toKey ?? ''];
    if (from === undefined && to === undefined) continue;
    const year = valueAt(d, f.path ?? '');
    if (typeof year !== 'number' || year < (from ?? -Infinity) || year > (to ?? Infinity)) return false;
  }
  return matchesText(d, filters.q);
}

const dims = Object.keys(GAP_DIMENSIONS);
const valuePool = (key: ArrayFilterKey): string[] => {
  const f: FieldDef = FIELDS[key];
  if (f.kind === 'gap') return dims.flatMap((d) => [`${d}:1`, `${d}:2`, `${d}:3`]);
  if (f.values === 'agency') return [...agencyIds.slice(0, 12), 'no-such-agency'];
  if (f.values === 'register') return ['aila', 'no-such-register'];
  return [...(fieldCodes(f) ?? [])];
};

const listFilters = fc
  .uniqueArray(fc.constantFrom(...ARRAY_FILTER_KEYS), { maxLength: 3 })
  .chain((keys) =>
    fc.tuple(
      ...keys.map((key) =>
        fc
          .subarray(valuePool(key), { minLength: 1, maxLength: Math.min(4, valuePool(key).length) })
          .map((values) => [key, values] as const),
      ),
    ),
  );
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, arbitrary);

const filtersArbitrary: fc.Arbitrary<DeploymentFilters> = fc
  .record({
    lists: listFilters,
    yearFrom: maybe(fc.integer({ min: 2015, max: 2026 })),
    yearTo: maybe(fc.integer({ min: 2018, max: 2027 })),
    latestFrom: maybe(fc.integer({ min: 2019, max: 2026 })),
    q: maybe(
      fc.constantFrom(
        'tro ly ao',
        'da nang',
        'camera',
        'chatbot',
        'Hà Nội',
        'đ',
        'zephyr',
        'a',
        'ai',
        'facial recognition',
        'y te',
        'giao thong',
      ),
    ),
  })
  .map(({ lists, ...rest }) => {
    const filters: Record<string, unknown> = Object.fromEntries(lists);
    for (const [key, value] of Object.entries(rest)) if (value !== undefined) filters[key] = value;
    return filters as DeploymentFilters;
  });

describe('the catalogue engine, against a brute-force evaluation', () => {
  test('totals and every facet count agree for hundreds of random filter combinations', () => {
    expect(published.length).toBe(seedIds.length - 3);
    let nonEmpty = 0;
    fc.assert(
      fc.property(filtersArbitrary, (filters) => {
        const expected = published.filter((d) => passesOthers(d, filters, null)).length;
        if (expected > 0) nonEmpty += 1;
        expect(countDeployments(db, filters), JSON.stringify(filters)).toBe(expected);
        const facets = computeFacets(db, filters);
        for (const key of FACET_FIELDS) {
          const counts = new Map<string, number>();
          for (const d of published) {
            if (!passesOthers(d, filters, key)) continue;
            const values =
              FIELDS[key].kind === 'gap'
                ? dims
                    .filter((dim) => worst(d, dim) >= SIGNIFICANT_SEVERITY)
                    .map((dim) => `${dim}:${SIGNIFICANT_SEVERITY}`)
                : valuesOf(d, key);
            for (const v of new Set(values)) counts.set(v, (counts.get(v) ?? 0) + 1);
          }
          const got = facets[key];
          for (const { value, count } of got)
            expect(count, `${key}=${value} ${JSON.stringify(filters)}`).toBe(counts.get(value));
          expect(got.length, `${key} ${JSON.stringify(filters)}`).toBe(
            Math.min(counts.size, key === 'agency' ? 50 : Infinity),
          );
        }
      }),
      { numRuns: 300, seed: 20261123 },
    );
    // The combinations must exercise the engine, not mostly compare empty results.
    expect(nonEmpty).toBeGreaterThan(150);
  }, 60_000);
});
