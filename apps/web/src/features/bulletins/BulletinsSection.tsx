import { Navigate, NavLink, Outlet, Route, Routes } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { InboxItemPage, InboxPage } from './InboxPages';
import { BulletinDetailPage, BulletinFormPage, ManageListPage } from './ManagePages';
import { BulletinReportPage, DashboardPage, ReceivedPage } from './ReportPages';
import './bulletins.css';

function BulletinsLayout() {
  const t = useT();
  const { can } = useSession();
  const items = [
    { to: 'inbox', label: t('bulletins.tab.inbox') },
    ...(can('awareness.manage') ? [{ to: 'manage', label: t('bulletins.tab.manage') }] : []),
    ...(can('awareness.report')
      ? [
          { to: 'received', label: t('bulletins.tab.received') },
          { to: 'dashboard', label: t('bulletins.tab.dashboard') },
        ]
      : []),
  ];
  return (
    <>
      {items.length > 1 && (
        <nav className="subnav" aria-label={t('bulletins.subnav')}>
          <ul className="subnav__list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={`/bulletins/${item.to}`} className="subnav__link">
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <Outlet />
    </>
  );
}

/**
 * Bulletins and scam alerts: the reader's inbox (everyone), writing and
 * publishing (awareness.manage), who has read and acknowledged and the
 * awareness dashboard (awareness.report). The public page is /news.
 */
export function BulletinsSection() {
  return (
    <Routes>
      <Route element={<BulletinsLayout />}>
        <Route index element={<Navigate to="inbox" replace />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="inbox/:id" element={<InboxItemPage />} />
        <Route
          path="manage"
          element={
            <RequirePermission permission="awareness.manage">
              <ManageListPage />
            </RequirePermission>
          }
        />
        <Route
          path="manage/new"
          element={
            <RequirePermission permission="awareness.manage">
              <BulletinFormPage />
            </RequirePermission>
          }
        />
        <Route
          path="manage/:id"
          element={
            <RequirePermission permission="awareness.manage">
              <BulletinDetailPage />
            </RequirePermission>
          }
        />
        <Route
          path="manage/:id/edit"
          element={
            <RequirePermission permission="awareness.manage">
              <BulletinFormPage />
            </RequirePermission>
          }
        />
        <Route
          path="received"
          element={
            <RequirePermission permission="awareness.report">
              <ReceivedPage />
            </RequirePermission>
          }
        />
        <Route
          path="received/:id"
          element={
            <RequirePermission permission="awareness.report">
              <BulletinReportPage />
            </RequirePermission>
          }
        />
        <Route
          path="dashboard"
          element={
            <RequirePermission permission="awareness.report">
              <DashboardPage />
            </RequirePermission>
          }
        />
      </Route>
    </Routes>
  );
}
