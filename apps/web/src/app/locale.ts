import { isSmallBase, type Label, type Locale } from '@aila/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rememberLocale } from '../i18n/index.ts';

/** The product's languages, each named in itself (the switcher shows both names in any language). */
export const LANGUAGES: readonly { code: Locale; name: string; intl: string }[] = [
  { code: 'vi', name: 'Tiếng Việt', intl: 'vi-VN' },
  { code: 'en', name: 'English', intl: 'en-GB' },
];

const intlOf = (locale: Locale) => LANGUAGES.find((l) => l.code === locale)?.intl ?? locale;
const asLocale = (language: string): Locale => LANGUAGES.find((l) => l.code === language)?.code ?? 'en';

/** The language that is not the current one (a record's title is shown in both). */
export const otherLocale = (locale: Locale): Locale => LANGUAGES.find((l) => l.code !== locale)?.code ?? locale;

export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlOf(locale), options).format(n);
}

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlOf(locale), { dateStyle: 'long' }).format(date);
}

/** The current language, its switch, and locale-aware numbers and dates. */
export function useLocale() {
  const { i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const setLocale = useCallback(
    (next: Locale) => {
      rememberLocale(next);
      void i18n.changeLanguage(next);
    },
    [i18n],
  );
  return useMemo(() => {
    const pct = (n: number) => formatNumber(locale, n, { style: 'percent', maximumFractionDigits: 0 });
    return {
      locale,
      setLocale,
      fmt: (n: number) => formatNumber(locale, n),
      pct,
      /** A share of a base, flagged with * when the base is small (read as examples); – when there is none. */
      share: (count: number, of: number) => (of > 0 ? `${pct(count / of)}${isSmallBase(of) ? '*' : ''}` : '–'),
      date: (iso: string) => formatDate(iso, locale),
    };
  }, [locale, setLocale]);
}

/** Domain data (taxonomy labels, registry titles, documents) is bilingual: this picks the reader's language. */
export function useLabel(): (label: Label | null | undefined) => string {
  const { locale } = useLocale();
  return useCallback((label) => (label ? label[locale] : ''), [locale]);
}
