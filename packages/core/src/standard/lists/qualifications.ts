import type { CodeList } from '../code-list';

/**
 * Highest level of formal training (trình độ đào tạo), following the levels
 * of the Vietnamese Qualifications Framework, Decision 1982/QĐ-TTg (2016),
 * and the Law on Education 43/2019/QH14. The teacher training standard
 * (Law on Education Art. 72) compares against these levels. Codes are
 * EduShield-defined (?).
 */
export const QUALIFICATIONS: CodeList<'qualification'> = {
  id: 'qualification',
  version: '2025.1',
  source: 'Decision 1982/QĐ-TTg (2016) qualification levels; codes EduShield-defined (?)',
  entries: [
    { code: '01', labelVi: 'Tiến sĩ', labelEn: 'Doctorate', aliases: ['TS', 'Tiến sỹ', 'Tiến sĩ khoa học'] },
    { code: '02', labelVi: 'Thạc sĩ', labelEn: "Master's degree", aliases: ['ThS', 'Thạc sỹ'] },
    {
      code: '03',
      labelVi: 'Đại học',
      labelEn: "Bachelor's degree",
      aliases: ['ĐH', 'Cử nhân', 'Kỹ sư', 'Đại học sư phạm'],
    },
    { code: '04', labelVi: 'Cao đẳng', labelEn: 'College diploma', aliases: ['CĐ', 'Cao đẳng sư phạm'] },
    {
      code: '05',
      labelVi: 'Trung cấp',
      labelEn: 'Intermediate vocational diploma',
      aliases: ['TC', 'Trung học chuyên nghiệp', 'THCN', 'Trung cấp sư phạm'],
    },
    { code: '06', labelVi: 'Sơ cấp', labelEn: 'Elementary vocational certificate', aliases: ['SC'] },
    {
      code: '07',
      labelVi: 'Chưa qua đào tạo',
      labelEn: 'No formal training',
      aliases: ['Không', 'Chưa đào tạo'],
    },
  ],
};
