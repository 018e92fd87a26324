import {
  type DeploymentFilters,
  type FacetField,
  FIELDS,
  type FieldDef,
  type Label,
  PRIMARY_FACETS,
  type RangeKey,
  SECONDARY_FACETS,
  YEAR_FIELDS,
  YEAR_MAX,
  YEAR_MIN,
} from '@aila/domain';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeploymentPage } from '../api/client.ts';
import { useValueLabel } from '../app/fields.ts';
import { useLabel, useLocale } from '../app/locale.ts';
import { ResultsSkeleton } from './Results.tsx';

type Facets = DeploymentPage['facets'];
type OnChange = (filters: DeploymentFilters) => void;

function Facet({
  field,
  counts,
  filters,
  agencies,
  onChange,
}: {
  field: FacetField;
  counts: Facets[FacetField];
  filters: DeploymentFilters;
  agencies: ReadonlyMap<string, Label>;
  onChange: OnChange;
}) {
  const label = useLabel();
  const { fmt } = useLocale();
  const valueText = useValueLabel(agencies);
  const headingId = useId();
  const fromUrl = filters[field] ?? [];
  // Shown at once on click; the URL (and so the data) follows in a transition.
  const [pending, setPending] = useState<string[] | null>(null);
  const urlKey = fromUrl.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the URL's selection changes
  useEffect(() => setPending(null), [urlKey]);
  const selected = pending ?? fromUrl;
  const values = [...counts];
  for (const s of selected) if (!values.some((v) => v.value === s)) values.push({ value: s, count: 0 });
  if (values.length === 0) return null;
  const toggle = (value: string) => {
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    setPending(next);
    onChange({ ...filters, [field]: next.length ? next : undefined });
  };
  return (
    <fieldset className="facet" aria-labelledby={headingId} data-facet={field}>
      <legend id={headingId}>{label(FIELDS[field].title)}</legend>
      {values.map((v) => (
        <label key={v.value} className="facet__option" data-value={v.value}>
          <input type="checkbox" checked={selected.includes(v.value)} onChange={() => toggle(v.value)} />
          <span className="facet__label">{valueText(field, v.value)}</span>
          <span className="facet__count" data-count={v.count}>
            {fmt(v.count)}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

function YearInput(props: { label: string; value: string; onChange: (v: string) => void; onCommit: () => void }) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={YEAR_MIN}
        max={YEAR_MAX}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        onBlur={props.onCommit}
        onKeyDown={(e) => e.key === 'Enter' && props.onCommit()}
      />
    </label>
  );
}

const toYear = (v: string) => {
  const n = Number(v);
  return v && Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX ? n : undefined;
};

/** A year field's range filter (two query parameters), applied on Enter or when leaving a box. */
function YearRange({ field, filters, onChange }: { field: FieldDef; filters: DeploymentFilters; onChange: OnChange }) {
  const { t } = useTranslation('explore');
  const label = useLabel();
  const [fromKey, toKey] = (field.range ?? []) as RangeKey[];
  const fromUrl = fromKey && filters[fromKey];
  const toUrl = toKey && filters[toKey];
  const [from, setFrom] = useState(fromUrl?.toString() ?? '');
  const [to, setTo] = useState(toUrl?.toString() ?? '');
  useEffect(() => setFrom(fromUrl?.toString() ?? ''), [fromUrl]);
  useEffect(() => setTo(toUrl?.toString() ?? ''), [toUrl]);
  if (!fromKey || !toKey) return null;
  const apply = () => {
    const next = { ...filters, [fromKey]: toYear(from), [toKey]: toYear(to) };
    if (next[fromKey] !== fromUrl || next[toKey] !== toUrl) onChange(next);
  };
  return (
    <fieldset className="facet year-range" data-range={field.key}>
      <legend>{label(field.title)}</legend>
      <YearInput label={t('from')} value={from} onChange={setFrom} onCommit={apply} />
      <YearInput label={t('to')} value={to} onChange={setTo} onCommit={apply} />
    </fieldset>
  );
}

/** Every filter of the registry with live counts: the primary facets and year ranges open, the rest folded. */
export function FacetPanel({
  facets,
  filters,
  agencies,
  onChange,
}: {
  facets: Facets | undefined;
  filters: DeploymentFilters;
  agencies: ReadonlyMap<string, Label>;
  onChange: OnChange;
}) {
  const { t } = useTranslation('explore');
  const facet = (field: FacetField) =>
    facets && (
      <Facet
        key={field}
        field={field}
        counts={facets[field]}
        filters={filters}
        agencies={agencies}
        onChange={onChange}
      />
    );
  return (
    <aside className="explore__side card" aria-label={t('filters')}>
      {facets ? (
        <>
          {PRIMARY_FACETS.map(facet)}
          {YEAR_FIELDS.map((f) => (
            <YearRange key={f.key} field={f} filters={filters} onChange={onChange} />
          ))}
          <details className="more-filters" open={SECONDARY_FACETS.some((f) => filters[f])}>
            <summary>{t('moreFilters')}</summary>
            {SECONDARY_FACETS.map(facet)}
          </details>
        </>
      ) : (
        <ResultsSkeleton />
      )}
    </aside>
  );
}
