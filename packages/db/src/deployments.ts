import {
  type Deployment,
  type DeploymentFilters,
  type DeploymentRecord,
  type DeploymentPage as DomainPage,
  type Facets,
  foldText,
  type Sort,
} from '@aila/domain';
import type { Statement } from 'better-sqlite3';
import type { Db } from './connection.ts';
import { catalogueIndex, markChanged, type ScopeOptions } from './facet-index.ts';

interface DeploymentRow {
  record: string;
  agency_id: string;
  agency_name_en: string;
  agency_name_vi: string;
  agency_level: string;
  revision: number;
  published_at: string;
  updated_at: string;
}

const SELECT_DEPLOYMENT = `
  SELECT d.record, d.agency_id, a.name_en AS agency_name_en, a.name_vi AS agency_name_vi,
         a.level AS agency_level, d.revision, d.published_at, d.updated_at
  FROM deployments d JOIN agencies a ON a.id = d.agency_id`;

function toDeployment(row: DeploymentRow): Deployment {
  const record = JSON.parse(row.record) as DeploymentRecord;
  return {
    ...record,
    agency: {
      id: row.agency_id,
      name: { en: row.agency_name_en, vi: row.agency_name_vi },
      level: row.agency_level as Deployment['agency']['level'],
    },
    revision: row.revision,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}

export interface SaveResult {
  id: string;
  revision: number;
  /** False when the record equals the published one and nothing was written. */
  changed: boolean;
}

interface DeploymentStatements {
  existing: Statement;
  agency: Statement;
  upsert: Statement;
  clear: Statement[];
  technique: Statement;
  user: Statement;
  source: Statement;
  gap: Statement;
  ethics: Statement;
  rowid: Statement;
  ftsDelete: Statement;
  ftsInsert: Statement;
  revision: Statement;
}

/** Statements prepared once per connection: saving runs them thousands of times in a seed. */
const STATEMENTS = new WeakMap<Db, DeploymentStatements>();

function statementsFor(db: Db): DeploymentStatements {
  let statements = STATEMENTS.get(db);
  if (!statements) {
    const columns = [
      'id',
      'agency_id',
      'country',
      'province_code',
      'sector',
      'category',
      'stage',
      'year_started',
      'builder',
      'ai_kind',
      'funding_source',
      'personal_data',
      'biometric_data',
      'risk_tier',
      'has_impact_assessment',
      'gaps_assessed',
      'provenance',
      'title_en',
      'title_vi',
      'revision',
      'published_at',
      'updated_at',
      'record',
    ];
    statements = {
      existing: db.prepare('SELECT rowid, revision, record, published_at FROM deployments WHERE id = ?'),
      agency: db.prepare('SELECT name_en, name_vi FROM agencies WHERE id = ?'),
      upsert: db.prepare(
        `INSERT INTO deployments (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
         ON CONFLICT(id) DO UPDATE SET ${columns
           .filter((c) => c !== 'id')
           .map((c) => `${c} = excluded.${c}`)
           .join(', ')}`,
      ),
      clear: ['deployment_techniques', 'deployment_users', 'sources', 'gaps', 'ethics'].map((table) =>
        db.prepare(`DELETE FROM ${table} WHERE deployment_id = ?`),
      ),
      technique: db.prepare('INSERT INTO deployment_techniques (deployment_id, technique) VALUES (?, ?)'),
      user: db.prepare('INSERT INTO deployment_users (deployment_id, user_group) VALUES (?, ?)'),
      source: db.prepare(
        `INSERT INTO sources (deployment_id, position, url, title, publisher, published_on, language)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      gap: db.prepare(
        `INSERT INTO gaps (deployment_id, position, dimension, issue, severity, note_en, note_vi, source_url)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      ethics: db.prepare('INSERT INTO ethics (deployment_id, principle, status, evidence) VALUES (?, ?, ?, ?)'),
      rowid: db.prepare('SELECT rowid FROM deployments WHERE id = ?'),
      ftsDelete: db.prepare('DELETE FROM deployments_fts WHERE rowid = ?'),
      ftsInsert: db.prepare(
        'INSERT INTO deployments_fts (rowid, title, summary, agency, sources) VALUES (?, ?, ?, ?, ?)',
      ),
      revision: db.prepare(
        'INSERT INTO deployment_revisions (deployment_id, revision, record, published_at) VALUES (?, ?, ?, ?)',
      ),
    };
    STATEMENTS.set(db, statements);
  }
  return statements;
}

/**
 * Publishes a validated record: a new deployment at revision 1, or a new revision of an
 * existing one. Every published version is kept in `deployment_revisions`. Atomic on its own;
 * callers may wrap batches in a transaction.
 */
export function saveDeployment(db: Db, record: DeploymentRecord, now: string): SaveResult {
  const st = statementsFor(db);
  return db.transaction((): SaveResult => {
    const json = JSON.stringify(record);
    const existing = st.existing.get(record.id) as
      | { rowid: number; revision: number; record: string; published_at: string }
      | undefined;
    if (existing && existing.record === json) {
      return { id: record.id, revision: existing.revision, changed: false };
    }
    const revision = existing ? existing.revision + 1 : 1;
    const agency = st.agency.get(record.agencyId) as { name_en: string; name_vi: string } | undefined;
    if (!agency) throw new Error(`unknown agency ${record.agencyId}`);

    st.upsert.run({
      id: record.id,
      agency_id: record.agencyId,
      country: record.country,
      province_code: record.provinceCode,
      sector: record.sector,
      category: record.category,
      stage: record.stage,
      year_started: record.yearStarted,
      builder: record.builder,
      ai_kind: record.aiKind,
      funding_source: record.funding.source,
      personal_data: record.personalData,
      biometric_data: record.biometricData,
      risk_tier: record.risk.tier,
      has_impact_assessment: record.risk.impactAssessmentUrl ? 1 : 0,
      gaps_assessed: record.gapsAssessed ? 1 : 0,
      provenance: record.provenance.kind,
      title_en: record.title.en,
      title_vi: record.title.vi,
      revision,
      published_at: existing?.published_at ?? now,
      updated_at: now,
      record: json,
    });
    for (const clear of st.clear) clear.run(record.id);
    for (const t of new Set(record.techniques)) st.technique.run(record.id, t);
    for (const u of new Set(record.intendedUsers)) st.user.run(record.id, u);
    record.sources.forEach((s, i) => {
      st.source.run(
        record.id,
        i,
        s.url,
        s.title ?? null,
        s.publisher ?? null,
        s.publishedOn ?? null,
        s.language ?? null,
      );
    });
    record.gaps.forEach((g, i) => {
      st.gap.run(record.id, i, g.dimension, g.issue, g.severity, g.note?.en ?? null, g.note?.vi ?? null, g.source);
    });
    for (const [principle, entry] of Object.entries(record.ethics)) {
      if (entry) st.ethics.run(record.id, principle, entry.status, entry.evidence ?? null);
    }

    const { rowid } = st.rowid.get(record.id) as { rowid: number };
    st.ftsDelete.run(rowid);
    st.ftsInsert.run(
      rowid,
      foldText(`${record.title.en} ${record.title.vi} ${record.vendor ?? ''}`),
      foldText(`${record.summary.en} ${record.summary.vi} ${record.originalPlace ?? ''}`),
      foldText(`${agency.name_en} ${agency.name_vi}`),
      foldText(record.sources.map((s) => `${s.title ?? ''} ${s.publisher ?? ''}`).join(' ')),
    );
    st.revision.run(record.id, revision, json, now);
    markChanged(db);
    return { id: record.id, revision, changed: true };
  })();
}

export function getDeployment(db: Db, id: string, options: ScopeOptions = {}): Deployment | undefined {
  const row = db
    .prepare(`${SELECT_DEPLOYMENT} WHERE d.id = ?${options.includeSynthetic ? '' : " AND d.provenance <> 'synthetic'"}`)
    .get(id) as DeploymentRow | undefined;
  return row ? toDeployment(row) : undefined;
}

export interface RevisionSummary {
  revision: number;
  publishedAt: string;
}

export function listRevisions(db: Db, id: string): RevisionSummary[] {
  return db
    .prepare(
      `SELECT revision, published_at AS publishedAt FROM deployment_revisions
       WHERE deployment_id = ? ORDER BY revision DESC`,
    )
    .all(id) as RevisionSummary[];
}

export interface ListOptions extends ScopeOptions {
  page: number;
  pageSize: number;
  sort?: Sort;
  locale?: 'en' | 'vi';
}

export type DeploymentPage = Omit<DomainPage, 'page' | 'pageSize'>;

export function countDeployments(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): number {
  return catalogueIndex(db).count(filters, options);
}

/** Counts per facet value with every other filter applied, so a click's result is known. */
export function computeFacets(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): Facets {
  return catalogueIndex(db).facets(filters, options);
}

/** Rows for rowids, in the order given (missing ones skipped). */
function rowsByRowid(db: Db, rowids: readonly number[]): DeploymentRow[] {
  if (rowids.length === 0) return [];
  const rows = db
    .prepare(
      `${SELECT_DEPLOYMENT.replace('SELECT', 'SELECT d.rowid AS rowid,')} WHERE d.rowid IN (${rowids.map(() => '?').join(', ')})`,
    )
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
  return rowsByRowid(db, rowids).map((r) => {
    const extra = JSON.stringify({
      agency: { id: r.agency_id, name: { en: r.agency_name_en, vi: r.agency_name_vi }, level: r.agency_level },
      revision: r.revision,
      publishedAt: r.published_at,
      updatedAt: r.updated_at,
    });
    return `${r.record.slice(0, -1)},${extra.slice(1)}`;
  });
}

/** The flat fields of a deployment that a CSV export writes: read in SQL, without parsing records. */
export interface FlatDeployment {
  rowid: number;
  id: string;
  title_en: string;
  title_vi: string;
  summary_en: string;
  summary_vi: string;
  agency_en: string;
  agency_vi: string;
  agency_level: string;
  country: string;
  province_code: string | null;
  original_place: string | null;
  sector: string;
  secondary_sectors: string | null;
  category: string;
  techniques: string | null;
  stage: string;
  year_started: number | null;
  builder: string;
  vendor: string | null;
  ai_kind: string;
  users: string | null;
  funding_source: string;
  personal_data: string;
  biometric_data: string;
  risk_tier: string;
  impact_assessment_url: string | null;
  gaps_assessed: number;
  gaps: string | null;
  source_urls: string | null;
  provenance: string;
  revision: number;
  updated_at: string;
}

/** Flat rows for rowids, in the order given; multi-valued fields come joined with `separator`. */
export function flatDeploymentsByRowid(db: Db, rowids: readonly number[], separator: string): FlatDeployment[] {
  if (rowids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT d.rowid, d.id, d.title_en, d.title_vi,
              json_extract(d.record, '$.summary.en') AS summary_en, json_extract(d.record, '$.summary.vi') AS summary_vi,
              a.name_en AS agency_en, a.name_vi AS agency_vi, a.level AS agency_level, d.country, d.province_code,
              json_extract(d.record, '$.originalPlace') AS original_place, d.sector,
              (SELECT group_concat(j.value, @sep) FROM json_each(d.record, '$.secondarySectors') j) AS secondary_sectors,
              d.category,
              (SELECT group_concat(t.technique, @sep ORDER BY t.technique) FROM deployment_techniques t WHERE t.deployment_id = d.id) AS techniques,
              d.stage, d.year_started, d.builder, json_extract(d.record, '$.vendor') AS vendor, d.ai_kind,
              (SELECT group_concat(u.user_group, @sep ORDER BY u.user_group) FROM deployment_users u WHERE u.deployment_id = d.id) AS users,
              d.funding_source, d.personal_data, d.biometric_data, d.risk_tier,
              json_extract(d.record, '$.risk.impactAssessmentUrl') AS impact_assessment_url, d.gaps_assessed,
              (SELECT group_concat(g.issue || ':' || g.severity, @sep ORDER BY g.position) FROM gaps g WHERE g.deployment_id = d.id) AS gaps,
              (SELECT group_concat(s.url, @sep ORDER BY s.position) FROM sources s WHERE s.deployment_id = d.id) AS source_urls,
              d.provenance, d.revision, d.updated_at
       FROM deployments d JOIN agencies a ON a.id = d.agency_id
       WHERE d.rowid IN (${rowids.map((_, i) => `@r${i}`).join(', ')})`,
    )
    .all({ sep: separator, ...Object.fromEntries(rowids.map((r, i) => [`r${i}`, r])) }) as FlatDeployment[];
  const byRowid = new Map(rows.map((r) => [r.rowid, r]));
  return rowids.flatMap((rowid) => byRowid.get(rowid) ?? []);
}

export function listDeployments(db: Db, filters: DeploymentFilters, options: ListOptions): DeploymentPage {
  const result = catalogueIndex(db).search(filters, options, {
    page: options.page,
    pageSize: options.pageSize,
    sort: options.sort ?? (filters.q ? 'relevance' : 'title'),
    locale: options.locale ?? 'en',
  });
  return { items: deploymentsByRowid(db, result.rowids), total: result.total, facets: result.facets };
}
