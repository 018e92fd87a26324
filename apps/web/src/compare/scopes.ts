import { type DeploymentFilters, isFilterValue } from '@aila/domain';

/** One column of the comparison: every record of a country, or every record of one register. */
export interface Scope {
  kind: 'country' | 'register';
  /** An ISO 3166-1 code, or a register's id (`aila` for the catalogue's own records). */
  code: string;
}

export const MIN_SCOPES = 2;
export const MAX_SCOPES = 4;
/** The query parameter that holds the columns, one `kind:code` each, in order. */
export const SCOPE_PARAM = 'scope';
/** The catalogue's own records as a value of the register field. */
export const AILA = 'aila';

export const scopeKey = (s: Scope): string => `${s.kind}:${s.code}`;

/** A `kind:code` value read back, or null when it names no valid filter value. */
export function parseScope(raw: string): Scope | null {
  const [kind, code = '', ...rest] = raw.split(':');
  if (rest.length > 0 || (kind !== 'country' && kind !== 'register')) return null;
  return isFilterValue(kind, code) ? { kind, code } : null;
}

/** The columns named in the address: valid, without repeats, at most four. */
export function parseScopes(params: URLSearchParams): Scope[] {
  const seen = new Set<string>();
  const scopes: Scope[] = [];
  for (const raw of params.getAll(SCOPE_PARAM).flatMap((v) => v.split(','))) {
    const scope = parseScope(raw.trim());
    if (!scope || seen.has(scopeKey(scope))) continue;
    seen.add(scopeKey(scope));
    scopes.push(scope);
  }
  return scopes.slice(0, MAX_SCOPES);
}

/** The address's parameters with the columns replaced (the others, e.g. `lang`, kept). */
export function withScopes(params: URLSearchParams, scopes: readonly Scope[]): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(SCOPE_PARAM);
  for (const s of scopes) next.append(SCOPE_PARAM, scopeKey(s));
  return next;
}

/** The filters that select a column's records, as the API and the explorer take them. */
export const scopeFilters = (s: Scope): DeploymentFilters =>
  s.kind === 'country' ? { country: [s.code] } : { register: [s.code] };

/** What can be compared: the countries with records, and the registers with records (largest first). */
export interface ScopeChoices {
  countries: readonly { code: string; count: number }[];
  registers: readonly { code: string; count: number }[];
}

export function scopeChoices(facets: {
  country: readonly { value: string; count: number }[];
  register: readonly { value: string; count: number }[];
}): ScopeChoices {
  const present = (list: readonly { value: string; count: number }[]) =>
    list
      .filter((v) => v.count > 0)
      .map((v) => ({ code: v.value, count: v.count }))
      .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return { countries: present(facets.country), registers: present(facets.register) };
}

export const allChoices = (choices: ScopeChoices): Scope[] => [
  ...choices.countries.map((c): Scope => ({ kind: 'country', code: c.code })),
  ...choices.registers.map((r): Scope => ({ kind: 'register', code: r.code })),
];

/**
 * The columns to show: those of the address, completed to two when fewer are named. By default
 * Vietnam (the catalogue's home) against the largest other register.
 */
export function effectiveScopes(asked: readonly Scope[], choices: ScopeChoices): Scope[] {
  if (asked.length >= MIN_SCOPES) return [...asked];
  const home: Scope = choices.countries.some((c) => c.code === 'VN')
    ? { kind: 'country', code: 'VN' }
    : { kind: 'register', code: AILA };
  const other = choices.registers.find((r) => r.code !== AILA);
  const defaults: Scope[] = [home, ...(other ? [{ kind: 'register' as const, code: other.code }] : [])];
  const scopes = [...asked];
  for (const candidate of [...defaults, ...allChoices(choices)]) {
    if (scopes.length >= MIN_SCOPES) break;
    if (!scopes.some((s) => scopeKey(s) === scopeKey(candidate))) scopes.push(candidate);
  }
  return scopes;
}

/** The next column to add: the first choice not already shown (registers before countries). */
export function nextScope(current: readonly Scope[], choices: ScopeChoices): Scope | null {
  const shown = new Set(current.map(scopeKey));
  const order = [
    ...choices.registers.map((r): Scope => ({ kind: 'register', code: r.code })),
    ...choices.countries.map((c): Scope => ({ kind: 'country', code: c.code })),
  ];
  return order.find((s) => !shown.has(scopeKey(s))) ?? null;
}
