import { ageByYear, expectedAgeRange, findEntry } from '../standard';
import { type Issue, makeIssue } from './issue';
import { GENDER_OF_CODE, personalIdIssues, STUDENT_PID_CODES } from './personal-id-checks';
import type { TrustedValues } from './record-values';
import { exactAge, schoolYearOpening, schoolYearStart } from './school-year';
import type { LocalisedText, RecordContext } from './types';

const ENROLLED = '01';
const LEFT_SCHOOL = '04';
/** Statuses a leaving reason belongs with: left, or temporarily absent (codes of learner-statuses.ts). */
const STATUSES_WITH_REASON = new Set([LEFT_SCHOOL, '05']);
/** Decree 13/2023/NĐ-CP Art. 20 and Law 91/2025/QH15: a child is a person under 16. */
const CHILD_UNDER = 16;
const DEFAULT_FAR_MARGIN = 2;

function statusLabel(code: string): LocalisedText {
  const entry = findEntry('learner-status', code);
  return entry ? { vi: entry.labelVi, en: entry.labelEn } : { vi: code, en: code };
}

/**
 * Age by year against the grade (standard/grades.ts). The normal age is
 * fine; the range the charters allow (skipping, late entry, repeating) is
 * a warning to review; further out than `ageFarMargin` years is blocking:
 * at that distance it is a typo in the birth year or the class.
 */
function ageIssues(grade: number, birthIso: string, startYear: number, farMargin: number): Issue[] {
  const range = expectedAgeRange(grade);
  if (!range) return [];
  const age = ageByYear(Number(birthIso.slice(0, 4)), startYear);
  if (age === range.normal) return [];
  const params = { age, grade, normal: range.normal, min: range.min, max: range.max };
  if (age < range.min - farMargin || age > range.max + farMargin) {
    return [makeIssue('STU_AGE_OUT_OF_RANGE_FOR_GRADE', 'birthDate', params)];
  }
  return [makeIssue('STU_AGE_UNUSUAL_FOR_GRADE', 'birthDate', params)];
}

function classAndAgeIssues(values: TrustedValues, context: RecordContext): Issue[] {
  const classCode = values.text('classCode');
  if (context.schoolClasses === undefined || classCode === undefined) return [];
  const schoolClass = context.schoolClasses.find((c) => c.classCode === classCode);
  if (!schoolClass) return [makeIssue('STU_CLASS_NOT_IN_SCHOOL', 'classCode')];
  const birth = values.text('birthDate');
  const startYear = context.schoolYear === undefined ? undefined : schoolYearStart(context.schoolYear);
  if (birth === undefined || startYear === undefined) return [];
  return ageIssues(schoolClass.grade, birth, startYear, context.ageFarMargin ?? DEFAULT_FAR_MARGIN);
}

/**
 * The status and its date and reason must tell one story: a learner who left
 * has a reason, any change of status has the day it took effect.
 * `present` says whether a field had any value at all (even an invalid one,
 * which its own field rule already reports).
 */
function statusIssues(
  values: TrustedValues,
  present: (key: string) => boolean,
  context: RecordContext,
): Issue[] {
  const status = values.text('status');
  const issues: Issue[] = [];
  if (status !== undefined) {
    if (status === LEFT_SCHOOL && !present('leavingReason')) {
      issues.push(makeIssue('STU_LEAVING_REASON_REQUIRED', 'leavingReason'));
    }
    if (!STATUSES_WITH_REASON.has(status) && present('leavingReason')) {
      issues.push(
        makeIssue('STU_LEAVING_REASON_UNEXPECTED', 'leavingReason', { status: statusLabel(status) }),
      );
    }
    if (status !== ENROLLED && !present('statusDate')) {
      issues.push(makeIssue('STU_STATUS_DATE_REQUIRED', 'statusDate', { status: statusLabel(status) }));
    }
  }
  const statusDate = values.text('statusDate');
  const birth = values.text('birthDate');
  if (statusDate !== undefined && birth !== undefined && statusDate < birth) {
    issues.push(makeIssue('STU_STATUS_DATE_BEFORE_BIRTH', 'statusDate'));
  }
  if (statusDate !== undefined && context.today !== undefined && statusDate > context.today) {
    issues.push(makeIssue('STU_STATUS_DATE_IN_FUTURE', 'statusDate'));
  }
  return issues;
}

function guardianIssues(values: TrustedValues, context: RecordContext): Issue[] {
  const studentId = values.text('studentId');
  const birth = values.text('birthDate');
  if (context.guardianStudentIds === undefined || studentId === undefined || birth === undefined) return [];
  const startYear = context.schoolYear === undefined ? undefined : schoolYearStart(context.schoolYear);
  const on = context.today ?? (startYear === undefined ? undefined : schoolYearOpening(startYear));
  if (on === undefined || exactAge(birth, on) >= CHILD_UNDER) return [];
  return context.guardianStudentIds.has(studentId) ? [] : [makeIssue('STU_GUARDIAN_MISSING', 'studentId')];
}

export function studentIssues(
  values: TrustedValues,
  present: (key: string) => boolean,
  context: RecordContext,
): Issue[] {
  const personalId = values.text('personalId');
  const gender = values.text('gender');
  const pidIssues =
    personalId === undefined
      ? []
      : personalIdIssues(
          personalId,
          {
            gender: gender === undefined ? undefined : GENDER_OF_CODE[gender],
            birthDate: values.text('birthDate'),
          },
          STUDENT_PID_CODES,
        );
  return [
    ...pidIssues,
    ...classAndAgeIssues(values, context),
    ...statusIssues(values, present, context),
    ...guardianIssues(values, context),
  ];
}
