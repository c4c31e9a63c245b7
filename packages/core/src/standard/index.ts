/**
 * The national education data standard as code and data: shared code lists
 * (Decision 4998/QĐ-BGDĐT (?)), entities and fields (Circular 42/2021/TT-BGDĐT),
 * the 2025 province crosswalk, the commune loader and grade/age rules.
 */
export * from './code-list';
export * from './communes';
export * from './entities';
export { FIELD_LENGTHS } from './entities/common-fields';
export * from './grades';
export * from './lists/communes-sample';
export * from './lists/contract-types';
export * from './lists/disability-types';
export * from './lists/ethnicities';
export * from './lists/gender';
export * from './lists/guardian-relationships';
export * from './lists/learner-statuses';
export * from './lists/leaving-reasons';
export * from './lists/provinces';
export * from './lists/provinces-pre-2025';
export * from './lists/qualifications';
export * from './lists/religions';
export * from './lists/school-levels';
export * from './lists/school-types';
export * from './lists/staff-positions';
export * from './province-crosswalk';
export * from './registry';
