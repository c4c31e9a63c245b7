import type { RuleDefinition } from '../types';

/**
 * Per-field rules, driven by the standard's FieldSpec (type, required,
 * maxLength, code list). They apply to every entity, so the message names
 * the field through {field}.
 */
export const FIELD_RULES = [
  {
    code: 'FIELD_REQUIRED',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: 'Chưa nhập {field}. Đây là thông tin bắt buộc: nhập {field} rồi lưu lại.',
      en: '{field} is missing. It is required: enter it and save again.',
    },
  },
  {
    code: 'FIELD_TOO_LONG',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} dài {length} ký tự, vượt quá giới hạn {maxLength} ký tự. Rút gọn, hoặc kiểm tra xem có dán nhầm nội dung của cột khác không.',
      en: '{field} is {length} characters long, over the limit of {maxLength}. Shorten it, or check that another column was not pasted into it.',
    },
  },
  {
    code: 'FIELD_DATE_INVALID',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} không phải là một ngày hợp lệ. Nhập theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/09/2015.',
      en: '{field} is not a valid date. Enter it as day/month/year (dd/mm/yyyy), e.g. 05/09/2015.',
    },
  },
  {
    code: 'FIELD_DATE_TWO_DIGIT_YEAR',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} ghi năm bằng 2 chữ số nên không biết là năm 19.. hay 20... Ghi năm đủ 4 chữ số, ví dụ 05/09/2015.',
      en: '{field} has a two-digit year, so 19.. and 20.. are both possible. Write the year with 4 digits, e.g. 05/09/2015.',
    },
  },
  {
    code: 'FIELD_INTEGER_INVALID',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} phải là một số nguyên, ví dụ 6. Xóa chữ, dấu cách và phần thập phân.',
      en: '{field} must be a whole number, e.g. 6. Remove letters, spaces and decimals.',
    },
  },
  {
    code: 'FIELD_BOOLEAN_INVALID',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} chỉ nhận "Có" hoặc "Không" (có thể đánh dấu x cho "Có" và để trống cho "Không"). Sửa lại giá trị.',
      en: '{field} only takes "Yes" or "No" (an x means yes, an empty cell no). Correct the value.',
    },
  },
  {
    code: 'FIELD_PHONE_INVALID',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} không phải số điện thoại Việt Nam hợp lệ. Số di động có 10 chữ số và bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912 345 678); số cố định bắt đầu bằng 02 và có 11 chữ số.',
      en: '{field} is not a valid Vietnamese phone number. Mobile numbers have 10 digits and start with 03, 05, 07, 08 or 09 (e.g. 0912 345 678); landlines start with 02 and have 11 digits.',
    },
  },
  {
    code: 'FIELD_PHONE_FOREIGN',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} là số điện thoại nước ngoài. Hệ thống chỉ lưu số điện thoại Việt Nam: nhập một số liên hệ trong nước.',
      en: '{field} is a foreign phone number. Only Vietnamese numbers are stored: enter a contact number in Vietnam.',
    },
  },
  {
    code: 'FIELD_PHONE_OLD_PREFIX',
    severity: 'warning',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} dùng đầu số di động 11 chữ số cũ nên đã được đổi sang đầu số 10 chữ số theo đợt chuyển đổi năm 2018. Xác nhận lại số mới với người dùng số nếu cần.',
      en: '{field} used a retired 11-digit mobile prefix and was converted to its 10-digit form (2018 renumbering). Confirm the new number with its owner if needed.',
    },
  },
  {
    code: 'FIELD_EMAIL_INVALID',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} không đúng dạng địa chỉ thư điện tử (ví dụ ten@truong.edu.vn). Kiểm tra dấu @, tên miền và bỏ dấu tiếng Việt.',
      en: '{field} is not an e-mail address (e.g. name@school.edu.vn). Check the @, the domain, and remove Vietnamese accents.',
    },
  },
  {
    code: 'FIELD_PERSONAL_ID_FORMAT',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} phải gồm đúng 12 chữ số như in trên thẻ căn cước, kể cả các số 0 ở đầu. Số chứng minh nhân dân 9 chữ số cũ không dùng thay được.',
      en: '{field} must be exactly the 12 digits printed on the citizen identity card, leading zeros included. An old 9-digit identity card number cannot replace it.',
    },
  },
  {
    code: 'FIELD_CODE_UNKNOWN',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} không có trong danh mục dùng chung. Nhập mã hoặc tên đúng như trong danh mục, ví dụ {example}.',
      en: '{field} is not in the shared code list. Enter a code or a name exactly as the list has it, e.g. {example}.',
    },
  },
  {
    code: 'FIELD_CODE_AMBIGUOUS',
    severity: 'blocking',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} khớp với nhiều mục của danh mục dùng chung ({candidates}). Nhập mã của mục cần chọn.',
      en: '{field} matches several entries of the shared code list ({candidates}). Enter the code of the one you mean.',
    },
  },
  {
    code: 'FIELD_CODE_NOT_IN_FORCE',
    severity: 'warning',
    scope: 'field',
    entity: '*',
    fields: [],
    message: {
      vi: '{field} "{entry}" không có hiệu lực vào ngày {asOf}.{replacement} Chọn mục đang có hiệu lực, trừ khi bản ghi nói về thời điểm trước đó.',
      en: '{field} "{entry}" is not in force on {asOf}.{replacement} Choose an entry in force, unless the record is about an earlier time.',
    },
  },
] as const satisfies readonly RuleDefinition[];
