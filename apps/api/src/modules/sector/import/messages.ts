import type { ImportIssue, Severity } from './validation.adapter';

/**
 * Rules that belong to importing a file rather than to the data standard.
 * Same shape as the shared catalogue: a stable code, a severity, and a
 * message that says what is wrong and how to fix it, never echoing a
 * personal value.
 */
const IMPORT_RULES = {
  IMPORT_HIDDEN_ROW: {
    severity: 'warning',
    vi: 'Dòng này đang bị ẩn trong tệp nhưng vẫn được nhập. Nếu dòng không dùng nữa, hãy xóa hẳn khỏi tệp.',
    en: 'This row is hidden in the file but is still imported. If it is no longer used, delete it from the file.',
  },
  IMPORT_FORMULA_NO_VALUE: {
    severity: 'warning',
    vi: 'Ô chứa công thức chưa có giá trị tính sẵn nên được coi là trống. Hãy mở tệp bằng Excel, lưu lại (để tính công thức) hoặc thay công thức bằng giá trị.',
    en: 'The cell holds a formula without a calculated value and is treated as empty. Open the file in Excel and save it (to calculate), or replace the formula with its value.',
  },
  // Blocking, not a warning: one person has one pupil record in the province, and the
  // write (students.write.ts) refuses a second one. Which school holds it is never said.
  IMPORT_PID_IN_OTHER_SCHOOL: {
    severity: 'blocking',
    vi: 'Số định danh cá nhân này đã thuộc hồ sơ một học sinh ở trường khác trong tỉnh nên dòng này chưa thể nhập. Nếu học sinh chuyển đến, hãy làm thủ tục chuyển trường; nếu không, hãy kiểm tra lại số định danh.',
    en: 'This personal id number already belongs to a pupil of another school of the province, so this row cannot be imported. If the pupil transferred in, use the transfer procedure; otherwise check the number.',
  },
  IMPORT_STUDENT_ID_IN_OTHER_SCHOOL: {
    severity: 'blocking',
    vi: 'Mã học sinh này thuộc học sinh của một trường khác; mã định danh không bao giờ được dùng lại. Hãy kiểm tra lại mã, hoặc để trống để hệ thống cấp mã mới.',
    en: 'This student id belongs to a pupil of another school; identifiers are never reused. Check the id, or leave it empty for the system to issue one.',
  },
  IMPORT_STUDENT_ID_FORMAT: {
    severity: 'blocking',
    vi: 'Mã học sinh chỉ gồm chữ cái không dấu và chữ số, tối đa 15 ký tự. Hãy sửa mã, hoặc để trống để hệ thống cấp mã mới.',
    en: 'A student id has only unaccented letters and digits, at most 15. Correct it, or leave it empty for the system to issue one.',
  },
  IMPORT_SCHOOL_CODE_MISMATCH: {
    severity: 'warning',
    vi: 'Mã trường ở dòng này khác mã của trường đang nhập. Dòng vẫn được nhập vào trường đã chọn; hãy kiểm tra tệp có đúng của trường không.',
    en: 'The school id of this row differs from the school being imported into. The row is imported into the chosen school; check the file belongs to it.',
  },
  IMPORT_GUARDIAN_NAME_MISSING: {
    severity: 'warning',
    vi: 'Có số điện thoại của cha/mẹ/người giám hộ nhưng thiếu họ tên nên thông tin này không được nhập. Hãy bổ sung họ tên.',
    en: 'A parent or guardian phone number is given without a name, so it is not imported. Add the name.',
  },
  // The same guard as the write (students.write.ts SameNameGuard): the preview refuses what the commit would.
  IMPORT_NAMESAKE_AMBIGUOUS: {
    severity: 'blocking',
    vi: 'Một dòng trước đó có cùng họ tên và ngày sinh, và hai dòng không cùng có mã học sinh hoặc cùng có số định danh cá nhân, nên hệ thống không phân biệt được đây là một hay hai học sinh. Hãy nhập số định danh cá nhân (hoặc mã học sinh) cho cả hai dòng, hoặc xóa dòng trùng.',
    en: 'An earlier row has the same full name and birth date, and the two rows do not both carry student ids or both carry personal id numbers, so the system cannot tell whether they are one pupil or two. Enter the personal id number (or student id) on both rows, or delete the duplicate.',
  },
  IMPORT_STUDENT_NOT_SAVED: {
    severity: 'blocking',
    vi: 'Không ghi được dòng này vào cơ sở dữ liệu (dữ liệu mâu thuẫn với hồ sơ đã có). Hãy kiểm tra mã học sinh và số định danh.',
    en: 'This row could not be written (it conflicts with an existing record). Check the student id and personal id number.',
  },
} as const satisfies Record<string, { severity: Severity; vi: string; en: string }>;

export type ImportRuleCode = keyof typeof IMPORT_RULES;

export function importIssue(code: ImportRuleCode, field: string | null): ImportIssue {
  const rule = IMPORT_RULES[code];
  return { ruleCode: code, severity: rule.severity, field, messageVi: rule.vi, messageEn: rule.en };
}

/** File-level notices shown above the findings. */
export function noticeText(
  code: string,
  params: Record<string, string | number> = {},
): { vi: string; en: string } {
  switch (code) {
    case 'CSV_ENCODING':
      return {
        vi: `Tệp CSV được đọc với bảng mã ${params.encoding}, dấu phân cách "${params.delimiter}".`,
        en: `The CSV file was read as ${params.encoding}, delimiter "${params.delimiter}".`,
      };
    case 'COLUMN_ENCODING':
      return {
        vi: `Cột "${params.column}" được chuyển từ bảng mã ${params.encoding} sang Unicode.`,
        en: `Column "${params.column}" was converted from ${params.encoding} to Unicode.`,
      };
    case 'HIDDEN_ROWS':
      return {
        vi: `Tệp có ${params.count} dòng bị ẩn; các dòng này vẫn được kiểm tra và nhập.`,
        en: `The file has ${params.count} hidden rows; they are still checked and imported.`,
      };
    case 'IGNORED_COLUMN':
      return {
        vi: `Cột "${params.column}" không thuộc danh sách cột của học sinh nên được bỏ qua.`,
        en: `Column "${params.column}" is not a student column and is ignored.`,
      };
    case 'DUPLICATE_COLUMN':
      return {
        vi: `Cột "${params.column}" trùng ý nghĩa với một cột trước đó nên được bỏ qua.`,
        en: `Column "${params.column}" repeats an earlier column and is ignored.`,
      };
    case 'NOT_STORED_COLUMN':
      return {
        vi: `Cột "${params.column}" được kiểm tra nhưng chưa được lưu khi nhập.`,
        en: `Column "${params.column}" is checked but not stored by this import.`,
      };
    default:
      return { vi: code, en: code };
  }
}
