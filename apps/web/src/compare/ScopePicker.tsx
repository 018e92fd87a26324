import { useTranslation } from 'react-i18next';
import { columnColor } from './charts.ts';
import { MAX_SCOPES, MIN_SCOPES, parseScope, type Scope, type ScopeChoices, scopeKey } from './scopes.ts';

/** One select per column, a way to add and remove columns; the columns live in the address. */
export function ScopePicker({
  scopes,
  choices,
  name,
  onChange,
  onAdd,
  onReset,
  changed,
}: {
  scopes: readonly Scope[];
  choices: ScopeChoices;
  name: (scope: Scope) => string;
  onChange: (scopes: Scope[]) => void;
  onAdd: () => void;
  onReset: () => void;
  changed: boolean;
}) {
  const { t } = useTranslation('compare');
  const chosen = new Set(scopes.map(scopeKey));
  const option = (s: Scope, current: string, text: string) => {
    const key = scopeKey(s);
    return (
      <option key={key} value={key} disabled={key !== current && chosen.has(key)}>
        {text}
      </option>
    );
  };
  return (
    <form className="compare-picker card no-print" aria-label={t('picker.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="compare-picker__fields">
        {scopes.map((scope, i) => {
          const current = scopeKey(scope);
          return (
            <div key={current} className="compare-picker__field">
              <label>
                <span className="compare-picker__label">
                  <span
                    className="compare-swatch"
                    style={{ ['--column' as string]: columnColor(i) }}
                    aria-hidden="true"
                  />
                  {t('picker.column', { n: i + 1 })}
                </span>
                <select
                  value={current}
                  data-column={i}
                  onChange={(e) => {
                    const next = parseScope(e.target.value);
                    if (next) onChange(scopes.map((s, j) => (j === i ? next : s)));
                  }}
                >
                  <optgroup label={t('picker.countries')}>
                    {choices.countries.map((c) => {
                      const s: Scope = { kind: 'country', code: c.code };
                      return option(s, current, t('picker.country', { name: name(s) }));
                    })}
                  </optgroup>
                  <optgroup label={t('picker.registers')}>
                    {choices.registers.map((r) => {
                      const s: Scope = { kind: 'register', code: r.code };
                      return option(s, current, name(s));
                    })}
                  </optgroup>
                </select>
              </label>
              {scopes.length > MIN_SCOPES && (
                <button
                  type="button"
                  className="btn btn--ghost compare-picker__remove"
                  aria-label={t('picker.remove', { n: i + 1 })}
                  title={t('picker.remove', { n: i + 1 })}
                  onClick={() => onChange(scopes.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              )}
            </div>
          );
        })}
      </div>
      <div className="compare-picker__actions">
        {scopes.length < MAX_SCOPES && chosen.size < choices.countries.length + choices.registers.length && (
          <button type="button" className="btn" onClick={onAdd}>
            + {t('picker.add')}
          </button>
        )}
        {changed && (
          <button type="button" className="btn btn--ghost" onClick={onReset}>
            {t('picker.reset')}
          </button>
        )}
      </div>
      <p className="small muted compare-picker__hint">{t('picker.share')}</p>
    </form>
  );
}
