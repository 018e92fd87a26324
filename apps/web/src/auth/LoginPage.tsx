import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, SESSION_KEY, type User } from '../api/client.ts';
import { signIn } from '../api/writes.ts';
import { SubmitRow } from '../ui/controls.tsx';
import { Page } from '../ui/Page.tsx';
import { isReviewer, useUser } from './session.ts';
import '../ui/workflow.css';

interface Credentials {
  email: string;
  password: string;
}
const FIELDS = [
  ['email', 'email', 'username'],
  ['password', 'password', 'current-password'],
] as const;

/** Where to go after signing in: the page that asked, or the user's workspace. */
function destination(next: string | null, user: User): string {
  if (next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')) return next;
  return isReviewer(user) ? '/review' : '/submissions';
}

function useFailure(error: unknown): string | null {
  const { t } = useTranslation('account');
  if (!error) return null;
  if (error instanceof ApiError && error.status === 401) return t('login.wrong');
  if (error instanceof ApiError && error.status === 429)
    return t('login.tooMany', { count: Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60)) });
  if (error instanceof ApiError && error.status === 400) return t('login.required');
  return t('login.failed');
}

export function LoginPage() {
  const { t } = useTranslation('account');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const user = useUser();
  const { register, handleSubmit, formState } = useForm<Credentials>({ defaultValues: { email: '', password: '' } });
  const login = useMutation({
    mutationFn: ({ email, password }: Credentials) => signIn(email, password),
    onSuccess: (session) => {
      queryClient.setQueryData(SESSION_KEY, session);
      if (session.user) navigate(destination(params.get('next'), session.user));
    },
  });
  const failure = useFailure(login.error);
  const missing = formState.errors.email || formState.errors.password;

  return (
    <Page title={t('login.title')} lead={t('login.lead')}>
      {user && !login.isSuccess ? (
        <div className="card narrow">
          <p>{t('login.already', { name: user.name ?? user.email })}</p>
          <Link to={destination(params.get('next'), user)}>
            {t(isReviewer(user) ? 'menu.review' : 'menu.submissions')}
          </Link>
        </div>
      ) : (
        <form className="card narrow form" noValidate onSubmit={handleSubmit((values) => login.mutate(values))}>
          {FIELDS.map(([name, type, autoComplete]) => (
            <div key={name} className="form-field">
              <label htmlFor={`login-${name}`}>{t(`login.${name}`)}</label>
              <input
                id={`login-${name}`}
                type={type}
                autoComplete={autoComplete}
                aria-invalid={Boolean(formState.errors[name])}
                {...register(name, { required: true })}
              />
            </div>
          ))}
          <SubmitRow
            error={missing ? t('login.required') : failure}
            busy={login.isPending}
            label={t('login.submit')}
            busyLabel={t('login.busy')}
            testId="login-error"
          />
        </form>
      )}
    </Page>
  );
}
