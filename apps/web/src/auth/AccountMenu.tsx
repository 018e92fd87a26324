import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigate } from 'react-router-dom';
import { SESSION_KEY } from '../api/client.ts';
import { signOut } from '../api/writes.ts';
import { loginHref } from './RequireUser.tsx';
import { isReviewer, maySubmit, useUser } from './session.ts';
import '../ui/workflow.css';

/** The header's account area: a sign-in link, or the user, their workspaces and sign-out. */
export function AccountMenu() {
  const { t } = useTranslation('account');
  const user = useUser();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const out = useMutation({
    mutationFn: signOut,
    onSuccess: (session) => {
      queryClient.setQueryData(SESSION_KEY, session);
      queryClient.removeQueries({
        predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] && q.queryKey[0] !== 'deployment',
      });
      navigate('/');
    },
  });
  if (user === undefined) return null;
  if (user === null) {
    if (location.pathname === '/login') return null;
    return (
      <Link className="account__signin" to={loginHref(`${location.pathname}${location.search}`)}>
        {t('signIn')}
      </Link>
    );
  }
  const links = [
    maySubmit(user) && (['/submissions', 'menu.submissions'] as const),
    isReviewer(user) && (['/review', 'menu.review'] as const),
    user.role === 'admin' && (['/admin/audit', 'menu.audit'] as const),
  ].filter((l) => l !== false);
  return (
    <nav className="account" aria-label={t('account')}>
      <ul>
        {links.map(([to, key]) => (
          <li key={to}>
            <NavLink to={to}>{t(key)}</NavLink>
          </li>
        ))}
      </ul>
      <span className="account__user" data-testid="account-user">
        <span className="visually-hidden">{t('signedIn')} </span>
        {user.name ?? user.email}
        <span className="account__role">{t(`roles.${user.role}`)}</span>
      </span>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => out.mutate()} disabled={out.isPending}>
        {t('signOut')}
      </button>
    </nav>
  );
}

export default AccountMenu;
