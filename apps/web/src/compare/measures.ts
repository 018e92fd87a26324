import type { ArrayFilterKey, Facets, Stats } from '@aila/domain';
import { AILA, type Scope } from './scopes.ts';

/** `count` of `base` records that state the field; `unknown` more records do not state it. */
export interface Figure {
  count: number;
  base: number;
  unknown: number;
  /** The field whose value is counted: the explorer lists the `count` records by `value`, */
  key: ArrayFilterKey;
  value: string;
  /** the `base` records by these values (when the field has them), */
  baseValues?: string[];
  /** and the unknown ones by this value. */
  unknownValue?: string;
}

/** One column's numbers: each share with its base, and null where the register does not state the field. */
export interface Measures {
  records: number;
  agencies: number;
  /** The register's own high-risk or high-impact classification (or a tier declared under the Law on AI). */
  declared: Figure | null;
  /** AILA's indicative reading of the Law on AI: only for Vietnamese records, never an official tier. */
  indicative: Figure | null;
  /** An impact assessment carried out, as the register states. */
  assessed: Figure | null;
  /** Records that link to a published impact assessment; null where the register gives no such link. */
  published: Figure | null;
  /** The registers whose records the column holds, largest first. */
  registers: string[];
  /** The countries whose records the column holds, largest first. */
  countries: string[];
}

type FacetList = readonly { value: string; count: number }[];

const countOf = (list: FacetList | undefined, value: string): number =>
  list?.find((v) => v.value === value)?.count ?? 0;

const present = (list: FacetList | undefined): string[] =>
  [...(list ?? [])]
    .filter((v) => v.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((v) => v.value);

/** A yes / no / unknown field as a share of the records that state it, or null when none does. */
export function triShare(list: FacetList | undefined, key: ArrayFilterKey): Figure | null {
  const yes = countOf(list, 'yes');
  const no = countOf(list, 'no');
  if (yes + no === 0) return null;
  return {
    count: yes,
    base: yes + no,
    unknown: countOf(list, 'unknown'),
    key,
    value: 'yes',
    baseValues: ['yes', 'no'],
    unknownValue: 'unknown',
  };
}

/**
 * The column's numbers. Facets never filter on their own field, so a country's column reads its
 * registers from the register facet and a register's column its countries from the country facet.
 */
export function measures(scope: Scope, stats: Stats, facets: Facets): Measures {
  const registers = scope.kind === 'register' ? [scope.code] : present(facets.register);
  const countries = scope.kind === 'country' ? [scope.code] : present(facets.country);
  const vietnamese = countries.length === 1 && countries[0] === 'VN';
  const ownOnly = registers.every((r) => r === AILA);

  const declaredTier: Figure | null =
    stats.highRisk.known > 0
      ? {
          count: stats.highRisk.count,
          base: stats.highRisk.known,
          unknown: stats.total - stats.highRisk.known,
          key: 'riskTier',
          value: 'high',
        }
      : null;

  let indicative: Figure | null = null;
  if (vietnamese) {
    const tiers = new Map(stats.byIndicativeTier.map((k) => [k.key, k.count]));
    const undetermined = tiers.get('undetermined') ?? 0;
    const base = stats.total - undetermined - (tiers.get('not_applicable') ?? 0);
    if (base > 0)
      indicative = {
        count: tiers.get('high') ?? 0,
        base,
        unknown: undetermined,
        key: 'indicativeTier',
        value: 'high',
        baseValues: ['high', 'medium', 'low'],
        unknownValue: 'undetermined',
      };
  }

  const published = countOf(facets.impactAssessment, 'yes');
  return {
    records: stats.total,
    agencies: stats.agencies,
    declared: triShare(facets.highImpact, 'highImpact') ?? declaredTier,
    indicative,
    assessed: triShare(facets.impactAssessed, 'impactAssessed'),
    // Imported registers carry no link unless their file gives one: none found reads as "not stated".
    published:
      published > 0 || (ownOnly && stats.total > 0)
        ? { count: published, base: stats.total, unknown: 0, key: 'impactAssessment', value: 'yes' }
        : null,
    registers,
    countries,
  };
}

/** Systems in use (piloted, in production or retired) by the year they started. */
export interface Growth {
  /** Adopted systems in the column. */
  adopted: number;
  /** Those with a start year: the base of each year's share. */
  dated: number;
  byYear: ReadonlyMap<number, number>;
}

export function growth(adopted: Stats): Growth {
  const byYear = new Map<number, number>();
  for (const y of adopted.byYear) byYear.set(y.year, (byYear.get(y.year) ?? 0) + y.count);
  let dated = 0;
  for (const n of byYear.values()) dated += n;
  return { adopted: adopted.total, dated, byYear };
}
