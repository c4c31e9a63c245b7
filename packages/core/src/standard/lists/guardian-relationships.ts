import type { CodeList } from '../code-list';

/**
 * Relationship of a guardian to the learner. Parents are listed first because
 * consent for a child's data is given by the parent or legal guardian
 * (Decree 13/2023/NĐ-CP Art. 20; Civil Code 2015 Art. 136 on legal
 * representatives). Codes are EduShield-defined (?).
 */
export const GUARDIAN_RELATIONSHIPS: CodeList<'guardian-relationship'> = {
  id: 'guardian-relationship',
  version: '2025.1',
  source: 'Civil Code 91/2015/QH13 Art. 136; Decree 13/2023/NĐ-CP Art. 20; codes EduShield-defined (?)',
  entries: [
    { code: '01', labelVi: 'Cha', labelEn: 'Father', aliases: ['Bố', 'Ba'] },
    { code: '02', labelVi: 'Mẹ', labelEn: 'Mother', aliases: ['Má'] },
    { code: '03', labelVi: 'Ông', labelEn: 'Grandfather', aliases: ['Ông nội', 'Ông ngoại'] },
    { code: '04', labelVi: 'Bà', labelEn: 'Grandmother', aliases: ['Bà nội', 'Bà ngoại'] },
    { code: '05', labelVi: 'Anh, chị', labelEn: 'Sibling', aliases: ['Anh', 'Chị', 'Anh/chị'] },
    {
      code: '06',
      labelVi: 'Cô, dì, chú, bác, cậu',
      labelEn: 'Aunt or uncle',
      aliases: ['Cô', 'Dì', 'Chú', 'Bác', 'Cậu'],
    },
    {
      code: '07',
      labelVi: 'Người giám hộ khác',
      labelEn: 'Other legal guardian',
      aliases: ['Người giám hộ'],
    },
  ],
};
