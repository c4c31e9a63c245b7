import type { PersonalDataCodec } from '../../lib/personal-data';
import { auditPersonalRead, personalScope, type SectorContext } from './sector.context';
import { type GuardianRow, guardiansOf, historyOf, type StudentRow } from './students.repository';
import {
  type GuardianView,
  STUDENT_PERSONAL_FIELDS,
  type StatusEventView,
  type StudentDetail,
  type StudentView,
} from './students.schemas';

/**
 * Turning stored pupils into responses: personal fields opened only for
 * callers with sector.read_personal over the pupil's school, masked for
 * everyone else, and every unmasked response audited. Every route that
 * answers with pupils goes through here, so no route can forget either.
 */

export function studentView(row: StudentRow, codec: PersonalDataCodec, seesPersonal: boolean): StudentView {
  const open = (value: string | null) => (seesPersonal ? codec.open(value) : null);
  return {
    id: row.id,
    studentCode: row.studentCode,
    unitId: row.unitId,
    unitName: row.unitName,
    classId: row.classId,
    classCode: row.classCode,
    className: row.className,
    fullName: row.fullName,
    birthDate: row.birthDate,
    genderCode: row.genderCode,
    statusCode: row.statusCode,
    statusDate: row.statusDate,
    ethnicityCode: seesPersonal ? row.ethnicityCode : null,
    religionCode: seesPersonal ? row.religionCode : null,
    disabilityCode: seesPersonal ? row.disabilityCode : null,
    healthNote: open(row.healthNoteEnc),
    personalId: open(row.personalIdEnc),
    phone: open(row.phoneEnc),
    address: open(row.addressEnc),
    birthPlace: open(row.birthPlaceEnc),
    masked: seesPersonal ? [] : [...STUDENT_PERSONAL_FIELDS],
  };
}

function guardianView(row: GuardianRow, codec: PersonalDataCodec): GuardianView {
  return {
    id: row.id,
    relationshipCode: row.relationshipCode,
    fullName: row.fullName,
    phone: codec.open(row.phoneEnc),
    personalId: codec.open(row.personalIdEnc),
    occupation: row.occupation,
  };
}

type EventRow = Awaited<ReturnType<typeof historyOf>>[number];

/** A leaving reason can reveal illness or family circumstances; a free-text note anything. */
function eventView(row: EventRow, seesPersonal: boolean): StatusEventView {
  return {
    id: row.id,
    statusCode: row.statusCode,
    eventDate: row.eventDate,
    unitId: row.unitId,
    unitName: row.unitName,
    otherUnitId: row.otherUnitId,
    otherUnitName: row.otherUnitName,
    otherSchoolName: row.otherSchoolName,
    reasonCode: seesPersonal ? row.reasonCode : null,
    note: seesPersonal ? row.note : null,
    recordedAt: new Date(row.recordedAt).toISOString(),
    masked: seesPersonal ? [] : ['reasonCode', 'note'],
  };
}

/** Which of these pupils the caller may see unmasked. */
export function personalVisibility(ctx: SectorContext) {
  const scope = personalScope(ctx);
  return (row: { unitId: string; unitPath: string }) =>
    scope.contains({ id: row.unitId, path: row.unitPath });
}

/** Pupils for a list or a search, masked per school; one audit entry for the unmasked ones. */
export async function presentStudents(
  ctx: SectorContext,
  rows: StudentRow[],
  unitId: string | null = null,
): Promise<StudentView[]> {
  const sees = personalVisibility(ctx);
  const unmasked: string[] = [];
  const items = rows.map((row) => {
    const visible = sees(row);
    if (visible) unmasked.push(row.id);
    return studentView(row, ctx.codec, visible);
  });
  await auditPersonalRead(ctx, 'student', unmasked, unitId);
  return items;
}

/** One pupil with guardians (family data: withheld entirely when masked) and status history. */
export async function presentDetail(ctx: SectorContext, row: StudentRow): Promise<StudentDetail> {
  const visible = personalVisibility(ctx)(row);
  const [guardianRows, history] = await Promise.all([
    visible ? guardiansOf(ctx.db, [row.id]) : Promise.resolve([]),
    historyOf(ctx.db, row.id),
  ]);
  const base = studentView(row, ctx.codec, visible);
  if (visible) await auditPersonalRead(ctx, 'student', [row.id], row.unitId);
  return {
    ...base,
    masked: visible ? [] : [...base.masked, 'guardians'],
    guardians: guardianRows.map((g) => guardianView(g, ctx.codec)),
    history: history.map((e) => eventView(e, visible)),
  };
}
