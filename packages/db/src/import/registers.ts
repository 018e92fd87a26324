import type { Label } from '@aila/domain';
import type { Db } from '../connection.ts';

export interface RegisterSummary {
  id: string;
  country: string;
  name: Label;
  publisher: string;
  url: string;
  licence: string;
  language: string;
  coverage: Label;
  caveats: Label[];
  file: string;
  fileDate: string | null;
  rowsInFile: number;
  importedAt: string;
  /** Published records from this register now. */
  records: number;
  agencies: number;
}

interface Row {
  id: string;
  country: string;
  name_en: string;
  name_vi: string;
  url: string;
  licence: string;
  description: string;
  file: string;
  file_date: string | null;
  rows_in_file: number;
  imported_at: string;
  records: number;
  agencies: number;
}

/** The registers imported so far, with what their mappings say of their coverage and caveats. */
export function listRegisters(db: Db): RegisterSummary[] {
  const rows = db
    .prepare(
      `SELECT r.*,
         (SELECT COUNT(*) FROM deployments d WHERE d.register = r.id AND d.status = 'published') AS records,
         (SELECT COUNT(DISTINCT d.agency_id) FROM deployments d WHERE d.register = r.id AND d.status = 'published') AS agencies
       FROM registers r ORDER BY r.country, r.id`,
    )
    .all() as Row[];
  return rows.map((r) => {
    const d = JSON.parse(r.description) as { publisher: string; language: string; coverage: Label; caveats: Label[] };
    return {
      id: r.id,
      country: r.country,
      name: { en: r.name_en, vi: r.name_vi },
      publisher: d.publisher,
      url: r.url,
      licence: r.licence,
      language: d.language,
      coverage: d.coverage,
      caveats: d.caveats,
      file: r.file,
      fileDate: r.file_date,
      rowsInFile: r.rows_in_file,
      importedAt: r.imported_at,
      records: r.records,
      agencies: r.agencies,
    };
  });
}
