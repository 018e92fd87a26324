import type { DeploymentFilters, Stats } from '@aila/domain';
import type { Db } from './connection.ts';
import { catalogueIndex, type ScopeOptions } from './facet-index.ts';

/** Every aggregate the overview needs, for one filter scope. */
export function getStats(db: Db, filters: DeploymentFilters, options: ScopeOptions = {}): Stats {
  return catalogueIndex(db).stats(filters, options);
}
