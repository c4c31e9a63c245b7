import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBlocking } from './issue';
import { validateRecord } from './record';
import { consistentPupil, personalIdFor, SCHOOL_YEAR, TODAY } from './test-arbitraries';
import type { RecordContext } from './types';

const codes = (result: { issues: readonly { ruleCode: string }[] }) => result.issues.map((i) => i.ruleCode);

/** Replace digit `index` (0-based) of a personal id. */
function withDigit(id: string, index: number, digit: number): string {
  return id.slice(0, index) + String(digit) + id.slice(index + 1);
}

const CONTEXT: RecordContext = {
  schoolYear: SCHOOL_YEAR,
  today: TODAY,
  schoolClasses: [
    { classCode: '6A1', grade: 6 },
    { classCode: '1A1', grade: 1 },
  ],
  guardianStudentIds: new Set(['0800000001']),
};

/** Lan, a girl born 12/3/2014 in Tuyên Quang (old code 008), in grade 6 of 2025–26. */
const LAN = {
  classCode: '6A1',
  studentId: '0800000001',
  fullName: 'Nguyễn Thị Lan',
  birthDate: '12/03/2014',
  gender: 'Nữ',
  status: 'Đang học',
  statusDate: '05/09/2025',
  ethnicity: 'Kinh',
  personalId: personalIdFor('008', 2014, '2', '012345'),
  schoolId: '0800123201',
};

