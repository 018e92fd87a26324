import {
  type Agency,
  type DeploymentRecord,
  FIELD_LIST,
  type FieldDef,
  type FieldKey,
  foldText,
  storedValue,
  valueAt,
  valueLabel,
} from '@aila/domain';
import type { Statement } from 'better-sqlite3';
import { audit } from './audit.ts';
import { logChange } from './catalogue/version.ts';
import type { Db } from './connection.ts';

/** Who publishes and through which path: kept with every revision. */
export interface PublishMeta {
  actor: string;
  origin: 'seed' | 'submission' | 'import' | 'correction' | 'synthetic';
  now: string;
  /** The revision the change was made from; a newer published revision makes it a conflict. */
  baseRevision?: number;
}

export interface PublishResult {
  id: string;
  revision: number;
  /** False when the record equals the published one and nothing was written. */
  changed: boolean;
}

export class StaleRevisionError extends Error {
  constructor(
    readonly id: string,
    readonly base: number,
    readonly current: number,
  ) {
    super(`${id} was changed since revision ${base}: revision ${current} is published.`);
    this.name = 'StaleRevisionError';
  }
}

/** Storage columns of the registry's fields, written from the record on every publish. */
const ENGINE_FIELDS: FieldDef[] = FIELD_LIST.filter((f) => f.column);
const COLUMNS = [
  'id',
  ...ENGINE_FIELDS.map((f) => f.column as string),
  'title_en',
  'title_vi',
  'revision',
  'status',
  'withdrawn_at',
  'published_at',
  'updated_at',
  'record',
];

interface Existing {
  rowid: number;
  revision: number;
  record: string;
  status: string;
  published_at: string;
}

interface Statements {
  existing: Statement;
  agency: Statement;
  upsert: Statement;
  clear: Statement[];
  source: Statement;
  gap: Statement;
  ethics: Statement;
  ftsDelete: Statement;
  ftsInsert: Statement;
  revision: Statement;
  withdraw: Statement;
}

/** Statements prepared once per connection: a seed or an import runs them thousands of times. */
const STATEMENTS = new WeakMap<Db, Statements>();

