import type { DeploymentFilters, GapEvidence, Landscape, Stats } from '@aila/domain';
import { catalogue, catalogueVersion, logChange, type ScopeOptions } from './catalogue/index.ts';
import type { Db } from './connection.ts';

/** The parsed landscape per connection, kept while the stored catalogue version stays the same. */
const CACHE = new WeakMap<Db, { version: number; landscape: (Landscape & { updatedAt: string }) | undefined }>();

export function saveLandscape(db: Db, landscape: Landscape, now: string): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO landscape (key, document, updated_at) VALUES ('current', ?, ?)
       ON CONFLICT(key) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
    ).run(JSON.stringify(landscape), now);
    logChange(db, null, now);
  }).immediate();
}

export function getLandscape(db: Db): (Landscape & { updatedAt: string }) | undefined {
  const version = catalogueVersion(db);
  const cached = CACHE.get(db);
  if (cached?.version === version) return cached.landscape;
  const row = db.prepare("SELECT document, updated_at FROM landscape WHERE key = 'current'").get() as
    | { document: string; updated_at: string }
    | undefined;
  const landscape = row ? { ...(JSON.parse(row.document) as Landscape), updatedAt: row.updated_at } : undefined;
  CACHE.set(db, { version, landscape });
  return landscape;
}

/** Every aggregate the overview needs for one scope, with gap flows to the landscape's recommendations. */
export function getStats(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): Stats {
  return catalogue(db).stats(filters, options, getLandscape(db)?.recommendations ?? []);
}

/** Each deployment in scope with whether its gaps were assessed and the gaps found. */
export function gapEvidence(
  db: Db,
  filters: DeploymentFilters,
  options: ScopeOptions = {},
): (GapEvidence & { id: string; title: { en: string; vi: string } })[] {
  return catalogue(db).gapEvidence(filters, options);
}
