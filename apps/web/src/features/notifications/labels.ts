import type { MessageKey } from '../../i18n/vi';
import { isMessageKey } from '../../i18n/vi';

/** What the bell's badge shows: the count, capped so it fits. */
export function bellCount(unread: number): string | null {
  if (!Number.isFinite(unread) || unread <= 0) return null;
  return unread > 99 ? '99+' : String(Math.floor(unread));
}

/** The label key of a notice kind; kinds this page does not know yet read as a plain "notice". */
export function kindKey(kind: string): MessageKey {
  const key = `notify.kind.${kind}`;
  return isMessageKey(key) ? key : 'notify.kind.other';
}
