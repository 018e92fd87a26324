import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { loadNamespace } from '../i18n/index.ts';
import { afterFirstPaint } from '../ui/first-paint.ts';
import { LANGUAGES, useLocale } from './locale.ts';
import { scopeOf } from './scope.ts';
import { parseView, toSearch } from './url-state.ts';

// Loaded after the first paint: the overview does not wait for the account's code and strings.
const AccountMenu = lazy(() =>
  Promise.all([import('../auth/AccountMenu.tsx'), loadNamespace('account')]).then(([m]) => m),
);

/** Pages whose first chart the account menu waits for; elsewhere it loads at once. */
const CHART_PAGES: ReadonlySet<string> = new Set(['/', '/brief', '/landscape']);

function useAccountMenuReady(): boolean {
  const { pathname } = useLocation();
  const [painted, setPainted] = useState(false);
  useEffect(() => void afterFirstPaint.then(() => setPainted(true)), []);
  return painted || !CHART_PAGES.has(pathname);
}

/** Pages that show a scope of the catalogue: their links keep the current one. */
const SCOPED: ReadonlySet<string> = new Set(['/', '/explore', '/recommendations']);

const NAV = [
  ['/', 'overview'],
  ['/explore', 'explore'],
  ['/recommendations', 'recommendations'],
  ['/landscape', 'landscape'],
  ['/compare', 'compare'],
  ['/submit', 'submit'],
  ['/readiness', 'readiness'],
  ['/about', 'about'],
] as const;

export function Layout() {
  const { t } = useTranslation();
  const { locale, setLocale, date } = useLocale();
  const scope = toSearch({ filters: scopeOf(parseView(useSearchParams()[0]).filters) });
  const accountMenu = useAccountMenuReady();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand">
            <svg viewBox="0 0 32 32" width="30" height="30" aria-hidden="true">
              <rect width="32" height="32" rx="6" fill="#f2c14e" />
              <path d="M8 23 16 8l8 15h-4l-4-8-4 8z" fill="#12355b" />
            </svg>
            <span className="brand__name">AILA</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </NavLink>
          <fieldset className="lang-switch no-print">
            <legend className="visually-hidden">{t('app.language')}</legend>
            {LANGUAGES.map((l) => (
              <button
                key={l.code}
                type="button"
                lang={l.code}
                aria-pressed={locale === l.code}
                onClick={() => setLocale(l.code)}
              >
                {l.name}
              </button>
            ))}
          </fieldset>
          {accountMenu && (
            <Suspense fallback={null}>
              <AccountMenu />
            </Suspense>
          )}
        </div>
        <nav className="site-nav no-print" aria-label={t('nav.menu')}>
          <ul>
            {NAV.map(([to, key]) => (
              <li key={to}>
                <NavLink to={SCOPED.has(to) ? `${to}${scope}` : to} end={to === '/'}>
                  {t(`nav.${key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p className="print-only">{t('app.printed', { date: date(new Date().toISOString()) })}</p>
      </footer>
    </>
  );
}
