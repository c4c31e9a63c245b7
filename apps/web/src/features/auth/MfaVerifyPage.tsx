import { type FormEvent, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../api/auth';
import { useSignOut } from '../../app/Layout';
import { pathAfterSignIn } from '../../app/redirect';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { usePageTitle } from '../../components/PageHeader';
import { useT } from '../../i18n';

export function normaliseOtp(value: string): string {
  return value.replace(/[\s-]/g, '');
}

export function MfaVerifyPage() {
  const t = useT();
  usePageTitle(t('mfa.verifyTitle'));
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const signOut = useSignOut();
  const [mode, setMode] = useState<'totp' | 'recovery'>('totp');
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const action = useAction(authApi.verifyMfa);

  if (session.pending !== 'MFA_REQUIRED' && !action.pending) {
    return <Navigate to={pathAfterSignIn(session, next)} replace />;
  }

  const cleaned = mode === 'totp' ? normaliseOtp(code) : code.trim();
  const localError =
    submitted && (mode === 'totp' ? !/^\d{6}$/.test(cleaned) : cleaned.length < 6)
      ? mode === 'totp'
        ? t('mfa.codeFormat')
        : t('mfa.recoveryMissing')
      : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (mode === 'totp' ? !/^\d{6}$/.test(cleaned) : cleaned.length < 6) return;
    const result = await action.run(cleaned);
    if (result) {
      setSession(result);
      navigate(pathAfterSignIn(result, next), { replace: true });
    } else {
      setCode('');
      setSubmitted(false);
    }
  }

  return (
    <>
      <h1 className="auth-title" tabIndex={-1}>
        {t('mfa.verifyTitle')}
      </h1>
      <p className="auth-lead">{mode === 'totp' ? t('mfa.verifyLead') : t('mfa.recoveryLead')}</p>
      {action.error ? <ErrorAlert error={action.error} /> : null}
      <form className="form" onSubmit={submit} noValidate>
        {mode === 'totp' ? (
          <TextField
            key="totp"
            label={t('mfa.code')}
            value={code}
            onChange={setCode}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            className="input input--otp"
            error={action.fieldErrors.code ?? localError}
          />
        ) : (
          <TextField
            key="recovery"
            label={t('mfa.recoveryCode')}
            value={code}
            onChange={setCode}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            required
            className="input input--mono"
            error={action.fieldErrors.code ?? localError}
          />
        )}
        <button type="submit" className="button button--primary button--block" disabled={action.pending}>
          {action.pending ? t('common.working') : t('mfa.verifySubmit')}
        </button>
      </form>
      <div className="auth-links">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setMode(mode === 'totp' ? 'recovery' : 'totp');
            setCode('');
            setSubmitted(false);
            action.reset();
          }}
        >
          {mode === 'totp' ? t('mfa.useRecovery') : t('mfa.useTotp')}
        </button>
        <button type="button" className="link-button" onClick={signOut}>
          {t('mfa.otherAccount')}
        </button>
      </div>
    </>
  );
}
