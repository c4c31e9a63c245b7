import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '../../api/auth';
import type { MfaEnrolment, Session } from '../../api/types';
import { pathAfterSignIn, sanitizeNext } from '../../app/redirect';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert, Loading } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { usePageTitle } from '../../components/PageHeader';
import { useT } from '../../i18n';
import { normaliseOtp } from './MfaVerifyPage';
import { RecoveryCodes } from './RecoveryCodes';

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", easier to type by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export function MfaSetupPage() {
  const t = useT();
  usePageTitle(t('mfa.setupTitle'));
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [done, setDone] = useState<{ recoveryCodes: string[]; session: Session } | null>(null);
  const start = useAction(authApi.startEnrolment);
  const confirm = useAction(authApi.confirmEnrolment);
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const started = useRef(false);
  const user = session.user;
  const alreadyEnabled = Boolean(user?.mfaEnabled) && session.pending !== 'MFA_ENROLMENT_REQUIRED';
  const runStart = start.run;

  useEffect(() => {
    if (started.current || alreadyEnabled) return;
    started.current = true;
    void runStart().then((result) => {
      if (result) setEnrolment(result);
    });
  }, [alreadyEnabled, runStart]);

  if (!user) return null;

  if (done) {
    return (
      <>
        <h1 className="auth-title" tabIndex={-1}>
          {t('mfa.enabledTitle')}
        </h1>
        <Alert kind="success" title={t('mfa.enabledBody')} />
        <RecoveryCodes codes={done.recoveryCodes} username={user.username} />
        <button
          type="button"
          className="button button--primary button--block"
          onClick={() => {
            setSession(done.session);
            navigate(pathAfterSignIn(done.session, next), { replace: true });
          }}
        >
          {t('recovery.saved')}
        </button>
      </>
    );
  }

  if (alreadyEnabled) {
    return (
      <>
        <h1 className="auth-title" tabIndex={-1}>
          {t('mfa.setupTitle')}
        </h1>
        <Alert kind="info" title={t('mfa.alreadyEnabled')} />
        <p>
          <Link to="/profile">{t('mfa.backToProfile')}</Link>
        </p>
      </>
    );
  }

  const cleaned = normaliseOtp(code);
  const formatError = submitted && !/^\d{6}$/.test(cleaned) ? t('mfa.codeFormat') : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!/^\d{6}$/.test(cleaned)) return;
    const result = await confirm.run(cleaned);
    if (result) setDone(result);
    else {
      setCode('');
      setSubmitted(false);
    }
  }

  return (
    <>
      <h1 className="auth-title" tabIndex={-1}>
        {t('mfa.setupTitle')}
      </h1>
      <p className="auth-lead">
        {session.pending === 'MFA_ENROLMENT_REQUIRED' ? t('mfa.setupRequiredLead') : t('mfa.setupLead')}
      </p>
      {start.error ? (
        <ErrorAlert error={start.error} />
      ) : !enrolment ? (
        <Loading label={t('mfa.preparing')} />
      ) : (
        <ol className="steps">
          <li>
            <h2 className="steps__title">{t('mfa.step1')}</h2>
            <p>{t('mfa.step1Body')}</p>
          </li>
          <li>
            <h2 className="steps__title">{t('mfa.step2')}</h2>
            <img className="qr" src={enrolment.qrSvgDataUrl} alt={t('mfa.qrAlt')} width={200} height={200} />
            <p className="field__hint">{t('mfa.manualEntry')}</p>
            <p className="secret">
              <code>{groupSecret(enrolment.secret)}</code>
            </p>
          </li>
          <li>
            <h2 className="steps__title">{t('mfa.step3')}</h2>
            {confirm.error ? <ErrorAlert error={confirm.error} /> : null}
            <form className="form" onSubmit={submit} noValidate>
              <TextField
                label={t('mfa.code')}
                value={code}
                onChange={setCode}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                className="input input--otp"
                error={confirm.fieldErrors.code ?? formatError}
              />
              <button
                type="submit"
                className="button button--primary button--block"
                disabled={confirm.pending}
              >
                {confirm.pending ? t('common.working') : t('mfa.enable')}
              </button>
            </form>
          </li>
        </ol>
      )}
      {session.pending !== 'MFA_ENROLMENT_REQUIRED' && (
        <p className="auth-links">
          <Link to={sanitizeNext(next) ?? '/'}>{t('common.back')}</Link>
        </p>
      )}
    </>
  );
}
