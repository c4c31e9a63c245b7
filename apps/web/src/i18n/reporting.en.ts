import type { reportingVi } from './reporting.vi';

/** English texts of the reporting pages; typed as exactly the Vietnamese keys. */
export const reportingEn: Record<keyof typeof reportingVi, string> = {
  'nav.reporting': 'Reporting periods',
};
