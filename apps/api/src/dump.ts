import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogueVersion, type Db, listAgencies, listRegisters } from '@aila/db';
import { dataPackage, deploymentsTableSchema, type TableSchema } from '@aila/domain';
import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { type ExportRequest, exportMeta, exportStream } from './export.ts';

const CITATION =
  'AILA — open catalogue of AI in the public sector. Cite each record by its id and revision, and its own sources.';

/** The CSV of an export as text, without the byte-order mark (a Data Package states its encoding). */
async function csvText(db: Db, request: ExportRequest): Promise<string> {
  const text = await new Response(exportStream(db, { ...request, format: 'csv' })).text();
  return text.replace(/^\uFEFF/, '');
}

/**
 * The filtered view as a Frictionless Tabular Data Package: a ZIP holding `datapackage.json`
 * (table schema generated from the field registry; filters, date, catalogue version, licence and
 * citation) and `deployments.csv`.
 */
export async function deploymentsPackage(db: Db, request: ExportRequest): Promise<Uint8Array> {
  const meta = exportMeta(db, request);
  const csv = await csvText(db, request);
  const descriptor = dataPackage({
    name: 'aila-deployments',
    title: 'AILA — AI in the public sector (filtered view)',
    description: `Deployments matching: ${meta.filters}. Column names and labels in ${request.locale === 'vi' ? 'Vietnamese' : 'English'}.`,
    created: meta.generatedAt,
    version: String(meta.catalogueVersion),
    homepage: meta.url,
    provenance: { filters: meta.filters, view: meta.url, catalogueVersion: meta.catalogueVersion, citation: CITATION },
    resources: [{ name: 'deployments', path: 'deployments.csv', schema: deploymentsTableSchema(request.locale) }],
  });
  return zipSync({
    'datapackage.json': strToU8(`${JSON.stringify(descriptor, null, 2)}\n`),
    'deployments.csv': strToU8(csv),
  });
}

const text = (name: string, description: string): TableSchema['fields'][number] => ({
  name,
  description,
  type: 'string',
});

/** Every published revision of every record (withdrawals included), as the public history shows them. */
function revisionsCsv(db: Db, includeSynthetic: boolean): string {
  const rows = db
    .prepare(
      `SELECT r.deployment_id, r.revision, r.status, r.origin, r.published_at, r.record FROM deployment_revisions r
       JOIN deployments d ON d.id = r.deployment_id
       WHERE ? OR d.provenance <> 'synthetic' ORDER BY r.deployment_id, r.revision`,
    )
    .raw()
    .all(includeSynthetic ? 1 : 0) as unknown[][];
  return stringify([['id', 'revision', 'status', 'origin', 'publishedAt', 'record'], ...rows]);
}

/**
 * The whole catalogue as a Data Package: current records (with withdrawn ones marked by their
 * status in the revisions), every revision with its record as JSON, agencies and registers.
 */
