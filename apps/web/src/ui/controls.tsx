import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';

/** A filter kept in the address: a select whose value is one query parameter. */
export function ParamSelect({
  id,
  label,
  param,
  value,
  options,
}: {
  id: string;
  label: string;
  param: string;
  value: string;
  options: readonly { value: string; label: string }[];
}) {
  const [, setParams] = useSearchParams();
  const change = (next: string) =>
    setParams(
      (p) => {
        p.set(param, next);
        return p;
      },
      { replace: true },
    );
  return (
    <div className="filter-bar">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => change(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A text box with its label, help and error, tied together for screen readers. */
export function TextAreaField({
  id,
  label,
  help,
  error,
  value,
  onChange,
  rows = 4,
  maxLength,
}: {
  id: string;
  label: string;
  help?: string;
  error?: string | null;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}) {
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {help && (
        <p className="field-help" id={`${id}-help`}>
          {help}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        aria-invalid={Boolean(error)}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A form's closing line: what went wrong, if anything, and its button (its words change while busy). */
export function SubmitRow({
  error,
  busy,
  label,
  busyLabel,
  testId,
}: {
  error: ReactNode;
  busy: boolean;
  label: string;
  busyLabel: string;
  testId?: string;
}) {
  return (
    <>
      <div role="alert">
        {error ? (
          <p className="form-alert" data-testid={testId}>
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
    </>
  );
}

/** The header row of a data table; a column may be numeric (right-aligned). */
export function HeadRow({ columns }: { columns: readonly (string | { label: string; numeric: true })[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === 'string' ? (
            <th key={c} scope="col">
              {c}
            </th>
          ) : (
            <th key={c.label} scope="col" className="num">
              {c.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
