import type { CodeList } from '../code-list';

/**
 * Level (cấp học) a school serves, including multi-level schools (liên cấp)
 * and continuing education. Levels per Law on Education 43/2019/QH14 Art. 6;
 * multi-level schools per Circular 32/2020/TT-BGDĐT. The mnemonic codes are
 * EduShield-defined (?): official numeric codes of Decision 4998/QĐ-BGDĐT
 * were not available to us. TH/THCS/THPT are also the levels of grades.ts.
 */
export const SCHOOL_LEVELS: CodeList<'school-level'> = {
  id: 'school-level',
  version: '2025.1',
  source: 'Law on Education 43/2019/QH14 Art. 6; Circular 32/2020/TT-BGDĐT; codes EduShield-defined (?)',
  entries: [
    { code: 'MN', labelVi: 'Mầm non', labelEn: 'Preschool', aliases: ['Trường mầm non', 'GDMN'] },
    { code: 'NT', labelVi: 'Nhà trẻ', labelEn: 'Crèche (under 3)', aliases: ['Nhóm trẻ'] },
    { code: 'MG', labelVi: 'Mẫu giáo', labelEn: 'Kindergarten (3–6)', aliases: ['Trường mẫu giáo'] },
    { code: 'TH', labelVi: 'Tiểu học', labelEn: 'Primary', aliases: ['Trường tiểu học', 'Cấp 1'] },
    {
      code: 'THCS',
      labelVi: 'Trung học cơ sở',
      labelEn: 'Lower secondary',
      aliases: ['Trường trung học cơ sở', 'Cấp 2'],
    },
    {
      code: 'THPT',
      labelVi: 'Trung học phổ thông',
      labelEn: 'Upper secondary',
      aliases: ['Trường trung học phổ thông', 'Cấp 3'],
    },
    {
      code: 'TH_THCS',
      labelVi: 'Tiểu học và Trung học cơ sở',
      labelEn: 'Primary and lower secondary',
      aliases: ['TH&THCS', 'TH và THCS', 'TH-THCS', 'Liên cấp TH-THCS'],
    },
    {
      code: 'THCS_THPT',
      labelVi: 'Trung học cơ sở và Trung học phổ thông',
      labelEn: 'Lower and upper secondary',
      aliases: ['THCS&THPT', 'THCS và THPT', 'THCS-THPT', 'Liên cấp THCS-THPT'],
    },
    {
      code: 'TH_THCS_THPT',
      labelVi: 'Phổ thông có nhiều cấp học (Tiểu học, THCS và THPT)',
      labelEn: 'Multi-level school (primary to upper secondary)',
      aliases: ['TH, THCS và THPT', 'TH-THCS-THPT', 'Liên cấp', 'Phổ thông nhiều cấp học'],
    },
    {
      code: 'GDTX',
      labelVi: 'Giáo dục thường xuyên',
      labelEn: 'Continuing education',
      aliases: ['Trung tâm GDTX', 'GDNN-GDTX', 'Trung tâm GDNN-GDTX'],
    },
  ],
};
