import type { dashboardVi } from './dashboard.vi';

/** English texts of the dashboard pages; typed as exactly the Vietnamese keys. */
export const dashboardEn: Record<keyof typeof dashboardVi, string> = {
  'nav.dashboard': 'Dashboard',
};
