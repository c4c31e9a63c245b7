/**
 * Deterministic synthetic data for a province: communes, schools, sites,
 * classes, staff, learners and guardians, optionally messy the way real
 * school files are, with the clean value kept beside every messy one.
 */
export { excelSerial, MESSY_FIELDS } from './mess';
export { Rng, Weighted } from './prng';
export { generateProvince } from './province';
export { generateStructure } from './structure';
export { streamStudents } from './students';
export {
  studentRowForTemplate,
  studentRowsForTemplate,
  type TemplateOptions,
  type TemplateRow,
} from './template';
export type * from './types';
