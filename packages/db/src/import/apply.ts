import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { type MappedRow, type Mapping, mappedColumns, mapRow } from '@aila/domain';
import { logChange } from '../catalogue/version.ts';
import type { Db } from '../connection.ts';
import { publish, saveAgency, withdraw } from '../publish.ts';
import { ImportInputError, parseFile } from './read.ts';

export interface ImportRejection {
  /** 1-based position of the row in the file's records (the header is not counted). */
  row: number;
  registerId: string | null;
  reasons: string[];
}

export interface ImportReport {
  register: string;
  file: string;
  fileDate: string | null;
  encoding: string;
  rows: number;
  imported: number;
  updated: number;
  unchanged: number;
  rejected: number;
  withdrawn: number;
  dryRun: boolean;
  /** True when the same file was imported before and nothing was read again. */
  skipped: boolean;
  rejections: ImportRejection[];
}

export interface ImportOptions {
  now?: string;
  dryRun?: boolean;
  /** Withdraw even when over half of the register's records left the file. */
  force?: boolean;
  /** Skip the file when it is byte for byte the one imported last time. */
  skipUnchanged?: boolean;
  onProgress?: (done: number, total: number) => void;
}

class DryRun extends Error {}

/**
 * Imports one register's file through its mapping, in one transaction: new records are published,
 * changed ones get a new revision, identical ones are left alone, and records that left the
 * register are withdrawn (never deleted). A bad file or mapping changes nothing.
 */
