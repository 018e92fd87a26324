import {
  type Deployment,
  type DeploymentFilters,
  type DeploymentRecord,
  type DeploymentPage as DomainPage,
  type ExportRow,
  type Facets,
  OUTSIDE_VIETNAM,
  type Sort,
} from '@aila/domain';
import type { Statement } from 'better-sqlite3';
import { catalogue, type ScopeOptions } from './catalogue/index.ts';
import type { Db } from './connection.ts';

interface DeploymentRow {
  record: string;
  agency_id: string;
  agency_name_en: string;
  agency_name_vi: string;
  agency_level: string;
  revision: number;
  status: 'published' | 'withdrawn';
  withdrawn_at: string | null;
  published_at: string;
  updated_at: string;
}

const SELECT_DEPLOYMENT = `
  SELECT d.rowid AS rowid, d.record, d.agency_id, a.name_en AS agency_name_en, a.name_vi AS agency_name_vi,
         a.level AS agency_level, d.revision, d.status, d.withdrawn_at, d.published_at, d.updated_at
  FROM deployments d JOIN agencies a ON a.id = d.agency_id`;

/** The fields a published record carries besides the stored record. */
function envelope(row: Omit<DeploymentRow, 'record'>) {
  return {
    agency: {
      id: row.agency_id,
      name: { en: row.agency_name_en, vi: row.agency_name_vi },
      level: row.agency_level as Deployment['agency']['level'],
    },
    revision: row.revision,
    status: row.status,
    withdrawnAt: row.withdrawn_at,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

function toDeployment(row: DeploymentRow): Deployment {
  return { ...(JSON.parse(row.record) as DeploymentRecord), ...envelope(row) };
}

/** A record by id, withdrawn ones included (their page stays citable); synthetic ones only when asked. */
export function getDeployment(db: Db, id: string, options: ScopeOptions = {}): Deployment | undefined {
  const row = db
    .prepare(`${SELECT_DEPLOYMENT} WHERE d.id = ?${options.includeSynthetic ? '' : " AND d.provenance <> 'synthetic'"}`)
    .get(id) as DeploymentRow | undefined;
  return row ? toDeployment(row) : undefined;
}

export interface RevisionSummary {
  revision: number;
  status: 'published' | 'withdrawn';
  /** The path it came through: seed, submission, import, correction. */
  origin: string;
  publishedAt: string;
}

export function listRevisions(db: Db, id: string): RevisionSummary[] {
  return db
    .prepare(
      `SELECT revision, status, origin, published_at AS publishedAt FROM deployment_revisions
       WHERE deployment_id = ? ORDER BY revision DESC`,
    )
    .all(id) as RevisionSummary[];
}

/** Every version of a record, oldest first, with the stored record of each. */
export function revisionRecords(db: Db, id: string): (RevisionSummary & { record: DeploymentRecord })[] {
  return (
    db
      .prepare(
        `SELECT revision, status, origin, published_at AS publishedAt, record FROM deployment_revisions
         WHERE deployment_id = ? ORDER BY revision`,
      )
      .all(id) as (RevisionSummary & { record: string })[]
  ).map((r) => ({ ...r, record: JSON.parse(r.record) as DeploymentRecord }));
}

export interface ListOptions extends ScopeOptions {
  page: number;
  pageSize: number;
  sort?: Sort;
  locale?: 'en' | 'vi';
}

export type DeploymentPage = Omit<DomainPage, 'page' | 'pageSize'>;

export function countDeployments(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): number {
  return catalogue(db).count(filters, options);
}

/** Counts per facet value with every other filter applied, so a click's result is known. */
export function computeFacets(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): Facets {
  return catalogue(db).facets(filters, options);
}

const ROWID_STATEMENTS = new WeakMap<Db, Map<string, Statement>>();

/** The stored record as UTF-8 bytes, for answers that send it as it is stored. */
type DeploymentRowBytes = Omit<DeploymentRow, 'record'> & {
  record: Buffer;
  /** With 'texts': the record's title and summary, as a JSON array (read by SQLite, not by parsing the record). */
  texts?: string;
};
/**
 * A record as a results table lists it, read from the columns the registry stores (no record is
 * parsed): the province as the record gives it (the column reads "outside Vietnam" for other
 * countries' records), and the summary only when a search highlights it.
 */
interface DeploymentRowColumns extends Omit<DeploymentRow, 'record'> {
  id: string;
  title_en: string;
  title_vi: string;
  country: string | null;
  province_code: string | null;
  sector: string | null;
  category: string | null;
  stage: string | null;
  year_started: number | null;
  summary?: string;
}
const ROW_COLUMNS = `d.id AS id, d.title_en, d.title_vi, d.country,
  CASE WHEN d.province_code = '${OUTSIDE_VIETNAM}' THEN json_extract(d.record, '$.provinceCode') ELSE d.province_code END AS province_code,
  d.sector, d.category, d.stage, d.year_started,`;
type RowMode = 'text' | 'bytes' | 'texts' | 'rows' | 'searchRows';
const ROW_SELECT: Record<RowMode, string> = {
  text: SELECT_DEPLOYMENT,
  bytes: SELECT_DEPLOYMENT.replace('d.record,', 'CAST(d.record AS BLOB) AS record,'),
  texts: SELECT_DEPLOYMENT.replace(
    'd.record,',
    "CAST(d.record AS BLOB) AS record, json_extract(d.record, '$.title', '$.summary') AS texts,",
  ),
  rows: SELECT_DEPLOYMENT.replace('d.record,', ROW_COLUMNS),
  searchRows: SELECT_DEPLOYMENT.replace('d.record,', `${ROW_COLUMNS} json_extract(d.record, '$.summary') AS summary,`),
};

/** Rows for rowids, in the order given (missing ones skipped); the records as text or as bytes. */
function rowsByRowid(db: Db, rowids: readonly number[], as?: 'text'): DeploymentRow[];
function rowsByRowid(db: Db, rowids: readonly number[], as: 'bytes' | 'texts'): DeploymentRowBytes[];
function rowsByRowid(db: Db, rowids: readonly number[], as: 'rows' | 'searchRows'): DeploymentRowColumns[];
function rowsByRowid(
  db: Db,
  rowids: readonly number[],
  as: RowMode = 'text',
): DeploymentRow[] | DeploymentRowBytes[] | DeploymentRowColumns[] {
  if (rowids.length === 0) return [];
  // One statement per power of two, padded with a rowid that never exists: pages of any size
  // reuse a handful of prepared statements.
  const size = 2 ** Math.ceil(Math.log2(rowids.length));
  let statements = ROWID_STATEMENTS.get(db);
  if (!statements) {
    statements = new Map();
    ROWID_STATEMENTS.set(db, statements);
  }
  let statement = statements.get(`${as}:${size}`);
  if (!statement) {
    statement = db.prepare(`${ROW_SELECT[as]} WHERE d.rowid IN (${Array(size).fill('?').join(', ')})`);
    statements.set(`${as}:${size}`, statement);
  }
  const padded = rowids.length === size ? rowids : [...rowids, ...Array(size - rowids.length).fill(-1)];
  const rows = statement.all(...padded) as ((DeploymentRow | DeploymentRowBytes) & { rowid: number })[];
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  return rowids.flatMap((rowid) => byRowid.get(rowid) ?? []) as DeploymentRow[] | DeploymentRowBytes[];
}

/** Full records for rowids, in the order given. */
export function deploymentsByRowid(db: Db, rowids: readonly number[]): Deployment[] {
  return rowsByRowid(db, rowids).map(toDeployment);
}

/** A stored record's JSON bytes with the envelope's fields (and any others) appended: never decoded or re-serialised. */
function recordBytes(row: DeploymentRowBytes, extra?: Record<string, unknown>): Buffer[] {
  const added = extra ? { ...envelope(row), ...extra } : envelope(row);
  return [row.record.subarray(0, row.record.lastIndexOf(0x7d)), Buffer.from(`,${JSON.stringify(added).slice(1)}`)];
}

/** Records as a comma-separated run of JSON objects, one list's items. */
function joined(items: Buffer[][]): Buffer {
  return Buffer.concat(items.flatMap((parts, n) => (n === 0 ? parts : [COMMA, ...parts])));
}
const COMMA = Buffer.from(',');

/**
 * Published records as JSON (UTF-8 bytes, comma-separated), in the order given, without parsing
 * them: the stored record with the agency and revision fields appended. Used by streaming exports.
 */
export function deploymentJsonByRowid(db: Db, rowids: readonly number[]): Buffer {
  return joined(rowsByRowid(db, rowids, 'bytes').map((r) => recordBytes(r)));
}

/** One prepared statement per connection, batch size and path list: exports run it hundreds of times. */
const EXPORT_STATEMENTS = new WeakMap<Db, Map<string, Statement>>();

function exportStatement(db: Db, size: number, paths: readonly string[]): Statement {
  let cache = EXPORT_STATEMENTS.get(db);
  if (!cache) {
    cache = new Map();
    EXPORT_STATEMENTS.set(db, cache);
  }
  const key = `${size}:${paths.join(',')}`;
  let statement = cache.get(key);
  if (!statement) {
    statement = db.prepare(
      `SELECT d.rowid, a.name_en, a.name_vi, a.level, d.revision, d.updated_at, d.checked_on,
              ${paths.map(() => 'd.record -> ?').join(', ')}
       FROM deployments d JOIN agencies a ON a.id = d.agency_id
       WHERE d.rowid IN (${Array.from({ length: size }, () => '?').join(', ')})`,
    );
    if (cache.size > 8) cache.clear();
    cache.set(key, statement);
  }
  return statement;
}

/**
 * Export rows for rowids, in the order given: only the paths asked for are read from each
 * record (as JSON values, in SQL), so a large export never parses whole records.
 */
export function exportRowsByRowid(
  db: Db,
  rowids: readonly number[],
  paths: readonly string[],
  today = new Date(),
): ExportRow[] {
  if (rowids.length === 0) return [];
  const rows = exportStatement(db, rowids.length, paths)
    .raw()
    .all([...paths.map((p) => `$.${p}`), ...rowids]) as unknown[][];
  const column = new Map(paths.map((p, i) => [p, 7 + i]));
  const byRowid = new Map(
    rows.map((r): [number, ExportRow] => [
      r[0] as number,
      {
        get: (path) => {
          const text = r[column.get(path) ?? -1];
          return typeof text === 'string' ? JSON.parse(text) : null;
        },
        agency: { name: { en: r[1] as string, vi: r[2] as string }, level: r[3] as string },
        revision: r[4] as number,
        updatedAt: r[5] as string,
        checkedOn: r[6] as string,
        today,
      },
    ]),
  );
  return rowids.flatMap((rowid) => byRowid.get(rowid) ?? []);
}

/** The texts a search highlights. */
export type RecordTexts = Pick<DeploymentRecord, 'title' | 'summary'>;

/**
 * A page of the list as JSON (UTF-8 bytes), ready to send. The full view sends the stored records
 * as they are stored, neither decoded nor re-serialised; the rows view only what a results table
 * shows, read by SQLite. `extra` adds fields made from a record's texts (a search's highlights).
 */
export function listDeploymentsJson(
  db: Db,
  filters: DeploymentFilters,
  options: ListOptions & { view?: 'full' | 'rows' },
  extra?: (texts: RecordTexts) => Record<string, unknown>,
): Buffer {
  const result = searchPage(db, filters, options);
  let items: Buffer[][];
  if (options.view === 'rows') {
    items = rowsByRowid(db, result.rowids, extra ? 'searchRows' : 'rows').map((row) => {
      const title = { en: row.title_en, vi: row.title_vi };
      const item = {
        id: row.id,
        title,
        agency: envelope(row).agency,
        country: row.country,
        provinceCode: row.province_code,
        sector: row.sector,
        category: row.category,
        stage: row.stage,
        yearStarted: row.year_started,
        ...extra?.({ title, summary: JSON.parse(row.summary ?? 'null') as RecordTexts['summary'] }),
      };
      return [Buffer.from(JSON.stringify(item))];
    });
  } else {
    items = rowsByRowid(db, result.rowids, extra ? 'texts' : 'bytes').map((row) => {
      if (!extra) return recordBytes(row);
      const [title, summary] = JSON.parse(row.texts ?? '[]') as [RecordTexts['title'], RecordTexts['summary']];
      return recordBytes(row, extra({ title, summary }));
    });
  }
  const chunks: Buffer[] = [Buffer.from('{"items":['), joined(items)];
  chunks.push(
    Buffer.from(
      `],"total":${result.total},"facets":${result.facetsJson},"page":${options.page},"pageSize":${options.pageSize}}`,
    ),
  );
  return Buffer.concat(chunks);
}

/** The rowids of one page, the total and the facets; by relevance when searching, else by title. */
function searchPage(db: Db, filters: DeploymentFilters, options: ListOptions) {
  return catalogue(db).search(filters, options, {
    page: options.page,
    pageSize: options.pageSize,
    sort: options.sort ?? (filters.q ? 'relevance' : 'title'),
    locale: options.locale ?? 'en',
  });
}

export function listDeployments(db: Db, filters: DeploymentFilters, options: ListOptions): DeploymentPage {
  const result = searchPage(db, filters, options);
  return { items: deploymentsByRowid(db, result.rowids), total: result.total, facets: result.facets };
}
