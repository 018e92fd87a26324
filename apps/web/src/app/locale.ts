import type { Label, Locale } from '@aila/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLocale, numberFormat, rememberLocale } from '../i18n/index.ts';

export function useLocale() {
  const { i18n, t } = useTranslation();
  const locale: Locale = i18n.language === 'vi' ? 'vi' : 'en';
  const setLocale = useCallback(
    (next: Locale) => {
      rememberLocale(next);
      void loadLocale(next).then(() => i18n.changeLanguage(next));
    },
    [i18n],
  );
  const label = useCallback((l: Label | null | undefined) => (l ? l[locale] : ''), [locale]);
  const fmt = useCallback((n: number) => numberFormat(locale).format(n), [locale]);
  const pct = useCallback(
    (n: number) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n),
    [locale],
  );
  return { locale, setLocale, label, fmt, pct, t };
}
