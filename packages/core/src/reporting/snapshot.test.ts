import { describe, expect, it } from 'vitest';
import { computeAggregates, diffSize, diffSnapshots, type SnapshotRecords } from './snapshot';

const base: SnapshotRecords = {
  school: { id: 's', schoolCode: '3101', levelCode: 'TH', phone: '0912345678' },
  classes: [
    { id: 'c1', code: 'LH1', name: '1A', grade: 1 },
    { id: 'c2', code: 'LH2', name: '2A', grade: 2 },
  ],
  staff: [
    {
      id: 't1',
      staffCode: 'GV1',
      positionCode: '01',
      qualificationCode: null,
      personalIdEnc: 'x1',
      personalIdBidx: 'b1',
    },
  ],
  students: [
    { id: 'p1', studentCode: 'HS1', classId: 'c1', genderCode: '1', ethnicityCode: '01', updatedAt: 't0' },
    { id: 'p2', studentCode: 'HS2', classId: 'c1', genderCode: '2', ethnicityCode: '01', updatedAt: 't0' },
    { id: 'p3', studentCode: 'HS3', classId: null, genderCode: '2', ethnicityCode: null, updatedAt: 't0' },
  ],
};

describe('snapshot aggregates', () => {
  it('counts pupils, classes, staff and the school under the documented codes', () => {
    const rows = computeAggregates(base, null);
    const get = (t: string, d1: string, d2 = '') =>
      rows.find((r) => r.tableCode === t && r.dim1 === d1 && r.dim2 === d2)?.value;
    expect(get('pupils_by_grade_gender', '1', '1')).toBe(1);
    expect(get('pupils_by_grade_gender', '1', '2')).toBe(1);
    expect(get('pupils_by_grade_gender', '', '2')).toBe(1);
    expect(get('pupils_by_ethnicity', '01')).toBe(2);
    expect(get('pupils_by_ethnicity', '')).toBe(1);
    expect(get('classes_by_grade', '2')).toBe(1);
    expect(get('staff_by_position', '01')).toBe(1);
    expect(get('staff_by_qualification', '')).toBe(1);
    expect(get('schools', 'TH')).toBe(1);
    expect(rows.every((r) => r.value > 0)).toBe(true);
    const pupils = rows
      .filter((r) => r.tableCode === 'pupils_by_grade_gender')
      .reduce((n, r) => n + r.value, 0);
    expect(pupils).toBe(base.students.length);
    expect(
      computeAggregates({ ...base, school: null }, 'THCS').find((r) => r.tableCode === 'schools')?.dim1,
    ).toBe('THCS');
  });
});

describe('snapshot diff', () => {
  it('finds added, removed and changed records and fields, ignoring timestamps and re-encryption', () => {
    const next: SnapshotRecords = {
      ...base,
      staff: [{ ...base.staff[0]!, personalIdEnc: 'x2-reencrypted' }],
      students: [
        { ...base.students[0]!, genderCode: '2', updatedAt: 't1' },
        { ...base.students[2]!, updatedAt: 't9' },
        { id: 'p4', studentCode: 'HS4', classId: 'c2', genderCode: '1', ethnicityCode: '01' },
      ],
    };
    const diff = diffSnapshots(base, next);
    expect(diff.students.added).toEqual([{ id: 'p4', label: 'HS4' }]);
    expect(diff.students.removed).toEqual([{ id: 'p2', label: 'HS2' }]);
    expect(diff.students.changed).toEqual([{ id: 'p1', label: 'HS1', fields: ['genderCode'] }]);
    expect(diff.staff.changed).toEqual([]);
    expect(diffSize(diff)).toBe(3);
    expect(diffSize(diffSnapshots(base, base))).toBe(0);
    const pid = diffSnapshots(base, { ...base, staff: [{ ...base.staff[0]!, personalIdBidx: 'b2' }] });
    expect(pid.staff.changed[0]?.fields).toEqual(['personalId']);
  });
});
