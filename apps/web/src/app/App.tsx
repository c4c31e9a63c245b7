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

const ReportingSection = lazy(() =>
  import('../features/reporting/ReportingSection').then((module) => ({ default: module.ReportingSection })),
);
const QualitySection = lazy(() =>
  import('../features/quality/QualitySection').then((module) => ({ default: module.QualitySection })),
);
const DashboardSection = lazy(() =>
  import('../features/dashboard/DashboardSection').then((module) => ({ default: module.DashboardSection })),
);
const NotifySection = lazy(() =>
  import('../features/notifications/NotifySection').then((module) => ({ default: module.NotifySection })),
);
const LearningSection = lazy(() =>
  import('../features/learning/LearningSection').then((module) => ({ default: module.LearningSection })),
);
const VerifyCertificatePage = lazy(() =>
  import('../features/learning/VerifyCertificatePage').then((module) => ({
    default: module.VerifyCertificatePage,
  })),
);
const DrillsSection = lazy(() =>
  import('../features/drills/DrillsSection').then((module) => ({ default: module.DrillsSection })),
);
const DrillLandingPage = lazy(() =>
  import('../features/drills/DrillLandingPage').then((module) => ({ default: module.DrillLandingPage })),
);
const BulletinsSection = lazy(() =>
  import('../features/bulletins/BulletinsSection').then((module) => ({ default: module.BulletinsSection })),
);
const PublicNewsPage = lazy(() =>
  import('../features/bulletins/PublicNewsPage').then((module) => ({ default: module.PublicNewsPage })),
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
          path="/verify/*"
          element={
            <Suspense fallback={<Loading />}>
              <VerifyCertificatePage />
            </Suspense>
          }
        />
        <Route
          path="/p/*"
          element={
            <Suspense fallback={<Loading />}>
              <DrillLandingPage />
            </Suspense>
          }
        />
        <Route
          path="/news/*"
          element={
            <Suspense fallback={<Loading />}>
              <PublicNewsPage />
            </Suspense>
          }
        />
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
        <Route
          path="/reporting/*"
          element={
            <RequirePermission permission="reporting.read">
              <Suspense fallback={<Loading />}>
                <ReportingSection />
              </Suspense>
            </RequirePermission>
          }
        />
        <Route
          path="/quality/*"
          element={
            <RequirePermission permission="quality.read">
              <Suspense fallback={<Loading />}>
                <QualitySection />
              </Suspense>
            </RequirePermission>
          }
        />
        <Route
          path="/dashboard/*"
          element={
            <RequirePermission permission="reporting.read">
              <Suspense fallback={<Loading />}>
                <DashboardSection />
              </Suspense>
            </RequirePermission>
          }
        />
        <Route
          path="/notifications/*"
          element={
            <Suspense fallback={<Loading />}>
              <NotifySection />
            </Suspense>
          }
        />
        <Route
          path="/learning/*"
          element={
            <RequirePermission permission="awareness.learn">
              <Suspense fallback={<Loading />}>
                <LearningSection />
              </Suspense>
            </RequirePermission>
          }
        />
        <Route
          path="/drills/*"
          element={
            <RequirePermission permission="drill.manage">
              <Suspense fallback={<Loading />}>
                <DrillsSection />
              </Suspense>
            </RequirePermission>
          }
        />
        <Route
          path="/bulletins/*"
          element={
            <RequirePermission permission="awareness.learn">
              <Suspense fallback={<Loading />}>
                <BulletinsSection />
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