export async function fullPackage(db: Db, request: ExportRequest, includeSynthetic: boolean): Promise<Uint8Array> {
  const meta = exportMeta(db, request);
  const deployments = await csvText(db, { ...request, filters: {} });
  const agencies = stringify([
    ['id', 'name_en', 'name_vi', 'level', 'country', 'province_code', 'parent_id', 'website'],
    ...listAgencies(db).map((a) => [
      a.id,
      a.name.en,
      a.name.vi,
      a.level,
      a.country,
      a.provinceCode,
      a.parentId,
      a.website,
    ]),
  ]);
  const registers = stringify([
    [
      'id',
      'country',
      'name_en',
      'publisher',
      'url',
      'licence',
      'file',
      'file_date',
      'rows_in_file',
      'records',
      'imported_at',
    ],
    ...listRegisters(db).map((r) => [
      r.id,
      r.country,
      r.name.en,
      r.publisher,
      r.url,
      r.licence,
      r.file,
      r.fileDate,
      r.rowsInFile,
      r.records,
      r.importedAt,
    ]),
  ]);
  const descriptor = dataPackage({
    name: 'aila-catalogue',
    title: 'AILA — the full catalogue with every revision',
    description:
      'Every published record, every revision since the first (as JSON in revisions.csv), the agencies and the registers imported from other countries.',
    created: meta.generatedAt,
    version: String(catalogueVersion(db)),
    homepage: `${request.baseUrl}/explore`,
    provenance: { catalogueVersion: meta.catalogueVersion, citation: CITATION },
    resources: [
      { name: 'deployments', path: 'deployments.csv', schema: deploymentsTableSchema(request.locale) },
      {
        name: 'revisions',
        path: 'revisions.csv',
        schema: {
          fields: [
            text('id', 'Record id'),
            { name: 'revision', type: 'integer', description: 'Revision number' },
            { ...text('status', 'published or withdrawn'), constraints: { enum: ['published', 'withdrawn'] } },
            text('origin', 'How it was written: seed, submission, import or correction'),
            { name: 'publishedAt', type: 'datetime', description: 'When the revision was published' },
            text('record', 'The record as JSON (see the data dictionary on the About page)'),
          ],
          missingValues: [''],
          primaryKey: ['id', 'revision'],
        },
      },
      {
        name: 'agencies',
        path: 'agencies.csv',
        schema: {
          fields: ['id', 'name_en', 'name_vi', 'level', 'country', 'province_code', 'parent_id', 'website'].map((n) =>
            text(n, n.replace('_', ' ')),
          ),
          missingValues: [''],
          primaryKey: 'id',
        },
      },
      {
        name: 'registers',
        path: 'registers.csv',
        schema: {
          fields: [
            ...['id', 'country', 'name_en', 'publisher', 'url', 'licence', 'file', 'file_date'].map((n) =>
              text(n, n.replace('_', ' ')),
            ),
            { name: 'rows_in_file', type: 'integer' },
            { name: 'records', type: 'integer' },
            { name: 'imported_at', type: 'datetime' },
          ],
          missingValues: [''],
          primaryKey: 'id',
        },
      },
    ],
  });
  return zipSync({
    'datapackage.json': strToU8(`${JSON.stringify(descriptor, null, 2)}\n`),
    'deployments.csv': strToU8(deployments),
    'revisions.csv': strToU8(revisionsCsv(db, includeSynthetic)),
    'agencies.csv': strToU8(agencies),
    'registers.csv': strToU8(registers),
  });
}

/** Tables that hold people, sessions, drafts, reports or private answers: never in the public dump. */
const PRIVATE_TABLES = [
  'users',
  'sessions',
  'api_tokens',
  'submissions',
  'submission_comments',
  'flags',
  'audit_log',
  'readiness_responses',
  'readiness_pseudonyms',
];

/**
 * The catalogue as a SQLite file: an online backup with every private table emptied, the
 * revisions' actors blanked (their origin is kept) and synthetic records left out.
 */
export async function sqliteDump(db: Db, includeSynthetic: boolean): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'aila-dump-'));
  const path = join(dir, 'aila.sqlite');
  try {
    await db.backup(path);
    const copy = new Database(path);
    try {
      // Rows that point at accounts go with them: the copy checks no foreign keys while it is emptied.
      copy.pragma('foreign_keys = OFF');
      const tables = new Set(
        (copy.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
          (t) => t.name,
        ),
      );
      copy.transaction(() => {
        // Triggers guard the audit log against deletion in the live database; the copy drops them first.
        for (const t of copy.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
          name: string;
        }[])
          copy.exec(`DROP TRIGGER "${t.name.replaceAll('"', '""')}"`);
        for (const table of PRIVATE_TABLES) if (tables.has(table)) copy.exec(`DELETE FROM "${table}"`);
        copy.exec("UPDATE deployment_revisions SET actor = ''");
        if (!includeSynthetic) {
          copy.exec(
            "DELETE FROM deployment_revisions WHERE deployment_id IN (SELECT id FROM deployments WHERE provenance = 'synthetic')",
          );
          for (const t of ['sources', 'gaps', 'ethics'])
            if (tables.has(t))
              copy.exec(
                `DELETE FROM ${t} WHERE deployment_id IN (SELECT id FROM deployments WHERE provenance = 'synthetic')`,
              );
          copy.exec("DELETE FROM deployments WHERE provenance = 'synthetic'");
        }
      })();
      copy.pragma('journal_mode = DELETE');
      copy.exec('VACUUM');
    } finally {
      copy.close();
    }
    return readFileSync(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The last dump of each kind, kept until the catalogue changes or the day turns: a dump is made
 * once per version and day, and requests that arrive while it is being made wait for that one.
 */
const made = new Map<string, { stamp: string; bytes: Promise<Uint8Array> }>();
export function memoDump(db: Db, kind: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const stamp = `${catalogueVersion(db)}:${new Date().toISOString().slice(0, 10)}`;
  const hit = made.get(kind);
  if (hit && hit.stamp === stamp) return hit.bytes;
  const bytes = make();
  made.set(kind, { stamp, bytes });
  bytes.catch(() => made.delete(kind));
  return bytes;
}
