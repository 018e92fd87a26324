import {
  ARRAY_FILTER_KEYS,
  type DeploymentFilters,
  FIELDS,
  type Label,
  type RangeKey,
  YEAR_FIELDS,
} from '@aila/domain';
import { useTranslation } from 'react-i18next';
import { useValueLabel } from '../app/fields.ts';
import { useLabel } from '../app/locale.ts';

interface Chip {
  key: string;
  text: string;
  remove: DeploymentFilters;
}

/** The active filters, each a button that removes it. */
export function Chips({
  filters,
  agencies,
  onChange,
}: {
  filters: DeploymentFilters;
  agencies: ReadonlyMap<string, Label>;
  onChange: (f: DeploymentFilters) => void;
}) {
  const { t } = useTranslation('explore');
  const label = useLabel();
  const valueText = useValueLabel(agencies);
  const chips: Chip[] = ARRAY_FILTER_KEYS.flatMap((key) => {
    const values = filters[key] ?? [];
    return values.map((value) => {
      const rest = values.filter((v) => v !== value);
      return {
        key: `${key}:${value}`,
        text: `${label(FIELDS[key].title)}: ${valueText(key, value)}`,
        remove: { ...filters, [key]: rest.length ? rest : undefined },
      };
    });
  });
  for (const field of YEAR_FIELDS) {
    const [from, to] = (field.range ?? []) as RangeKey[];
    if (!from || !to || (filters[from] === undefined && filters[to] === undefined)) continue;
    chips.push({
      key: field.key,
      text: `${label(field.title)}: ${filters[from] ?? '…'}–${filters[to] ?? '…'}`,
      remove: { ...filters, [from]: undefined, [to]: undefined },
    });
  }
  if (filters.q) chips.push({ key: 'q', text: `“${filters.q}”`, remove: { ...filters, q: undefined } });
  if (chips.length === 0) return null;
  return (
    <ul className="active-chips" aria-label={t('active')}>
      {chips.map((c) => (
        <li key={c.key}>
          <button type="button" className="chip chip--active" onClick={() => onChange(c.remove)}>
            {c.text} <span aria-hidden="true">×</span>
            <span className="visually-hidden"> {t('remove')}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
