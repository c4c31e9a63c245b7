import { CROSS_RECORD_RULES } from './rules/cross-rules';
import { FIELD_RULES } from './rules/field-rules';
import { GUARDIAN_PID_RULES, STAFF_PID_RULES, STUDENT_PID_RULES } from './rules/personal-id-rules';
import { CLASS_RECORD_RULES, STUDENT_RECORD_RULES } from './rules/student-rules';
import type { RuleDefinition } from './types';

/**
 * Every validation rule, for the UI's rule list, the docs, and import
 * reports. Issues carry only the code and the rendered message; anything
 * else about a rule is looked up here.
 */
export const VALIDATION_RULES = [
  ...FIELD_RULES,
  ...STUDENT_PID_RULES,
  ...STUDENT_RECORD_RULES,
  ...STAFF_PID_RULES,
  ...GUARDIAN_PID_RULES,
  ...CLASS_RECORD_RULES,
  ...CROSS_RECORD_RULES,
] as const satisfies readonly RuleDefinition[];

export type RuleCode = (typeof VALIDATION_RULES)[number]['code'];
export type ValidationRule = RuleDefinition & { readonly code: RuleCode };

const BY_CODE: ReadonlyMap<string, ValidationRule> = new Map(
  VALIDATION_RULES.map((rule) => [rule.code, rule]),
);

export function isRuleCode(code: string): code is RuleCode {
  return BY_CODE.has(code);
}

export function getRule(code: RuleCode): ValidationRule {
  const rule = BY_CODE.get(code);
  // Unreachable through the type; guards callers that cast a string.
  if (!rule) throw new RangeError(`Unknown validation rule: ${code}`);
  return rule;
}
