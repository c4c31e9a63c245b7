import type { learningVi } from './learning.vi';

/** English texts of the learning pages; typed as exactly the Vietnamese keys. */
export const learningEn: Record<keyof typeof learningVi, string> = {
  'nav.learning': 'Security learning',
};
