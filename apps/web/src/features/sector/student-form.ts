import type { GuardianInput, NewStudent, StudentDetail, StudentInput } from '../../api/sector';
import { formatDate, parseDate } from '../../i18n/format';

/**
 * The pupil form as text (what the inputs hold) and the request bodies made
 * from it. Pure, so the rules — empty means "no value", personal fields the
 * server withheld are never sent back, an edit sends only what changed — are
 * tested without a browser.
 */

/** API field → field key of the data standard's student entity (apps/api students.input.ts). */
export const STUDENT_STANDARD_KEYS = {
  fullName: 'fullName',
  birthDate: 'birthDate',
  personalId: 'personalId',
  phone: 'phone',
  address: 'permanentAddress',
  birthPlace: 'placeOfBirth',
  healthNote: 'healthStatus',
} as const;

export const GUARDIAN_STANDARD_KEYS = {
  fullName: 'fullName',
  phone: 'phone',
  personalId: 'personalId',
  occupation: 'occupation',
} as const;

export const STUDENT_TEXT_FIELDS = [
  'fullName',
  'birthDate',
  'genderCode',
  'classId',
  'ethnicityCode',
  'religionCode',
  'disabilityCode',
  'healthNote',
  'personalId',
  'phone',
  'address',
  'birthPlace',
] as const;
export type StudentTextField = (typeof STUDENT_TEXT_FIELDS)[number];

export type GuardianValues = Record<keyof GuardianInput, string>;

export interface StudentFormValues {
  fields: Record<StudentTextField, string>;
  guardians: GuardianValues[];
  /** Create only: '01' enrolled, '02' transferred in from outside the province. */
  statusCode: '01' | '02';
  /** Create only, dd/mm/yyyy; empty means today. */
  statusDate: string;
}

export const EMPTY_GUARDIAN: GuardianValues = {
  relationshipCode: '',
  fullName: '',
  phone: '',
  personalId: '',
  occupation: '',
};

const text = (value: string | null | undefined) => value ?? '';

export function initialValues(student?: StudentDetail): StudentFormValues {
  const fields = Object.fromEntries(STUDENT_TEXT_FIELDS.map((name) => [name, ''])) as Record<
    StudentTextField,
    string
  >;
  if (student) {
    for (const name of STUDENT_TEXT_FIELDS) {
      fields[name] = name === 'birthDate' ? formatDate(student.birthDate) : text(student[name]);
    }
  }
  return {
    fields,
    guardians: (student?.guardians ?? []).map((g) => ({
      relationshipCode: g.relationshipCode,
      fullName: g.fullName,
      phone: text(g.phone),
      personalId: text(g.personalId),
      occupation: text(g.occupation),
    })),
    statusCode: '01',
    statusDate: '',
  };
}

const orNull = (value: string) => {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

function guardianBody(values: readonly GuardianValues[]): GuardianInput[] {
  return values
    .filter((g) => Object.values(g).some((v) => v.trim() !== ''))
    .map((g) => ({
      relationshipCode: g.relationshipCode,
      fullName: g.fullName.trim(),
      phone: orNull(g.phone),
      personalId: orNull(g.personalId),
      occupation: orNull(g.occupation),
    }));
}

/** Values in API form: ISO birth date (null when unreadable), empty → null. */
function fieldBody(fields: Record<StudentTextField, string>): Record<StudentTextField, string | null> {
  const out = {} as Record<StudentTextField, string | null>;
  for (const name of STUDENT_TEXT_FIELDS) {
    out[name] = name === 'birthDate' ? (parseDate(fields[name]) ?? null) : orNull(fields[name]);
  }
  return out;
}

export function createBody(unitId: string, values: StudentFormValues): NewStudent {
  const fields = fieldBody(values.fields);
  const body: NewStudent = {
    unitId,
    fullName: fields.fullName ?? '',
    birthDate: fields.birthDate ?? '',
    genderCode: fields.genderCode ?? '',
  };
  for (const name of STUDENT_TEXT_FIELDS) {
    if (name === 'fullName' || name === 'birthDate' || name === 'genderCode') continue;
    const value = fields[name];
    if (value !== null) (body as unknown as Record<string, string>)[name] = value;
  }
  const guardians = guardianBody(values.guardians);
  if (guardians.length > 0) body.guardians = guardians;
  if (values.statusCode === '02') body.statusCode = '02';
  const statusDate = values.statusDate.trim() ? parseDate(values.statusDate) : null;
  if (statusDate) body.statusDate = statusDate;
  return body;
}

/**
 * A correction: only fields that differ from the record, never a field the
 * server masked (its null is "withheld", not "empty"), guardians as a whole
 * list when any of them changed and the caller may see them.
 */
export function patchBody(
  student: StudentDetail,
  values: StudentFormValues,
): Partial<StudentInput> & Record<string, unknown> {
  const before = fieldBody(initialValues(student).fields);
  const after = fieldBody(values.fields);
  const body: Record<string, unknown> = {};
  for (const name of STUDENT_TEXT_FIELDS) {
    if (student.masked.includes(name)) continue;
    if (before[name] !== after[name]) body[name] = after[name];
  }
  if (!student.masked.includes('guardians')) {
    const was = JSON.stringify(guardianBody(initialValues(student).guardians));
    const now = guardianBody(values.guardians);
    if (JSON.stringify(now) !== was) body.guardians = now;
  }
  return body as Partial<StudentInput> & Record<string, unknown>;
}

/** A server field name for guardian i ("guardians[0].phone" from the rules, "guardians.0.phone" from the schema). */
export function guardianErrorKeys(index: number, field: string): string[] {
  return [`guardians[${index}].${field}`, `guardians.${index}.${field}`];
}
