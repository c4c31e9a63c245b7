import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorMessage } from '../errors';
import {
  ageByYear,
  ageOutsideGrade,
  canTransition,
  changeBeyond,
  changePercent,
  classSizeLimit,
  classTooLarge,
  ISSUE_STATES,
  nextStates,
  parseRuleParams,
  QUALITY_RULE_TYPES,
  qualityIssueMessage,
  qualityScore,
  RULE_TYPES,
  statusProblems,
  tooManyPupilsPerTeacher,
} from './rules';

describe('rule parameters', () => {
  it('accepts every type’s default parameters', () => {
    for (const info of RULE_TYPES) expect(parseRuleParams(info.type, info.defaultParams).ok).toBe(true);
  });

  it('names each bad parameter with a code that has a Vietnamese message', () => {
    const result = parseRuleParams('class_size', { max: 3.5, maxByLevel: { TH: 0, XX: 1 }, extra: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.field, p.code])).toEqual(
      expect.arrayContaining([
        ['max', 'QUALITY_PARAM_NOT_INTEGER'],
        ['maxByLevel.TH', 'QUALITY_PARAM_OUT_OF_RANGE'],
        ['maxByLevel.XX', 'QUALITY_PARAM_UNKNOWN'],
        ['extra', 'QUALITY_PARAM_UNKNOWN'],
      ]),
    );
    for (const p of result.problems)
      expect(errorMessage(p.code, 'vi')).not.toBe(errorMessage('INTERNAL', 'vi'));
  });

  it('rejects what is not an object, and wrong choices', () => {
    expect(parseRuleParams('age_grade', 'ba').ok).toBe(false);
    expect(parseRuleParams('duplicate_across_schools', { match: 'phone' }).ok).toBe(false);
    expect(parseRuleParams('status_consistency', { checks: [] }).ok).toBe(false);
    expect(parseRuleParams('status_consistency', { checks: ['left_still_in_class', 'x'] }).ok).toBe(false);
    expect(parseRuleParams('period_change', { thresholdPercent: 0 }).ok).toBe(false);
  });

  it('never throws, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...QUALITY_RULE_TYPES), fc.anything(), (type, raw) => {
        const result = parseRuleParams(type, raw);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps every accepted integer within its range (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (max) => {
        const result = parseRuleParams('pupils_per_teacher', { max });
        expect(result.ok).toBe(max >= 1 && max <= 200);
      }),
    );
  });
});

describe('class size', () => {
  const params = { max: 45, maxByLevel: { TH: 35 } };
  it('uses the level’s limit, else the general one', () => {
    expect(classSizeLimit(params, 3)).toBe(35);
    expect(classSizeLimit(params, 7)).toBe(45);
    expect(classSizeLimit(params, 0)).toBeNull();
    expect(classTooLarge(params, 1, 36)).toBe(true);
    expect(classTooLarge(params, 1, 35)).toBe(false);
    expect(classTooLarge(params, 10, 46)).toBe(true);
  });
  it('a class is too large exactly when it has more pupils than the limit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 100 }), (grade, pupils) => {
        expect(classTooLarge(params, grade, pupils)).toBe(pupils > classSizeLimit(params, grade)!);
      }),
    );
  });
});

describe('pupils per teacher', () => {
  it('no teacher with pupils is a breach; no pupils never is', () => {
    expect(tooManyPupilsPerTeacher({ max: 25 }, 10, 0)).toBe(true);
    expect(tooManyPupilsPerTeacher({ max: 25 }, 0, 0)).toBe(false);
    expect(tooManyPupilsPerTeacher({ max: 25 }, 50, 2)).toBe(false);
    expect(tooManyPupilsPerTeacher({ max: 25 }, 51, 2)).toBe(true);
  });
  it('agrees with the ratio (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 300 }), (pupils, teachers) => {
        expect(tooManyPupilsPerTeacher({ max: 25 }, pupils, teachers)).toBe(pupils / teachers > 25);
      }),
    );
  });
});

describe('age fits grade', () => {
  it('counts age by year and allows the tolerance either side', () => {
    expect(ageByYear(2025, '2019-12-31')).toBe(6);
    expect(ageOutsideGrade({ toleranceYears: 1 }, 1, 7)).toBe(false);
    expect(ageOutsideGrade({ toleranceYears: 1 }, 1, 8)).toBe(true);
    expect(ageOutsideGrade({ toleranceYears: 0 }, 6, 10)).toBe(true);
    expect(ageOutsideGrade({ toleranceYears: 3 }, 0, 30)).toBe(false);
  });
  it('a wider tolerance never raises more issues (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2, max: 25 }),
        (tolerance, grade, age) => {
          if (ageOutsideGrade({ toleranceYears: tolerance + 1 }, grade, age))
            expect(ageOutsideGrade({ toleranceYears: tolerance }, grade, age)).toBe(true);
        },
      ),
    );
  });
});

