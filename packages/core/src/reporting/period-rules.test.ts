import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOnTime, periodInputError, submitWindowError, unitMustReport } from './period-rules';

const HOUR = 3_600_000;
const deadline = new Date('2026-10-15T10:00:00Z');
const period = {
  status: 'open' as const,
  opensAt: new Date('2026-09-05T00:00:00Z'),
  deadlineAt: deadline,
  onTimeGraceHours: 24,
  lockAfterDeadline: true,
};

describe('period calendar', () => {
  it('on time up to the deadline plus grace, late after', () => {
    expect(isOnTime(period, deadline)).toBe(true);
    expect(isOnTime(period, new Date(deadline.getTime() + 24 * HOUR))).toBe(true);
    expect(isOnTime(period, new Date(deadline.getTime() + 24 * HOUR + 1))).toBe(false);
  });

  it('locks after deadline + grace unless an exception runs', () => {
    const late = new Date(deadline.getTime() + 48 * HOUR);
    expect(submitWindowError(period, late, null)).toBe('REPORTING_PERIOD_LOCKED');
    expect(submitWindowError(period, late, new Date(late.getTime() + HOUR))).toBeNull();
    expect(submitWindowError(period, late, new Date(late.getTime() - HOUR))).toBe('REPORTING_PERIOD_LOCKED');
    expect(submitWindowError({ ...period, lockAfterDeadline: false }, late, null)).toBeNull();
    expect(submitWindowError({ ...period, status: 'closed' }, deadline, null)).toBe(
      'REPORTING_PERIOD_NOT_OPEN',
    );
    expect(submitWindowError(period, new Date('2026-09-01T00:00:00Z'), null)).toBe(
      'REPORTING_PERIOD_NOT_STARTED',
    );
  });

  it('an on-time submission is never refused by the lock (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: -2000, max: 2000 }),
        fc.boolean(),
        (grace, offsetHours, lock) => {
          const p = { ...period, onTimeGraceHours: grace, lockAfterDeadline: lock };
          const at = new Date(deadline.getTime() + offsetHours * HOUR);
          if (at < p.opensAt) return;
          const error = submitWindowError(p, at, null);
          if (isOnTime(p, at)) expect(error).toBeNull();
          else expect(error).toBe(lock ? 'REPORTING_PERIOD_LOCKED' : null);
        },
      ),
    );
  });

  it('checks period settings and which units must report', () => {
    const base = {
      kind: 'start_of_year' as const,
      schoolYearId: 'y',
      opensAt: period.opensAt,
      deadlineAt: deadline,
    };
    expect(periodInputError(base)).toBeNull();
    expect(periodInputError({ ...base, schoolYearId: null })).toBe('REPORTING_KIND_NEEDS_YEAR');
    expect(periodInputError({ ...base, kind: 'ad_hoc', schoolYearId: null })).toBeNull();
    expect(periodInputError({ ...base, deadlineAt: period.opensAt })).toBe('REPORTING_DEADLINE_BEFORE_OPEN');
    expect(periodInputError({ ...base, remindDaysAfter: [-1] })).toBe('REPORTING_REMINDER_DAYS_INVALID');
    const req = { unitTypes: ['school'], levelCodes: ['TH', 'THCS'] };
    expect(unitMustReport({ typeCode: 'school', levelCode: 'TH' }, req)).toBe(true);
    expect(unitMustReport({ typeCode: 'school', levelCode: 'THPT' }, req)).toBe(false);
    expect(unitMustReport({ typeCode: 'school', levelCode: null }, req)).toBe(false);
    expect(unitMustReport({ typeCode: 'commune', levelCode: null }, req)).toBe(false);
    expect(unitMustReport({ typeCode: 'commune', levelCode: null }, { unitTypes: [], levelCodes: [] })).toBe(
      true,
    );
  });
});
