import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communesToCodeList } from '../standard';
import { toTcvn3, toVni } from '../text';
import { validateField } from './field';
import { anyCell, anyEntityField } from './test-arbitraries';

const codes = (result: { issues: readonly { ruleCode: string }[] }) => result.issues.map((i) => i.ruleCode);

describe('validateField: chuẩn hóa từng ô', () => {
  it('họ tên: viết hoa đầu mỗi chữ, bỏ khoảng trắng thừa, dựng sẵn NFC', () => {
    const result = validateField('student', 'fullName', '  NGUYỄN  văn   an ');
    expect(result).toEqual({ value: 'Nguyễn Văn An', changed: true, issues: [] });
    expect(validateField('student', 'fullName', 'Trần Thị Thuỷ'.normalize('NFD')).value).toBe(
      'Trần Thị Thuỷ',
    );
  });

  it('họ tên gõ bằng TCVN3 hoặc VNI được chuyển sang Unicode', () => {
    const name = 'Hoàng Thị Thu Hà';
    expect(validateField('student', 'fullName', toTcvn3(name), { fontHint: '.VnTime' }).value).toBe(name);
    expect(validateField('student', 'fullName', toVni(name), { fontHint: 'VNI-Times' }).value).toBe(name);
    expect(validateField('student', 'fullName', toVni(name)).value).toBe(name);
  });

  it('ngày sinh: dd/mm/yyyy, d/m/yyyy và số ngày Excel đều thành ngày ISO', () => {
    expect(validateField('student', 'birthDate', '05/09/2015').value).toBe('2015-09-05');
    expect(validateField('student', 'birthDate', '5/9/2015').value).toBe('2015-09-05');
    expect(validateField('student', 'birthDate', 42252).value).toBe('2015-09-05');
    expect(validateField('student', 'birthDate', '2015-09-05')).toEqual({
      value: '2015-09-05',
      changed: false,
      issues: [],
    });
  });

  it('ngày không hợp lệ hoặc năm 2 chữ số mơ hồ bị chặn, kèm cách sửa', () => {
    const invalid = validateField('student', 'birthDate', '31/02/2015');
    expect(codes(invalid)).toEqual(['FIELD_DATE_INVALID']);
    expect(invalid.value).toBe('31/02/2015');
    expect(invalid.issues[0]?.message.vi).toBe(
      'Ngày sinh không phải là một ngày hợp lệ. Nhập theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/09/2015.',
    );
    expect(codes(validateField('student', 'birthDate', '1/1/30', { referenceYear: 2026 }))).toEqual([
      'FIELD_DATE_TWO_DIGIT_YEAR',
    ]);
  });

  it('thiếu trường bắt buộc: chặn; thiếu trường không bắt buộc: bỏ qua', () => {
    const missing = validateField('student', 'gender', '   ');
    expect(missing.value).toBeNull();
    expect(codes(missing)).toEqual(['FIELD_REQUIRED']);
    expect(missing.issues[0]?.message.vi).toBe(
      'Chưa nhập Giới tính. Đây là thông tin bắt buộc: nhập Giới tính rồi lưu lại.',
    );
    expect(validateField('student', 'ethnicity', undefined)).toEqual({
      value: null,
      changed: false,
      issues: [],
    });
  });

  it('số điện thoại: +84, dấu cách, đầu số 11 số cũ, số mất số 0 đầu', () => {
    expect(validateField('student', 'phone', '+84 912 345 678').value).toBe('0912345678');
    expect(validateField('student', 'phone', 912345678).value).toBe('0912345678');
    const old = validateField('guardian', 'phone', '0162 123 4567');
    expect(old.value).toBe('0321234567');
    expect(codes(old)).toEqual(['FIELD_PHONE_OLD_PREFIX']);
    expect(old.issues[0]?.severity).toBe('warning');
    expect(codes(validateField('guardian', 'phone', '0123'))).toEqual(['FIELD_PHONE_INVALID']);
    expect(codes(validateField('guardian', 'phone', '+82 10 1234 5678'))).toEqual(['FIELD_PHONE_FOREIGN']);
  });

  it('danh mục: nhận mã, tên, tên khác và số bị Excel bỏ số 0', () => {
    expect(validateField('student', 'gender', 'Nữ').value).toBe('2');
    expect(validateField('student', 'gender', 'nam').value).toBe('1');
    expect(validateField('student', 'ethnicity', "H'Mông").value).toBe('08');
    expect(validateField('student', 'ethnicity', 'Tày').value).toBe('02');
    expect(validateField('student', 'ethnicity', 2).value).toBe('02');
    expect(validateField('student', 'status', 'Đang học').value).toBe('01');
    const unknown = validateField('student', 'ethnicity', 'Người sao Hỏa');
    expect(codes(unknown)).toEqual(['FIELD_CODE_UNKNOWN']);
    expect(unknown.issues[0]?.message.vi).toContain('ví dụ "01" hoặc "Kinh"');
  });

  it('mục danh mục hết hiệu lực: cảnh báo và gợi ý mục thay thế', () => {
    const result = validateField('staff', 'contractType', 'Hợp đồng 68', { asOf: '2025-09-05' });
    expect(result.value).toBe('05');
    expect(codes(result)).toEqual(['FIELD_CODE_NOT_IN_FORCE']);
    expect(result.issues[0]?.message.vi).toContain('Mục thay thế: 04 (Hợp đồng lao động).');
    expect(result.issues[0]?.message.vi).toContain('05/09/2025');
  });

  it('mã xã: kiểm tra theo danh mục đã nạp, hoặc chỉ kiểm tra dạng 5 chữ số', () => {
    expect(validateField('student', 'residenceCommune', 70).value).toBe('00070');
    expect(codes(validateField('student', 'residenceCommune', 'Xã Tân Trào'))).toEqual([
      'FIELD_CODE_UNKNOWN',
    ]);
    const list = communesToCodeList(
      [{ code: '02203', name: 'Xã Tân Trào', provinceCode: '08', type: 'xa' }],
      {
        version: 'test',
        source: 'test',
      },
    );
    expect(
      validateField('student', 'residenceCommune', 'Xã Tân Trào', { codeLists: { commune: list } }).value,
    ).toBe('02203');
    expect(
      codes(validateField('student', 'residenceCommune', '00070', { codeLists: { commune: list } })),
    ).toEqual(['FIELD_CODE_UNKNOWN']);
  });

  it('số định danh: bỏ dấu cách, khôi phục số 0 đầu khi Excel lưu thành số', () => {
    expect(validateField('student', 'personalId', '008 215 012 345').value).toBe('008215012345');
    expect(validateField('student', 'personalId', 8215012345).value).toBe('008215012345');
    expect(codes(validateField('student', 'personalId', '123456789'))).toEqual(['FIELD_PERSONAL_ID_FORMAT']);
  });

  it('không viết hoa lại một họ tên mà chữ thường của nó đọc thành TCVN3', () => {
    // Ö is TCVN3's ệ, ö its ư: title-casing "NghÖm" would hand the next pass "Nghöm" (→ "Nghưm").
    const first = validateField('staff', 'fullName', 'NghÖm ThuÔ', { referenceYear: 2026 });
    expect(first.value).toBe('NghÖm ThuÔ');
    expect(validateField('staff', 'fullName', first.value).value).toBe('NghÖm ThuÔ');
    expect(validateField('staff', 'fullName', 'nguyễn  văn AN').value).toBe('Nguyễn Văn An');
  });

  it('số nguyên, có/không, thư điện tử, độ dài tối đa', () => {
    expect(validateField('class', 'grade', ' 6 ').value).toBe(6);
    expect(codes(validateField('class', 'grade', '6A'))).toEqual(['FIELD_INTEGER_INVALID']);
    expect(validateField('class', 'fullDay', 'x').value).toBe(true);
    expect(validateField('class', 'fullDay', 'Không').value).toBe(false);
    expect(codes(validateField('class', 'fullDay', 'thỉnh thoảng'))).toEqual(['FIELD_BOOLEAN_INVALID']);
    expect(validateField('staff', 'email', ' Lan.Nguyen@TRUONG.edu.vn ').value).toBe(
      'Lan.Nguyen@truong.edu.vn',
    );
    expect(codes(validateField('staff', 'email', 'lan@truong'))).toEqual(['FIELD_EMAIL_INVALID']);
    const long = validateField('student', 'fullName', 'Nguyễn '.repeat(10));
    expect(codes(long)).toEqual(['FIELD_TOO_LONG']);
    expect(long.issues[0]?.message.vi).toContain('vượt quá giới hạn 50 ký tự');
  });

  it('không tái hiện giá trị cá nhân trong thông báo', () => {
    const result = validateField('student', 'personalId', '12345');
    expect(result.issues[0]?.message.vi).not.toContain('12345');
  });

  it('trường không có trong chuẩn là lỗi lập trình', () => {
    expect(() => validateField('student', 'shoeSize', '40')).toThrow(RangeError);
  });

  it('lũy đẳng: chạy lại trên kết quả của chính nó thì không đổi gì', () => {
    fc.assert(
      fc.property(anyEntityField, anyCell, ({ entity, field }, cell) => {
        const first = validateField(entity, field, cell, { referenceYear: 2026 });
        const second = validateField(entity, field, first.value, { referenceYear: 2026 });
        expect(second.value).toEqual(first.value);
        expect(second.changed).toBe(false);
        expect(codes(second).filter((c) => c !== 'FIELD_PHONE_OLD_PREFIX')).toEqual(
          codes(first).filter((c) => c !== 'FIELD_PHONE_OLD_PREFIX'),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
