import type { DeploymentFilters, GapEvidence, Landscape } from '@aila/domain';
import type { Db } from './connection.ts';
import { buildWhere, type ScopeOptions } from './where.ts';

export function saveLandscape(db: Db, landscape: Landscape, now: string): void {
  db.prepare(
    `INSERT INTO landscape (key, document, updated_at) VALUES ('current', ?, ?)
     ON CONFLICT(key) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at`,
  ).run(JSON.stringify(landscape), now);
}

export function getLandscape(db: Db): (Landscape & { updatedAt: string }) | undefined {
  const row = db.prepare("SELECT document, updated_at FROM landscape WHERE key = 'current'").get() as
    | { document: string; updated_at: string }
    | undefined;
  return row ? { ...(JSON.parse(row.document) as Landscape), updatedAt: row.updated_at } : undefined;
}

/** Each deployment in scope with whether its gaps were assessed and the gaps found. */
export function gapEvidence(
  db: Db,
  filters: DeploymentFilters,
  options: ScopeOptions = {},
): (GapEvidence & { id: string; title: { en: string; vi: string } })[] {
  const where = buildWhere(filters, options);
  const rows = db
    .prepare(
      `SELECT d.id, d.title_en, d.title_vi, d.gaps_assessed, g.issue, g.severity
       FROM deployments d LEFT JOIN gaps g ON g.deployment_id = d.id ${where.sql}
       ORDER BY d.id`,
    )
    .all(...where.params) as {
    id: string;
    title_en: string;
    title_vi: string;
    gaps_assessed: number;
    issue: string | null;
    severity: number | null;
  }[];
  const byId = new Map<string, GapEvidence & { id: string; title: { en: string; vi: string } }>();
  for (const row of rows) {
    let entry = byId.get(row.id);
    if (!entry) {
      entry = {
        id: row.id,
        title: { en: row.title_en, vi: row.title_vi },
        gapsAssessed: row.gaps_assessed === 1,
        gaps: [],
      };
      byId.set(row.id, entry);
    }
    if (row.issue !== null && row.severity !== null)
      entry.gaps.push({
        issue: row.issue as GapEvidence['gaps'][number]['issue'],
        severity: row.severity as 0 | 1 | 2 | 3,
      });
  }
  return [...byId.values()];
}
