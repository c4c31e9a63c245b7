import { Link, useNavigate, useSearchParams } from 'react-router';
import { pathAfterSignIn, sanitizeNext } from '../../app/redirect';
import { useSession } from '../../app/session';
import { Alert } from '../../components/Alert';
import { usePageTitle } from '../../components/PageHeader';
import { useToast } from '../../components/Toasts';
import { useT } from '../../i18n';
import { PasswordChangeForm } from './PasswordChangeForm';

export function ChangePasswordPage() {
  const t = useT();
  usePageTitle(t('password.changeTitle'));
  const { session, setSession } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const next = params.get('next');
  const user = session.user;
  if (!user) return null;
  const forced = session.pending === 'PASSWORD_CHANGE_REQUIRED';

  return (
    <>
      <h1 className="auth-title" tabIndex={-1}>
        {t('password.changeTitle')}
      </h1>
      {forced && <Alert kind="info" title={t('password.forcedLead')} />}
      <PasswordChangeForm
        username={user.username}
        onDone={(result) => {
          setSession(result);
          toast.success(t('password.changed'));
          navigate(pathAfterSignIn(result, next), { replace: true });
        }}
      />
      {!session.pending && (
        <p className="auth-links">
          <Link to={sanitizeNext(next) ?? '/'}>{t('common.back')}</Link>
        </p>
      )}
    </>
  );
}
