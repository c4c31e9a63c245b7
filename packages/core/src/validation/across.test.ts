import { describe, expect, it } from 'vitest';
import { validateAcrossRecords } from './across';
import { personalIdFor } from './test-arbitraries';

const pupil = (over: Record<string, unknown>) => ({
  studentId: '0800000001',
  fullName: 'Nguyễn Văn An',
  birthDate: '2014-03-12',
  personalId: personalIdFor('008', 2014, '1', '000001'),
  schoolId: 'S1',
  ...over,
});

const summary = (issues: ReturnType<typeof validateAcrossRecords>) =>
  issues.map((i) => `${i.row}:${i.ruleCode}`);

describe('validateAcrossRecords: trùng lặp trong tệp và giữa các trường', () => {
  it('cùng số định danh ở hai dòng: báo ở cả hai dòng', () => {
    const rows = [pupil({}), pupil({ studentId: '0800000002', fullName: 'NGUYỄN VĂN AN' })];
    const issues = validateAcrossRecords(rows, { rowLabel: (i) => String(i + 2) });
    expect(summary(issues)).toEqual(['0:STU_PID_DUPLICATE', '1:STU_PID_DUPLICATE']);
    expect(issues[0]?.message.vi).toContain('(dòng 3)');
    expect(issues[1]?.message.vi).toContain('(dòng 2)');
  });

  it('số định danh viết có dấu cách hay lưu dạng số vẫn được nhận là trùng', () => {
    const id = personalIdFor('008', 2014, '1', '000001');
    const rows = [pupil({}), pupil({ studentId: '2', personalId: Number(id), fullName: 'Lê Văn Bình' })];
    expect(summary(validateAcrossRecords(rows))).toEqual(['0:STU_PID_DUPLICATE', '1:STU_PID_DUPLICATE']);
  });

  it('cùng mã học sinh ở hai dòng', () => {
    const rows = [
      pupil({ personalId: null }),
      pupil({ personalId: null, fullName: 'Trần Thị Hoa', birthDate: '2014-01-01' }),
    ];
    expect(summary(validateAcrossRecords(rows))).toEqual(['0:STU_ID_DUPLICATE', '1:STU_ID_DUPLICATE']);
  });

  it('số định danh hoặc mã học sinh đã có ở trường khác trong tỉnh', () => {
    const existing = new Map([
      ['S2', { personalIds: [personalIdFor('008', 2014, '1', '000001')], studentIds: ['0800000001'] }],
    ]);
    const issues = validateAcrossRecords([pupil({})], { existingIdsBySchool: existing });
    expect(summary(issues)).toEqual(['0:STU_PID_IN_OTHER_SCHOOL', '0:STU_ID_IN_OTHER_SCHOOL']);
    expect(issues[0]?.message.vi).toContain('(mã trường S2)');
    // Already stored at its own school: that is the same learner being updated.
    const own = new Map([['S1', { personalIds: [personalIdFor('008', 2014, '1', '000001')] }]]);
    expect(validateAcrossRecords([pupil({})], { existingIdsBySchool: own })).toEqual([]);
  });

  it('cùng họ tên (kể cả khác dấu, khác kiểu bỏ dấu) và ngày sinh: cảnh báo có thể trùng', () => {
    const rows = [
      pupil({ personalId: null, fullName: 'Lê Thị Thuỷ' }),
      pupil({ personalId: null, studentId: '2', fullName: 'le thi thủy', birthDate: '12/03/2014' }),
      pupil({ personalId: null, studentId: '3', fullName: 'Lê Thị Thuý', birthDate: '12/03/2014' }),
    ];
    const issues = validateAcrossRecords(rows);
    expect(summary(issues)).toEqual([
      '0:STU_LIKELY_DUPLICATE',
      '1:STU_LIKELY_DUPLICATE',
      '2:STU_LIKELY_DUPLICATE',
    ]);
    expect(issues.every((i) => i.severity === 'warning')).toBe(true);
    expect(issues[0]?.message.vi).toContain('dòng 2, 3 (họ tên giống nhau khi bỏ dấu)');
  });

  it('trùng tên và ngày sinh nhưng hai số định danh khác nhau: là hai người, không cảnh báo', () => {
    const rows = [
      pupil({}),
      pupil({ studentId: '2', personalId: personalIdFor('008', 2014, '1', '000002') }),
    ];
    expect(validateAcrossRecords(rows)).toEqual([]);
  });
});
