import { type IndicativeInput, indicativeRisk } from '../indicative.ts';
import type { FieldDef } from './define.ts';
import { provinceOf, valueAt } from './index.ts';

// Values of derived fields, read from a record: apart from the registry, so that pages that only
// list fields do not load what derives them (the indicative tier's rules and their texts).

/** What derived fields are read from, besides the record. */
export interface DerivedValues {
  agencyLevel: string;
  /** The date the record was last checked: its `reviewedOn`, or the day its latest revision was published. */
  checkedOn: string;
}

/** The value of a coded, flag or year field as the engine stores it: a code, codes, 0/1, a year or a date. */
export function storedValue(f: FieldDef, record: unknown, derived: DerivedValues): string | number | null {
  const read =
    f.from === 'checkedOn'
      ? derived.checkedOn
      : f.from === 'agency.level'
        ? derived.agencyLevel
        : f.from === 'indicativeTier'
          ? indicativeRisk(record as IndicativeInput).tier
          : f.values === 'province'
            ? provinceOf(valueAt(record, 'country'), valueAt(record, f.path as string))
            : valueAt(record, f.path as string);
  if (f.olderThanDays !== undefined) return String(read ?? '');
  // A record stored before a defaulted field existed reads as that field's default.
  const raw = read === undefined && f.default !== undefined ? f.default : read;
  switch (f.kind) {
    case 'codes':
      return JSON.stringify([...new Set(Array.isArray(raw) ? raw.map(String) : [])]);
    case 'flag':
      return raw ? 1 : 0;
    case 'year':
      return typeof raw === 'number' ? raw : null;
    default:
      return raw === null || raw === undefined ? null : String(raw);
  }
}

/**
 * The value of any field in a published deployment as a reader sees it (a dated flag reads its
 * date; the caller compares it with today).
 */
export function deploymentValue(
  f: FieldDef,
  d: { agency: { level: string }; reviewedOn: string | null; updatedAt: string },
): unknown {
  if (f.from === 'checkedOn') return d.reviewedOn ?? d.updatedAt.slice(0, 10);
  if (f.from === 'agency.level') return d.agency.level;
  if (f.from === 'indicativeTier') return indicativeRisk(d as unknown as IndicativeInput).tier;
  if (f.values === 'province') return provinceOf(valueAt(d, 'country'), valueAt(d, f.path as string));
  return valueAt(d, f.path as string);
}
