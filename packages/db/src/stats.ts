import type { DeploymentFilters, KeyCount, Stats } from '@aila/domain';
import type { Db } from './connection.ts';
import { buildWhere, type ScopeOptions } from './where.ts';

/** Every aggregate the overview needs, for one filter scope. */
export function getStats(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): Stats {
  const where = buildWhere(filters, options);
  const from = `FROM deployments d ${where.sql}`;
  const p = where.params;
  const group = (column: string): KeyCount[] =>
    db
      .prepare(
        `SELECT ${column} AS key, COUNT(*) AS count ${from} ${where.sql ? 'AND' : 'WHERE'} ${column} IS NOT NULL
         GROUP BY 1 ORDER BY count DESC, key`,
      )
      .all(...p) as KeyCount[];

  const totals = db
    .prepare(
      `SELECT COUNT(*) AS total,
              COUNT(DISTINCT d.agency_id) AS agencies,
              COUNT(DISTINCT d.province_code) AS provinces,
              SUM(d.province_code IS NULL) AS national,
              SUM(d.gaps_assessed) AS assessed,
              SUM(d.stage = 'production') AS production,
              SUM(d.stage <> 'unknown') AS stage_known,
              SUM(d.risk_tier = 'high') AS high_risk,
              SUM(d.risk_tier <> 'unclassified') AS risk_known,
              SUM(d.has_impact_assessment) AS impact_assessment
       ${from}`,
    )
    .get(...p) as Record<string, number | null>;
  const n = (key: string): number => totals[key] ?? 0;

  return {
    total: n('total'),
    agencies: n('agencies'),
    provinces: n('provinces'),
    national: n('national'),
    assessed: n('assessed'),
    production: { count: n('production'), known: n('stage_known') },
    highRisk: { count: n('high_risk'), known: n('risk_known') },
    impactAssessment: { count: n('impact_assessment'), known: n('total') },
    byCategory: group('d.category'),
    bySector: group('d.sector'),
    byStage: group('d.stage'),
    byProvince: group('d.province_code'),
    byRiskTier: group('d.risk_tier'),
    byYear: db
      .prepare(
        `SELECT d.year_started AS year, d.category AS category, COUNT(*) AS count ${from}
         ${where.sql ? 'AND' : 'WHERE'} d.year_started IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all(...p) as Stats['byYear'],
  };
}
