import type { CodeEntry } from './code-list';
import { PROVINCES } from './lists/provinces';
import { PROVINCES_PRE_2025 } from './lists/provinces-pre-2025';

/**
 * Old (until 30/6/2025) → new (from 1/7/2025) province codes, derived from
 * the replacedBy links of the pre-2025 list so there is one source of truth.
 * Used to report history under today's map and to read the birth-registration
 * province in a personal id, which keeps the old codes.
 */
export const PROVINCE_CROSSWALK_2025: ReadonlyMap<string, string> = new Map(
  PROVINCES_PRE_2025.entries.flatMap((entry) => {
    const target = entry.replacedBy?.[0];
    return target === undefined ? [] : [[entry.code, target] as const];
  }),
);

/** The 2025 province an old province code became part of. */
export function currentProvinceFor(oldCode: string): CodeEntry | undefined {
  const target = PROVINCE_CROSSWALK_2025.get(oldCode.trim());
  return target === undefined ? undefined : PROVINCES.entries.find((e) => e.code === target);
}

/** The pre-2025 provinces merged into a 2025 province (one entry if unchanged). */
export function formerProvincesOf(newCode: string): CodeEntry[] {
  const code = newCode.trim();
  return PROVINCES_PRE_2025.entries.filter((e) => PROVINCE_CROSSWALK_2025.get(e.code) === code);
}
