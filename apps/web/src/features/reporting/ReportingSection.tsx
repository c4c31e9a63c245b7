import { Navigate, NavLink, Outlet, Route, Routes } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { MySubmissionsPage } from './MySubmissionsPage';
import { PeriodDetailPage } from './PeriodDetailPage';
import { PeriodsPage } from './PeriodsPage';
import { SubmissionPage } from './SubmissionPage';
import { WorklistPage } from './WorklistPage';
import './reporting.css';

function ReportingLayout() {
  const t = useT();
  const { can } = useSession();
  const items = [
    { to: 'periods', label: t('reporting.periods') },
    ...(can('reporting.submit') ? [{ to: 'mine', label: t('reporting.mySubmissions') }] : []),
    ...(can('reporting.review') ? [{ to: 'worklist', label: t('reporting.worklist') }] : []),
  ];
  return (
    <>
      <nav className="subnav" aria-label={t('reporting.subnav')}>
        <ul className="subnav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={`/reporting/${item.to}`} className="subnav__link">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

/** Reporting periods, submissions (chốt số liệu) and their review. */
export function ReportingSection() {
  const { can } = useSession();
  const home = can('reporting.review') || can('reporting.manage') ? 'periods' : 'mine';
  return (
    <Routes>
      <Route element={<ReportingLayout />}>
        <Route index element={<Navigate to={home} replace />} />
        <Route path="periods" element={<PeriodsPage />} />
        <Route path="periods/:id" element={<PeriodDetailPage />} />
        <Route path="submissions/:id" element={<SubmissionPage />} />
        <Route
          path="mine"
          element={
            <RequirePermission permission="reporting.submit">
              <MySubmissionsPage />
            </RequirePermission>
          }
        />
        <Route
          path="worklist"
          element={
            <RequirePermission permission="reporting.review">
              <WorklistPage />
            </RequirePermission>
          }
        />
      </Route>
    </Routes>
  );
}
