import { ENTITIES, type EntityId } from '../standard';
import { validateField } from './field';
import type { Issue } from './issue';
import { classIssues, guardianIssues, staffIssues } from './other-checks';
import { TrustedValues } from './record-values';
import { studentIssues } from './student-checks';
import type { FieldOptions, FieldValue, RecordContext } from './types';

export interface RecordResult {
  /** Every field of the entity, standardised; null when empty. */
  readonly values: Readonly<Record<string, FieldValue>>;
  /** Keys of fields whose stored value reads differently from the input (for the preview). */
  readonly changedFields: readonly string[];
  /** Field issues first (in field order), then record issues. */
  readonly issues: readonly Issue[];
}

type RecordChecks = (
  values: TrustedValues,
  present: (key: string) => boolean,
  context: RecordContext,
) => Issue[];

const RECORD_CHECKS: Readonly<Record<EntityId, RecordChecks>> = {
  student: studentIssues,
  staff: (values) => staffIssues(values),
  guardian: (values) => guardianIssues(values),
  class: (values) => classIssues(values),
  school: () => [],
  satelliteSite: () => [],
};

function fieldOptionsOf(context: RecordContext): FieldOptions {
  // Two-digit years are judged against the school year (or today), never the clock.
  const referenceYear =
    context.referenceYear ??
    (context.today !== undefined ? Number(context.today.slice(0, 4)) : undefined) ??
    (context.schoolYear !== undefined ? Number(context.schoolYear.slice(0, 4)) + 1 : undefined);
  return referenceYear === undefined || Number.isNaN(referenceYear) ? context : { ...context, referenceYear };
}

/**
 * Standardise and check one record: every field of the entity (keys the
 * entity does not have are ignored), then the rules that compare fields.
 */
export function validateRecord(
  entity: EntityId,
  record: Readonly<Record<string, unknown>>,
  context: RecordContext = {},
): RecordResult {
  const options = fieldOptionsOf(context);
  const values: Record<string, FieldValue> = {};
  const changedFields: string[] = [];
  const issues: Issue[] = [];
  for (const field of ENTITIES[entity].fields) {
    const result = validateField(entity, field.key, record[field.key], options);
    values[field.key] = result.value;
    if (result.changed) changedFields.push(field.key);
    issues.push(...result.issues);
  }
  const present = (key: string) => values[key] !== null && values[key] !== undefined;
  issues.push(...RECORD_CHECKS[entity](new TrustedValues(values, issues), present, context));
  return { values, changedFields, issues };
}
