import { expectedAgeRange, findEntry } from '../standard';
import type { Gender } from '../text';
import { type Issue, makeIssue } from './issue';
import { GENDER_OF_CODE, GUARDIAN_PID_CODES, personalIdIssues, STAFF_PID_CODES } from './personal-id-checks';
import type { TrustedValues } from './record-values';
import { schoolYearStart } from './school-year';

export function staffIssues(values: TrustedValues): Issue[] {
  const personalId = values.text('personalId');
  if (personalId === undefined) return [];
  const gender = values.text('gender');
  return personalIdIssues(
    personalId,
    {
      gender: gender === undefined ? undefined : GENDER_OF_CODE[gender],
      birthDate: values.text('birthDate'),
    },
    STAFF_PID_CODES,
  );
}

/** Relationships that imply a sex (guardian-relationships.ts: 01 Cha, 02 Mẹ, 03 Ông, 04 Bà). */
const RELATIONSHIP_GENDER: Readonly<Record<string, Gender>> = {
  '01': 'male',
  '02': 'female',
  '03': 'male',
  '04': 'female',
};

export function guardianIssues(values: TrustedValues): Issue[] {
  const personalId = values.text('personalId');
  if (personalId === undefined) return [];
  const relationship = values.text('relationship');
  const entry = relationship === undefined ? undefined : findEntry('guardian-relationship', relationship);
  const relationshipLabel = entry ? { vi: entry.labelVi, en: entry.labelEn } : { vi: '', en: '' };
  return personalIdIssues(
    personalId,
    {
      gender: relationship === undefined ? undefined : RELATIONSHIP_GENDER[relationship],
      birthYear: values.integer('birthYear'),
    },
    GUARDIAN_PID_CODES,
    () => ({ relationship: relationshipLabel }),
  );
}

export function classIssues(values: TrustedValues): Issue[] {
  const issues: Issue[] = [];
  const grade = values.integer('grade');
  if (grade !== undefined && expectedAgeRange(grade) === undefined) {
    issues.push(makeIssue('CLS_GRADE_OUT_OF_RANGE', 'grade'));
  }
  const schoolYear = values.text('schoolYear');
  if (schoolYear !== undefined && schoolYearStart(schoolYear) === undefined) {
    issues.push(makeIssue('CLS_SCHOOL_YEAR_INVALID', 'schoolYear'));
  }
  return issues;
}
