import { CATEGORIES, COUNTRIES, type DeploymentFilters, type Label, PROVINCES, SECTORS, STAGES } from '@aila/domain';
import { Link } from 'react-router-dom';
import { filtersToParams } from '../app/filters.ts';
import { useLocale } from '../app/locale.ts';

type ScopeKey = 'country' | 'sector' | 'province' | 'category' | 'stage';

const FIELDS: { key: ScopeKey; title: Label; options: { code: string; label: Label }[] }[] = [
  {
    key: 'country',
    title: { en: 'Country', vi: 'Quốc gia' },
    options: Object.entries(COUNTRIES).map(([code, label]) => ({ code, label })),
  },
  {
    key: 'sector',
    title: { en: 'Sector', vi: 'Lĩnh vực' },
    options: Object.entries(SECTORS).map(([code, label]) => ({ code, label })),
  },
  {
    key: 'province',
    title: { en: 'Province', vi: 'Tỉnh, thành' },
    options: [
      { code: 'national', label: { en: 'National systems', vi: 'Hệ thống toàn quốc' } },
      ...PROVINCES.map((p) => ({ code: p.code, label: p.name })),
    ],
  },
  {
    key: 'category',
    title: { en: 'Application', vi: 'Loại ứng dụng' },
    options: Object.entries(CATEGORIES).map(([code, label]) => ({ code, label })),
  },
  {
    key: 'stage',
    title: { en: 'Stage', vi: 'Giai đoạn' },
    options: Object.entries(STAGES).map(([code, label]) => ({ code, label })),
  },
];

/** The overview's scope: one value per field, kept in the URL like the explorer's filters. */
export function ScopeBar({
  filters,
  onChange,
}: {
  filters: DeploymentFilters;
  onChange: (f: DeploymentFilters) => void;
}) {
  const { t, label, locale } = useLocale();
  const active = FIELDS.some((f) => (filters[f.key]?.length ?? 0) > 0);
  const briefHref = `/brief${filtersToParams(filters).toString() ? `?${filtersToParams(filters).toString()}` : ''}`;
  return (
    <form className="scope-bar card no-print" aria-label={t('overview.scope')} onSubmit={(e) => e.preventDefault()}>
      {FIELDS.map((field) => {
        const options = [...field.options].sort((a, b) =>
          field.key === 'stage' ? 0 : label(a.label).localeCompare(label(b.label), locale),
        );
        const value = (filters[field.key] as string[] | undefined)?.[0] ?? '';
        return (
          <label key={field.key} className="scope-bar__field">
            <span>{label(field.title)}</span>
            <select
              value={value}
              data-scope={field.key}
              onChange={(e) => onChange({ ...filters, [field.key]: e.target.value ? [e.target.value] : undefined })}
            >
              <option value="">{t('overview.scopeAll')}</option>
              {options.map((o) => (
                <option key={o.code} value={o.code}>
                  {label(o.label)}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <div className="scope-bar__actions">
        {active && (
          <button type="button" className="btn btn--ghost" onClick={() => onChange({})}>
            {t('overview.scopeReset')}
          </button>
        )}
        <Link className="btn" to={briefHref}>
          {t('overview.printBrief')}
        </Link>
      </div>
    </form>
  );
}
