import type { RoleAssignment, Scope } from '../../api/types';
import type { MessageKey } from '../../i18n/vi';

export const SCOPE_LABEL: Record<Scope, MessageKey> = { subtree: 'scope.subtree', unit: 'scope.unit' };

/** Absolute URL of a reset link, whether the server sent a path or a full address. */
export function absoluteUrl(url: string, origin: string): string {
  try {
    return new URL(url, origin).toString();
  } catch {
    return url;
  }
}

/** Roles sorted the same way everywhere: highest rank first, then unit name. */
export function sortAssignments(
  roles: readonly RoleAssignment[],
  rankOf: (code: string) => number,
): RoleAssignment[] {
  return [...roles].sort(
    (a, b) => rankOf(b.roleCode) - rankOf(a.roleCode) || a.unitName.localeCompare(b.unitName, 'vi'),
  );
}
