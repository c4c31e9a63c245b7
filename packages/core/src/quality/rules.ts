import type { LocalisedText, Severity } from '../validation/types';

/**
 * Department-defined data-quality rules (quy tắc chất lượng dữ liệu do Sở tự
 * đặt): a fixed set of parameterised rule types, so the department writes
 * rules without code. The API evaluates them over the database with
 * set-based SQL; the pure functions below state what each type means (the
 * SQL mirrors them and the unit tests pin them down), and the web uses the
 * same parameter checks to explain a bad value before it is sent.
 */

export const QUALITY_DATA_GROUPS = ['school', 'classes', 'staff', 'students'] as const;
export type QualityDataGroup = (typeof QUALITY_DATA_GROUPS)[number];

export const QUALITY_RULE_TYPES = [
  'class_size',
  'pupils_per_teacher',
  'age_grade',
  'duplicate_across_schools',
  'status_consistency',
  'period_change',
] as const;
export type QualityRuleType = (typeof QUALITY_RULE_TYPES)[number];

export type SchoolLevel = 'TH' | 'THCS' | 'THPT';
export const SCHOOL_LEVELS: readonly SchoolLevel[] = ['TH', 'THCS', 'THPT'];

export interface ClassSizeParams {
  /** Largest class; per level where given, else `max`. */
  max: number;
  maxByLevel?: Partial<Record<SchoolLevel, number>>;
}
export interface PupilsPerTeacherParams {
  max: number;
}
export interface AgeGradeParams {
  /** Years either side of the normal age (grade + 5, counted by year) before an issue is raised. */
  toleranceYears: number;
}
export interface DuplicateParams {
  /** personal_id: same personal id (blind index); name_birth: same folded name and birth date; both: either. */
  match: 'personal_id' | 'name_birth' | 'both';
}
export const STATUS_CHECKS = ['left_still_in_class', 'transfer_without_destination'] as const;
export type StatusCheck = (typeof STATUS_CHECKS)[number];
export interface StatusConsistencyParams {
  checks: StatusCheck[];
}
export interface PeriodChangeParams {
  /** Change of the pupil count against the last approved snapshot, in percent, beyond which an issue is raised. */
  thresholdPercent: number;
  /** Schools this small are skipped: a 3 → 5 change is not news. */
  minPupils: number;
}

export interface QualityParamsByType {
  class_size: ClassSizeParams;
  pupils_per_teacher: PupilsPerTeacherParams;
  age_grade: AgeGradeParams;
  duplicate_across_schools: DuplicateParams;
  status_consistency: StatusConsistencyParams;
  period_change: PeriodChangeParams;
}

export interface RuleTypeInfo {
  type: QualityRuleType;
  name: LocalisedText;
  /** The data group a new rule of this type belongs to. */
  defaultGroup: QualityDataGroup;
  /** What a record of the issue is. */
  entity: 'school' | 'class' | 'student';
  defaultParams: Record<string, unknown>;
  defaultSeverity: Severity;
  /** Message of an issue, with {placeholders} filled from the issue's details; says how to fix it. */
  message: LocalisedText;
}

