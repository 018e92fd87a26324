import type {
  Deployment,
  DeploymentFilters,
  DeploymentRecord,
  DeploymentPage as DomainPage,
  ExportRow,
  Facets,
  Sort,
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
function envelope(row: DeploymentRow) {
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

/** Rows for rowids, in the order given (missing ones skipped). */
function rowsByRowid(db: Db, rowids: readonly number[]): DeploymentRow[] {
  if (rowids.length === 0) return [];
  const rows = db
    .prepare(`${SELECT_DEPLOYMENT} WHERE d.rowid IN (${rowids.map(() => '?').join(', ')})`)
    .all(...rowids) as (DeploymentRow & { rowid: number })[];
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  return rowids.flatMap((rowid) => byRowid.get(rowid) ?? []);
}

/** Full records for rowids, in the order given. */
export function deploymentsByRowid(db: Db, rowids: readonly number[]): Deployment[] {
  return rowsByRowid(db, rowids).map(toDeployment);
}

/**
 * Published records as JSON text, in the order given, without parsing them: the stored record
 * with the agency and revision fields appended. Used by streaming exports.
 */
export function deploymentJsonByRowid(db: Db, rowids: readonly number[]): string[] {
  return rowsByRowid(db, rowids).map((r) => `${r.record.slice(0, -1)},${JSON.stringify(envelope(r)).slice(1)}`);
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

/**
 * A page of the list as JSON text, ready to send: the records are not parsed and re-serialised
 * (what a page without search highlights needs).
 */
export function listDeploymentsJson(db: Db, filters: DeploymentFilters, options: ListOptions): string {
  const result = searchPage(db, filters, options);
  const items = deploymentJsonByRowid(db, result.rowids).join(',');
  return `{"items":[${items}],"total":${result.total},"facets":${JSON.stringify(result.facets)},"page":${options.page},"pageSize":${options.pageSize}}`;
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
