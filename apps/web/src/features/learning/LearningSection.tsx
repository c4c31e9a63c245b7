import { roleHasPermission } from '@edushield/core/roles';
import { NavLink, Outlet, Route, Routes } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { AssignmentsPage, ReportPage } from './AssignReportPages';
import { CoursePage, LessonPage, MyCoursesPage, QuizPage } from './LearnerPages';
import { CourseEditorPage, CoursesAdminPage } from './ManagePages';

function LearningLayout() {
  const t = useT();
  const { can } = useSession();
  const items = [
    { to: '/learning', label: t('learning.nav.my'), end: true },
    ...(can('awareness.manage')
      ? [
          { to: '/learning/manage', label: t('learning.nav.manage'), end: false },
          { to: '/learning/assignments', label: t('learning.nav.assignments'), end: false },
        ]
      : []),
    ...(can('awareness.report')
      ? [{ to: '/learning/report', label: t('learning.nav.report'), end: false }]
      : []),
  ];
  return (
    <>
      {items.length > 1 && (
        <nav className="subnav" aria-label={t('learning.nav.label')}>
          <ul className="subnav__list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="subnav__link">
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

/** The report opens at the highest unit where the user holds awareness.report. */
function ReportRoute() {
  const { session } = useSession();
  const unitId = session.user?.roles.find((r) => roleHasPermission(r.roleCode, 'awareness.report'))?.unitId;
  return unitId ? <ReportPage key={unitId} rootUnitId={unitId} /> : null;
}

/** The learning section (routes under /learning). */
export function LearningSection() {
  return (
    <Routes>
      <Route element={<LearningLayout />}>
        <Route index element={<MyCoursesPage />} />
        <Route path="enrolments/:id" element={<CoursePage />} />
        <Route path="enrolments/:id/lessons/:lessonId" element={<LessonPage />} />
        <Route path="enrolments/:id/quiz" element={<QuizPage />} />
        <Route
          path="manage"
          element={
            <RequirePermission permission="awareness.manage">
              <CoursesAdminPage />
            </RequirePermission>
          }
        />
        <Route
          path="manage/:courseId"
          element={
            <RequirePermission permission="awareness.manage">
              <CourseEditorPage />
            </RequirePermission>
          }
        />
        <Route
          path="assignments"
          element={
            <RequirePermission permission="awareness.manage">
              <AssignmentsPage />
            </RequirePermission>
          }
        />
        <Route
          path="report"
          element={
            <RequirePermission permission="awareness.report">
              <ReportRoute />
            </RequirePermission>
          }
        />
      </Route>
    </Routes>
  );
}
