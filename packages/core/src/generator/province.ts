import { generateStructure } from './structure';
import { streamStudents } from './students';
import type { GeneratedProvince, ProvinceOptions } from './types';

/**
 * A whole synthetic province in memory: communes, schools (MN/TH/THCS under
 * communes, THPT under the department), sites, classes, staff, learners and
 * their guardians. Deterministic: the same options give the same province.
 * For large provinces use streamStudents, which keeps memory flat.
 */
export function generateProvince(options: ProvinceOptions): GeneratedProvince {
  const structure = generateStructure(options);
  const students = [...streamStudents(options, structure)];
  return { ...structure, students, guardians: students.flatMap((s) => s.guardians) };
}
