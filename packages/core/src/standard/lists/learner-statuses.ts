import type { CodeList } from '../code-list';

/**
 * Status of a learner in the school register ("Trạng thái" column of the
 * national student export; the date it took effect goes in "Ngày nhập trạng
 * thái"). Values follow what the national portal and school software show
 * (?); official codes of Decision 4998/QĐ-BGDĐT were not available to us, so
 * the codes are EduShield-defined (?). "Completed the programme" is separate
 * from "graduated" because primary school ends with completion, not a
 * diploma (Circular 27/2020/TT-BGDĐT).
 */
export const LEARNER_STATUSES: CodeList<'learner-status'> = {
  id: 'learner-status',
  version: '2025.1',
  source: 'National education database student export "Trạng thái" (?); codes EduShield-defined (?)',
  entries: [
    { code: '01', labelVi: 'Đang học', labelEn: 'Enrolled', aliases: ['Đi học', 'Đang theo học'] },
    {
      code: '02',
      labelVi: 'Chuyển đến',
      labelEn: 'Transferred in',
      aliases: ['Chuyển trường đến', 'Mới chuyển đến'],
    },
    {
      code: '03',
      labelVi: 'Chuyển đi',
      labelEn: 'Transferred out',
      aliases: ['Chuyển trường', 'Đã chuyển trường', 'Chuyển trường đi'],
    },
    {
      code: '04',
      labelVi: 'Thôi học',
      labelEn: 'Left school (dropped out)',
      aliases: ['Đã thôi học', 'Bỏ học'],
    },
    {
      code: '05',
      labelVi: 'Nghỉ học tạm thời',
      labelEn: 'Temporarily absent',
      aliases: ['Tạm nghỉ học', 'Bảo lưu', 'Nghỉ học có thời hạn'],
    },
    { code: '06', labelVi: 'Tốt nghiệp', labelEn: 'Graduated', aliases: ['Đã tốt nghiệp'] },
    {
      code: '07',
      labelVi: 'Hoàn thành chương trình',
      labelEn: 'Completed the programme',
      aliases: ['Hoàn thành chương trình tiểu học', 'HTCT'],
    },
    { code: '08', labelVi: 'Chuyển lớp', labelEn: 'Moved to another class', aliases: ['Đã chuyển lớp'] },
  ],
};
