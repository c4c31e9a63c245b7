/**
 * Validation rules of the education sector database, shared by the web form
 * and the importer: per field (driven by the standard's FieldSpec), per
 * record, and across records. Pure functions; messages in Vietnamese and
 * English from one catalogue.
 */
export { validateAcrossRecords } from './across';
export { getRule, isRuleCode, type RuleCode, VALIDATION_RULES, type ValidationRule } from './catalogue';
export { type FieldResult, validateField } from './field';
export { hasBlocking, type Issue, makeIssue, type RowIssue, renderMessage } from './issue';
export { type RecordResult, validateRecord } from './record';
export { exactAge, schoolYearOpening, schoolYearStart } from './school-year';
export type * from './types';
