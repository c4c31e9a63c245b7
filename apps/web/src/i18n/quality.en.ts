import type { qualityVi } from './quality.vi';

/** English texts of the quality pages; typed as exactly the Vietnamese keys. */
export const qualityEn: Record<keyof typeof qualityVi, string> = {
  'nav.quality': 'Data quality',
};
