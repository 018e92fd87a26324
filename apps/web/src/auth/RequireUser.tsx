import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { User } from '../api/client.ts';
import { LoadingState, Page } from '../ui/Page.tsx';
import { type Role, useUser } from './session.ts';

/** The sign-in address that comes back here afterwards. */
export function loginHref(next: string): string {
  return `/login?${new URLSearchParams({ next }).toString()}`;
}

/** Shows its content to a signed-in user with one of the roles; otherwise says how to get in. */
export function RequireUser({ roles, children }: { roles: readonly Role[]; children: (user: User) => ReactNode }) {
  const { t } = useTranslation('account');
  const user = useUser();
  const location = useLocation();
  if (user === undefined) return <LoadingState />;
  if (user === null)
    return (
      <Page title={t('access.signInTitle')} lead={t('access.signInText')}>
        <Link className="btn" to={loginHref(`${location.pathname}${location.search}`)}>
          {t('signIn')}
        </Link>
      </Page>
    );
  if (!roles.includes(user.role)) return <Page title={t('access.deniedTitle')} lead={t('access.deniedText')} />;
  return <>{children(user)}</>;
}
