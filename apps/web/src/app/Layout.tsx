import { useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { authApi } from '../api/auth';
import { Alert } from '../components/Alert';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useToast } from '../components/Toasts';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useT } from '../i18n';
import { Brand } from './Brand';
import { LanguageSwitch } from './LanguageSwitch';
import { visibleNavItems } from './navigation';
import { useSession } from './session';

/** Shown when a page fails to render; the rest of the application keeps working. */
function CrashNotice({ error }: { error: Error }) {
  const t = useT();
  return (
    <Alert kind="error" title={t('crash.title')}>
      <p>{t('crash.body')}</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {t('crash.reload')}
      </button>
      <details>
        <summary>{t('crash.details')}</summary>
        <pre className="json">{error.message}</pre>
      </details>
    </Alert>
  );
}

function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('nav.skip')}
    </a>
  );
}

/** After a page change, move focus to the new page's heading so screen readers announce it. */
function useFocusHeadingOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change by design
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = window.setTimeout(() => document.querySelector<HTMLElement>('#main h1')?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [pathname]);
}

export function useSignOut() {
  const { endSession } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const t = useT();
  return async () => {
    try {
      await authApi.logout();
    } catch {
      // Signed out on this device either way.
    }
    endSession();
    navigate('/login', { replace: true });
    toast.info(t('auth.signedOut'));
  };
}

export function AppLayout() {
  const t = useT();
  const { session } = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  useFocusHeadingOnNavigate();

  // biome-ignore lint/correctness/useExhaustiveDependencies: close the phone menu whenever the page changes
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const user = session.user;
  const items = visibleNavItems(user?.permissions ?? []);

  return (
    <div className="shell">
      <SkipLink />
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="topbar__brand" aria-label={t('nav.homeLink')}>
            <Brand />
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-button__icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
          <div id={menuId} className={`topbar__menu${menuOpen ? ' topbar__menu--open' : ''}`}>
            <nav className="mainnav" aria-label={t('nav.label')}>
              <ul className="mainnav__list">
                {items.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.to === '/'} className="mainnav__link">
                      {t(item.labelKey)}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="topbar__tools">
              {user && <NotificationBell />}
              <LanguageSwitch />
              {user && (
                <NavLink to="/profile" className="topbar__user">
                  <span className="visually-hidden">{t('nav.profile')}: </span>
                  <span className="topbar__user-name">{user.fullName}</span>
                </NavLink>
              )}
              <button type="button" className="button button--on-dark button--small" onClick={signOut}>
                {t('nav.signOut')}
              </button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <div className="container">
          <ErrorBoundary resetKey={location.pathname} fallback={(error) => <CrashNotice error={error} />}>
            <Outlet />
          </ErrorBoundary>
        </div>
      </main>
      <footer className="footer">
        <div className="container footer__inner">
          <span>{t('app.footer')}</span>
        </div>
      </footer>
    </div>
  );
}

/** The quiet frame of the sign-in pages. */
export function AuthLayout() {
  const t = useT();
  const location = useLocation();
  return (
    <div className="auth-shell">
      <SkipLink />
      <header className="auth-shell__top">
        <Brand />
        <LanguageSwitch />
      </header>
      <main id="main" className="auth-shell__main" tabIndex={-1}>
        <div className="auth-card">
          <ErrorBoundary resetKey={location.pathname} fallback={(error) => <CrashNotice error={error} />}>
            <Outlet />
          </ErrorBoundary>
        </div>
      </main>
      <footer className="auth-shell__footer">{t('app.footer')}</footer>
    </div>
  );
}
