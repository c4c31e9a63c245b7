import type { RuleDefinition } from '../types';

/**
 * Rules across records: identifiers are unique, issued once, never reused
 * (Circular 42/2021/TT-BGDĐT Art. 10), so the same id in two rows or in two
 * schools of the province is a conflict to resolve before saving. Every row
 * involved gets the issue, so each school sees it in its own file.
 */
export const CROSS_RECORD_RULES = [
  {
    code: 'STU_PID_DUPLICATE',
    severity: 'blocking',
    scope: 'across',
    entity: 'student',
    fields: ['personalId'],
    message: {
      vi: 'Số định danh cá nhân này có ở nhiều dòng (dòng {otherRows}). Mỗi học sinh chỉ có một dòng: xóa dòng trùng hoặc sửa số định danh nhập nhầm.',
      en: 'This personal id number appears in several rows (row {otherRows}). Each student has one row: delete the duplicate or correct the mistyped number.',
    },
  },
  {
    code: 'STU_PID_IN_OTHER_SCHOOL',
    severity: 'blocking',
    scope: 'across',
    entity: 'student',
    fields: ['personalId', 'schoolId'],
    message: {
      vi: 'Số định danh cá nhân này đã có ở một trường khác trong tỉnh (mã trường {otherSchool}). Nếu học sinh chuyển trường, trường cũ cần cập nhật trạng thái Chuyển đi trước; nếu không, kiểm tra lại số định danh.',
      en: 'This personal id number is already registered at another school of the province (school {otherSchool}). If the student transferred, the former school must first set the status to Transferred out; otherwise check the number.',
    },
  },
  {
    code: 'STU_ID_DUPLICATE',
    severity: 'blocking',
    scope: 'across',
    entity: 'student',
    fields: ['studentId'],
    message: {
      vi: 'Mã học sinh này có ở nhiều dòng (dòng {otherRows}). Mã học sinh là duy nhất: xóa dòng trùng hoặc sửa mã nhập nhầm.',
      en: 'This student id appears in several rows (row {otherRows}). Student ids are unique: delete the duplicate or correct the mistyped id.',
    },
  },
  {
    code: 'STU_ID_IN_OTHER_SCHOOL',
    severity: 'blocking',
    scope: 'across',
    entity: 'student',
    fields: ['studentId', 'schoolId'],
    message: {
      vi: 'Mã học sinh này đã được cấp cho học sinh của một trường khác (mã trường {otherSchool}); mã định danh không bao giờ được dùng lại. Kiểm tra lại mã, hoặc xử lý chuyển trường trước.',
      en: 'This student id was issued to a student of another school (school {otherSchool}); identifiers are never reused. Check the id, or complete the transfer first.',
    },
  },
  {
    code: 'STU_LIKELY_DUPLICATE',
    severity: 'warning',
    scope: 'across',
    entity: 'student',
    fields: ['fullName', 'birthDate'],
    message: {
      vi: 'Học sinh có cùng họ tên và ngày sinh với dòng {otherRows}{matchNote}. Nếu là cùng một học sinh thì xóa dòng trùng; nếu là hai học sinh khác nhau thì giữ nguyên và bổ sung số định danh cá nhân.',
      en: 'The student has the same name and date of birth as row {otherRows}{matchNote}. If it is the same student, delete the duplicate; if they are two students, keep both and add their personal id numbers.',
    },
  },
] as const satisfies readonly RuleDefinition[];
