/**
 * Grades of general education and the age expected in each.
 * Law on Education 43/2019/QH14 Art. 28: grade 1 at 6, grade 6 at 11,
 * grade 10 at 15, ages "counted by year" (school-year start year minus birth
 * year). Exceptions, per the school charters (Circular 28/2020/TT-BGDĐT
 * Art. 33 for primary; Circular 32/2020/TT-BGDĐT Art. 33 for secondary):
 * learners who skip a grade may be younger; disabled, ethnic-minority,
 * orphaned or returning-from-abroad learners may be up to 3 years older;
 * repeated years add to that (?). The range below is therefore a prompt to
 * review a record, not a rule to reject it.
 */
export type GradeLevel = 'TH' | 'THCS' | 'THPT';

export interface GradeInfo {
  readonly grade: number;
  /** Code in the school-level list. */
  readonly level: GradeLevel;
  /** Age counted by year in the school year the learner is in this grade. */
  readonly normalAge: number;
}

const GRADE_1_AGE = 6;
/** Learners allowed to skip a grade (học vượt lớp) may be a year younger (?). */
const YOUNGER_TOLERANCE = 1;
/** The charters' over-age allowance for the exceptional groups. */
const OLDER_TOLERANCE = 3;

function levelOf(grade: number): GradeLevel {
  if (grade <= 5) return 'TH';
  if (grade <= 9) return 'THCS';
  return 'THPT';
}

export const GRADES: readonly GradeInfo[] = Array.from({ length: 12 }, (_, i) => ({
  grade: i + 1,
  level: levelOf(i + 1),
  normalAge: GRADE_1_AGE + i,
}));

export const GRADES_BY_LEVEL: Readonly<Record<GradeLevel, readonly number[]>> = {
  TH: [1, 2, 3, 4, 5],
  THCS: [6, 7, 8, 9],
  THPT: [10, 11, 12],
};

export function gradeInfo(grade: number): GradeInfo | undefined {
  return GRADES.find((g) => g.grade === grade);
}

export interface AgeRange {
  readonly normal: number;
  readonly min: number;
  readonly max: number;
}

/** Expected age (by year) for a grade 1–12, or undefined for any other value. */
export function expectedAgeRange(grade: number): AgeRange | undefined {
  const info = gradeInfo(grade);
  if (!info) return undefined;
  return {
    normal: info.normalAge,
    min: info.normalAge - YOUNGER_TOLERANCE,
    max: info.normalAge + OLDER_TOLERANCE,
  };
}

/** Age counted by year, as the law counts it: 2025–26 start year minus birth year. */
export function ageByYear(birthYear: number, schoolYearStartYear: number): number {
  return schoolYearStartYear - birthYear;
}
