import { describe, expect, it } from 'vitest';
import { checkReadiness, type ReadinessInput } from './readiness';

const base: ReadinessInput = {
  school: {
    id: 's',
    values: {
      schoolId: '31000101',
      name: 'Trường Tiểu học Thái Bình',
      schoolLevel: 'TH',
      schoolType: '1',
      provinceCode: '08',
    },
  },
  classes: [
    {
      id: 'c1',
      values: { schoolId: '31000101', classCode: 'LH1', className: '1A', schoolYear: '2025-2026', grade: 1 },
    },
  ],
  staff: [],
  students: [
    {
      id: 'p1',
      values: {
        schoolId: '31000101',
        studentId: 'HS1',
        classCode: 'LH1',
        fullName: 'Lê Văn Cường',
        birthDate: '2019-03-04',
        gender: '1',
        status: '01',
        statusDate: '2025-09-05',
      },
    },
  ],
  schoolYear: '2025-2026',
  today: '2026-11-22',
};

describe('readiness (the blocking check shared with data quality)', () => {
  it('passes a clean unit and counts required fields', () => {
    const r = checkReadiness(base);
    expect(r.blocking).toEqual([]);
    expect(r.requiredFilled).toBe(r.requiredTotal);
    expect(r.missing).toEqual([]);
  });

  it('reports blocking rules of the data standard on the record, and missing required fields once', () => {
    const tooOld = { ...base.students[0]!, values: { ...base.students[0]!.values, birthDate: '2012-01-01' } };
    const noClass = { id: 'p2', values: { ...base.students[0]!.values, studentId: 'HS2', classCode: null } };
    const r = checkReadiness({ ...base, students: [tooOld, noClass] });
    expect(r.blocking.map((p) => [p.recordId, p.ruleCode])).toContainEqual([
      'p1',
      'STU_AGE_OUT_OF_RANGE_FOR_GRADE',
    ]);
    expect(r.blocking[0]!.message.vi).toMatch(/tuổi/);
    expect(r.missing).toEqual([{ entity: 'student', field: 'classCode', count: 1 }]);
    expect(r.blocking.some((p) => p.ruleCode === 'FIELD_REQUIRED')).toBe(false);
    expect(r.requiredFilled).toBe(r.requiredTotal - 1);
  });
});
