import {
  codesOf,
  cutoffDate,
  ETHICS_PRINCIPLES,
  ETHICS_STATUSES,
  FIELD_LIST,
  type FieldDef,
  fieldCodes,
  GAP_DIMENSIONS,
  GAP_ISSUES,
  type GapIssueCode,
} from '@aila/domain';
import type { Db } from '../connection.ts';
import { SortedSlots } from './order.ts';

/** A field with one code per record (codes, tri-states, flags): the code's number per slot. */
export interface CodeColumn {
  field: FieldDef;
  codes: string[];
  lookup: Map<string, number>;
  /** Two bytes per slot while the codes fit (they almost always do), four beyond. */
  data: Uint16Array | Int32Array;
}

/** A field with several codes per record: bit sets per slot, 32 codes a word, as many words as codes need. */
export interface MultiColumn {
  field: FieldDef;
  codes: string[];
  lookup: Map<string, number>;
  words: Uint32Array[];
}

export interface YearColumn {
  field: FieldDef;
  data: Int16Array;
}

export const GAP_DIMS = codesOf(GAP_DIMENSIONS);
export const ISSUES = Object.keys(GAP_ISSUES) as GapIssueCode[];
export const ISSUE_DIM = ISSUES.map((issue) => GAP_DIMS.indexOf(issue.split('.')[0] as (typeof GAP_DIMS)[number]));
export const PRINCIPLES = codesOf(ETHICS_PRINCIPLES);
export const STATUSES = codesOf(ETHICS_STATUSES);
const UNKNOWN_STATUS = STATUSES.indexOf('unknown');

const ENGINE_FIELDS = FIELD_LIST.filter((f) => f.column && f.kind !== 'text' && f.kind !== 'label');
const CODE_FIELDS = ENGINE_FIELDS.filter((f) => f.kind === 'code' || f.kind === 'tri' || f.kind === 'flag');
const MULTI_FIELDS = ENGINE_FIELDS.filter((f) => f.kind === 'codes');
const YEAR_FIELDS = ENGINE_FIELDS.filter((f) => f.kind === 'year');
const COLUMNS = ENGINE_FIELDS.map((f) => f.column as string);

interface Row {
  rowid: number;
  id: string;
  status: string;
  title_en: string;
  title_vi: string;
  updated_at: string;
  [column: string]: string | number | null;
}

const SELECT = `SELECT rowid, id, status, title_en, title_vi, updated_at, ${COLUMNS.join(', ')} FROM deployments`;

function grown<T extends Int32Array | Int16Array | Uint16Array | Uint32Array | Uint8Array>(
  array: T,
  capacity: number,
  fill = 0,
): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.fill(fill);
  next.set(array);
  return next;
}

/** A code's number in a column, adding codes the list does not know yet (agencies). */
function codeNumber(column: { codes: string[]; lookup: Map<string, number> }, code: string): number {
  let at = column.lookup.get(code);
  if (at === undefined) {
    at = column.codes.length;
    column.codes.push(code);
    column.lookup.set(code, at);
    const data = (column as Partial<CodeColumn>).data;
    if (data instanceof Uint16Array && at > 0xffff) (column as CodeColumn).data = Int32Array.from(data);
  }
  return at;
}

function newCodeColumn(field: FieldDef, capacity: number): CodeColumn {
  const codes = [...(fieldCodes(field) ?? [])];
  return { field, codes, lookup: new Map(codes.map((c, i) => [c, i])), data: new Uint16Array(capacity) };
}

function newMultiColumn(field: FieldDef, capacity: number): MultiColumn {
  const codes = [...(fieldCodes(field) ?? [])];
  return {
    field,
    codes,
    lookup: new Map(codes.map((c, i) => [c, i])),
    words: Array.from({ length: Math.max(1, Math.ceil(codes.length / 32)) }, () => new Uint32Array(capacity)),
  };
}

/**
 * The catalogue's published records as columns in memory: every filterable field of the
 * registry, gaps and ethics. A slot per record; a write updates only the slots it touches.
 */
export class CatalogueStore {
  /** Slots in use (alive or not); queries scan [0, size). */
  size = 0;
  private capacity: number;
  alive: Uint8Array;
  rowids: Int32Array;
  ids: string[] = [];
  titles: { en: string; vi: string }[] = [];
  updated: string[] = [];
  readonly slotOfRowid = new Map<number, number>();
  readonly single: Record<string, CodeColumn>;
  readonly multi: Record<string, MultiColumn>;
  readonly years: Record<string, YearColumn>;
  /** Severity + 1 of each gap issue per slot (0: no such gap). */
  gapSeverity: Uint8Array[];
  /** Worst severity per gap dimension per slot (0 when none). */
  gapMax: Uint8Array[];
  /** Ethics status number per principle per slot. */
  ethics: Uint8Array[];
  readonly orders: Record<'titleEn' | 'titleVi' | 'year' | '-year' | 'updated', SortedSlots>;
  /** Dated flags (staleness): each slot's date, and the cutoff their codes were computed for. */
  private readonly dates: Record<string, string[]> = Object.fromEntries(
    CODE_FIELDS.filter((f) => f.olderThanDays !== undefined).map((f) => [f.key, []]),
  );
  private cutoffs: Record<string, string> = {};

