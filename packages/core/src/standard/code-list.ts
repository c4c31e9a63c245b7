/**
 * Shared code lists (danh mục dùng chung) of the education data standard,
 * Decision 4998/QĐ-BGDĐT (31/12/2021) (?) under Circular 42/2021/TT-BGDĐT.
 *
 * Lists are data, not code: the standard and the administrative map change
 * (the 2025 province merger is the latest example), so every list carries a
 * version and a citation, and every entry may carry a validity window and the
 * codes that replaced it. History stays reportable under the list that was
 * valid at the time.
 */

/** Ids of the lists shipped with the product. */
export const CODE_LIST_IDS = [
  'province',
  'province-pre-2025',
  'ethnicity',
  'religion',
  'gender',
  'school-level',
  'school-type',
  'learner-status',
  'leaving-reason',
  'disability-type',
  'staff-position',
  'qualification',
  'contract-type',
  'guardian-relationship',
] as const;
export type CodeListId = (typeof CODE_LIST_IDS)[number];

/**
 * Lists too large to ship (3,321 communes) are loaded at runtime from an
 * official file; fields may still reference them.
 */
export const LOADED_CODE_LIST_IDS = ['commune'] as const;
export type LoadedCodeListId = (typeof LOADED_CODE_LIST_IDS)[number];
export type CodeListRef = CodeListId | LoadedCodeListId;

export interface CodeEntry {
  readonly code: string;
  readonly labelVi: string;
  readonly labelEn: string;
  /** Other spellings found in real files (short names, old names, abbreviations). */
  readonly aliases?: readonly string[];
  /** ISO date (yyyy-mm-dd), inclusive. */
  readonly validFrom?: string;
  /** ISO date (yyyy-mm-dd), inclusive. */
  readonly validTo?: string;
  /** Codes (in the successor list, or this one) that took this entry's place. */
  readonly replacedBy?: readonly string[];
}

export interface CodeList<Id extends string = string> {
  readonly id: Id;
  /** Edition of this data set, 'yyyy.n'; bump when an entry changes. */
  readonly version: string;
  /** Citation of the legal or statistical source; (?) marks secondary facts. */
  readonly source: string;
  readonly entries: readonly CodeEntry[];
}

/** True when the entry is in force on the given ISO date (yyyy-mm-dd). */
export function isEntryValidOn(entry: CodeEntry, isoDate: string): boolean {
  // ISO dates compare correctly as strings, which avoids time-zone pitfalls.
  if (entry.validFrom !== undefined && isoDate < entry.validFrom) return false;
  if (entry.validTo !== undefined && isoDate > entry.validTo) return false;
  return true;
}
