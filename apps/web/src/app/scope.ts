import type { DeploymentFilters } from '@aila/domain';
import { useValueLabel } from './fields.ts';

/** The fields that set a scope: the overview's scope bar, the brief's heading, the links between pages. */
export const SCOPE_FIELDS = ['country', 'sector', 'province', 'category', 'stage'] as const;

/** Only the scope of a view's filters (what travels from page to page). */
export function scopeOf(filters: DeploymentFilters): DeploymentFilters {
  const scope: DeploymentFilters = {};
  for (const key of SCOPE_FIELDS) if (filters[key]?.length) scope[key] = filters[key];
  return scope;
}

/** The scope in words ("Health · Hà Nội"), or null for the whole catalogue. */
export function useScopeText(): (filters: DeploymentFilters) => string | null {
  const valueText = useValueLabel();
  return (filters) => {
    const parts = SCOPE_FIELDS.flatMap((key) => (filters[key] ?? []).map((code) => valueText(key, code)));
    return parts.length ? parts.join(' · ') : null;
  };
}

/** Whether a scope can hold Vietnamese records (no country chosen, or Vietnam among those chosen). */
export const includesVietnam = (filters: DeploymentFilters): boolean =>
  !filters.country?.length || filters.country.includes('VN');