  constructor(capacity = 1024) {
    this.capacity = Math.max(16, capacity);
    this.alive = new Uint8Array(this.capacity);
    this.rowids = new Int32Array(this.capacity);
    this.single = Object.fromEntries(CODE_FIELDS.map((f) => [f.key, newCodeColumn(f, this.capacity)]));
    this.multi = Object.fromEntries(MULTI_FIELDS.map((f) => [f.key, newMultiColumn(f, this.capacity)]));
    this.years = Object.fromEntries(
      YEAR_FIELDS.map((f) => [f.key, { field: f, data: new Int16Array(this.capacity).fill(-1) }]),
    );
    this.gapSeverity = ISSUES.map(() => new Uint8Array(this.capacity));
    this.gapMax = GAP_DIMS.map(() => new Uint8Array(this.capacity));
    this.ethics = PRINCIPLES.map(() => new Uint8Array(this.capacity).fill(UNKNOWN_STATUS));
    const en = new Intl.Collator('en', { sensitivity: 'base' });
    const vi = new Intl.Collator('vi', { sensitivity: 'base' });
    const year = (slot: number) => this.years.yearStarted?.data[slot] ?? -1;
    const byYear = (a: number, b: number, sign: number) => {
      const ya = year(a);
      const yb = year(b);
      return (ya < 0 ? 1 : 0) - (yb < 0 ? 1 : 0) || sign * (ya - yb) || a - b;
    };
    this.orders = {
      titleEn: new SortedSlots((a, b) => en.compare(this.titles[a]?.en ?? '', this.titles[b]?.en ?? '') || a - b),
      titleVi: new SortedSlots((a, b) => vi.compare(this.titles[a]?.vi ?? '', this.titles[b]?.vi ?? '') || a - b),
      year: new SortedSlots((a, b) => byYear(a, b, 1)),
      '-year': new SortedSlots((a, b) => byYear(a, b, -1)),
      updated: new SortedSlots((a, b) => (this.updated[b] ?? '').localeCompare(this.updated[a] ?? '') || a - b),
    };
  }

  private grow(): void {
    const capacity = this.capacity * 2;
    this.alive = grown(this.alive, capacity);
    this.rowids = grown(this.rowids, capacity);
    for (const c of Object.values(this.single)) c.data = grown(c.data, capacity);
    for (const c of Object.values(this.multi)) c.words = c.words.map((w) => grown(w, capacity));
    for (const c of Object.values(this.years)) c.data = grown(c.data, capacity, -1);
    this.gapSeverity = this.gapSeverity.map((a) => grown(a, capacity));
    this.gapMax = this.gapMax.map((a) => grown(a, capacity));
    this.ethics = this.ethics.map((a) => grown(a, capacity, UNKNOWN_STATUS));
    this.capacity = capacity;
  }

  /** Sets "today" for dated flags; their codes are recomputed only when the cutoff day changes. */
  setToday(today: Date): void {
    for (const key of Object.keys(this.dates)) {
      const column = this.single[key] as CodeColumn;
      const cutoff = cutoffDate(column.field, today);
      if (this.cutoffs[key] === cutoff) continue;
      this.cutoffs[key] = cutoff;
      const dates = this.dates[key] as string[];
      for (let i = 0; i < this.size; i++) column.data[i] = codeNumber(column, this.olderCode(dates[i] ?? '', cutoff));
    }
  }

  private olderCode(date: string, cutoff: string | undefined): string {
    return date === '' || (cutoff !== undefined && date < cutoff) ? 'yes' : 'no';
  }

  /** Loads every published record: one streamed pass per table, then one sort per order. */
  loadAll(db: Db): void {
    for (const row of db.prepare(`${SELECT} WHERE status = 'published' ORDER BY rowid`).iterate() as Iterable<Row>)
      this.put(row, false);
    this.loadParts(db, null);
    for (const order of Object.values(this.orders)) order.rebuild(this.alive, this.size);
  }

  /** Re-reads the given records: changed ones are updated, withdrawn or missing ones leave the index. */
  refresh(db: Db, ids: readonly string[]): void {
    const rebuildOrders = ids.length > 2000 && ids.length * 8 > this.size;
    const present = new Set<string>();
    for (let from = 0; from < ids.length; from += 500) {
      const chunk = ids.slice(from, from + 500);
      const rows = db.prepare(`${SELECT} WHERE id IN (${chunk.map(() => '?').join(', ')})`).all(...chunk) as Row[];
      for (const row of rows) {
        present.add(row.id);
        if (row.status === 'published') this.put(row, !rebuildOrders);
        else this.remove(row.rowid, !rebuildOrders);
      }
      this.loadParts(
        db,
        chunk.filter((id) => present.has(id)),
      );
    }
    for (const id of ids) {
      if (present.has(id)) continue;
      const slot = this.ids.indexOf(id);
      if (slot >= 0) this.remove(this.rowids[slot] ?? -1, !rebuildOrders);
    }
    if (rebuildOrders) for (const order of Object.values(this.orders)) order.rebuild(this.alive, this.size);
  }

