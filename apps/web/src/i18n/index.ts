import type { Locale } from '@aila/domain';
import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Namespace } from './resources.ts';

/**
 * Each language's strings, one file per namespace, load on demand: a visitor downloads only
 * the language they read and the pages they open. Both languages define every key (the
 * Vietnamese files are typed by the English ones).
 */
const FILES = import.meta.glob<{ default: object }>('./{en,vi}/*.ts');

const backend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = FILES[`./${language}/${namespace}.ts`];
    if (!load) return callback(new Error(`no strings for ${language}/${namespace}`), false);
    load().then(
      (m) => callback(null, m.default as never),
      (error: Error) => callback(error, false),
    );
  },
};

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
  await i18n
    .use(backend)
    .use(initReactI18next)
    .init({
      lng,
      ns: ['common'],
      defaultNS: 'common',
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
  document.documentElement.lang = lng;
}

/** Loads a page's strings; called beside the page's code so that both arrive together. */
export function loadNamespace(ns: Namespace): Promise<void> {
  return i18n.loadNamespaces(ns);
}
