import type { CodeList } from '../code-list';

/**
 * Sex as recorded in the civil registry and the education database.
 * Codes 1/2 follow the General Statistics Office convention (?); the national
 * export writes the label ("Nam"/"Nữ"), so labels and aliases matter more
 * than the code when importing.
 */
export const GENDERS: CodeList<'gender'> = {
  id: 'gender',
  version: '2025.1',
  source: 'Decision 4998/QĐ-BGDĐT shared list "Giới tính" (?); codes per GSO convention 1 Nam, 2 Nữ (?)',
  entries: [
    { code: '1', labelVi: 'Nam', labelEn: 'Male', aliases: ['M', 'Trai'] },
    { code: '2', labelVi: 'Nữ', labelEn: 'Female', aliases: ['F', 'Gái', 'Nu'] },
  ],
};
