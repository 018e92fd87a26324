import type { Label, Taxonomy } from '../labels.ts';
import { TRI_STATE } from '../taxonomy.ts';

/**
 * How a field is stored, filtered and shown:
 * - `code`: one code from a list (one column); `codes`: several (a column holding a JSON array);
 * - `tri`: yes / no / unknown; `flag`: yes / no, derived from the record (an integer column);
 * - `year`: a year (an integer column), filtered by a range; `text` and `label`: free text
 *   (one language, or English and Vietnamese); `gap`: the gap list; `struct`: other structures.
 */
export type FieldKind = 'code' | 'codes' | 'tri' | 'flag' | 'year' | 'text' | 'label' | 'gap' | 'struct';

/** Where a field's codes come from when they are not a taxonomy. */
export type OpenValues = 'province' | 'agency' | 'register';

export interface FieldDef {
  readonly key: string;
  /** Dotted path in the record; null when the value is derived (see `from`). */
  readonly path: string | null;
  /** A derived value: the agency's level, the date the record was last checked, or AILA's indicative risk tier. */
  readonly from?: 'agency.level' | 'checkedOn' | 'indicativeTier';
  /** A flag true when the date in its column is older than this many days (staleness). */
  readonly olderThanDays?: number;
  readonly kind: FieldKind;
  readonly title: Label;
  readonly help: Label;
  /** Storage column in `deployments` that the catalogue engine reads. */
  readonly column?: string;
  readonly codes?: Taxonomy<string>;
  readonly values?: OpenValues;
  /** The code a stored null stands for (province: "national"). */
  readonly nullCode?: string;
  /** For plain record fields: the value when the record leaves it out; absent means required. */
  readonly default?: string | null | readonly string[];
  /** Declared in the record schema from this entry (a plain field). */
  readonly plain?: boolean;
  readonly filter?: boolean;
  /** Year fields: the two query parameters of the range. */
  readonly range?: readonly [from: string, to: string];
  readonly facet?: 'primary' | 'secondary';
  /** `csv`: a column in CSV exports (and in JSON); `json`: only in JSON exports. */
  readonly export: 'csv' | 'json';
  /** The CSV also carries the code beside the label (provinces, agencies). */
  readonly exportCode?: boolean;
  readonly form?: boolean;
  /** Its labels (both languages) are found by full-text search. */
  readonly search?: boolean;
}

export const YES_NO = { yes: TRI_STATE.yes, no: TRI_STATE.no } as const satisfies Taxonomy<string>;

export const field = <const F extends Omit<FieldDef, 'export'> & { export?: FieldDef['export'] }>(def: F) =>
  ({ export: 'csv', ...def }) as F & { export: FieldDef['export'] };