  private remove(rowid: number, keepOrders: boolean): void {
    const slot = this.slotOfRowid.get(rowid);
    if (slot === undefined) return;
    if (keepOrders) for (const order of Object.values(this.orders)) order.remove(slot);
    this.alive[slot] = 0;
    this.slotOfRowid.delete(rowid);
  }

  /** Writes one record's columns into its slot (a new slot for a new record). */
  private put(row: Row, keepOrders: boolean): void {
    let slot = this.slotOfRowid.get(row.rowid);
    if (slot === undefined) {
      if (this.size === this.capacity) this.grow();
      slot = this.size;
      this.size += 1;
      this.slotOfRowid.set(row.rowid, slot);
    } else if (keepOrders) {
      for (const order of Object.values(this.orders)) order.remove(slot);
    }
    this.alive[slot] = 1;
    this.rowids[slot] = row.rowid;
    this.ids[slot] = row.id;
    this.titles[slot] = { en: row.title_en, vi: row.title_vi };
    this.updated[slot] = row.updated_at;
    for (const c of Object.values(this.single)) {
      const f = c.field;
      const raw = row[f.column as string];
      const dates = this.dates[f.key];
      let code: string;
      if (dates) {
        dates[slot] = String(raw ?? '');
        code = this.olderCode(dates[slot] as string, this.cutoffs[f.key]);
      } else if (f.kind === 'flag') code = raw ? 'yes' : 'no';
      else code = raw === null || raw === undefined ? (f.nullCode ?? '') : String(raw);
      c.data[slot] = codeNumber(c, code);
    }
    for (const c of Object.values(this.multi)) {
      for (const w of c.words) w[slot] = 0;
      for (const code of JSON.parse(String(row[c.field.column as string] ?? '[]')) as string[]) {
        const at = codeNumber(c, code);
        if (at >>> 5 === c.words.length) c.words.push(new Uint32Array(this.capacity));
        const word = c.words[at >>> 5] as Uint32Array;
        word[slot] = ((word[slot] as number) | (1 << (at & 31))) >>> 0;
      }
    }
    for (const c of Object.values(this.years)) {
      const year = row[c.field.column as string];
      c.data[slot] = typeof year === 'number' ? year : -1;
    }
    for (const a of this.gapSeverity) a[slot] = 0;
    for (const a of this.gapMax) a[slot] = 0;
    for (const a of this.ethics) a[slot] = UNKNOWN_STATUS;
    if (keepOrders) for (const order of Object.values(this.orders)) order.insert(slot);
  }

  /** Gaps and ethics of the given records (all when null), read from their tables. */
  private loadParts(db: Db, ids: readonly string[] | null): void {
    if (ids?.length === 0) return;
    const where = ids ? `WHERE d.id IN (${ids.map(() => '?').join(', ')})` : '';
    const args = ids ?? [];
    const issueIndex = new Map(ISSUES.map((c, i) => [c as string, i]));
    for (const g of db
      .prepare(`SELECT d.rowid, g.issue, g.severity FROM gaps g JOIN deployments d ON d.id = g.deployment_id ${where}`)
      .iterate(...args) as Iterable<{ rowid: number; issue: string; severity: number }>) {
      const slot = this.slotOfRowid.get(g.rowid);
      const issue = issueIndex.get(g.issue);
      if (slot === undefined || issue === undefined) continue;
      const severity = this.gapSeverity[issue] as Uint8Array;
      severity[slot] = Math.max(severity[slot] ?? 0, g.severity + 1);
      const max = this.gapMax[ISSUE_DIM[issue] ?? 0] as Uint8Array;
      if (g.severity > (max[slot] ?? 0)) max[slot] = g.severity;
    }
    for (const e of db
      .prepare(
        `SELECT d.rowid, e.principle, e.status FROM ethics e JOIN deployments d ON d.id = e.deployment_id ${where}`,
      )
      .iterate(...args) as Iterable<{ rowid: number; principle: string; status: string }>) {
      const slot = this.slotOfRowid.get(e.rowid);
      const p = PRINCIPLES.indexOf(e.principle as (typeof PRINCIPLES)[number]);
      const s = STATUSES.indexOf(e.status as (typeof STATUSES)[number]);
      if (slot !== undefined && p >= 0 && s >= 0) (this.ethics[p] as Uint8Array)[slot] = s;
    }
  }

  /** The alive slot of a rowid, if any. */
  slotOf(rowid: number): number | undefined {
    return this.slotOfRowid.get(rowid);
  }
}
