import { type FormEvent, useEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../api/auth';
import { ApiError } from '../../api/client';
import { pathAfterSignIn } from '../../app/redirect';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert } from '../../components/Alert';
import { PasswordField, TextField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { usePageTitle } from '../../components/PageHeader';
import { useT } from '../../i18n';

/** Seconds left until a throttled user may try again; ticks down once a second. */
function useCountdown(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  return until ? Math.max(0, Math.ceil((until - now) / 1000)) : 0;
}

export function LoginPage() {
  const t = useT();
  usePageTitle(t('login.title'));
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  const secondsLeft = useCountdown(lockedUntil);
  const action = useAction(async (name: string, secret: string) => {
    try {
      return await authApi.login(name, secret);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'TOO_MANY_ATTEMPTS') {
        setLockedUntil(Date.now() + (error.retryAfterSeconds ?? 60) * 1000);
      }
      throw error;
    }
  });

  if (session.user && !action.pending) return <Navigate to={pathAfterSignIn(session, next)} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!username.trim() || !password || secondsLeft > 0) return;
    const result = await action.run(username.trim(), password);
    if (result) {
      setSession(result);
      navigate(pathAfterSignIn(result, next), { replace: true });
      return;
    }
    setPassword('');
  }

  const error = action.error instanceof ApiError ? action.error : null;
  const throttled = error?.code === 'TOO_MANY_ATTEMPTS';

  return (
    <>
      <h1 className="auth-title" tabIndex={-1}>
        {t('login.title')}
      </h1>
      <p className="auth-lead">{t('login.lead')}</p>
      {throttled ? (
        <Alert kind="error" title={error.message}>
          {secondsLeft > 0 ? (
            <p>{t('login.retryIn', { seconds: secondsLeft })}</p>
          ) : (
            <p>{t('login.retryNow')}</p>
          )}
        </Alert>
      ) : (
        action.error && <ErrorAlert error={action.error} />
      )}
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('login.username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          required
          error={
            action.fieldErrors.username ??
            (submitted && !username.trim() ? t('login.usernameMissing') : undefined)
          }
        />
        <PasswordField
          label={t('login.password')}
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          error={
            action.fieldErrors.password ??
            (submitted && !password && !error ? t('login.passwordMissing') : undefined)
          }
        />
        <button
          type="submit"
          className="button button--primary button--block"
          disabled={action.pending || secondsLeft > 0}
        >
          {action.pending ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
      <p className="auth-note">{t('login.forgot')}</p>
    </>
  );
}