export function importRegister(db: Db, mapping: Mapping, bytes: Buffer, fileName: string, options: ImportOptions = {}) {
  const now = options.now ?? new Date().toISOString();
  const sha256 = createHash('sha256').update(bytes).update(JSON.stringify(mapping)).digest('hex');
  const file = basename(fileName);
  if (options.skipUnchanged) {
    const last = db.prepare('SELECT file_sha256, rows_in_file FROM registers WHERE id = ?').get(mapping.register.id) as
      | { file_sha256: string; rows_in_file: number }
      | undefined;
    if (last?.file_sha256 === sha256)
      return emptyReport(mapping, file, last.rows_in_file, { skipped: true, dryRun: options.dryRun ?? false });
  }
  const parsed = parseFile(bytes, mapping);
  const missing = mappedColumns(mapping).filter((c) => !parsed.columns.has(c.split('.')[0] as string));
  if (parsed.rows.length > 0 && missing.length)
    throw new ImportInputError(
      'the mapping reads columns the file does not have',
      missing.map((c) => `"${c}"`),
    );

  const report: ImportReport = {
    ...emptyReport(mapping, file, parsed.rows.length, { skipped: false, dryRun: options.dryRun ?? false }),
    fileDate: parsed.fileDate ?? null,
    encoding: parsed.encoding,
  };
  const meta = { actor: `import:${mapping.register.id}`, origin: 'import' as const, now };
  const accepted = new Map<string, MappedRow>();
  const seenIds = new Set<string>();
  // Ids already used by records or agencies that are not this register's: never overwritten.
  const recordOwner = db.prepare('SELECT register FROM deployments WHERE id = ?');
  const agencyUsed = db.prepare(
    'SELECT 1 FROM deployments WHERE agency_id = ? AND (register IS NULL OR register <> ?) LIMIT 1',
  );
  const fromRaw = new Map<string, string>();
  parsed.rows.forEach((row, i) => {
    const mapped = mapRow(mapping, row, file, parsed.fileDate);
    const owner =
      'record' in mapped ? (recordOwner.get(mapped.record.id) as { register: string | null } | undefined) : undefined;
    const clash =
      'record' in mapped
        ? owner && owner.register !== mapping.register.id
          ? `id: "${mapped.record.id}" is a record that is not from this register`
          : agencyUsed.get(mapped.agency.id, mapping.register.id)
            ? `agency: "${mapped.agency.id}" is an agency with records that are not from this register`
            : fromRaw.has(mapped.record.id) && fromRaw.get(mapped.record.id) !== mapped.registerId
              ? `id: "${mapped.registerId}" and "${fromRaw.get(mapped.record.id)}" give the same AILA id`
              : null
        : null;
    if ('record' in mapped) fromRaw.set(mapped.record.id, fromRaw.get(mapped.record.id) ?? mapped.registerId);
    if (clash) report.rejections.push({ row: i + 1, registerId: mapped.registerId, reasons: [clash] });
    else if ('record' in mapped && accepted.has(mapped.record.id))
      report.rejections.push({
        row: i + 1,
        registerId: mapped.registerId,
        reasons: [`id: "${mapped.registerId}" appears earlier in the file`],
      });
    else if ('record' in mapped) accepted.set(mapped.record.id, mapped);
    else report.rejections.push({ row: i + 1, registerId: mapped.registerId, reasons: mapped.reasons });
    if (mapped.registerId) seenIds.add(`${mapping.register.id}-${mapped.registerId}`);
  });
  report.rejected = report.rejections.length;

  const run = db.transaction(() => {
    // The register's records before this run: the base of the withdrawal guard.
    const before = (
      db
        .prepare("SELECT COUNT(*) AS n FROM deployments WHERE register = ? AND status = 'published'")
        .get(mapping.register.id) as { n: number }
    ).n;
    const agencies = new Set<string>();
    let done = 0;
    for (const { record, agency } of accepted.values()) {
      if (!agencies.has(agency.id)) {
        agencies.add(agency.id);
        saveAgency(
          db,
          { ...agency, level: agency.level as never, parentId: null, provinceCode: null, website: null },
          now,
          meta.actor,
        );
      }
      const existed = db.prepare('SELECT revision FROM deployments WHERE id = ?').get(record.id) !== undefined;
      const result = publish(db, record, meta);
      if (!result.changed) report.unchanged += 1;
      else if (existed) report.updated += 1;
      else report.imported += 1;
      done += 1;
      if (done % 200 === 0) options.onProgress?.(done, accepted.size);
    }
    options.onProgress?.(accepted.size, accepted.size);
    // Records of this register that are no longer in the file at all leave the catalogue.
    const present = new Set([...accepted.keys()]);
    const gone = (
      db
        .prepare(
          "SELECT id, json_extract(record, '$.provenance.registerId') AS rid FROM deployments WHERE register = ? AND status = 'published'",
        )
        .all(mapping.register.id) as { id: string; rid: string }[]
    ).filter((r) => !present.has(r.id) && !seenIds.has(`${mapping.register.id}-${r.rid}`));
    if (gone.length > 0 && gone.length * 2 > before && !options.force)
      throw new ImportInputError(
        `the file would withdraw ${gone.length} of the register's ${before} records; check the file, or import with --force`,
      );
    for (const r of gone) withdraw(db, r.id, meta);
    report.withdrawn = gone.length;
    const previous = db
      .prepare('SELECT file_sha256, description FROM registers WHERE id = ?')
      .get(mapping.register.id) as { file_sha256: string; description: string } | undefined;
    const description = JSON.stringify({
      publisher: mapping.register.publisher,
      language: mapping.register.language,
      coverage: mapping.register.coverage,
      caveats: mapping.register.caveats,
    });
    db.prepare(
      `INSERT INTO registers (id, country, name_en, name_vi, url, licence, description, file, file_date, file_sha256, rows_in_file, imported_at)
       VALUES (@id, @country, @name_en, @name_vi, @url, @licence, @description, @file, @file_date, @file_sha256, @rows_in_file, @imported_at)
       ON CONFLICT(id) DO UPDATE SET country = excluded.country, name_en = excluded.name_en, name_vi = excluded.name_vi,
         url = excluded.url, licence = excluded.licence, description = excluded.description, file = excluded.file,
         file_date = excluded.file_date, file_sha256 = excluded.file_sha256, rows_in_file = excluded.rows_in_file,
         imported_at = excluded.imported_at`,
    ).run({
      id: mapping.register.id,
      country: mapping.register.country,
      name_en: mapping.register.name.en,
      name_vi: mapping.register.name.vi,
      url: mapping.register.url,
      licence: mapping.register.licence,
      description,
      file,
      file_date: parsed.fileDate ?? null,
      file_sha256: sha256,
      rows_in_file: parsed.rows.length,
      imported_at: now,
    });
    // Register details (coverage, caveats, file) are part of what readers see: when they change, the version moves.
    if (previous?.file_sha256 !== sha256 || previous?.description !== description) logChange(db, null, now);
    if (options.dryRun) throw new DryRun();
  });
  try {
    run.immediate();
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
  return report;
}

function emptyReport(
  mapping: Mapping,
  file: string,
  rows: number,
  flags: { skipped: boolean; dryRun: boolean },
): ImportReport {
  return {
    register: mapping.register.id,
    file,
    fileDate: null,
    encoding: '',
    rows,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    withdrawn: 0,
    rejections: [],
    ...flags,
  };
}
