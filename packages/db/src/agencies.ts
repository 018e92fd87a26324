import type { Agency } from '@aila/domain';
import type { Db } from './connection.ts';
import { markChanged } from './facet-index.ts';

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

export function saveAgency(db: Db, agency: Agency): void {
  db.prepare(
    `INSERT INTO agencies (id, name_en, name_vi, level, parent_id, country, province_code, website)
     VALUES (@id, @name_en, @name_vi, @level, @parent_id, @country, @province_code, @website)
     ON CONFLICT(id) DO UPDATE SET name_en = excluded.name_en, name_vi = excluded.name_vi,
       level = excluded.level, parent_id = excluded.parent_id, country = excluded.country,
       province_code = excluded.province_code, website = excluded.website`,
  ).run({
    id: agency.id,
    name_en: agency.name.en,
    name_vi: agency.name.vi,
    level: agency.level,
    parent_id: agency.parentId,
    country: agency.country,
    province_code: agency.provinceCode,
    website: agency.website,
  });
  markChanged(db);
}

export function getAgency(db: Db, id: string): Agency | undefined {
  const row = db.prepare('SELECT * FROM agencies WHERE id = ?').get(id) as AgencyRow | undefined;
  return row ? toAgency(row) : undefined;
}

/** Agencies with the number of published, non-synthetic deployments each runs. */
export function listAgencies(db: Db): (Agency & { deployments?: number })[] {
  const rows = db
    .prepare(
      `SELECT a.*, (SELECT COUNT(*) FROM deployments d WHERE d.agency_id = a.id AND d.provenance <> 'synthetic') AS deployments
       FROM agencies a ORDER BY a.name_en COLLATE NOCASE`,
    )
    .all() as AgencyRow[];
  return rows.map(toAgency);
}