export const RULE_TYPES: readonly RuleTypeInfo[] = [
  {
    type: 'class_size',
    name: { vi: 'Sĩ số lớp tối đa', en: 'Maximum class size' },
    defaultGroup: 'classes',
    entity: 'class',
    defaultParams: { max: 45, maxByLevel: { TH: 35 } },
    defaultSeverity: 'warning',
    message: {
      vi: 'Lớp {className} có {count} học sinh, vượt sĩ số tối đa {max}. Kiểm tra học sinh đã chuyển đi/thôi học còn xếp trong lớp, hoặc tách lớp.',
      en: 'Class {className} has {count} pupils, above the maximum of {max}. Check for pupils who left but are still in the class, or split the class.',
    },
  },
  {
    type: 'pupils_per_teacher',
    name: { vi: 'Số học sinh trên một giáo viên', en: 'Pupils per teacher' },
    defaultGroup: 'staff',
    entity: 'school',
    defaultParams: { max: 25 },
    defaultSeverity: 'warning',
    message: {
      vi: 'Trường có {pupils} học sinh và {teachers} giáo viên đang công tác ({ratio} học sinh/giáo viên), vượt mức {max}. Kiểm tra danh sách giáo viên còn thiếu hoặc chức vụ nhập sai.',
      en: 'The school has {pupils} pupils and {teachers} working teachers ({ratio} pupils per teacher), above {max}. Check for missing teachers or wrong positions.',
    },
  },
  {
    type: 'age_grade',
    name: { vi: 'Tuổi phù hợp với khối lớp', en: 'Age fits the grade' },
    defaultGroup: 'students',
    entity: 'student',
    defaultParams: { toleranceYears: 3 },
    defaultSeverity: 'warning',
    message: {
      vi: 'Học sinh {age} tuổi (tính theo năm) học khối {grade}, tuổi đúng độ tuổi là {expected} (cho phép lệch {tolerance} năm). Kiểm tra ngày sinh hoặc lớp.',
      en: 'The pupil is {age} (counted by year) in grade {grade}; the normal age is {expected} (tolerance {tolerance} years). Check the birth date or the class.',
    },
  },
  {
    type: 'duplicate_across_schools',
    name: { vi: 'Học sinh trùng giữa các trường', en: 'Pupils duplicated across schools' },
    defaultGroup: 'students',
    entity: 'student',
    defaultParams: { match: 'both' },
    defaultSeverity: 'blocking',
    message: {
      vi: 'Học sinh này cũng đang học ở {otherCount} trường khác (mã đơn vị {otherSchools}), trùng {matchedBy}. Nếu học sinh đã chuyển trường, trường cũ cập nhật trạng thái Chuyển đi; nếu không, sửa thông tin nhập nhầm.',
      en: 'This pupil is also enrolled at {otherCount} other school(s) (unit {otherSchools}), matching by {matchedBy}. If the pupil transferred, the former school sets Transferred out; otherwise correct the mistyped data.',
    },
  },
  {
    type: 'status_consistency',
    name: { vi: 'Trạng thái học sinh nhất quán', en: 'Consistent pupil status' },
    defaultGroup: 'students',
    entity: 'student',
    defaultParams: { checks: ['left_still_in_class', 'transfer_without_destination'] },
    defaultSeverity: 'warning',
    message: {
      vi: '{problem}',
      en: '{problem}',
    },
  },
  {
    type: 'period_change',
    name: { vi: 'Biến động sĩ số so với kỳ trước', en: 'Change against the previous period' },
    defaultGroup: 'students',
    entity: 'school',
    defaultParams: { thresholdPercent: 20, minPupils: 30 },
    defaultSeverity: 'warning',
    message: {
      vi: 'Số học sinh hiện tại là {current}, kỳ đã duyệt gần nhất là {previous} (thay đổi {changePercent}%, vượt ngưỡng {threshold}%). Kiểm tra học sinh bị nhập thiếu, nhập trùng hoặc chưa cập nhật trạng thái.',
      en: 'The school has {current} pupils against {previous} in the last approved period (change {changePercent}%, threshold {threshold}%). Check for missing, duplicated or out-of-date pupils.',
    },
  },
];

export const STATUS_PROBLEMS: Record<StatusCheck, LocalisedText> = {
  left_still_in_class: {
    vi: 'Học sinh có trạng thái {status} nhưng vẫn được xếp trong lớp {className}. Xóa học sinh khỏi lớp, hoặc sửa trạng thái nếu học sinh vẫn đang học.',
    en: 'The pupil has status {status} but is still in class {className}. Remove the pupil from the class, or correct the status if the pupil is still at school.',
  },
  transfer_without_destination: {
    vi: 'Học sinh có trạng thái Chuyển đi nhưng chưa ghi trường chuyển đến. Ghi trường chuyển đến trong lịch sử trạng thái.',
    en: 'The pupil is Transferred out but no destination school is recorded. Record the destination in the status history.',
  },
};

export function ruleTypeInfo(type: QualityRuleType): RuleTypeInfo {
  const info = RULE_TYPES.find((t) => t.type === type);
  if (!info) throw new RangeError(`Unknown quality rule type: ${type}`);
  return info;
}

export const isRuleType = (value: string): value is QualityRuleType =>
  (QUALITY_RULE_TYPES as readonly string[]).includes(value);

