import type { Locale } from '@edushield/core';
// Subpath imports: each list is a few kilobytes; the core index would pull in every module.
import type { CodeEntry, CodeList } from '@edushield/core/standard/code-list';
import { GRADES_BY_LEVEL } from '@edushield/core/standard/grades';
import { CONTRACT_TYPES } from '@edushield/core/standard/lists/contract-types';
import { DISABILITY_TYPES } from '@edushield/core/standard/lists/disability-types';
import { ETHNICITIES } from '@edushield/core/standard/lists/ethnicities';
import { GENDERS } from '@edushield/core/standard/lists/gender';
import { GUARDIAN_RELATIONSHIPS } from '@edushield/core/standard/lists/guardian-relationships';
import { LEARNER_STATUSES } from '@edushield/core/standard/lists/learner-statuses';
import { LEAVING_REASONS } from '@edushield/core/standard/lists/leaving-reasons';
import { PROVINCES } from '@edushield/core/standard/lists/provinces';
import { QUALIFICATIONS } from '@edushield/core/standard/lists/qualifications';
import { RELIGIONS } from '@edushield/core/standard/lists/religions';
import { SCHOOL_LEVELS } from '@edushield/core/standard/lists/school-levels';
import { SCHOOL_TYPES } from '@edushield/core/standard/lists/school-types';
import { STAFF_POSITIONS } from '@edushield/core/standard/lists/staff-positions';
import type { SelectOption } from '../../components/Field';

/**
 * The shared code lists (danh mục dùng chung) the sector pages show: codes
 * travel over the API, people read labels. Lists are data from
 * @edushield/core, so the form offers exactly what the server accepts.
 */
export const CODE_LISTS = {
  gender: GENDERS,
  ethnicity: ETHNICITIES,
  religion: RELIGIONS,
  disability: DISABILITY_TYPES,
  learnerStatus: LEARNER_STATUSES,
  leavingReason: LEAVING_REASONS,
  relationship: GUARDIAN_RELATIONSHIPS,
  position: STAFF_POSITIONS,
  qualification: QUALIFICATIONS,
  contractType: CONTRACT_TYPES,
  schoolLevel: SCHOOL_LEVELS,
  schoolType: SCHOOL_TYPES,
  province: PROVINCES,
} as const satisfies Record<string, CodeList>;

export type CodeListName = keyof typeof CODE_LISTS;

const entryLabel = (entry: CodeEntry, locale: Locale) => (locale === 'vi' ? entry.labelVi : entry.labelEn);

/** A code's label; an unknown code (a list updated on the server first) shows as the code itself. */
export function codeLabel(list: CodeListName, code: string | null | undefined, locale: Locale): string {
  if (code === null || code === undefined || code === '') return '';
  const entry = CODE_LISTS[list].entries.find((e) => e.code === code);
  return entry ? entryLabel(entry, locale) : code;
}

/** Options for a select, in the list's order; entries retired before `asOf` are left out. */
export function codeOptions(list: CodeListName, locale: Locale, asOf?: string): SelectOption[] {
  return CODE_LISTS[list].entries
    .filter((entry) => !asOf || entry.validTo === undefined || entry.validTo >= asOf)
    .map((entry) => ({ value: entry.code, label: entryLabel(entry, locale) }));
}

/** Learner statuses of a pupil who is at school now (enrolled, transferred in, moved class). */
export const AT_SCHOOL_STATUSES: readonly string[] = ['01', '02', '08'];

export type StudentAction = 'transferOut' | 'dropOut' | 'graduate' | 'reEnrol';

/** Which explicit status actions the server accepts from a status (students.status.ts). */
export function allowedActions(statusCode: string): StudentAction[] {
  if (AT_SCHOOL_STATUSES.includes(statusCode)) return ['transferOut', 'dropOut', 'graduate'];
  if (statusCode === '05') return ['dropOut', 'reEnrol'];
  if (statusCode === '03' || statusCode === '04') return ['reEnrol'];
  return [];
}

/**
 * Grades a school of a level may open: the server's table (schools.service.ts).
 * Preschool groups use 0; continuing education teaches the secondary programmes.
 */
const GRADES_OF_LEVEL: Readonly<Record<string, readonly number[]>> = {
  MN: [0],
  NT: [0],
  MG: [0],
  TH: GRADES_BY_LEVEL.TH,
  THCS: GRADES_BY_LEVEL.THCS,
  THPT: GRADES_BY_LEVEL.THPT,
  TH_THCS: [...GRADES_BY_LEVEL.TH, ...GRADES_BY_LEVEL.THCS],
  THCS_THPT: [...GRADES_BY_LEVEL.THCS, ...GRADES_BY_LEVEL.THPT],
  TH_THCS_THPT: [...GRADES_BY_LEVEL.TH, ...GRADES_BY_LEVEL.THCS, ...GRADES_BY_LEVEL.THPT],
  GDTX: [...GRADES_BY_LEVEL.THCS, ...GRADES_BY_LEVEL.THPT],
};

/** null when the school's level is unknown (its profile is not filled in yet). */
export function gradesOfLevel(levelCode: string | null | undefined): readonly number[] | null {
  return levelCode ? (GRADES_OF_LEVEL[levelCode] ?? null) : null;
}
