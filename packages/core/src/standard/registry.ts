import { CODE_LIST_IDS, type CodeEntry, type CodeList, type CodeListId } from './code-list';
import { CONTRACT_TYPES } from './lists/contract-types';
import { DISABILITY_TYPES } from './lists/disability-types';
import { ETHNICITIES } from './lists/ethnicities';
import { GENDERS } from './lists/gender';
import { GUARDIAN_RELATIONSHIPS } from './lists/guardian-relationships';
import { LEARNER_STATUSES } from './lists/learner-statuses';
import { LEAVING_REASONS } from './lists/leaving-reasons';
import { PROVINCES } from './lists/provinces';
import { PROVINCES_PRE_2025 } from './lists/provinces-pre-2025';
import { QUALIFICATIONS } from './lists/qualifications';
import { RELIGIONS } from './lists/religions';
import { SCHOOL_LEVELS } from './lists/school-levels';
import { SCHOOL_TYPES } from './lists/school-types';
import { STAFF_POSITIONS } from './lists/staff-positions';

/** Every shipped list by id; the Record type makes a missing list a compile error. */
export const CODE_LISTS: Readonly<Record<CodeListId, CodeList>> = {
  province: PROVINCES,
  'province-pre-2025': PROVINCES_PRE_2025,
  ethnicity: ETHNICITIES,
  religion: RELIGIONS,
  gender: GENDERS,
  'school-level': SCHOOL_LEVELS,
  'school-type': SCHOOL_TYPES,
  'learner-status': LEARNER_STATUSES,
  'leaving-reason': LEAVING_REASONS,
  'disability-type': DISABILITY_TYPES,
  'staff-position': STAFF_POSITIONS,
  qualification: QUALIFICATIONS,
  'contract-type': CONTRACT_TYPES,
  'guardian-relationship': GUARDIAN_RELATIONSHIPS,
};

export const codeListIds: readonly CodeListId[] = CODE_LIST_IDS;

export function isCodeListId(id: string): id is CodeListId {
  return (CODE_LIST_IDS as readonly string[]).includes(id);
}

export function getCodeList(id: CodeListId): CodeList;
export function getCodeList(id: string): CodeList | undefined;
export function getCodeList(id: string): CodeList | undefined {
  return isCodeListId(id) ? CODE_LISTS[id] : undefined;
}

// Imports look codes up once per cell, so index each list once.
const byCode = new Map<string, ReadonlyMap<string, CodeEntry>>(
  CODE_LIST_IDS.map((id) => [id, new Map(CODE_LISTS[id].entries.map((e) => [e.code, e]))]),
);

/** The entry with exactly this code (codes are compared as written: '01' is not '1'). */
export function findEntry(listId: string, code: string): CodeEntry | undefined {
  return byCode.get(listId)?.get(code.trim());
}

/**
 * Comparison key for labels: NFC, lower case, one space, one apostrophe.
 * Tone placement (hòa/hoà) and legacy encodings are the text normalisers'
 * job; pass their key function to findEntryByLabel to use it on both sides.
 */
export function defaultLabelKey(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The entry whose code, Vietnamese or English label or an alias matches the
 * text under `key`. Returns undefined when nothing or more than one entry
 * matches, so an ambiguous cell is reported rather than guessed.
 */
export function findEntryByLabel(
  listId: string,
  text: string,
  key: (value: string) => string = defaultLabelKey,
): CodeEntry | undefined {
  const list = getCodeList(listId);
  if (!list) return undefined;
  const wanted = key(text);
  if (wanted === '') return undefined;
  const matches = list.entries.filter((entry) =>
    [entry.code, entry.labelVi, entry.labelEn, ...(entry.aliases ?? [])].some((name) => key(name) === wanted),
  );
  return matches.length === 1 ? matches[0] : undefined;
}
