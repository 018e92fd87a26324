import type { DeploymentFilters, Stats } from '@aila/domain';
import type { Db } from './connection.ts';
import { catalogueIndex, type ScopeOptions } from './facet-index.ts';
import { getLandscape } from './landscape.ts';

/** Every aggregate the overview needs, for one filter scope. */
export function getStats(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): Stats {
  const recommendations = getLandscape(db)?.recommendations ?? [];
  return catalogueIndex(db).stats(filters, options, recommendations);
}
