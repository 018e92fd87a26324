import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { LANGUAGES, useLocale } from './locale.ts';

const NAV = [
  ['/', 'overview'],
  ['/explore', 'explore'],
  ['/recommendations', 'recommendations'],
  ['/landscape', 'landscape'],
  ['/submit', 'submit'],
  ['/about', 'about'],
] as const;

export function Layout() {
  const { t } = useTranslation();
  const { locale, setLocale, date } = useLocale();
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
        </div>
        <nav className="site-nav no-print" aria-label={t('nav.menu')}>
          <ul>
            {NAV.map(([to, key]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'}>
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
