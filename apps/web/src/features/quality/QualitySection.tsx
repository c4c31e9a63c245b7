import { Navigate, NavLink, Outlet, Route, Routes } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { IssueDetailPage } from './IssueDetailPage';
import { IssuesPage } from './IssuesPage';
import { ResponsibilitiesPage } from './ResponsibilitiesPage';
import { RulesPage } from './RulesPage';
import { ScoresPage } from './ScoresPage';
import './quality.css';

function QualityLayout() {
  const t = useT();
  const { can } = useSession();
  const items = [
    { to: 'mine', label: t('quality.nav.mine') },
    { to: 'issues', label: t('quality.nav.issues') },
    { to: 'scores', label: t('quality.nav.scores') },
    { to: 'rules', label: t('quality.nav.rules') },
    ...(can('reporting.read') ? [{ to: 'responsibilities', label: t('quality.nav.responsibilities') }] : []),
  ];
  return (
    <>
      <nav className="subnav" aria-label={t('quality.subnav')}>
        <ul className="subnav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={`/quality/${item.to}`} className="subnav__link" end={item.to !== 'issues'}>
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

/** The quality section (routes under /quality). */
export function QualitySection() {
  return (
    <Routes>
      <Route element={<QualityLayout />}>
        <Route index element={<Navigate to="mine" replace />} />
        <Route path="mine" element={<IssuesPage mine />} />
        <Route path="issues" element={<IssuesPage />} />
        <Route path="issues/:id" element={<IssueDetailPage />} />
        <Route path="scores" element={<ScoresPage />} />
        <Route path="rules" element={<RulesPage />} />
        <Route
          path="responsibilities"
          element={
            <RequirePermission permission="reporting.read">
              <ResponsibilitiesPage />
            </RequirePermission>
          }
        />
      </Route>
    </Routes>
  );
}
