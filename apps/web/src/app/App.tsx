import { lazy, Suspense, useEffect, useRef } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { onUnauthorized } from '../api/client';
import { SIGNED_OUT } from '../api/types';
import { Alert, Loading } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { ToastProvider, useToast } from '../components/Toasts';
import { AuditPage } from '../features/audit/AuditPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { LoginPage } from '../features/auth/LoginPage';
import { MfaSetupPage } from '../features/auth/MfaSetupPage';
import { MfaVerifyPage } from '../features/auth/MfaVerifyPage';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage';
import { HomePage } from '../features/home/HomePage';
import { ProfilePage } from '../features/profile/ProfilePage';
import { UnitsPage } from '../features/units/UnitsPage';
import { UserDetailPage } from '../features/users/UserDetailPage';
import { UsersPage } from '../features/users/UsersPage';
import { I18nProvider, useT } from '../i18n';
import { RequirePermission, RequireSession, RequireUser } from './guards';
import { AppLayout, AuthLayout } from './Layout';
import { SessionProvider, useSession } from './session';

/**
 * The sector database (CSDL ngành) is its own chunk: its code lists and the
 * shared validation rules load only when someone opens it.
 */
const SectorSection = lazy(() =>
  import('../features/sector/SectorSection').then((module) => ({ default: module.SectorSection })),
);

/** An expired session anywhere signs the user out; the route guard then sends them to sign in. */
function UnauthorizedBridge() {
  const { setSession } = useSession();
  const toast = useToast();
  const lastNotice = useRef(0);
  useEffect(
    () =>
      onUnauthorized((error) => {
        setSession(SIGNED_OUT);
        // Several requests fail together when a session ends: say it once.
        if (Date.now() - lastNotice.current > 3000) toast.info(error.message);
        lastNotice.current = Date.now();
      }),
    [setSession, toast],
  );
  return null;
}

function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}

function Boot() {
  const { loading, loadError, refresh } = useSession();
  const t = useT();
  if (loading) return <Loading />;
  if (loadError) {
    return (
      <main id="main" className="container boot-error">
        <Alert kind="error" title={t('boot.failed')}>
          <button type="button" className="button button--primary" onClick={() => void refresh()}>
            {t('common.retry')}
          </button>
        </Alert>
      </main>
    );
  }
  return (
    <Routes>
      <Route element={<AuthLayout />}>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route
          path="/mfa"
          element={
            <RequireUser>
              <MfaVerifyPage />
            </RequireUser>
          }
        />
        <Route
          path="/mfa/setup"
          element={
            <RequireUser>
              <MfaSetupPage />
            </RequireUser>
          }
        />
        <Route
          path="/change-password"
          element={
            <RequireUser>
              <ChangePasswordPage />
            </RequireUser>
          }
        />
      </Route>
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route
          path="/units"
          element={
            <RequirePermission permission="org.read">
              <UnitsPage />
            </RequirePermission>
          }
        />
        <Route
          path="/users"
          element={
            <RequirePermission permission="user.read">
              <UsersPage />
            </RequirePermission>
          }
        />
        <Route
          path="/users/:id"
          element={
            <RequirePermission permission="user.read">
              <UserDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="/audit"
          element={
            <RequirePermission permission="audit.read">
              <AuditPage />
            </RequirePermission>
          }
        />
        <Route
          path="/sector/*"
          element={
            <RequirePermission permission="sector.read">
              <Suspense fallback={<Loading />}>
                <SectorSection />
              </Suspense>
            </RequirePermission>
          }
        />
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <I18nProvider>
      <ToastProvider>
        <SessionProvider>
          <BrowserRouter>
            <UnauthorizedBridge />
            <Boot />
          </BrowserRouter>
        </SessionProvider>
      </ToastProvider>
    </I18nProvider>
  );
}
