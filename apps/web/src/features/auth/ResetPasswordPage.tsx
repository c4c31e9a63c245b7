import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { authApi } from '../../api/auth';
import { ApiError } from '../../api/client';
import { Alert, ErrorAlert } from '../../components/Alert';
import { useAction } from '../../components/hooks';
import { usePageTitle } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { NewPasswordFields } from './NewPasswordFields';
import { checkNewPassword } from './password-fields';

/** The token travels in the fragment (#token=…) so it never reaches a server log or a Referer header. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token')?.trim();
  return token ? token : null;
}

export function ResetPasswordPage() {
  const t = useT();
  usePageTitle(t('reset.title'));
  const [token] = useState(() => tokenFromHash(window.location.hash));
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [done, setDone] = useState(false);
  const action = useAction(async (resetToken: string, password: string) => {
    await authApi.completeReset(resetToken, password);
    return true;
  });
  const check = checkNewPassword({ newPassword, confirm });

  // Drop the token from the address bar and history once it is in memory.
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
    }
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!token || !check.ok) return;
    if (await action.run(token, newPassword)) setDone(true);
  }

  const error = action.error instanceof ApiError ? action.error : null;

  return (
    <>
      <h1 className="auth-title" tabIndex={-1}>
        {t('reset.title')}
      </h1>
      {!token ? (
        <Alert kind="error" title={t('reset.noToken')}>
          <p>{t('reset.noTokenBody')}</p>
          <p>
            <Link to="/login">{t('reset.toLogin')}</Link>
          </p>
        </Alert>
      ) : done ? (
        <Alert kind="success" title={t('reset.done')}>
          <p>
            <Link to="/login">{t('reset.toLogin')}</Link>
          </p>
        </Alert>
      ) : (
        <>
          <p className="auth-lead">{t('reset.lead')}</p>
          {error ? <ErrorAlert error={error} /> : null}
          <form className="form" onSubmit={submit} noValidate>
            <NewPasswordFields
              value={newPassword}
              confirm={confirm}
              onChange={setNewPassword}
              onConfirmChange={setConfirm}
              check={check}
              serverError={action.fieldErrors.newPassword}
              submitted={submitted}
            />
            <button type="submit" className="button button--primary button--block" disabled={action.pending}>
              {action.pending ? t('common.working') : t('reset.submit')}
            </button>
          </form>
        </>
      )}
    </>
  );
}
