/**
 * Shared set-up for the generator tests (not exported from the package).
 */
import { communesToCodeList } from '../standard';
import type { RecordContext } from '../validation';
import type { GeneratedProvince, ProvinceOptions } from './types';

export const SMALL: ProvinceOptions = {
  seed: 'tuyen-quang-test',
  communes: 4,
  schoolsPerCommune: 3,
  classesPerGrade: 2,
  pupilsPerClass: 20,
  messyShare: 0,
  schoolYear: '2025-2026',
};

export function take<T>(items: Iterable<T>, count: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= count) break;
    out.push(item);
  }
  return out;
}

/** The context the importer would build for one school's learners. */
export function studentContextFor(province: GeneratedProvince): (schoolId: string) => RecordContext {
  const communeList = communesToCodeList(province.communes, { version: 'synthetic', source: 'generator' });
  const guardianStudentIds = new Set(province.guardians.map((g) => g.studentId));
  const classesBySchool = new Map<string, { classCode: string; grade: number }[]>();
  for (const c of province.classes) {
    classesBySchool.set(c.schoolId, [...(classesBySchool.get(c.schoolId) ?? []), c]);
  }
  return (schoolId) => ({
    schoolYear: province.schoolYear,
    today: province.asOf,
    asOf: province.asOf,
    schoolClasses: classesBySchool.get(schoolId) ?? [],
    guardianStudentIds,
    codeLists: { commune: communeList },
  });
}
