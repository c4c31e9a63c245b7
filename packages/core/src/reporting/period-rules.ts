/**
 * Rules of a reporting period's calendar, pure (the caller passes "now").
 * Deadlines, grace and lock are the period's data, never constants here.
 */

export const PERIOD_KINDS = ['start_of_year', 'mid_year', 'end_of_year', 'ad_hoc'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIOD_STATUSES = ['draft', 'open', 'closed'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export interface PeriodCalendar {
  readonly status: PeriodStatus;
  readonly opensAt: Date;
  readonly deadlineAt: Date;
  readonly onTimeGraceHours: number;
  readonly lockAfterDeadline: boolean;
}

const HOUR = 3_600_000;

/** The last moment a submission counts as on time: deadline plus grace. */
export function onTimeUntil(period: Pick<PeriodCalendar, 'deadlineAt' | 'onTimeGraceHours'>): Date {
  return new Date(period.deadlineAt.getTime() + period.onTimeGraceHours * HOUR);
}

/** Whether a (first) submission at `at` is on time. */
export function isOnTime(period: Pick<PeriodCalendar, 'deadlineAt' | 'onTimeGraceHours'>, at: Date): boolean {
  return at.getTime() <= onTimeUntil(period).getTime();
}

export type SubmitWindowError =
  | 'REPORTING_PERIOD_NOT_OPEN'
  | 'REPORTING_PERIOD_NOT_STARTED'
  | 'REPORTING_PERIOD_LOCKED';

/**
 * May a unit submit now? The period must be open and started; after the
 * deadline plus grace a locking period refuses unless the unit holds an
 * exception that has not run out.
 */
export function submitWindowError(
  period: PeriodCalendar,
  now: Date,
  exceptionUntil: Date | null,
): SubmitWindowError | null {
  if (period.status !== 'open') return 'REPORTING_PERIOD_NOT_OPEN';
  if (now.getTime() < period.opensAt.getTime()) return 'REPORTING_PERIOD_NOT_STARTED';
  if (!period.lockAfterDeadline || isOnTime(period, now)) return null;
  if (exceptionUntil && now.getTime() <= exceptionUntil.getTime()) return null;
  return 'REPORTING_PERIOD_LOCKED';
}

export type PeriodInputError =
  | 'REPORTING_DEADLINE_BEFORE_OPEN'
  | 'REPORTING_REMINDER_DAYS_INVALID'
  | 'REPORTING_KIND_NEEDS_YEAR';

/** Consistency of a period's settings (the schema checks shapes, this the meaning). */
export function periodInputError(input: {
  kind: PeriodKind;
  schoolYearId?: string | null;
  opensAt: Date;
  deadlineAt: Date;
  remindDaysBefore?: readonly number[];
  remindDaysAfter?: readonly number[];
}): PeriodInputError | null {
  if (input.kind !== 'ad_hoc' && !input.schoolYearId) return 'REPORTING_KIND_NEEDS_YEAR';
  if (input.deadlineAt.getTime() <= input.opensAt.getTime()) return 'REPORTING_DEADLINE_BEFORE_OPEN';
  const days = [...(input.remindDaysBefore ?? []), ...(input.remindDaysAfter ?? [])];
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) return 'REPORTING_REMINDER_DAYS_INVALID';
  return null;
}

/** Whether a unit must report: type listed (or none listed) and, when levels are listed, its level among them. */
export function unitMustReport(
  unit: { typeCode: string; levelCode: string | null },
  required: { unitTypes: readonly string[]; levelCodes: readonly string[] },
): boolean {
  if (required.unitTypes.length > 0 && !required.unitTypes.includes(unit.typeCode)) return false;
  if (required.levelCodes.length > 0 && unit.typeCode === 'school')
    return unit.levelCode !== null && required.levelCodes.includes(unit.levelCode);
  return true;
}
