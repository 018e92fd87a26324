/**
 * Alive slots kept sorted by a comparator. A write removes and re-inserts the slots it
 * touches (binary search, one block move), so no query waits for a full sort.
 */
export class SortedSlots {
  private slots = new Int32Array(16);
  length = 0;

  constructor(private readonly compare: (a: number, b: number) => number) {}

  /** The matching slots in this order, the first `limit` of them. */
  matching(matched: Uint8Array, limit = Infinity): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.length && out.length < limit; k++) {
      const slot = this.slots[k] as number;
      if (matched[slot] === 1) out.push(slot);
    }
    return out;
  }

  /** Sorts every alive slot below `size` from scratch (a first load or a very large change). */
  rebuild(alive: Uint8Array, size: number): void {
    const slots: number[] = [];
    for (let i = 0; i < size; i++) if (alive[i] === 1) slots.push(i);
    slots.sort(this.compare);
    this.slots = new Int32Array(Math.max(16, slots.length));
    this.slots.set(slots);
    this.length = slots.length;
  }

  insert(slot: number): void {
    if (this.length === this.slots.length) {
      const next = new Int32Array(this.slots.length * 2);
      next.set(this.slots);
      this.slots = next;
    }
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(this.slots[mid] as number, slot) < 0) lo = mid + 1;
      else hi = mid;
    }
    this.slots.copyWithin(lo + 1, lo, this.length);
    this.slots[lo] = slot;
    this.length += 1;
  }

  remove(slot: number): void {
    const at = this.slots.subarray(0, this.length).indexOf(slot);
    if (at < 0) return;
    this.slots.copyWithin(at, at + 1, this.length);
    this.length -= 1;
  }

  *[Symbol.iterator](): Generator<number> {
    for (let i = 0; i < this.length; i++) yield this.slots[i] as number;
  }
}

/** Matched slots by ascending score (bm25: lower is better), ties by slot; only the best `limit` when finite. */
export function topByScore(matched: Uint8Array, score: Float64Array, size: number, limit: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < size; i++) if (matched[i] === 1) rows.push(i);
  const better = (a: number, b: number) => (score[a] as number) - (score[b] as number) || a - b;
  if (!Number.isFinite(limit) || rows.length <= limit * 4) return rows.sort(better);
  const best: number[] = [];
  for (const i of rows) {
    if (best.length === limit && better(i, best[limit - 1] as number) >= 0) continue;
    let at = best.length;
    while (at > 0 && better(i, best[at - 1] as number) < 0) at -= 1;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best;
}