function statementsFor(db: Db): Statements {
  let st = STATEMENTS.get(db);
  if (!st) {
    st = {
      existing: db.prepare('SELECT rowid, revision, record, status, published_at FROM deployments WHERE id = ?'),
      agency: db.prepare('SELECT name_en, name_vi, level FROM agencies WHERE id = ?'),
      upsert: db.prepare(
        `INSERT INTO deployments (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})
         ON CONFLICT(id) DO UPDATE SET ${COLUMNS.filter((c) => c !== 'id')
           .map((c) => `${c} = excluded.${c}`)
           .join(', ')}`,
      ),
      clear: ['sources', 'gaps', 'ethics'].map((table) => db.prepare(`DELETE FROM ${table} WHERE deployment_id = ?`)),
      source: db.prepare(
        `INSERT INTO sources (deployment_id, position, url, title, publisher, published_on, language)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      gap: db.prepare(
        `INSERT INTO gaps (deployment_id, position, dimension, issue, severity, note_en, note_vi, source_url)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      ethics: db.prepare('INSERT INTO ethics (deployment_id, principle, status, evidence) VALUES (?, ?, ?, ?)'),
      ftsDelete: db.prepare('DELETE FROM deployments_fts WHERE rowid = ?'),
      ftsInsert: db.prepare(
        'INSERT INTO deployments_fts (rowid, title, summary, agency, sources, labels) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      revision: db.prepare(
        `INSERT INTO deployment_revisions (deployment_id, revision, record, published_at, status, actor, origin)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      withdraw: db.prepare(
        "UPDATE deployments SET status = 'withdrawn', withdrawn_at = ?, revision = ?, updated_at = ? WHERE id = ?",
      ),
    };
    STATEMENTS.set(db, st);
  }
  return st;
}

type AgencyRow = { name_en: string; name_vi: string; level: string };

/** Fields whose labels search finds (the registry's `search` flag). */
const SEARCH_FIELDS: FieldDef[] = FIELD_LIST.filter((f) => f.search && f.path);

/** The labels of a record's searchable coded fields, in both languages. */
function labelText(record: DeploymentRecord): string {
  return SEARCH_FIELDS.flatMap((f) => {
    const raw = valueAt(record, f.path as string);
    const codes = Array.isArray(raw)
      ? raw.map(String)
      : [raw === null || raw === undefined ? (f.nullCode ?? '') : String(raw)];
    return codes.flatMap((code) => {
      const label = valueLabel(f.key as FieldKey, code);
      return label ? [label.en, label.vi] : [];
    });
  }).join(' ');
}

/** Writes the search text of a record (folded like queries), replacing what was there. */
function indexText(st: Statements, rowid: number, record: DeploymentRecord, agency: AgencyRow): void {
  st.ftsDelete.run(rowid);
  st.ftsInsert.run(
    rowid,
    foldText(`${record.title.en} ${record.title.vi} ${record.vendor ?? ''}`),
    foldText(`${record.summary.en} ${record.summary.vi} ${record.originalPlace ?? ''}`),
    foldText(`${agency.name_en} ${agency.name_vi}`),
    foldText(record.sources.map((s) => `${s.title ?? ''} ${s.publisher ?? ''}`).join(' ')),
    foldText(labelText(record)),
  );
}

/** Re-indexes every published record when the search index is behind (after a migration rebuilt it). */
export function ensureSearchIndex(db: Db): number {
  const indexed = (db.prepare('SELECT COUNT(*) AS n FROM deployments_fts').get() as { n: number }).n;
  const published = (
    db.prepare("SELECT COUNT(*) AS n FROM deployments WHERE status = 'published'").get() as { n: number }
  ).n;
  if (indexed >= published) return 0;
  const st = statementsFor(db);
  return db
    .transaction(() => {
      db.prepare('DELETE FROM deployments_fts').run();
      let n = 0;
      let after = 0;
      const page = db.prepare(
        `SELECT d.rowid, d.record, a.name_en, a.name_vi, a.level FROM deployments d JOIN agencies a ON a.id = d.agency_id
         WHERE d.status = 'published' AND d.rowid > ? ORDER BY d.rowid LIMIT 1000`,
      );
      for (;;) {
        const rows = page.all(after) as ({ rowid: number; record: string } & AgencyRow)[];
        if (rows.length === 0) break;
        for (const row of rows) indexText(st, row.rowid, JSON.parse(row.record) as DeploymentRecord, row);
        n += rows.length;
        after = rows[rows.length - 1]?.rowid ?? after;
      }
      return n;
    })
    .immediate();
}

/**
 * Fills the columns of derived fields that a migration added empty (AILA's indicative tier),
 * from each stored record, in one transaction. Returns how many rows it filled.
 */
export function ensureDerivedColumns(db: Db): number {
  const derived = ENGINE_FIELDS.filter((f) => f.from === 'indicativeTier');
  let n = 0;
  for (const f of derived) {
    const column = f.column as string;
    const empty = db.prepare(`SELECT id, record FROM deployments WHERE ${column} = ''`).all() as {
      id: string;
      record: string;
    }[];
    if (empty.length === 0) continue;
    const update = db.prepare(`UPDATE deployments SET ${column} = ? WHERE id = ?`);
    db.transaction(() => {
      for (const row of empty) {
        update.run(storedValue(f, JSON.parse(row.record), { agencyLevel: '', checkedOn: '' }), row.id);
        n += 1;
      }
    }).immediate();
  }
  return n;
}

/**
 * The one publishing path: a new record at revision 1, or a new revision of an existing one
 * (a withdrawn record comes back). Keeps every version, refreshes the search text and bumps
 * the stored catalogue version, all in one transaction.
 */
export function publish(db: Db, record: DeploymentRecord, meta: PublishMeta): PublishResult {
  const st = statementsFor(db);
  return db
    .transaction((): PublishResult => {
      const json = JSON.stringify(record);
      const existing = st.existing.get(record.id) as Existing | undefined;
      if (existing && meta.baseRevision !== undefined && existing.revision !== meta.baseRevision)
        throw new StaleRevisionError(record.id, meta.baseRevision, existing.revision);
      if (existing && existing.status === 'published' && existing.record === json)
        return { id: record.id, revision: existing.revision, changed: false };
      const agency = st.agency.get(record.agencyId) as AgencyRow | undefined;
      if (!agency) throw new Error(`unknown agency ${record.agencyId}`);
      const revision = existing ? existing.revision + 1 : 1;

      st.upsert.run({
        id: record.id,
        ...Object.fromEntries(
          ENGINE_FIELDS.map((f) => [
            f.column,
            storedValue(f, record, {
              agencyLevel: agency.level,
              checkedOn: record.reviewedOn ?? meta.now.slice(0, 10),
            }),
          ]),
        ),
        title_en: record.title.en,
        title_vi: record.title.vi,
        revision,
        status: 'published',
        withdrawn_at: null,
        published_at: existing?.published_at ?? meta.now,
        updated_at: meta.now,
        record: json,
      });
      for (const clear of st.clear) clear.run(record.id);
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
      const rowid = existing?.rowid ?? (st.existing.get(record.id) as Existing).rowid;
      indexText(st, rowid, record, agency);
      st.revision.run(record.id, revision, json, meta.now, 'published', meta.actor, meta.origin);
      logChange(db, record.id, meta.now);
      audit(db, {
        at: meta.now,
        actor: meta.actor,
        action: 'publish',
        entity: 'deployment',
        entityId: record.id,
        before: existing ? { revision: existing.revision, status: existing.status } : null,
        after: { revision, status: 'published', origin: meta.origin },
      });
      return { id: record.id, revision, changed: true };
    })
    .immediate();
}

/**
 * Takes a record out of the catalogue without deleting it: lists, counts and search no
 * longer show it, its page and history remain, and the withdrawal is a revision of its own.
 */
export function withdraw(db: Db, id: string, meta: PublishMeta): PublishResult {
  const st = statementsFor(db);
  return db
    .transaction((): PublishResult => {
      const existing = st.existing.get(id) as Existing | undefined;
      if (!existing) throw new Error(`unknown deployment ${id}`);
      if (existing.status === 'withdrawn') return { id, revision: existing.revision, changed: false };
      const revision = existing.revision + 1;
      st.withdraw.run(meta.now, revision, meta.now, id);
      st.ftsDelete.run(existing.rowid);
      st.revision.run(id, revision, existing.record, meta.now, 'withdrawn', meta.actor, meta.origin);
      logChange(db, id, meta.now);
      audit(db, {
        at: meta.now,
        actor: meta.actor,
        action: 'withdraw',
        entity: 'deployment',
        entityId: id,
        before: { revision: existing.revision, status: existing.status },
        after: { revision, status: 'withdrawn', origin: meta.origin },
      });
      return { id, revision, changed: true };
    })
    .immediate();
}

/**
 * Creates or updates an agency. When its name or level changes, its deployments' stored
 * level and search text follow, and they are logged as changed so the engine re-reads them.
 */
export function saveAgency(db: Db, agency: Agency, now = new Date().toISOString(), actor = 'seed'): void {
  const st = statementsFor(db);
  db.transaction(() => {
    const before = st.agency.get(agency.id) as AgencyRow | undefined;
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
    const after: AgencyRow = { name_en: agency.name.en, name_vi: agency.name.vi, level: agency.level };
    const same =
      before !== undefined &&
      before.name_en === after.name_en &&
      before.name_vi === after.name_vi &&
      before.level === after.level;
    if (!same)
      audit(db, {
        at: now,
        actor,
        action: before ? 'update' : 'create',
        entity: 'agency',
        entityId: agency.id,
        before: before ?? null,
        after,
      });
    if (!before || same) return;
    const rows = db
      .prepare("SELECT rowid, id, record FROM deployments WHERE agency_id = ? AND status = 'published'")
      .all(agency.id) as { rowid: number; id: string; record: string }[];
    const level = db.prepare('UPDATE deployments SET agency_level = ? WHERE id = ?');
    for (const row of rows) {
      level.run(agency.level, row.id);
      indexText(st, row.rowid, JSON.parse(row.record) as DeploymentRecord, after);
      logChange(db, row.id, now);
    }
  }).immediate();
}
