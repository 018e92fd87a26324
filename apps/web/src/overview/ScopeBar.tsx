import { type DeploymentFilters, FIELDS, fieldCodes, OUTSIDE_VIETNAM } from '@aila/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { catalogueFacetsQuery } from '../api/queries.ts';
import { ORDINAL_FIELDS, useValueLabel } from '../app/fields.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { SCOPE_FIELDS } from '../app/scope.ts';
import { toSearch } from '../app/url-state.ts';

/** Countries are offered only where the catalogue has records (and the one chosen, if any). */
function useCountries(selected: readonly string[]): ReadonlySet<string> {
  const facets = useQuery(catalogueFacetsQuery());
  const withRecords = (facets.data?.country ?? []).filter((c) => c.count > 0).map((c) => c.value);
  return new Set([...withRecords, ...selected]);
}

/** The overview's scope: one value per field, kept in the URL like the explorer's filters. */
export function ScopeBar({
  filters,
  onChange,
}: {
  filters: DeploymentFilters;
  onChange: (f: DeploymentFilters) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const label = useLabel();
  const valueText = useValueLabel();
  const countries = useCountries(filters.country ?? []);
  const active = SCOPE_FIELDS.some((key) => (filters[key]?.length ?? 0) > 0);
  return (
    <form className="scope-bar card no-print" aria-label={t('scope.label')} onSubmit={(e) => e.preventDefault()}>
      {SCOPE_FIELDS.map((key) => {
        const options = (fieldCodes(FIELDS[key]) ?? [])
          .filter((code) => (key !== 'country' || countries.has(code)) && code !== OUTSIDE_VIETNAM)
          .map((code) => ({ code, text: valueText(key, code) }));
        if (!ORDINAL_FIELDS.has(key)) options.sort((a, b) => a.text.localeCompare(b.text, locale));
        return (
          <label key={key} className="scope-bar__field">
            <span>{label(FIELDS[key].title)}</span>
            <select
              value={filters[key]?.[0] ?? ''}
              data-scope={key}
              onChange={(e) => onChange({ ...filters, [key]: e.target.value ? [e.target.value] : undefined })}
            >
              <option value="">{t('scope.all')}</option>
              {options.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.text}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <div className="scope-bar__actions">
        {active && (
          <button type="button" className="btn btn--ghost" onClick={() => onChange({})}>
            {t('scope.reset')}
          </button>
        )}
        <Link className="btn" to={`/brief${toSearch({ filters })}`}>
          {t('scope.printBrief')}
        </Link>
      </div>
    </form>
  );
}
