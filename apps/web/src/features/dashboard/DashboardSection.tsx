import { Navigate, Route, Routes } from 'react-router';
import { DashboardPage } from './DashboardPage';

/** The dashboard section (routes under /dashboard). */
export function DashboardSection() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path="*" element={<Navigate to="/dashboard" replace />} />
    </Routes>
  );
}
