import type { RuleDefinition } from '../types';

/**
 * Per-record rules of a learner that are not about the personal id: age
 * against grade (Law on Education 43/2019/QH14 Art. 28; standard/grades.ts),
 * class membership, status consistency, and the guardian a child needs
 * (Decree 13/2023/NĐ-CP Art. 20: a child is under 16, and a parent consents
 * to the processing of the child's data).
 */
export const STUDENT_RECORD_RULES = [
  {
    code: 'STU_AGE_UNUSUAL_FOR_GRADE',
    severity: 'warning',
    scope: 'record',
    entity: 'student',
    fields: ['birthDate', 'classCode'],
    message: {
      vi: 'Học sinh {age} tuổi (tính theo năm) học lớp {grade}, trong khi tuổi thông thường của lớp {grade} là {normal}. Kiểm tra lại ngày sinh và lớp; nếu học sinh học vượt lớp, lưu ban hoặc thuộc diện được vào học muộn theo Điều lệ trường thì giữ nguyên.',
      en: 'The student is {age} (counted by year) and in grade {grade}, where the usual age is {normal}. Check the date of birth and the class; keep it if the student skipped or repeated a grade or may start late under the school charter.',
    },
  },
  {
    code: 'STU_AGE_OUT_OF_RANGE_FOR_GRADE',
    severity: 'blocking',
    scope: 'record',
    entity: 'student',
    fields: ['birthDate', 'classCode'],
    message: {
      vi: 'Học sinh {age} tuổi (tính theo năm) không thể học lớp {grade}: tuổi thông thường là {normal}, kể cả các trường hợp ngoại lệ chỉ từ {min} đến {max} tuổi. Kiểm tra lại năm sinh hoặc lớp của học sinh.',
      en: 'A student aged {age} (counted by year) cannot be in grade {grade}: the usual age is {normal}, and even the exceptions range from {min} to {max}. Check the birth year or the class.',
    },
  },
  {
    code: 'STU_CLASS_NOT_IN_SCHOOL',
    severity: 'blocking',
    scope: 'record',
    entity: 'student',
    fields: ['classCode', 'schoolId'],
    message: {
      vi: 'Mã lớp không có trong danh sách lớp của trường năm học này. Chọn đúng lớp của trường, hoặc tạo lớp trước rồi mới nhập học sinh.',
      en: 'The class code is not one of the school’s classes this year. Pick one of the school’s classes, or create the class before adding students.',
    },
  },
  {
    code: 'STU_LEAVING_REASON_REQUIRED',
    severity: 'blocking',
    scope: 'record',
    entity: 'student',
    fields: ['status', 'leavingReason'],
    message: {
      vi: 'Học sinh có trạng thái Thôi học nhưng chưa có Lý do thôi học. Chọn lý do trong danh mục, ví dụ "Hoàn cảnh gia đình khó khăn".',
      en: 'The student has left school but no Reason for leaving is given. Choose one from the list, e.g. "Family hardship".',
    },
  },
  {
    code: 'STU_LEAVING_REASON_UNEXPECTED',
    severity: 'warning',
    scope: 'record',
    entity: 'student',
    fields: ['status', 'leavingReason'],
    message: {
      vi: 'Có Lý do thôi học nhưng trạng thái là {status}, không phải Thôi học. Xóa lý do thôi học hoặc sửa lại trạng thái.',
      en: 'A Reason for leaving is given but the status is {status}, not "Left school". Remove the reason or correct the status.',
    },
  },
  {
    code: 'STU_STATUS_DATE_REQUIRED',
    severity: 'blocking',
    scope: 'record',
    entity: 'student',
    fields: ['status', 'statusDate'],
    message: {
      vi: 'Trạng thái {status} cần có Ngày nhập trạng thái (ngày trạng thái bắt đầu có hiệu lực). Nhập ngày theo dạng dd/mm/yyyy.',
      en: 'The status {status} needs a Status date (the day it took effect). Enter it as dd/mm/yyyy.',
    },
  },
  {
    code: 'STU_STATUS_DATE_BEFORE_BIRTH',
    severity: 'blocking',
    scope: 'record',
    entity: 'student',
    fields: ['statusDate', 'birthDate'],
    message: {
      vi: 'Ngày nhập trạng thái ở trước ngày sinh của học sinh. Kiểm tra lại hai ngày này.',
      en: 'The status date is before the student’s date of birth. Check both dates.',
    },
  },
  {
    code: 'STU_STATUS_DATE_IN_FUTURE',
    severity: 'blocking',
    scope: 'record',
    entity: 'student',
    fields: ['statusDate'],
    message: {
      vi: 'Ngày nhập trạng thái ở sau ngày hôm nay. Chỉ nhập trạng thái đã có hiệu lực; sửa lại ngày.',
      en: 'The status date is after today. Only record a status that has taken effect; correct the date.',
    },
  },
  {
    code: 'STU_GUARDIAN_MISSING',
    severity: 'warning',
    scope: 'record',
    entity: 'student',
    fields: ['studentId', 'birthDate'],
    message: {
      vi: 'Học sinh dưới 16 tuổi chưa có thông tin cha mẹ hoặc người giám hộ. Bổ sung ít nhất một người: cần để liên lạc và để lấy sự đồng ý xử lý dữ liệu cá nhân của trẻ em (Nghị định 13/2023/NĐ-CP).',
      en: 'The student is under 16 and has no parent or guardian on record. Add at least one: they are the contact and give consent to processing a child’s personal data (Decree 13/2023/NĐ-CP).',
    },
  },
] as const satisfies readonly RuleDefinition[];

/** Class records (Circular 42/2021/TT-BGDĐT): general-education grades are 1–12. */
export const CLASS_RECORD_RULES = [
  {
    code: 'CLS_GRADE_OUT_OF_RANGE',
    severity: 'blocking',
    scope: 'record',
    entity: 'class',
    fields: ['grade'],
    message: {
      vi: 'Khối lớp phải là một số từ 1 đến 12 (Tiểu học 1–5, THCS 6–9, THPT 10–12). Sửa lại khối lớp.',
      en: 'The grade must be a number from 1 to 12 (primary 1–5, lower secondary 6–9, upper secondary 10–12). Correct the grade.',
    },
  },
  {
    code: 'CLS_SCHOOL_YEAR_INVALID',
    severity: 'blocking',
    scope: 'record',
    entity: 'class',
    fields: ['schoolYear'],
    message: {
      vi: 'Năm học phải ghi dạng hai năm liên tiếp, ví dụ 2025-2026. Sửa lại năm học.',
      en: 'The school year must be two consecutive years, e.g. 2025-2026. Correct it.',
    },
  },
] as const satisfies readonly RuleDefinition[];
