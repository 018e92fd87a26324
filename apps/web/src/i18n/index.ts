import type { Locale } from '@aila/domain';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './en.ts';

/** Each language's strings load on demand: a visitor downloads only the language they read. */
const MESSAGES: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./en.ts').then((m) => m.en),
  vi: () => import('./vi.ts').then((m) => m.vi),
};

/** Makes sure a language's strings are loaded before switching to it. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await MESSAGES[locale]());
}

const STORAGE_KEY = 'aila.locale';

export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'vi') return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'vi') return stored;
  return navigator.language.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function rememberLocale(locale: Locale): void {
  window.localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}

export const i18n = i18next.createInstance();

export async function initI18n(): Promise<void> {
  const lng = initialLocale();
  await i18n.use(initReactI18next).init({
    resources: { [lng]: { translation: await MESSAGES[lng]() } },
    lng,
    // Both languages define every key (the Messages type), so there is nothing to fall back to.
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
}

/** Locale-aware number and date formatting. */
export function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', options);
}

export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'long' }).format(date);
}
