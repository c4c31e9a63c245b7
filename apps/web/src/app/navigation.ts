import type { Permission } from '@edushield/core';
import type { MessageKey } from '../i18n/vi';

export interface NavItem {
  to: string;
  labelKey: MessageKey;
  /** Shown only to users holding this permission (the server enforces it anyway). */
  permission?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.home' },
  { to: '/units', labelKey: 'nav.units', permission: 'org.read' },
  { to: '/sector', labelKey: 'nav.sector', permission: 'sector.read' },
  { to: '/reporting', labelKey: 'nav.reporting', permission: 'reporting.read' },
  { to: '/quality', labelKey: 'nav.quality', permission: 'quality.read' },
  { to: '/dashboard', labelKey: 'nav.dashboard', permission: 'reporting.read' },
  { to: '/learning', labelKey: 'nav.learning', permission: 'awareness.learn' },
  { to: '/drills', labelKey: 'nav.drills', permission: 'drill.manage' },
  { to: '/p/report', labelKey: 'nav.reportPhish', permission: 'awareness.learn' },
  { to: '/bulletins', labelKey: 'nav.bulletins', permission: 'awareness.learn' },
  { to: '/users', labelKey: 'nav.users', permission: 'user.read' },
  { to: '/audit', labelKey: 'nav.audit', permission: 'audit.read' },
];

export function visibleNavItems(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission));
}
