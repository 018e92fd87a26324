import type { DeploymentFilters, GapEvidence, Landscape } from '@aila/domain';
import type { Db } from './connection.ts';
import { catalogueIndex, type ScopeOptions } from './facet-index.ts';

/** The parsed landscape per connection: read on every stats request, written only by the seed. */
const CACHE = new WeakMap<Db, Landscape & { updatedAt: string }>();

export function saveLandscape(db: Db, landscape: Landscape, now: string): void {
  CACHE.delete(db);
  db.prepare(
    `INSERT INTO landscape (key, document, updated_at) VALUES ('current', ?, ?)
     ON CONFLICT(key) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(landscape), now);
}

export function getLandscape(db: Db): (Landscape & { updatedAt: string }) | undefined {
  const cached = CACHE.get(db);
  if (cached) return cached;
  const row = db.prepare("SELECT document, updated_at FROM landscape WHERE key = 'current'").get() as
    | { document: string; updated_at: string }
    | undefined;
  if (!row) return undefined;
  const landscape = { ...(JSON.parse(row.document) as Landscape), updatedAt: row.updated_at };
  CACHE.set(db, landscape);
  return landscape;
}

/** Each deployment in scope with whether its gaps were assessed and the gaps found. */
export function gapEvidence(
  db: Db,
  filters: DeploymentFilters,
  options: ScopeOptions = {},
): (GapEvidence & { id: string; title: { en: string; vi: string } })[] {
  return catalogueIndex(db).gapEvidence(filters, options);
}
