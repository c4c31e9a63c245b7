import { describe, expect, it } from 'vitest';
import { ENTITIES, expectedAgeRange } from '../standard';
import { parsePersonalId } from '../text';
import { validateField, validateRecord } from '../validation';
import { generateProvince } from './province';
import { streamStudents } from './students';
import { SMALL, studentContextFor, take } from './test-fixtures';

const province = generateProvince(SMALL);
const contextFor = studentContextFor(province);

describe('streamStudents / generateProvince: học sinh sạch', () => {
  it('tất định: cùng hạt giống cho cùng tỉnh, khác hạt giống cho tỉnh khác', () => {
    expect(generateProvince(SMALL)).toEqual(province);
    const other = generateProvince({ ...SMALL, seed: 'another' });
    expect(other.students.map((s) => s.record.fullName)).not.toEqual(
      province.students.map((s) => s.record.fullName),
    );
  });

  it('luồng và bản trong bộ nhớ cho cùng học sinh', () => {
    expect(take(streamStudents(SMALL), 50)).toEqual(province.students.slice(0, 50));
  });

  it('số học sinh = số lớp × sĩ số (không có dòng trùng khi dữ liệu sạch)', () => {
    expect(province.students).toHaveLength(province.classes.length * SMALL.pupilsPerClass);
    expect(province.students.every((s) => s.mess.length === 0 && s.raw === s.record)).toBe(true);
  });

  it('mọi học sinh sạch qua validateRecord không có lỗi chặn nào', () => {
    for (const student of province.students) {
      const result = validateRecord('student', student.record, contextFor(student.record.schoolId));
      expect(result.issues.filter((i) => i.severity === 'blocking')).toEqual([]);
    }
  });

  it('phần lớn học sinh không có cả cảnh báo; cảnh báo chỉ là lệch tuổi', () => {
    const warnings = province.students.flatMap(
      (s) => validateRecord('student', s.record, contextFor(s.record.schoolId)).issues,
    );
    expect(new Set(warnings.map((w) => w.ruleCode))).toEqual(new Set(['STU_AGE_UNUSUAL_FOR_GRADE']));
    expect(warnings.length / province.students.length).toBeLessThan(0.15);
  });

  it('giá trị đã chuẩn hóa: validateField giữ nguyên từng trường', () => {
    const options = { codeLists: contextFor('').codeLists ?? {} };
    for (const student of province.students.slice(0, 300)) {
      for (const field of ENTITIES.student.fields) {
        const record: Record<string, unknown> = student.record;
        const value = record[field.key];
        const result = validateField('student', field.key, value, options);
        expect(result.changed, `${field.key}: ${String(value)}`).toBe(false);
      }
    }
  });

  it('số định danh khớp ngày sinh, giới tính, tỉnh đăng ký khai sinh cũ, và không trùng', () => {
    const ids = new Set<string>();
    for (const { record } of province.students) {
      const parsed = parsePersonalId(record.personalId);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.birthYear).toBe(Number(record.birthDate.slice(0, 4)));
      expect(parsed.value.gender).toBe(record.gender === '1' ? 'male' : 'female');
      expect(parsed.value.province).not.toBeNull();
      ids.add(record.personalId);
    }
    expect(ids.size).toBe(province.students.length);
    const ownProvince = province.students.filter((s) =>
      ['002', '008'].includes(s.record.personalId.slice(0, 3)),
    );
    expect(ownProvince.length / province.students.length).toBeGreaterThan(0.85);
  });

  it('số định danh không trùng giữa học sinh, cha mẹ và cán bộ của cả tỉnh', () => {
    const all = [
      ...province.students.map((s) => s.record.personalId),
      ...province.guardians.map((g) => g.personalId),
      ...province.staff.map((s) => s.personalId),
    ];
    expect(new Set(all).size).toBe(all.length);
  });

  it('ngày sinh hợp với khối lớp: luôn trong khoảng cho phép, phần lớn đúng tuổi', () => {
    let normal = 0;
    for (const { record, grade } of province.students) {
      const age = 2025 - Number(record.birthDate.slice(0, 4));
      const range = expectedAgeRange(grade);
      expect(age).toBeGreaterThanOrEqual(range?.min ?? 0);
      expect(age).toBeLessThanOrEqual(range?.max ?? 0);
      if (age === range?.normal) normal += 1;
    }
    expect(normal / province.students.length).toBeGreaterThan(0.85);
  });

  it('cha mẹ/người giám hộ: mỗi học sinh có ít nhất một người; bản ghi hợp chuẩn', () => {
    const withGuardian = new Set(province.guardians.map((g) => g.studentId));
    expect(province.students.every((s) => withGuardian.has(s.record.studentId))).toBe(true);
    const ids = province.guardians.map((g) => g.guardianId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const guardian of province.guardians) {
      const issues = validateRecord('guardian', guardian).issues;
      expect(issues).toEqual([]);
    }
    const fathers = province.guardians.filter((g) => g.relationship === '01');
    const children = new Map(province.students.map((s) => [s.record.studentId, s.record]));
    // Children carry their father's family name.
    for (const father of fathers) {
      expect(father.fullName.split(' ')[0]).toBe(children.get(father.studentId)?.fullName.split(' ')[0]);
    }
  });

  it('trạng thái: hầu hết đang học; một số chuyển đi, thôi học có lý do', () => {
    const big = take(streamStudents({ ...SMALL, communes: 12, pupilsPerClass: 35 }), 20_000);
    const share = (status: string) => big.filter((s) => s.record.status === status).length / big.length;
    expect(share('01')).toBeGreaterThan(0.93);
    expect(share('03')).toBeGreaterThan(0);
    expect(share('04')).toBeGreaterThan(0);
    for (const { record } of big) {
      expect(record.leavingReason !== null).toBe(record.status === '04');
    }
    expect(big.some((s) => s.record.disabilityType !== null)).toBe(true);
  });

  it('tạo dần từng học sinh: lấy 10 học sinh đầu của một tỉnh hơn một triệu học sinh là tức thì', () => {
    const started = performance.now();
    // ≈ 350 communes × 78 classes × 40 pupils ≈ 1.1 million learners.
    const first = take(
      streamStudents({ ...SMALL, communes: 350, classesPerGrade: 8, pupilsPerClass: 40, messyShare: 0.2 }),
      10,
    );
    expect(first).toHaveLength(10);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});
