import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { authApi } from '../../api/auth';
import { roleName } from '../../app/labels';
import { useSession } from '../../app/session';
import { Alert, ErrorAlert } from '../../components/Alert';
import { ConfirmDialog } from '../../components/Dialog';
import { RadioGroup, TextField } from '../../components/Field';
import { useAction } from '../../components/hooks';
import { PageHeader } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useI18n } from '../../i18n';
import { normaliseOtp } from '../auth/MfaVerifyPage';
import { PasswordChangeForm } from '../auth/PasswordChangeForm';
import { RecoveryCodes } from '../auth/RecoveryCodes';
import { SCOPE_LABEL } from '../users/labels';

export function ProfilePage() {
  const { t, locale } = useI18n();
  const { session, setSession, endSession, changeLanguage } = useSession();
  const toast = useToast();
  const navigate = useNavigate();
  const [confirmAll, setConfirmAll] = useState(false);
  const logoutAll = useAction(async () => {
    await authApi.logoutAll();
    return true;
  });
  const user = session.user;
  if (!user) return null;

  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.lead')} />
      <div className="profile-grid">
        <section className="panel" aria-labelledby="profile-account">
          <h2 id="profile-account" className="panel__title">
            {t('profile.account')}
          </h2>
          <dl className="facts facts--single">
            <div>
              <dt>{t('user.fullName')}</dt>
              <dd>{user.fullName}</dd>
            </div>
            <div>
              <dt>{t('user.username')}</dt>
              <dd>
                <code>{user.username}</code>
              </dd>
            </div>
            <div>
              <dt>{t('user.unit')}</dt>
              <dd>{user.unitName ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('user.roles')}</dt>
              <dd>
                {user.roles.length === 0 ? (
                  '—'
                ) : (
                  <ul className="plain-list">
                    {user.roles.map((role) => (
                      <li key={`${role.roleCode}-${role.unitId}`}>
                        {roleName(role.roleCode, locale)} — {role.unitName} ({t(SCOPE_LABEL[role.scope])})
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          <p className="field__hint">{t('profile.nameHint')}</p>
        </section>

        <section className="panel" aria-labelledby="profile-language">
          <h2 id="profile-language" className="panel__title">
            {t('language.label')}
          </h2>
          <RadioGroup
            legend={t('profile.languageLegend')}
            name="profile-language"
            value={locale}
            onChange={(next) => {
              changeLanguage(next);
            }}
            options={[
              { value: 'vi', label: 'Tiếng Việt' },
              { value: 'en', label: 'English' },
            ]}
          />
        </section>

        <section className="panel" aria-labelledby="profile-password">
          <h2 id="profile-password" className="panel__title">
            {t('password.changeTitle')}
          </h2>
          <PasswordChangeForm
            username={user.username}
            onDone={(next) => {
              setSession(next);
              toast.success(t('password.changed'));
            }}
          />
        </section>

        <MfaSection />

        <section className="panel" aria-labelledby="profile-sessions">
          <h2 id="profile-sessions" className="panel__title">
            {t('profile.sessions')}
          </h2>
          <p>{t('profile.sessionsLead')}</p>
          {logoutAll.error ? <ErrorAlert error={logoutAll.error} /> : null}
          <button type="button" className="button button--danger-outline" onClick={() => setConfirmAll(true)}>
            {t('profile.logoutAll')}
          </button>
        </section>
      </div>

      {confirmAll && (
        <ConfirmDialog
          title={t('profile.logoutAll')}
          message={t('profile.logoutAllConfirm')}
          confirmLabel={t('profile.logoutAll')}
          danger
          busy={logoutAll.pending}
          onCancel={() => setConfirmAll(false)}
          onConfirm={async () => {
            const ok = await logoutAll.run();
            setConfirmAll(false);
            if (ok) {
              endSession();
              navigate('/login', { replace: true });
              toast.info(t('profile.loggedOutAll'));
            }
          }}
        />
      )}
    </>
  );
}

function MfaSection() {
  const { t } = useI18n();
  const { session } = useSession();
  const [code, setCode] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const action = useAction(authApi.regenerateRecoveryCodes);
  const user = session.user;
  if (!user) return null;
  const cleaned = normaliseOtp(code);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!/^\d{6}$/.test(cleaned)) return;
    const result = await action.run(cleaned);
    setCode('');
    setSubmitted(false);
    if (result) setCodes(result.recoveryCodes);
  }

  return (
    <section className="panel" aria-labelledby="profile-mfa">
      <h2 id="profile-mfa" className="panel__title">
        {t('mfa.title')}
      </h2>
      {user.mfaEnabled ? (
        <>
          <Alert kind="success" title={t('profile.mfaOn')} />
          {codes ? (
            <>
              <RecoveryCodes codes={codes} username={user.username} />
              <button type="button" className="button button--secondary" onClick={() => setCodes(null)}>
                {t('recovery.saved')}
              </button>
            </>
          ) : (
            <form className="form" onSubmit={submit} noValidate>
              <h3 className="subsection-title">{t('profile.regenerateTitle')}</h3>
              <p>{t('profile.regenerateLead')}</p>
              {action.error ? <ErrorAlert error={action.error} /> : null}
              <TextField
                label={t('mfa.code')}
                value={code}
                onChange={setCode}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                className="input input--otp"
                error={action.fieldErrors.code ?? (submitted ? t('mfa.codeFormat') : undefined)}
              />
              <div className="form__actions">
                <button type="submit" className="button button--primary" disabled={action.pending}>
                  {action.pending ? t('common.working') : t('profile.regenerate')}
                </button>
              </div>
            </form>
          )}
        </>
      ) : (
        <>
          <Alert kind={user.requiresMfa ? 'warning' : 'info'} title={t('profile.mfaOff')} />
          <p>
            <Link to="/mfa/setup?next=%2Fprofile" className="button button--primary">
              {t('profile.mfaEnable')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
