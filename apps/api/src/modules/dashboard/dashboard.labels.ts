import { findEntry, findEntryByLabel, type Locale } from '@edushield/core';

/**
 * The standard statistical tables the dashboard knows (table codes written
 * by the reporting module into submission_aggregates, docs/features/reporting.md),
 * with the code list that labels each dimension.
 */
export interface TableSpec {
  code: string;
  title: { vi: string; en: string };
  dim1: { title: { vi: string; en: string }; list: string | 'grade' | null };
  dim2?: { title: { vi: string; en: string }; list: string | null };
}

const GRADE = { title: { vi: 'Khối lớp', en: 'Grade' }, list: 'grade' } as const;

export const STANDARD_TABLES: readonly TableSpec[] = [
  {
    code: 'schools',
    title: { vi: 'Trường theo cấp học', en: 'Schools by level' },
    dim1: { title: { vi: 'Cấp học', en: 'Level' }, list: 'school-level' },
  },
  {
    code: 'classes_by_grade',
    title: { vi: 'Lớp theo khối', en: 'Classes by grade' },
    dim1: GRADE,
  },
  {
    code: 'pupils_by_grade_gender',
    title: { vi: 'Học sinh theo khối và giới tính', en: 'Pupils by grade and sex' },
    dim1: GRADE,
    dim2: { title: { vi: 'Giới tính', en: 'Sex' }, list: 'gender' },
  },
  {
    code: 'pupils_by_ethnicity',
    title: { vi: 'Học sinh theo dân tộc', en: 'Pupils by ethnicity' },
    dim1: { title: { vi: 'Dân tộc', en: 'Ethnicity' }, list: 'ethnicity' },
  },
  {
    code: 'staff_by_position',
    title: { vi: 'Cán bộ, giáo viên theo vị trí việc làm', en: 'Staff by position' },
    dim1: { title: { vi: 'Vị trí', en: 'Position' }, list: 'staff-position' },
  },
  {
    code: 'staff_by_qualification',
    title: { vi: 'Cán bộ, giáo viên theo trình độ đào tạo', en: 'Staff by qualification' },
    dim1: { title: { vi: 'Trình độ', en: 'Qualification' }, list: 'qualification' },
  },
];

const UNKNOWN = { vi: 'Chưa xác định', en: 'Not recorded' };

/** A dimension value's label from the standard's code lists; the code itself when it is not in the list. */
export function dimensionLabel(list: string | null, code: string, locale: Locale): string {
  if (code === '') return UNKNOWN[locale];
  if (list === 'grade') {
    if (code === '0') return locale === 'vi' ? 'Mầm non' : 'Preschool';
    return locale === 'vi' ? `Khối ${code}` : `Grade ${code}`;
  }
  if (!list) return code;
  const entry = findEntry(list, code) ?? findEntryByLabel(list, code);
  if (!entry) return code;
  return locale === 'vi' ? entry.labelVi : entry.labelEn;
}

/** Order of dimension codes: whole numbers numerically, then text, the empty code last. */
export function compareCodes(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const numeric = /^\d{1,9}$/;
  const na = numeric.test(a);
  const nb = numeric.test(b);
  if (na && nb) return Number(a) - Number(b) || (a < b ? -1 : 1);
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : 1;
}
