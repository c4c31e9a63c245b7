import { Navigate, NavLink, Outlet, Route, Routes, useSearchParams } from 'react-router';
import { RequirePermission } from '../../app/guards';
import { useSession } from '../../app/session';
import { useT } from '../../i18n';
import { ClassesPage } from './ClassesPage';
import { ImportPage } from './import/ImportPage';
import { StaffPage } from './StaffPage';
import { StudentDetailPage } from './StudentDetailPage';
import { StudentsPage } from './StudentsPage';

/** Sub-navigation of the sector database; links keep the chosen school and year. */
function SectorLayout() {
  const t = useT();
  const { can } = useSession();
  const [params] = useSearchParams();
  const keep = new URLSearchParams();
  for (const key of ['school', 'year']) {
    const value = params.get(key);
    if (value !== null) keep.set(key, value);
  }
  const search = keep.toString() ? `?${keep.toString()}` : '';
  const items = [
    { to: 'students', label: t('sector.students') },
    { to: 'classes', label: t('sector.classes') },
    { to: 'staff', label: t('sector.staff') },
    ...(can('sector.import') ? [{ to: 'imports', label: t('sector.imports') }] : []),
  ];
  return (
    <>
      <nav className="subnav" aria-label={t('sector.subnav')}>
        <ul className="subnav__list">
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={{ pathname: `/sector/${item.to}`, search }} className="subnav__link">
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

/**
 * The sector database (CSDL ngành), loaded as its own chunk: code lists and
 * the shared validation rules stay out of the first download.
 */
export function SectorSection() {
  return (
    <Routes>
      <Route element={<SectorLayout />}>
        <Route index element={<Navigate to="students" replace />} />
        <Route path="students" element={<StudentsPage />} />
        <Route path="students/:id" element={<StudentDetailPage />} />
        <Route path="classes" element={<ClassesPage />} />
        <Route path="staff" element={<StaffPage />} />
        <Route
          path="imports"
          element={
            <RequirePermission permission="sector.import">
              <ImportPage />
            </RequirePermission>
          }
        />
        <Route
          path="imports/:batchId"
          element={
            <RequirePermission permission="sector.import">
              <ImportPage />
            </RequirePermission>
          }
        />
      </Route>
    </Routes>
  );
}
