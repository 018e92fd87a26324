import type { Label, Locale } from '@aila/domain';
import type { TFunction } from 'i18next';
import { type FieldError, type FieldErrors, get } from 'react-hook-form';
import { ApiError } from '../api/client.ts';

/** A problem with one field of a submitted record, in both languages. */
export interface Problem {
  path: string;
  messages: Label;
}

/** The field problems an error answer names; a message without translation is shown as is in both languages. */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError)) return [];
  return (error.body?.error.details ?? []).map((d) => ({
    path: d.path,
    messages: d.messages ?? { en: d.message, vi: d.message },
  }));
}

/** A problem the API named: its message travels in both languages. */
export const SERVER = 'server';
export const serverError = (problem: Problem) => ({ type: SERVER, message: JSON.stringify(problem.messages) });

type ErrorKey =
  | 'required'
  | 'choose'
  | 'url'
  | 'date'
  | 'sources'
  | 'gapIssue'
  | 'slug'
  | 'oneLanguage'
  | 'range'
  | 'tooLong'
  | 'invalid';

/** The domain schemas' own messages, and the generic checks, as plain words in the reader's language. */
const DOMAIN_MESSAGES: Record<string, ErrorKey> = {
  'Give the text in English or Vietnamese': 'oneLanguage',
  'must be an http(s) URL': 'url',
  'use a date as YYYY, YYYY-MM or YYYY-MM-DD': 'date',
  'a published record needs at least one source': 'sources',
  'the issue does not belong to this gap dimension': 'gapIssue',
  'use lower-case letters, digits and hyphens': 'slug',
};
const BY_CODE: Record<string, ErrorKey> = {
  invalid_type: 'required',
  too_small: 'required',
  too_big: 'tooLong',
  invalid_value: 'choose',
  invalid_union: 'choose',
  invalid_format: 'invalid',
};

export interface ShownError {
  type?: string | undefined;
  message?: string | undefined;
}

/** The words for one error: the API's own message in the current language, or the form's. */
export function errorText(error: ShownError, locale: Locale, t: TFunction<'submit'>): string {
  if (error.type === SERVER && error.message) {
    try {
      return (JSON.parse(error.message) as Label)[locale];
    } catch {
      return error.message;
    }
  }
  const key = DOMAIN_MESSAGES[error.message ?? ''] ?? BY_CODE[error.type ?? ''] ?? 'invalid';
  if (key === 'tooLong' && /number|year/i.test(error.message ?? '')) return t('errors.range');
  return t(`errors.${key}`);
}

const META = new Set(['type', 'message', 'ref', 'types', 'root']);
const isError = (node: unknown): node is FieldError =>
  typeof node === 'object' && node !== null && typeof (node as FieldError).message === 'string';

/** The errors at a value, and with `deep` those of its parts (a text's two languages). */
export function errorsAt(errors: FieldErrors, name: string, deep = false): ShownError[] {
  const node = get(errors, name) as Record<string, unknown> | undefined;
  if (!node) return [];
  const out: ShownError[] = [];
  if (isError(node)) out.push(node);
  if (isError(node.root)) out.push(node.root);
  if (deep)
    for (const [key, child] of Object.entries(node))
      if (!META.has(key) && isError(child)) out.push(child as FieldError);
  return out;
}

/** Every error in the form, with its value's name, in the form's order. */
export function allErrors(errors: FieldErrors, prefix = ''): (ShownError & { name: string })[] {
  const out: (ShownError & { name: string })[] = [];
  for (const [key, node] of Object.entries(errors)) {
    if (META.has(key) || !node || typeof node !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (isError(node)) out.push({ name, type: node.type, message: node.message });
    const root = (node as { root?: unknown }).root;
    if (isError(root)) out.push({ name, type: root.type, message: root.message });
    out.push(...allErrors(node as FieldErrors, name));
  }
  return out;
}

/** Moves the keyboard to a value's input (or the first input of a group). */
export function focusField(name: string): void {
  const target =
    document.getElementById(name) ??
    document.querySelector<HTMLElement>(`[id^="${CSS.escape(name)}."]`) ??
    document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`) ??
    document.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"] :is(input, select, textarea, button)`);
  target?.focus();
  target?.scrollIntoView({ block: 'center' });
}
