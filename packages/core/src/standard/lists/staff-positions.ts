import type { CodeList } from '../code-list';

/**
 * Position (vị trí việc làm / chức vụ) of school staff. Groups follow the
 * job-position framework for public schools, Circular 20/2023/TT-BGDĐT
 * (leadership, professional, support) (?), and the values school software
 * shows in "Chức vụ". Codes are EduShield-defined (?).
 */
export const STAFF_POSITIONS: CodeList<'staff-position'> = {
  id: 'staff-position',
  version: '2025.1',
  source: 'Circular 20/2023/TT-BGDĐT job positions (?); codes EduShield-defined (?)',
  entries: [
    { code: '01', labelVi: 'Hiệu trưởng', labelEn: 'Principal', aliases: ['HT'] },
    { code: '02', labelVi: 'Phó hiệu trưởng', labelEn: 'Vice-principal', aliases: ['PHT'] },
    { code: '03', labelVi: 'Giám đốc trung tâm', labelEn: 'Centre director', aliases: ['Giám đốc'] },
    {
      code: '04',
      labelVi: 'Phó giám đốc trung tâm',
      labelEn: 'Deputy centre director',
      aliases: ['Phó giám đốc'],
    },
    { code: '05', labelVi: 'Tổ trưởng chuyên môn', labelEn: 'Head of subject group', aliases: ['Tổ trưởng'] },
    {
      code: '06',
      labelVi: 'Tổ phó chuyên môn',
      labelEn: 'Deputy head of subject group',
      aliases: ['Tổ phó'],
    },
    { code: '07', labelVi: 'Giáo viên', labelEn: 'Teacher', aliases: ['GV'] },
    {
      code: '08',
      labelVi: 'Giáo viên làm Tổng phụ trách Đội',
      labelEn: 'Young Pioneer leader',
      aliases: ['Tổng phụ trách Đội', 'TPT Đội', 'Giáo viên tổng phụ trách Đội'],
    },
    { code: '09', labelVi: 'Nhân viên kế toán', labelEn: 'Accountant', aliases: ['Kế toán'] },
    { code: '10', labelVi: 'Nhân viên văn thư', labelEn: 'Records clerk', aliases: ['Văn thư'] },
    { code: '11', labelVi: 'Nhân viên thủ quỹ', labelEn: 'Cashier', aliases: ['Thủ quỹ'] },
    {
      code: '12',
      labelVi: 'Nhân viên y tế',
      labelEn: 'School health officer',
      aliases: ['Y tế', 'Y tế học đường'],
    },
    { code: '13', labelVi: 'Nhân viên thư viện', labelEn: 'Librarian', aliases: ['Thư viện'] },
    {
      code: '14',
      labelVi: 'Nhân viên thiết bị, thí nghiệm',
      labelEn: 'Equipment and laboratory technician',
      aliases: ['Thiết bị', 'Thiết bị, thí nghiệm'],
    },
    {
      code: '15',
      labelVi: 'Nhân viên công nghệ thông tin',
      labelEn: 'IT officer',
      aliases: ['CNTT', 'Nhân viên CNTT'],
    },
    {
      code: '16',
      labelVi: 'Nhân viên hỗ trợ giáo dục người khuyết tật',
      labelEn: 'Disability education support worker',
      aliases: ['Hỗ trợ giáo dục người khuyết tật'],
    },
    { code: '17', labelVi: 'Nhân viên giáo vụ', labelEn: 'Academic affairs officer', aliases: ['Giáo vụ'] },
    {
      code: '18',
      labelVi: 'Nhân viên tư vấn học sinh',
      labelEn: 'Student counsellor',
      aliases: ['Tư vấn học sinh'],
    },
    { code: '19', labelVi: 'Nhân viên bảo vệ', labelEn: 'Security guard', aliases: ['Bảo vệ'] },
    {
      code: '20',
      labelVi: 'Nhân viên phục vụ',
      labelEn: 'Support and cleaning staff',
      aliases: ['Phục vụ', 'Tạp vụ'],
    },
    { code: '21', labelVi: 'Nhân viên nấu ăn', labelEn: 'Cook', aliases: ['Cấp dưỡng', 'Nấu ăn'] },
    { code: '99', labelVi: 'Khác', labelEn: 'Other', aliases: ['Vị trí khác'] },
  ],
};
