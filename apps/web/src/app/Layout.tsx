import type { Locale } from '@aila/domain';
import { NavLink, Outlet } from 'react-router-dom';
import { useLocale } from './locale.ts';

const NAV = [
  ['/', 'overview'],
  ['/explore', 'explore'],
  ['/recommendations', 'recommendations'],
  ['/landscape', 'landscape'],
  ['/submit', 'submit'],
  ['/about', 'about'],
] as const;

export function Layout() {
  const { t, locale, setLocale } = useLocale();
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
            {(['vi', 'en'] as Locale[]).map((l) => (
              <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => setLocale(l)}>
                {l === 'vi' ? 'Tiếng Việt' : 'English'}
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
        <p className="print-only">
          {t('app.printed', { date: new Date().toLocaleDateString(locale === 'vi' ? 'vi-VN' : 'en-GB') })}
        </p>
      </footer>
    </>
  );
}