describe('status consistency', () => {
  const all = { checks: ['left_still_in_class', 'transfer_without_destination'] as const };
  it('finds left pupils still in a class and transfers without destination', () => {
    expect(
      statusProblems(
        { checks: [...all.checks] },
        { statusCode: '04', inClass: true, transferDestination: false },
      ),
    ).toEqual(['left_still_in_class']);
    expect(
      statusProblems(
        { checks: [...all.checks] },
        { statusCode: '03', inClass: true, transferDestination: false },
      ),
    ).toEqual(['left_still_in_class', 'transfer_without_destination']);
    expect(
      statusProblems(
        { checks: [...all.checks] },
        { statusCode: '03', inClass: false, transferDestination: true },
      ),
    ).toEqual([]);
    expect(
      statusProblems(
        { checks: [...all.checks] },
        { statusCode: '01', inClass: true, transferDestination: false },
      ),
    ).toEqual([]);
    expect(
      statusProblems(
        { checks: ['transfer_without_destination'] },
        { statusCode: '04', inClass: true, transferDestination: false },
      ),
    ).toEqual([]);
  });
});

describe('period-over-period change', () => {
  it('compares in percent, ignores tiny schools and a zero baseline', () => {
    expect(changePercent(200, 150)).toBe(-25);
    expect(changePercent(0, 10)).toBeNull();
    expect(changeBeyond({ thresholdPercent: 20, minPupils: 30 }, 200, 150)).toBe(true);
    expect(changeBeyond({ thresholdPercent: 20, minPupils: 30 }, 200, 170)).toBe(false);
    expect(changeBeyond({ thresholdPercent: 20, minPupils: 30 }, 10, 20)).toBe(false);
  });
  it('is symmetric in the sign of the change (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (previous, delta) => {
          const p = { thresholdPercent: 15, minPupils: 0 };
          const up = changeBeyond(p, previous, previous + delta);
          const down = previous - delta >= 0 ? changeBeyond(p, previous, previous - delta) : up;
          expect(up).toBe(down);
        },
      ),
    );
  });
});

describe('quality score', () => {
  it('is 100 without open issues and falls with severity', () => {
    expect(qualityScore({ blocking: 0, warning: 0 }, 0)).toBe(100);
    expect(qualityScore({ blocking: 1, warning: 0 }, 100)).toBe(99);
    expect(qualityScore({ blocking: 0, warning: 4 }, 100)).toBe(99);
    expect(qualityScore({ blocking: 500, warning: 0 }, 100)).toBe(0);
  });
  it('stays in 0–100 and never rises with more issues (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(1000),
        fc.nat(1000),
        fc.nat(100_000),
        fc.constantFrom('blocking', 'warning'),
        (b, w, records, extra) => {
          const score = qualityScore({ blocking: b, warning: w }, records);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100);
          const more =
            extra === 'blocking' ? { blocking: b + 1, warning: w } : { blocking: b, warning: w + 1 };
          expect(qualityScore(more, records)).toBeLessThanOrEqual(score);
        },
      ),
    );
  });
});

describe('issue states', () => {
  it('follow open → in_progress → resolved | accepted_exception → reopened', () => {
    expect(canTransition('open', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'resolved')).toBe(true);
    expect(canTransition('in_progress', 'accepted_exception')).toBe(true);
    expect(canTransition('resolved', 'reopened')).toBe(true);
    expect(canTransition('accepted_exception', 'reopened')).toBe(true);
    expect(canTransition('resolved', 'in_progress')).toBe(false);
    expect(canTransition('open', 'reopened')).toBe(false);
  });
  it('never allow staying in place, and every state can be left (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ISSUE_STATES), (state) => {
        expect(canTransition(state, state)).toBe(false);
        expect(nextStates(state).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('messages', () => {
  it('render every rule type in both languages without leftover placeholders', () => {
    const details: Record<string, Record<string, unknown>> = {
      class_size: { className: '1A', count: 40, max: 35, grade: 1 },
      pupils_per_teacher: { pupils: 300, teachers: 5, ratio: '60.0', max: 25 },
      age_grade: { age: 10, grade: 1, expected: 6, tolerance: 3 },
      duplicate_across_schools: { otherCount: 1, otherSchools: 'TH-X', matchedBy: 'personal_id' },
      status_consistency: {
        check: 'left_still_in_class',
        status: '04',
        status_vi: 'Thôi học',
        className: '2B',
      },
      period_change: { current: 100, previous: 200, changePercent: -50, threshold: 20 },
    };
    for (const type of QUALITY_RULE_TYPES)
      for (const locale of ['vi', 'en'] as const) {
        const message = qualityIssueMessage(type, details[type]!, locale);
        expect(message.length).toBeGreaterThan(20);
        if (locale === 'vi' || type !== 'status_consistency') expect(message).not.toMatch(/\{\w+\}/);
      }
    expect(
      qualityIssueMessage('duplicate_across_schools', details.duplicate_across_schools!, 'vi'),
    ).toContain('số định danh cá nhân');
  });
});
