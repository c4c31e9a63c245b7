import {
  checkReadiness,
  type Readiness,
  type SnapshotRecord,
  type SnapshotRecords,
  type StandardRecord,
} from '@edushield/core/reporting/index';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import type { PersonalDataCodec } from '../../lib/personal-data';
import { orgUnits } from '../org/org.table';
import { classes, schoolProfiles, staff, students } from '../sector/sector.table';

/**
 * A unit's current sector records, read once and used two ways: frozen as a
 * snapshot (encrypted columns stay ciphertext) and checked by the data
 * standard's rules (personal ids opened in memory only, never stored).
 */

/** Learner statuses of a pupil on the school's roll (learner-status list). */
export const ON_ROLL_STATUSES = ['01', '02', '05', '08'] as const;

export interface UnitRecords {
  unit: { id: string; code: string; name: string };
  schoolYear: { id: string; code: string } | null;
  snapshot: SnapshotRecords;
  /** Student codes with at least one guardian. */
  guardianStudentCodes: Set<string>;
}

/** Dates and other non-JSON values become what JSON stores, so versions compare equal. */
function plain<T extends object>(row: T): SnapshotRecord {
  return JSON.parse(JSON.stringify(row)) as SnapshotRecord;
}

/** The school year a period reports on; the current year for an ad-hoc period without one. */
export async function reportingYear(db: DbOrTx, schoolYearId: string | null) {
  const rows = await query<{ id: string; code: string }>(
    db,
    schoolYearId
      ? sql`select id, code from school_years where id = ${schoolYearId}`
      : sql`select id, code from school_years order by is_current desc, starts_on desc limit 1`,
  );
  return rows[0] ?? null;
}

export async function loadUnitRecords(
  db: DbOrTx,
  unitId: string,
  schoolYearId: string | null,
): Promise<UnitRecords> {
  const [unit] = await db
    .select({ id: orgUnits.id, code: orgUnits.code, name: orgUnits.name })
    .from(orgUnits)
    .where(eq(orgUnits.id, unitId));
  const year = await reportingYear(db, schoolYearId);
  const [profile] = await db.select().from(schoolProfiles).where(eq(schoolProfiles.unitId, unitId));
  const classRows = year
    ? await db
        .select()
        .from(classes)
        .where(and(eq(classes.unitId, unitId), eq(classes.schoolYearId, year.id)))
        .orderBy(classes.grade, classes.name)
    : [];
  const staffRows = await db
    .select()
    .from(staff)
    .where(and(eq(staff.unitId, unitId), eq(staff.status, 'working')))
    .orderBy(staff.staffCode);
  const studentRows = await db
    .select()
    .from(students)
    .where(and(eq(students.unitId, unitId), inArray(students.statusCode, [...ON_ROLL_STATUSES])))
    .orderBy(students.studentCode);
  const guardianRows = await query<{ student_code: string }>(
    db,
    sql`select distinct st.student_code from guardians g join students st on st.id = g.student_id
        where st.unit_id = ${unitId}`,
  );
  return {
    unit: unit ?? { id: unitId, code: '', name: '' },
    schoolYear: year,
    snapshot: {
      school: profile ? plain({ id: profile.unitId, ...profile }) : null,
      classes: classRows.map(plain),
      staff: staffRows.map(plain),
      students: studentRows.map(plain),
    },
    guardianStudentCodes: new Set(guardianRows.map((r) => r.student_code)),
  };
}

const str = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The records with the data standard's field keys, for the rule catalogue. */
export function standardRecords(records: UnitRecords, codec: PersonalDataCodec) {
  const { snapshot } = records;
  const schoolId = str(snapshot.school?.schoolCode);
  const classCodeOf = new Map(snapshot.classes.map((c) => [c.id, str(c.code)]));
  const yearCode = records.schoolYear?.code ?? null;
  const school: StandardRecord | null = snapshot.school
    ? {
        id: snapshot.school.id,
        values: {
          schoolId,
          name: records.unit.name,
          schoolLevel: snapshot.school.levelCode,
          schoolType: snapshot.school.schoolTypeCode,
          provinceCode: snapshot.school.provinceCode,
          communeCode: snapshot.school.communeCode,
          phone: snapshot.school.phone,
          email: snapshot.school.email,
          website: snapshot.school.website,
          foundingDate: snapshot.school.foundedOn,
          principalName: snapshot.school.principalName,
        },
      }
    : null;
  const classList: StandardRecord[] = snapshot.classes.map((c) => ({
    id: c.id,
    values: {
      schoolId,
      classCode: c.code,
      className: c.name,
      schoolYear: yearCode,
      grade: c.grade,
    },
  }));
  const staffList: StandardRecord[] = snapshot.staff.map((s) => ({
    id: s.id,
    values: {
      schoolId,
      staffId: s.staffCode,
      fullName: s.fullName,
      birthDate: s.birthDate,
      gender: s.genderCode,
      ethnicity: s.ethnicityCode,
      religion: s.religionCode,
      personalId: codec.open(str(s.personalIdEnc)),
      email: codec.open(str(s.emailEnc)),
      position: s.positionCode,
      qualification: s.qualificationCode,
      contractType: s.contractTypeCode,
      mainSubject: s.subject,
      recruitmentDate: s.startedOn,
    },
  }));
  const studentList: StandardRecord[] = snapshot.students.map((s) => ({
    id: s.id,
    values: {
      schoolId,
      studentId: s.studentCode,
      classCode: typeof s.classId === 'string' ? classCodeOf.get(s.classId) : null,
      fullName: s.fullName,
      birthDate: s.birthDate,
      gender: s.genderCode,
      ethnicity: s.ethnicityCode,
      religion: s.religionCode,
      disabilityType: s.disabilityCode,
      personalId: codec.open(str(s.personalIdEnc)),
      placeOfBirth: codec.open(str(s.birthPlaceEnc)),
      status: s.statusCode,
      statusDate: s.statusDate,
    },
  }));
  return { school, classes: classList, staff: staffList, students: studentList };
}

/** Today in Vietnam (UTC+7) as YYYY-MM-DD. */
export const vietnamDate = (now: Date) => new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * What blocks a unit's submission now: the built-in blocking rules of the
 * data standard over the unit's current records, and required fields left
 * empty. The data-quality feature may call this for the same answer.
 */
export async function unitReadiness(
  db: DbOrTx,
  codec: PersonalDataCodec,
  unitId: string,
  options: { schoolYearId: string | null; now: Date },
): Promise<{ records: UnitRecords; readiness: Readiness }> {
  const records = await loadUnitRecords(db, unitId, options.schoolYearId);
  const standard = standardRecords(records, codec);
  const readiness = checkReadiness({
    ...standard,
    schoolYear: records.schoolYear?.code ?? '',
    today: vietnamDate(options.now),
    guardianStudentIds: records.guardianStudentCodes,
  });
  return { records, readiness };
}
