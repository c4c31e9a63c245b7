import { ENTITIES, type EntityId } from '../standard';
import { validateAcrossRecords } from '../validation/across';
import { validateRecord } from '../validation/record';
import type { LocalisedText } from '../validation/types';

/**
 * "What blocks this unit from submitting": the data standard's built-in
 * rule catalogue (packages/core/src/validation) run over the unit's current
 * records, plus completeness of the standard's required fields. The submit
 * check of the reporting feature and the data-quality worklist call this
 * same function, so a school sees one list of problems wherever it looks.
 */

export type ReadinessEntity = 'school' | 'class' | 'staff' | 'student';

/** One stored record given with the standard's field keys (personal ids already opened in memory). */
export interface StandardRecord {
  readonly id: string;
  readonly values: Readonly<Record<string, unknown>>;
}

export interface ReadinessInput {
  readonly school: StandardRecord | null;
  readonly classes: readonly StandardRecord[];
  readonly staff: readonly StandardRecord[];
  readonly students: readonly StandardRecord[];
  /** '2025-2026'. */
  readonly schoolYear: string;
  /** ISO date of today; pure code never reads the clock. */
  readonly today: string;
  /** Student ids (codes) that have a guardian; omitted skips the guardian rule. */
  readonly guardianStudentIds?: ReadonlySet<string>;
}

export interface ReadinessProblem {
  readonly entity: ReadinessEntity;
  readonly recordId: string | null;
  readonly field: string;
  readonly ruleCode: string;
  readonly severity: 'blocking' | 'warning';
  readonly message: LocalisedText;
}

export interface MissingField {
  readonly entity: ReadinessEntity;
  readonly field: string;
  /** Records of the entity where this required field is empty. */
  readonly count: number;
}

export interface Readiness {
  readonly blocking: ReadinessProblem[];
  readonly warnings: ReadinessProblem[];
  readonly requiredFilled: number;
  readonly requiredTotal: number;
  readonly missing: MissingField[];
}

const ENTITY_OF: Readonly<Record<ReadinessEntity, EntityId>> = {
  school: 'school',
  class: 'class',
  staff: 'staff',
  student: 'student',
};

const isEmpty = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * Runs the built-in rules over a unit's records. `blocking` lists problems
 * of blocking severity (they refuse a submission); `warnings` the rest;
 * required fields empty are counted in `missing` and are not repeated as
 * problems (a missing value is a completeness gap, reported once).
 */
export function checkReadiness(input: ReadinessInput): Readiness {
  const blocking: ReadinessProblem[] = [];
  const warnings: ReadinessProblem[] = [];
  const missing = new Map<string, MissingField>();
  let requiredFilled = 0;
  let requiredTotal = 0;
  const schoolClasses = input.classes.map((c) => ({
    classCode: String(c.values.classCode ?? ''),
    grade: Number(c.values.grade),
  }));
  const context = {
    schoolYear: input.schoolYear,
    today: input.today,
    schoolClasses,
    ...(input.guardianStudentIds ? { guardianStudentIds: input.guardianStudentIds } : {}),
  };

  const run = (entity: ReadinessEntity, records: readonly StandardRecord[]) => {
    const required = ENTITIES[ENTITY_OF[entity]].fields.filter((f) => f.required).map((f) => f.key);
    for (const record of records) {
      for (const key of required) {
        requiredTotal++;
        if (isEmpty(record.values[key])) {
          const id = `${entity}.${key}`;
          const previous = missing.get(id);
          missing.set(id, { entity, field: key, count: (previous?.count ?? 0) + 1 });
        } else requiredFilled++;
      }
      const result = validateRecord(ENTITY_OF[entity], record.values, context);
      for (const issue of result.issues) {
        if (issue.ruleCode === 'FIELD_REQUIRED') continue;
        const problem: ReadinessProblem = {
          entity,
          recordId: record.id,
          field: issue.field,
          ruleCode: issue.ruleCode,
          severity: issue.severity,
          message: issue.message,
        };
        (issue.severity === 'blocking' ? blocking : warnings).push(problem);
      }
    }
  };
  run('school', input.school ? [input.school] : []);
  run('class', input.classes);
  run('staff', input.staff);
  run('student', input.students);

  for (const issue of validateAcrossRecords(input.students.map((s) => s.values))) {
    const problem: ReadinessProblem = {
      entity: 'student',
      recordId: input.students[issue.row]?.id ?? null,
      field: issue.field,
      ruleCode: issue.ruleCode,
      severity: issue.severity,
      message: issue.message,
    };
    (issue.severity === 'blocking' ? blocking : warnings).push(problem);
  }
  return { blocking, warnings, requiredFilled, requiredTotal, missing: [...missing.values()] };
}
