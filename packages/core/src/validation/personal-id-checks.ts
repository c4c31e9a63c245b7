import { type Gender, parsePersonalId } from '../text';
import type { RuleCode } from './catalogue';
import { type Issue, makeIssue } from './issue';
import type { LocalisedText } from './types';

/** Gender list codes (standard/lists/gender.ts: 1 Nam, 2 Nữ). */
export const GENDER_OF_CODE: Readonly<Record<string, Gender>> = { '1': 'male', '2': 'female' };

export const GENDER_LABEL: Readonly<Record<Gender, LocalisedText>> = {
  male: { vi: 'Nam', en: 'male' },
  female: { vi: 'Nữ', en: 'female' },
};

export interface PersonFacts {
  readonly gender?: Gender | undefined;
  /** Full birth date (ISO) when known; otherwise the birth year alone. */
  readonly birthDate?: string | undefined;
  readonly birthYear?: number | undefined;
}

interface PidCodes {
  readonly gender: RuleCode;
  readonly birthYear: RuleCode;
  /** Absent when the record has a bare birth year: the year mismatch covers the century. */
  readonly century?: RuleCode;
  readonly province: RuleCode;
}

export const STUDENT_PID_CODES: PidCodes = {
  gender: 'STU_PID_GENDER_MISMATCH',
  birthYear: 'STU_PID_BIRTH_YEAR_MISMATCH',
  century: 'STU_PID_CENTURY_MISMATCH',
  province: 'STU_PID_PROVINCE_UNKNOWN',
};

export const STAFF_PID_CODES: PidCodes = {
  gender: 'STF_PID_GENDER_MISMATCH',
  birthYear: 'STF_PID_BIRTH_YEAR_MISMATCH',
  century: 'STF_PID_CENTURY_MISMATCH',
  province: 'STF_PID_PROVINCE_UNKNOWN',
};

export const GUARDIAN_PID_CODES: PidCodes = {
  gender: 'GUA_PID_GENDER_MISMATCH',
  birthYear: 'GUA_PID_BIRTH_YEAR_MISMATCH',
  province: 'GUA_PID_PROVINCE_UNKNOWN',
};

function centuryRange(century: number): string {
  return `${century}–${century + 99}`;
}

/**
 * What a well-formed personal id says that disagrees with the record. Only
 * facts present are compared; an unparsable id is the field rule's business.
 * `genderParams` supplies the record side of the gender message (the sex
 * column for learners and staff, the relationship for guardians).
 */
export function personalIdIssues(
  id: string,
  facts: PersonFacts,
  codes: PidCodes,
  genderParams: (recordGender: Gender) => Readonly<Record<string, LocalisedText>> = (g) => ({
    gender: GENDER_LABEL[g],
  }),
): Issue[] {
  const parsed = parsePersonalId(id);
  if (!parsed.ok) return [];
  const pid = parsed.value;
  const issues: Issue[] = [];
  if (pid.province === null) issues.push(makeIssue(codes.province, 'personalId'));
  if (facts.gender !== undefined && facts.gender !== pid.gender) {
    issues.push(
      makeIssue(codes.gender, 'personalId', {
        idGender: GENDER_LABEL[pid.gender],
        ...genderParams(facts.gender),
      }),
    );
  }
  const birthYear = facts.birthDate !== undefined ? Number(facts.birthDate.slice(0, 4)) : facts.birthYear;
  if (birthYear === undefined) return issues;
  if (codes.century === undefined) {
    if (pid.birthYear !== birthYear) {
      issues.push(makeIssue(codes.birthYear, 'personalId', { idYear: pid.birthYear, birthYear }));
    }
    return issues;
  }
  const expectedDigits = String(birthYear % 100).padStart(2, '0');
  if (pid.yearTwoDigits !== birthYear % 100) {
    issues.push(
      makeIssue(codes.birthYear, 'personalId', {
        idYearDigits: id.slice(4, 6),
        birthYear,
        expectedDigits,
      }),
    );
  } else if (pid.century !== Math.floor(birthYear / 100) * 100) {
    issues.push(makeIssue(codes.century, 'personalId', { idCentury: centuryRange(pid.century), birthYear }));
  }
  return issues;
}