/** A bad parameter: which one, and the code of the message to show (quality.errors.ts). */
export interface ParamProblem {
  field: string;
  code:
    | 'QUALITY_PARAM_REQUIRED'
    | 'QUALITY_PARAM_NOT_INTEGER'
    | 'QUALITY_PARAM_OUT_OF_RANGE'
    | 'QUALITY_PARAM_UNKNOWN'
    | 'QUALITY_PARAM_INVALID_CHOICE';
  min?: number;
  max?: number;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function intIn(
  params: Record<string, unknown>,
  key: string,
  min: number,
  max: number,
  problems: ParamProblem[],
  path = key,
  optional = false,
): number | undefined {
  const value = params[key];
  if (value === undefined || value === null) {
    if (!optional) problems.push({ field: path, code: 'QUALITY_PARAM_REQUIRED' });
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    problems.push({ field: path, code: 'QUALITY_PARAM_NOT_INTEGER' });
    return undefined;
  }
  if (value < min || value > max) {
    problems.push({ field: path, code: 'QUALITY_PARAM_OUT_OF_RANGE', min, max });
    return undefined;
  }
  return value;
}

function unknownKeys(
  params: Record<string, unknown>,
  allowed: readonly string[],
  problems: ParamProblem[],
  prefix = '',
) {
  for (const key of Object.keys(params))
    if (!allowed.includes(key)) problems.push({ field: `${prefix}${key}`, code: 'QUALITY_PARAM_UNKNOWN' });
}

/**
 * Checks and normalises the parameters of a rule type. Returns the clean
 * parameters, or the list of problems (never both).
 */
export function parseRuleParams<T extends QualityRuleType>(
  type: T,
  raw: unknown,
): { ok: true; params: QualityParamsByType[T] } | { ok: false; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const params = isPlainObject(raw) ? raw : {};
  if (!isPlainObject(raw)) problems.push({ field: 'params', code: 'QUALITY_PARAM_REQUIRED' });
  let result: Record<string, unknown> = {};
  switch (type) {
    case 'class_size': {
      unknownKeys(params, ['max', 'maxByLevel'], problems);
      const max = intIn(params, 'max', 1, 200, problems);
      const byLevel: Partial<Record<SchoolLevel, number>> = {};
      if (params.maxByLevel !== undefined) {
        if (!isPlainObject(params.maxByLevel))
          problems.push({ field: 'maxByLevel', code: 'QUALITY_PARAM_INVALID_CHOICE' });
        else {
          unknownKeys(params.maxByLevel, SCHOOL_LEVELS, problems, 'maxByLevel.');
          for (const level of SCHOOL_LEVELS) {
            const v = intIn(params.maxByLevel, level, 1, 200, problems, `maxByLevel.${level}`, true);
            if (v !== undefined) byLevel[level] = v;
          }
        }
      }
      result = { max, maxByLevel: byLevel };
      break;
    }
    case 'pupils_per_teacher': {
      unknownKeys(params, ['max'], problems);
      result = { max: intIn(params, 'max', 1, 200, problems) };
      break;
    }
    case 'age_grade': {
      unknownKeys(params, ['toleranceYears'], problems);
      result = { toleranceYears: intIn(params, 'toleranceYears', 0, 10, problems) };
      break;
    }
    case 'duplicate_across_schools': {
      unknownKeys(params, ['match'], problems);
      const match = params.match;
      if (match === undefined) problems.push({ field: 'match', code: 'QUALITY_PARAM_REQUIRED' });
      else if (match !== 'personal_id' && match !== 'name_birth' && match !== 'both')
        problems.push({ field: 'match', code: 'QUALITY_PARAM_INVALID_CHOICE' });
      result = { match };
      break;
    }
    case 'status_consistency': {
      unknownKeys(params, ['checks'], problems);
      const checks = params.checks;
      if (!Array.isArray(checks) || checks.length === 0)
        problems.push({ field: 'checks', code: 'QUALITY_PARAM_REQUIRED' });
      else if (checks.some((c) => !(STATUS_CHECKS as readonly unknown[]).includes(c)))
        problems.push({ field: 'checks', code: 'QUALITY_PARAM_INVALID_CHOICE' });
      result = { checks: Array.isArray(checks) ? [...new Set(checks)] : [] };
      break;
    }
    case 'period_change': {
      unknownKeys(params, ['thresholdPercent', 'minPupils'], problems);
      result = {
        thresholdPercent: intIn(params, 'thresholdPercent', 1, 1000, problems),
        minPupils: intIn(params, 'minPupils', 0, 100_000, problems, 'minPupils', true) ?? 0,
      };
      break;
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, params: result as unknown as QualityParamsByType[T] };
}

// ── What each rule type means, as pure functions (the SQL in the API mirrors these). ──

export function levelOfGrade(grade: number): SchoolLevel | null {
  if (grade >= 1 && grade <= 5) return 'TH';
  if (grade >= 6 && grade <= 9) return 'THCS';
  if (grade >= 10 && grade <= 12) return 'THPT';
  return null;
}

export function classSizeLimit(params: ClassSizeParams, grade: number): number | null {
  const level = levelOfGrade(grade);
  if (!level) return null;
  return params.maxByLevel?.[level] ?? params.max;
}

/** A class breaks the rule when it has more pupils at school than its level's limit. */
export function classTooLarge(params: ClassSizeParams, grade: number, pupils: number): boolean {
  const limit = classSizeLimit(params, grade);
  return limit !== null && pupils > limit;
}

/** No working teacher with pupils is always a breach; otherwise pupils / teachers > max. */
export function tooManyPupilsPerTeacher(params: PupilsPerTeacherParams, pupils: number, teachers: number) {
  if (pupils === 0) return false;
  if (teachers === 0) return true;
  return pupils > params.max * teachers;
}

/** Age counted by year (the school year's start year minus the birth year). */
export function ageByYear(schoolYearStart: number, birthDate: string): number {
  return schoolYearStart - Number(birthDate.slice(0, 4));
}

export function ageOutsideGrade(params: AgeGradeParams, grade: number, age: number): boolean {
  if (grade < 1 || grade > 12) return false;
  return Math.abs(age - (grade + 5)) > params.toleranceYears;
}

/** Percent change rounded to one decimal; a previous count of 0 is not comparable. */
export function changePercent(previous: number, current: number): number | null {
  if (previous <= 0) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

export function changeBeyond(params: PeriodChangeParams, previous: number, current: number): boolean {
  if (Math.max(previous, current) < params.minPupils) return false;
  const change = changePercent(previous, current);
  return change !== null && Math.abs(change) > params.thresholdPercent;
}

/** Learner-status codes of pupils at school (as the reporting snapshot counts them). */
export const AT_SCHOOL_STATUSES = ['01', '02', '05', '08'] as const;
/** Statuses of pupils who have left the school: they belong in no class. */
export const LEFT_STATUSES = ['03', '04', '06', '07'] as const;

export function statusProblems(
  params: StatusConsistencyParams,
  pupil: { statusCode: string; inClass: boolean; transferDestination: boolean },
): StatusCheck[] {
  const found: StatusCheck[] = [];
  if (
    params.checks.includes('left_still_in_class') &&
    pupil.inClass &&
    (LEFT_STATUSES as readonly string[]).includes(pupil.statusCode)
  )
    found.push('left_still_in_class');
  if (
    params.checks.includes('transfer_without_destination') &&
    pupil.statusCode === '03' &&
    !pupil.transferDestination
  )
    found.push('transfer_without_destination');
  return found;
}

// ── Quality score ──

/** How much one open issue weighs in the score. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { blocking: 1, warning: 0.25 };

/**
 * Quality score 0–100 of a unit: 100 × (1 − weighted open issues / records),
 * where records = pupils + classes + staff + 1 (the school profile) of the
 * schools counted. Floors at 0; one decimal.
 */
export function qualityScore(open: { blocking: number; warning: number }, records: number): number {
  const weighted = open.blocking * SEVERITY_WEIGHT.blocking + open.warning * SEVERITY_WEIGHT.warning;
  const denominator = Math.max(records, 1);
  const score = 100 * (1 - Math.min(1, weighted / denominator));
  return Math.round(score * 10) / 10;
}

// ── Issue states ──

export const ISSUE_STATES = ['open', 'in_progress', 'resolved', 'accepted_exception', 'reopened'] as const;
export type IssueState = (typeof ISSUE_STATES)[number];
export const OPEN_STATES: readonly IssueState[] = ['open', 'in_progress', 'reopened'];

const TRANSITIONS: Record<IssueState, readonly IssueState[]> = {
  open: ['in_progress', 'resolved', 'accepted_exception'],
  in_progress: ['open', 'resolved', 'accepted_exception'],
  reopened: ['in_progress', 'resolved', 'accepted_exception'],
  resolved: ['reopened'],
  accepted_exception: ['reopened'],
};

export function canTransition(from: IssueState, to: IssueState): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStates(from: IssueState): readonly IssueState[] {
  return TRANSITIONS[from];
}

/** Renders a message template with {name} placeholders from an issue's details. */
export function renderQualityMessage(template: string, details: Record<string, unknown>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = details[key];
    return value === undefined || value === null ? whole : String(value);
  });
}

/** The message of an issue in a locale. */
export function qualityIssueMessage(
  type: QualityRuleType,
  details: Record<string, unknown>,
  locale: 'vi' | 'en',
): string {
  if (type === 'status_consistency') {
    const check = details.check as StatusCheck | undefined;
    const problem = check && STATUS_PROBLEMS[check];
    const statusLabel = (details[`status_${locale}`] as string | undefined) ?? details.status;
    return problem ? renderQualityMessage(problem[locale], { ...details, status: statusLabel }) : '';
  }
  const rendered = { ...details };
  if (type === 'duplicate_across_schools') {
    const by = details.matchedBy;
    rendered.matchedBy =
      by === 'personal_id'
        ? locale === 'vi'
          ? 'số định danh cá nhân'
          : 'personal id'
        : locale === 'vi'
          ? 'họ tên và ngày sinh'
          : 'name and birth date';
  }
  return renderQualityMessage(ruleTypeInfo(type).message[locale], rendered);
}
