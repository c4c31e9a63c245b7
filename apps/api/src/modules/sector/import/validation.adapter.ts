/**
 * The one file that talks to the shared validation rules (packages/core
 * validation), so the importer and the web form say the same thing about
 * the same value. Import-only rules (hidden rows, formulas, ids in another
 * school…) live in messages.ts with the same shape.
 */
import {
  type ClassRef,
  type FieldValue,
  type Issue,
  makeIssue,
  type RuleCode,
  validateField,
  validateRecord,
} from '@edushield/core/validation/index';
import { REQUIRED_FIELDS } from './fields';

export type Severity = 'blocking' | 'warning';

export interface ImportIssue {
  ruleCode: string;
  severity: Severity;
  /** Target id: an entity field key ("birthDate") or "guardian.father.phone"; null for the whole row. */
  field: string | null;
  messageVi: string;
  messageEn: string;
}

export type { ClassRef, FieldValue };

const fromCore = (issue: Issue, field: string | null = issue.field): ImportIssue => ({
  ruleCode: issue.ruleCode,
  severity: issue.severity,
  field,
  messageVi: issue.message.vi,
  messageEn: issue.message.en,
});

const IMPORT_REQUIRED = new Set<string>(REQUIRED_FIELDS);

export interface StudentCheckContext {
  schoolYear: string;
  today: string;
  schoolClasses?: readonly ClassRef[];
}

/**
 * Standardise and check a pupil's cells (entity field keys → cell values,
 * text already converted from legacy encodings). "Required" follows the
 * import: the student id is issued by the system at first entry and the
 * school is the one chosen, so only name, birth date and sex must be there.
 */
export function checkStudent(
  raw: Readonly<Record<string, unknown>>,
  context: StudentCheckContext,
): { values: Readonly<Record<string, FieldValue>>; issues: ImportIssue[] } {
  const result = validateRecord('student', raw, {
    schoolYear: context.schoolYear,
    today: context.today,
    ...(context.schoolClasses ? { schoolClasses: context.schoolClasses } : {}),
  });
  const issues = result.issues
    .filter((i) => i.ruleCode !== 'FIELD_REQUIRED' || IMPORT_REQUIRED.has(i.field))
    .map((i) => fromCore(i));
  return { values: result.values, issues };
}

export function checkGuardianField(
  attribute: 'fullName' | 'phone' | 'relationship',
  raw: unknown,
  targetField: string,
): { value: FieldValue; issues: ImportIssue[] } {
  const result = validateField('guardian', attribute, raw);
  return {
    value: result.value,
    issues: result.issues.filter((i) => i.ruleCode !== 'FIELD_REQUIRED').map((i) => fromCore(i, targetField)),
  };
}

/** Cross-record rules of the shared catalogue (duplicates within the file). */
export function catalogueIssue(
  code: Extract<RuleCode, 'STU_PID_DUPLICATE' | 'STU_ID_DUPLICATE' | 'STU_LIKELY_DUPLICATE'>,
  field: string,
  otherRows: string,
): ImportIssue {
  return fromCore(makeIssue(code, field, { otherRows, matchNote: { vi: '', en: '' } }));
}
