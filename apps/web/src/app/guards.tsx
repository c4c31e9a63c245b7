import type { Permission } from '@edushield/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Alert, Loading } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { useT } from '../i18n';
import { loginPath, PENDING_PATHS, withNext } from './redirect';
import { useSession } from './session';

function useCurrentPath(): string {
  const location = useLocation();
  return location.pathname + location.search;
}

/** Pages of the application proper: signed in, with every sign-in step done. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session, loading, endedOnPurpose } = useSession();
  const current = useCurrentPath();
  if (loading) return <Loading />;
  if (!session.user) return <Navigate to={endedOnPurpose ? '/login' : loginPath(current)} replace />;
  if (session.pending) return <Navigate to={withNext(PENDING_PATHS[session.pending], current)} replace />;
  return <>{children}</>;
}

/** Sign-in steps after the password: a user must exist, steps may be pending. */
export function RequireUser({ children }: { children: ReactNode }) {
  const { session, loading } = useSession();
  const current = useCurrentPath();
  if (loading) return <Loading />;
  if (!session.user) return <Navigate to={loginPath(current)} replace />;
  return <>{children}</>;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  const t = useT();
  if (can(permission)) return <>{children}</>;
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <Alert kind="warning" title={t('forbidden.body')} />
    </>
  );
}
