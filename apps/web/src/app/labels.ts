import type { Locale } from '@edushield/core';
// Subpath imports keep the core package's large code lists out of the browser bundle.
import { roleByCode } from '@edushield/core/roles';
import type { RoleInfo, UnitType } from '../api/types';

/** A role's name in the user's language; the server's list wins, the shared catalogue is the fallback. */
export function roleName(code: string, locale: Locale, roles?: readonly RoleInfo[]): string {
  const role = roles?.find((r) => r.code === code) ?? roleByCode(code);
  if (!role) return code;
  return locale === 'vi' ? role.nameVi : role.nameEn;
}

export function unitTypeName(code: string, locale: Locale, types?: readonly UnitType[]): string {
  const type = types?.find((t) => t.code === code);
  if (!type) return code;
  return locale === 'vi' ? type.nameVi : type.nameEn;
}
