import type { DeploymentFilters, FacetField } from '@aila/domain';
import { toFtsQuery } from './search.ts';

export interface Where {
  sql: string;
  params: (string | number)[];
}

export interface ScopeOptions {
  /** Benchmark mode only: include synthetic records. */
  includeSynthetic?: boolean;
}

/** The column behind each single-valued facet. */
export const FACET_COLUMNS: Record<Exclude<FacetField, 'technique'>, string> = {
  country: 'd.country',
  sector: 'd.sector',
  category: 'd.category',
  stage: 'd.stage',
  province: 'd.province_code',
  riskTier: 'd.risk_tier',
};

function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** Builds the WHERE clause for a filter set over `deployments d`, optionally leaving one facet out. */
export function buildWhere(filters: DeploymentFilters, options: ScopeOptions & { except?: FacetField } = {}): Where {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  if (!options.includeSynthetic) clauses.push("d.provenance <> 'synthetic'");

  for (const [field, column] of Object.entries(FACET_COLUMNS) as [keyof typeof FACET_COLUMNS, string][]) {
    const values = filters[field];
    if (!values || values.length === 0 || options.except === field) continue;
    clauses.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  }
  if (filters.technique?.length && options.except !== 'technique') {
    clauses.push(
      `EXISTS (SELECT 1 FROM deployment_techniques t WHERE t.deployment_id = d.id AND t.technique IN (${placeholders(filters.technique.length)}))`,
    );
    params.push(...filters.technique);
  }
  if (filters.agency?.length) {
    clauses.push(`d.agency_id IN (${placeholders(filters.agency.length)})`);
    params.push(...filters.agency);
  }
  if (filters.yearFrom !== undefined) {
    clauses.push('d.year_started >= ?');
    params.push(filters.yearFrom);
  }
  if (filters.yearTo !== undefined) {
    clauses.push('d.year_started <= ?');
    params.push(filters.yearTo);
  }
  const fts = filters.q ? toFtsQuery(filters.q) : null;
  if (fts) {
    clauses.push('d.rowid IN (SELECT rowid FROM deployments_fts WHERE deployments_fts MATCH ?)');
    params.push(fts);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
