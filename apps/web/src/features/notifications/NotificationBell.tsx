import { useEffect, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useT } from '../../i18n';
import { NOTICES_CHANGED, notifyApi } from './api';
import { bellCount } from './labels';
import './notifications.css';

/**
 * The bell in the top bar: the unread count, refreshed when the user moves to
 * another page, comes back to the tab, or reads notices here. It deliberately
 * does not poll on a timer: a request every minute would keep an abandoned
 * session alive and defeat the idle timeout.
 */
export function NotificationBell() {
  const t = useT();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const bump = () => setTick((n) => n + 1);
    window.addEventListener(NOTICES_CHANGED, bump);
    window.addEventListener('focus', bump);
    return () => {
      window.removeEventListener(NOTICES_CHANGED, bump);
      window.removeEventListener('focus', bump);
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: pathname and tick are deliberate refresh triggers
  useEffect(() => {
    const controller = new AbortController();
    notifyApi.unreadCount(controller.signal).then(
      (r) => setUnread(r.unread),
      () => {
        // The bell is a hint: a failed refresh keeps the last count.
      },
    );
    return () => controller.abort();
  }, [pathname, tick]);

  const count = bellCount(unread);
  const label = unread > 0 ? t('notify.bellUnread', { count: unread }) : t('notify.bell');
  return (
    <NavLink to="/notifications" className="notify-bell" aria-label={label} title={label}>
      <svg
        className="notify-bell__icon"
        width="22"
        height="22"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {count && (
        <span className="notify-bell__count" aria-hidden="true">
          {count}
        </span>
      )}
    </NavLink>
  );
}
