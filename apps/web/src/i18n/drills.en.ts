import type { drillsVi } from './drills.vi';

/** English texts of the drills pages; typed as exactly the Vietnamese keys. */
export const drillsEn: Record<keyof typeof drillsVi, string> = {
  'nav.drills': 'Phishing drills',
};