describe('validateRecord: học sinh', () => {
  it('một học sinh hợp lệ không có lỗi nào, và các giá trị được chuẩn hóa', () => {
    const result = validateRecord('student', LAN, CONTEXT);
    expect(result.issues).toEqual([]);
    expect(result.values['gender']).toBe('2');
    expect(result.values['birthDate']).toBe('2014-03-12');
    expect(result.changedFields).toEqual(['birthDate', 'gender', 'status', 'statusDate', 'ethnicity']);
  });

  it('giới tính trong số định danh khác cột Giới tính: chặn, với thông báo nói rõ cách sửa', () => {
    const result = validateRecord('student', { ...LAN, gender: 'Nam' }, CONTEXT);
    expect(codes(result)).toEqual(['STU_PID_GENDER_MISMATCH']);
    expect(result.issues[0]?.message.vi).toBe(
      'Số định danh cá nhân cho biết giới tính Nữ nhưng cột Giới tính là Nam. Kiểm tra lại giới tính hoặc số định danh.',
    );
    expect(result.issues[0]?.severity).toBe('blocking');
  });

  it('năm sinh và thế kỷ trong số định danh phải khớp ngày sinh', () => {
    const wrongYear = validateRecord('student', { ...LAN, birthDate: '12/03/2013' }, CONTEXT);
    expect(codes(wrongYear)).toContain('STU_PID_BIRTH_YEAR_MISMATCH');
    expect(wrongYear.issues.find((i) => i.ruleCode === 'STU_PID_BIRTH_YEAR_MISMATCH')?.message.vi).toContain(
      'là 14 nhưng năm sinh là 2013 (hai số này phải là 13)',
    );
    // Digit 4 = 1: a woman born in the 1900s.
    const wrongCentury = validateRecord(
      'student',
      { ...LAN, personalId: withDigit(LAN.personalId, 3, 1) },
      CONTEXT,
    );
    expect(codes(wrongCentury)).toEqual(['STU_PID_CENTURY_MISMATCH']);
    expect(wrongCentury.issues[0]?.message.vi).toContain('trong khoảng 1900–1999 nhưng năm sinh là 2014');
  });

  it('mã tỉnh không thuộc 63 tỉnh cũ: chỉ cảnh báo (có thể đăng ký khai sinh ở nước ngoài)', () => {
    const result = validateRecord(
      'student',
      { ...LAN, personalId: `099${LAN.personalId.slice(3)}` },
      CONTEXT,
    );
    expect(codes(result)).toEqual(['STU_PID_PROVINCE_UNKNOWN']);
    expect(hasBlocking(result.issues)).toBe(false);
  });

  it('tuổi so với lớp: đúng tuổi thì không sao, lệch ít thì cảnh báo, lệch xa thì chặn', () => {
    const older = validateRecord(
      'student',
      { ...LAN, birthDate: '12/03/2012', personalId: personalIdFor('008', 2012, '2', '012345') },
      CONTEXT,
    );
    expect(codes(older)).toEqual(['STU_AGE_UNUSUAL_FOR_GRADE']);
    expect(older.issues[0]?.message.vi).toContain('Học sinh 13 tuổi (tính theo năm) học lớp 6');
    const farTooYoung = validateRecord(
      'student',
      { ...LAN, birthDate: '12/03/2019', personalId: personalIdFor('008', 2019, '2', '012345') },
      CONTEXT,
    );
    expect(codes(farTooYoung)).toEqual(['STU_AGE_OUT_OF_RANGE_FOR_GRADE']);
    expect(farTooYoung.issues[0]?.severity).toBe('blocking');
  });

  it('lớp không thuộc trường: chặn; thiếu danh sách lớp thì không kiểm tra', () => {
    expect(codes(validateRecord('student', { ...LAN, classCode: '7A9' }, CONTEXT))).toEqual([
      'STU_CLASS_NOT_IN_SCHOOL',
    ]);
    expect(
      validateRecord('student', { ...LAN, classCode: '7A9' }, { schoolYear: SCHOOL_YEAR }).issues,
    ).toEqual([]);
  });

  it('Thôi học phải có lý do và ngày; lý do thôi học với trạng thái Đang học là đáng ngờ', () => {
    const dropped = validateRecord('student', { ...LAN, status: 'Thôi học', statusDate: '' }, CONTEXT);
    expect(codes(dropped)).toEqual(['STU_LEAVING_REASON_REQUIRED', 'STU_STATUS_DATE_REQUIRED']);
    expect(dropped.issues[1]?.message.vi).toBe(
      'Trạng thái Thôi học cần có Ngày nhập trạng thái (ngày trạng thái bắt đầu có hiệu lực). Nhập ngày theo dạng dd/mm/yyyy.',
    );
    const ok = validateRecord(
      'student',
      { ...LAN, status: '04', statusDate: '20/11/2025', leavingReason: 'Hoàn cảnh khó khăn' },
      CONTEXT,
    );
    expect(ok.issues).toEqual([]);
    const reasonWithoutLeaving = validateRecord('student', { ...LAN, leavingReason: '01' }, CONTEXT);
    expect(codes(reasonWithoutLeaving)).toEqual(['STU_LEAVING_REASON_UNEXPECTED']);
    expect(reasonWithoutLeaving.issues[0]?.severity).toBe('warning');
  });

  it('ngày trạng thái không được trước ngày sinh hay sau hôm nay', () => {
    expect(codes(validateRecord('student', { ...LAN, statusDate: '01/01/2010' }, CONTEXT))).toEqual([
      'STU_STATUS_DATE_BEFORE_BIRTH',
    ]);
    expect(codes(validateRecord('student', { ...LAN, statusDate: '01/06/2026' }, CONTEXT))).toEqual([
      'STU_STATUS_DATE_IN_FUTURE',
    ]);
  });

  it('học sinh dưới 16 tuổi chưa có cha mẹ/người giám hộ: cảnh báo', () => {
    const context = { ...CONTEXT, guardianStudentIds: new Set<string>() };
    expect(codes(validateRecord('student', LAN, context))).toEqual(['STU_GUARDIAN_MISSING']);
    // A grade-12 learner of 17 needs no guardian on record.
    const adult = validateRecord(
      'student',
      {
        ...LAN,
        classCode: '12A1',
        birthDate: '01/01/2008',
        personalId: personalIdFor('008', 2008, '2', '000001'),
      },
      { ...context, schoolClasses: [{ classCode: '12A1', grade: 12 }] },
    );
    expect(codes(adult)).not.toContain('STU_GUARDIAN_MISSING');
  });

  it('một lỗi chỉ báo một lần: ngày sinh sai thì không báo thêm lệch tuổi hay lệch số định danh', () => {
    expect(codes(validateRecord('student', { ...LAN, birthDate: '31/02/2014' }, CONTEXT))).toEqual([
      'FIELD_DATE_INVALID',
    ]);
  });

  it('thuộc tính: mọi học sinh nhất quán đều không có lỗi chặn (và không lỗi nào nếu đúng tuổi)', () => {
    fc.assert(
      fc.property(consistentPupil, ({ record, context, normalAge }) => {
        const result = validateRecord('student', record, context);
        expect(result.issues.filter((i) => i.severity === 'blocking')).toEqual([]);
        if (normalAge) expect(result.issues).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('thuộc tính: đổi chữ số giới tính của số định danh hợp lệ luôn sinh lỗi lệch giới tính', () => {
    fc.assert(
      fc.property(consistentPupil, ({ record, context }) => {
        const id = String(record['personalId']);
        const flipped = withDigit(id, 3, Number(id[3]) ^ 1);
        const issues = codes(validateRecord('student', { ...record, personalId: flipped }, context));
        expect(issues).toContain('STU_PID_GENDER_MISMATCH');
        expect(issues).not.toContain('STU_PID_CENTURY_MISMATCH');
      }),
      { numRuns: 300 },
    );
  });

  it('thuộc tính: đổi hai số năm sinh trong số định danh luôn sinh lỗi lệch năm sinh', () => {
    fc.assert(
      fc.property(consistentPupil, fc.integer({ min: 1, max: 99 }), ({ record, context }, shift) => {
        const id = String(record['personalId']);
        const yy = String((Number(id.slice(4, 6)) + shift) % 100).padStart(2, '0');
        const changed = id.slice(0, 4) + yy + id.slice(6);
        expect(codes(validateRecord('student', { ...record, personalId: changed }, context))).toContain(
          'STU_PID_BIRTH_YEAR_MISMATCH',
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateRecord: cán bộ, phụ huynh, lớp', () => {
  it('cán bộ: số định danh phải khớp giới tính và năm sinh', () => {
    const staff = {
      schoolId: '0800123201',
      staffId: 'GV001',
      fullName: 'Trần Văn Bình',
      birthDate: '02/01/1985',
      gender: 'Nam',
      position: 'Giáo viên',
      personalId: personalIdFor('008', 1985, '2', '000777'),
    };
    expect(codes(validateRecord('staff', staff))).toEqual(['STF_PID_GENDER_MISMATCH']);
  });

  it('phụ huynh: quan hệ Mẹ mà số định danh là nam thì chặn', () => {
    const guardian = {
      guardianId: 'PH1',
      studentId: '0800000001',
      relationship: 'Mẹ',
      fullName: 'Hoàng Thị Mai',
      birthYear: 1988,
      personalId: personalIdFor('008', 1988, '1', '000001'),
    };
    const result = validateRecord('guardian', guardian);
    expect(codes(result)).toEqual(['GUA_PID_GENDER_MISMATCH']);
    expect(result.issues[0]?.message.vi).toContain('giới tính Nam nhưng quan hệ với học sinh là Mẹ');
    expect(codes(validateRecord('guardian', { ...guardian, relationship: 'Cha', birthYear: 1987 }))).toEqual([
      'GUA_PID_BIRTH_YEAR_MISMATCH',
    ]);
  });

  it('lớp: khối 1–12 và năm học hai năm liên tiếp', () => {
    const base = {
      schoolId: '0800123201',
      classCode: 'X',
      className: '6A1',
      schoolYear: '2025-2026',
      grade: 6,
    };
    expect(validateRecord('class', base).issues).toEqual([]);
    expect(codes(validateRecord('class', { ...base, grade: 13, schoolYear: '2025-2027' }))).toEqual([
      'CLS_GRADE_OUT_OF_RANGE',
      'CLS_SCHOOL_YEAR_INVALID',
    ]);
  });
});
