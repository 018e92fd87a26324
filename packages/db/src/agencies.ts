import type { Agency } from '@aila/domain';
import type { Db } from './connection.ts';

interface AgencyRow {
  id: string;
  name_en: string;
  name_vi: string;
  level: Agency['level'];
  parent_id: string | null;
  country: Agency['country'];
  province_code: string | null;
  website: string | null;
  deployments?: number;
}

function toAgency(row: AgencyRow): Agency & { deployments?: number } {
  return {
    id: row.id,
    name: { en: row.name_en, vi: row.name_vi },
    level: row.level,
    parentId: row.parent_id,
    country: row.country,
    provinceCode: row.province_code,
    website: row.website,
    ...(row.deployments === undefined ? {} : { deployments: row.deployments }),
  };
}

export function getAgency(db: Db, id: string): Agency | undefined {
  const row = db.prepare('SELECT * FROM agencies WHERE id = ?').get(id) as AgencyRow | undefined;
  return row ? toAgency(row) : undefined;
}

/** Agencies with the number of published, non-synthetic deployments each runs. */
export function listAgencies(db: Db): (Agency & { deployments?: number })[] {
  const rows = db
    .prepare(
      `SELECT a.*, (SELECT COUNT(*) FROM deployments d
                    WHERE d.agency_id = a.id AND d.provenance <> 'synthetic' AND d.status = 'published') AS deployments
       FROM agencies a ORDER BY a.name_en COLLATE NOCASE`,
    )
    .all() as AgencyRow[];
  return rows.map(toAgency);
}
