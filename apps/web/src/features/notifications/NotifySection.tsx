import { Navigate, Route, Routes } from 'react-router';
import { NotificationsPage } from './NotificationsPage';

/** The notifications section (routes under /notifications). */
export function NotifySection() {
  return (
    <Routes>
      <Route index element={<NotificationsPage />} />
      <Route path="*" element={<Navigate to="/notifications" replace />} />
    </Routes>
  );
}
