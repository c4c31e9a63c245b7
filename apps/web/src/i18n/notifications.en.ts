import type { notifyVi } from './notifications.vi';

/** English texts of the notifications pages; typed as exactly the Vietnamese keys. */
export const notifyEn: Record<keyof typeof notifyVi, string> = {
  'nav.notify': 'Notifications',
};
