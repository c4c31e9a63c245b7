import type { CodeList } from '../code-list';

/**
 * Ownership type (loại hình) of a school. Law on Education 43/2019/QH14
 * Art. 47: public (công lập), community-founded (dân lập, preschools only
 * since that law) and private (tư thục, which includes foreign-invested
 * schools). The foreign-invested entry is kept separate because reports
 * count it separately (?). Codes are EduShield-defined (?).
 */
export const SCHOOL_TYPES: CodeList<'school-type'> = {
  id: 'school-type',
  version: '2025.1',
  source: 'Law on Education 43/2019/QH14 Art. 47; codes EduShield-defined (?)',
  entries: [
    { code: '1', labelVi: 'Công lập', labelEn: 'Public', aliases: ['CL', 'Trường công lập'] },
    { code: '2', labelVi: 'Dân lập', labelEn: 'Community-founded', aliases: ['DL', 'Trường dân lập'] },
    { code: '3', labelVi: 'Tư thục', labelEn: 'Private', aliases: ['TT', 'Trường tư thục'] },
    {
      code: '4',
      labelVi: 'Có vốn đầu tư nước ngoài',
      labelEn: 'Foreign-invested (private)',
      aliases: ['Vốn đầu tư nước ngoài', 'Trường có vốn đầu tư nước ngoài'],
    },
  ],
};
