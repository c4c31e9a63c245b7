import type { bulletinsVi } from './bulletins.vi';

/** English texts of the bulletins pages; typed as exactly the Vietnamese keys. */
export const bulletinsEn: Record<keyof typeof bulletinsVi, string> = {
  'nav.bulletins': 'Bulletins & alerts',
};
