/**
 * The one file that talks to the shared validation rules (packages/core
 * validation), so the importer and the web form say the same thing about
 * the same value. Import-only rules (hidden rows, formulas, ids in another
 * school…) live in messages.ts with the same shape.
 */
import { ENTITIES } from '@edushield/core';
import {
  type ClassRef,
  type FieldResult,
  type FieldValue,
  type Issue,
  makeIssue,
  type RecordContext,
  type RuleCode,
  validateField,
  validateRecord,
} from '@edushield/core/validation/index';
import { TrustedValues } from '@edushield/core/validation/record-values';
import { studentIssues } from '@edushield/core/validation/student-checks';
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

/** Distinct values remembered per field: codes, dates and classes repeat; names and ids do not. */
const MEMO_PER_FIELD = 4_096;

/**
 * checkStudent for a whole file: the same answer (a unit test compares it
 * with core validateRecord), but each field's standardisation is a pure
 * function of its cell, so a value seen before in the same column (a sex, an
 * ethnicity, a class, a birth date) is not standardised again. Memory is
 * bounded: at most MEMO_PER_FIELD values per field.
 */
export class StudentChecker {
  private readonly fields = ENTITIES.student.fields;
  private readonly memo = new Map<string, Map<unknown, FieldResult>>();
  private readonly options: RecordContext;

  constructor(context: StudentCheckContext) {
    const base: RecordContext = {
      schoolYear: context.schoolYear,
      today: context.today,
      ...(context.schoolClasses ? { schoolClasses: context.schoolClasses } : {}),
    };
    // As core validateRecord: two-digit years are judged against today (or the school year).
    const referenceYear = Number(context.today.slice(0, 4));
    this.options = Number.isNaN(referenceYear) ? base : { ...base, referenceYear };
    for (const f of this.fields) this.memo.set(f.key, new Map());
  }

  private field(key: string, raw: unknown): FieldResult {
    const memo = this.memo.get(key)!;
    const memoKey = raw instanceof Date ? `\u0000d${raw.getTime()}` : raw;
    if (memoKey !== null && typeof memoKey === 'object')
      return validateField('student', key, raw, this.options);
    let result = memo.get(memoKey);
    if (result) return result;
    result = validateField('student', key, raw, this.options);
    if (memo.size < MEMO_PER_FIELD) memo.set(memoKey, result);
    return result;
  }

  check(
    raw: Readonly<Record<string, unknown>>,
    withClasses: boolean,
  ): { values: Readonly<Record<string, FieldValue>>; issues: ImportIssue[] } {
    const values: Record<string, FieldValue> = {};
    const issues: Issue[] = [];
    for (const f of this.fields) {
      const result = this.field(f.key, raw[f.key]);
      values[f.key] = result.value;
      issues.push(...result.issues);
    }
    const present = (key: string) => values[key] !== null && values[key] !== undefined;
    const context: RecordContext =
      withClasses || !this.options.schoolClasses
        ? this.options
        : { ...this.options, schoolClasses: undefined };
    issues.push(...studentIssues(new TrustedValues(values, issues), present, context));
    return {
      values,
      issues: issues
        .filter((i) => i.ruleCode !== 'FIELD_REQUIRED' || IMPORT_REQUIRED.has(i.field))
        .map((i) => fromCore(i)),
    };
  }
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
