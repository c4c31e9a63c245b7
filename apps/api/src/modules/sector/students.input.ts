import { foldKey } from '@edushield/core';
import type { RecordContext } from '@edushield/core/validation/index';
import type { PersonalDataCodec } from '../../lib/personal-data';
import type { SectorContext } from './sector.context';
import { blanksToNull, standardise } from './standardise';
import type { NewGuardian, NewStudent } from './students.repository';
import type { GuardianInput } from './students.schemas';

/** API field → field of the standard's student entity. */
export const STUDENT_FIELDS = {
  fullName: 'fullName',
  birthDate: 'birthDate',
  genderCode: 'gender',
  ethnicityCode: 'ethnicity',
  religionCode: 'religion',
  disabilityCode: 'disabilityType',
  healthNote: 'healthStatus',
  personalId: 'personalId',
  phone: 'phone',
  address: 'permanentAddress',
  birthPlace: 'placeOfBirth',
  statusCode: 'status',
  statusDate: 'statusDate',
} as const;
export type StudentField = keyof typeof STUDENT_FIELDS;

const GUARDIAN_FIELDS = {
  relationshipCode: 'relationship',
  fullName: 'fullName',
  phone: 'phone',
  personalId: 'personalId',
  occupation: 'occupation',
} as const;

type Values = Record<string, string | number | boolean | null>;

export function standardiseStudent(
  ctx: SectorContext,
  input: Readonly<Record<string, unknown>>,
  options: { context?: RecordContext; classCode?: string | null; changed?: ReadonlySet<string> },
): Values {
  return standardise('student', input, STUDENT_FIELDS, {
    locale: ctx.locale,
    context: options.context,
    changed: options.changed,
    serverFilled: options.classCode ? { classCode: options.classCode } : {},
  });
}

export function standardiseGuardians(ctx: SectorContext, list: readonly GuardianInput[]): Values[] {
  return list.map((g, i) =>
    standardise('guardian', blanksToNull(g), GUARDIAN_FIELDS, {
      locale: ctx.locale,
      prefix: `guardians[${i}].`,
    }),
  );
}

const text = (values: Values, key: string) => {
  const value = values[key];
  return typeof value === 'string' && value !== '' ? value : null;
};

/** Storage columns for the standardised fields present in `values`, personal ones sealed. */
export function studentColumns(codec: PersonalDataCodec, values: Values): Partial<NewStudent> {
  const has = (key: StudentField) => key in values;
  const out: Partial<NewStudent> = {};
  if (has('fullName')) {
    out.fullName = text(values, 'fullName')!;
    out.nameKey = foldKey(out.fullName);
  }
  if (has('birthDate')) out.birthDate = text(values, 'birthDate')!;
  if (has('genderCode')) out.genderCode = text(values, 'genderCode')!;
  if (has('ethnicityCode')) out.ethnicityCode = text(values, 'ethnicityCode');
  if (has('religionCode')) out.religionCode = text(values, 'religionCode');
  if (has('disabilityCode')) out.disabilityCode = text(values, 'disabilityCode');
  if (has('healthNote')) out.healthNoteEnc = codec.seal(text(values, 'healthNote'));
  if (has('personalId')) {
    const pid = text(values, 'personalId');
    out.personalIdEnc = codec.seal(pid);
    out.personalIdBidx = codec.personalIdIndex(pid);
  }
  if (has('phone')) out.phoneEnc = codec.seal(text(values, 'phone'));
  if (has('address')) out.addressEnc = codec.seal(text(values, 'address'));
  if (has('birthPlace')) out.birthPlaceEnc = codec.seal(text(values, 'birthPlace'));
  return out;
}

export function guardianRows(codec: PersonalDataCodec, studentId: string, list: Values[]): NewGuardian[] {
  return list.map((g) => ({
    studentId,
    relationshipCode: text(g, 'relationshipCode')!,
    fullName: text(g, 'fullName')!,
    phoneEnc: codec.seal(text(g, 'phone')),
    personalIdEnc: codec.seal(text(g, 'personalId')),
    occupation: text(g, 'occupation'),
  }));
}
