import type { CodeList } from '../code-list';

/**
 * Disability type (dạng/loại khuyết tật). Codes 01–06 are the six types of
 * the Law on Persons with Disabilities 51/2010/QH12 Art. 3(1); 07–09 are
 * the inclusive-education categories schools also report (autism, learning
 * disability, multiple disabilities) (?). Codes are EduShield-defined (?).
 * Disability is health data, hence sensitive (Decree 13/2023/NĐ-CP;
 * Law 91/2025/QH15).
 */
export const DISABILITY_TYPES: CodeList<'disability-type'> = {
  id: 'disability-type',
  version: '2025.1',
  source:
    'Law 51/2010/QH12 Art. 3(1) (codes 01–06); inclusive-education categories (?) (07–09); codes EduShield-defined (?)',
  entries: [
    { code: '01', labelVi: 'Khuyết tật vận động', labelEn: 'Physical disability', aliases: ['Vận động'] },
    {
      code: '02',
      labelVi: 'Khuyết tật nghe, nói',
      labelEn: 'Hearing and speech disability',
      aliases: ['Khiếm thính', 'Khuyết tật nghe nói', 'Khuyết tật ngôn ngữ - giao tiếp', 'Nghe, nói'],
    },
    { code: '03', labelVi: 'Khuyết tật nhìn', labelEn: 'Visual disability', aliases: ['Khiếm thị', 'Nhìn'] },
    {
      code: '04',
      labelVi: 'Khuyết tật thần kinh, tâm thần',
      labelEn: 'Neurological or psychosocial disability',
      aliases: ['Thần kinh, tâm thần', 'Khuyết tật thần kinh tâm thần'],
    },
    {
      code: '05',
      labelVi: 'Khuyết tật trí tuệ',
      labelEn: 'Intellectual disability',
      aliases: ['Chậm phát triển trí tuệ', 'Trí tuệ'],
    },
    { code: '06', labelVi: 'Khuyết tật khác', labelEn: 'Other disability', aliases: ['Khác'] },
    {
      code: '07',
      labelVi: 'Rối loạn phổ tự kỷ',
      labelEn: 'Autism spectrum disorder',
      aliases: ['Tự kỷ', 'Tự kỉ'],
    },
    {
      code: '08',
      labelVi: 'Khuyết tật học tập',
      labelEn: 'Specific learning disability',
      aliases: ['Khó khăn về học', 'Khó khăn học tập'],
    },
    { code: '09', labelVi: 'Đa tật', labelEn: 'Multiple disabilities', aliases: ['Đa khuyết tật'] },
  ],
};
