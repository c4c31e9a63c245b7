import { and, asc, count, desc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client';
import { likePattern } from '../../db/fold';
import type { UnitRef } from '../../plugins/access';
import { type Scope, unitInScope } from '../../plugins/scope';
import { orgUnits } from '../org/org.table';
import { bulkCopy } from './bulk-insert';
import type { Paging } from './sector.context';
import { classes, guardians, studentStatusEvents, students } from './sector.table';

/** The access gate's resolver for the 'student' kind: the school currently responsible for the pupil. */
export async function unsafeStudentUnit(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(students)
    .innerJoin(orgUnits, eq(orgUnits.id, students.unitId))
    .where(eq(students.id, id));
  return row ?? null;
}

const studentColumns = {
  id: students.id,
  studentCode: students.studentCode,
  unitId: students.unitId,
  unitPath: orgUnits.path,
  unitName: orgUnits.name,
  classId: students.classId,
  classCode: classes.code,
  className: classes.name,
  fullName: students.fullName,
  nameKey: students.nameKey,
  birthDate: students.birthDate,
  genderCode: students.genderCode,
  ethnicityCode: students.ethnicityCode,
  religionCode: students.religionCode,
  disabilityCode: students.disabilityCode,
  healthNoteEnc: students.healthNoteEnc,
  personalIdEnc: students.personalIdEnc,
  personalIdBidx: students.personalIdBidx,
  phoneEnc: students.phoneEnc,
  addressEnc: students.addressEnc,
  birthPlaceEnc: students.birthPlaceEnc,
  statusCode: students.statusCode,
  statusDate: students.statusDate,
};

/** A pupil with the names a view needs; personal columns still sealed. */
export interface StudentRow {
  id: string;
  studentCode: string;
  unitId: string;
  unitPath: string;
  unitName: string;
  classId: string | null;
  classCode: string | null;
  className: string | null;
  fullName: string;
  nameKey: string;
  birthDate: string;
  genderCode: string;
  ethnicityCode: string | null;
  religionCode: string | null;
  disabilityCode: string | null;
  healthNoteEnc: string | null;
  personalIdEnc: string | null;
  personalIdBidx: string | null;
  phoneEnc: string | null;
  addressEnc: string | null;
  birthPlaceEnc: string | null;
  statusCode: string;
  statusDate: string;
}

function selectStudents(db: DbOrTx) {
  return db
    .select(studentColumns)
    .from(students)
    .innerJoin(orgUnits, eq(orgUnits.id, students.unitId))
    .leftJoin(classes, eq(classes.id, students.classId));
}

export interface StudentFilter extends Paging {
  /** Only pupils of schools under this unit (an in-scope unit's path). */
  subtreePath?: string;
  classId?: string;
  /** Only pupils in a class of this school year. */
  schoolYearId?: string;
  /** foldKey of the search text: matches anywhere in the folded name. */
  nameTerm?: string;
  /** The search text as a student id (exact). */
  codeTerm?: string;
  status?: string;
  /** Only pupils of exactly this unit. */
  unitId?: string;
  /** Only pupils in one of these statuses. */
  statuses?: readonly string[];
  /** The list's order (default: by given name, as class registers are kept). */
  sort?: 'given_name' | 'full_name';
}

/**
 * The given name (tên): the last word of the folded name. Vietnamese class
 * registers list pupils by it, then by family and middle names — "Nguyễn
 * Văn An" before "Lê Thị Bình" — where sorting the full name as written
 * groups them by family name.
 */
const givenName = sql`reverse(split_part(reverse(${students.nameKey}), ' ', 1))`;

/** Pupils by the name as written (family name first), then birth date. */
const writtenOrder = [asc(students.nameKey), asc(students.birthDate), asc(students.id)];

/** Pupils in class-register order: given name, then as written. */
const registerOrder = [asc(givenName), ...writtenOrder];

function filterConditions(scope: Scope, filter: Omit<StudentFilter, keyof Paging>): SQL | undefined {
  const conditions: SQL[] = [unitInScope(scope, students.unitId)];
  if (filter.subtreePath) conditions.push(sql`${orgUnits.path} like ${`${filter.subtreePath}%`}`);
  if (filter.classId) conditions.push(eq(students.classId, filter.classId));
  if (filter.schoolYearId)
    conditions.push(
      sql`${students.classId} in (select ${classes.id} from ${classes} where ${classes.schoolYearId} = ${filter.schoolYearId})`,
    );
  if (filter.status) conditions.push(eq(students.statusCode, filter.status));
  if (filter.unitId) conditions.push(eq(students.unitId, filter.unitId));
  if (filter.statuses) conditions.push(inArray(students.statusCode, [...filter.statuses]));
  if (filter.nameTerm) {
    const byName = sql`${students.nameKey} like ${likePattern(filter.nameTerm)}`;
    conditions.push(filter.codeTerm ? or(byName, eq(students.studentCode, filter.codeTerm))! : byName);
  }
  return and(...conditions);
}

/** One page of the pupils in scope, and how many match in all (the count stays in scope too). */
export async function listStudents(db: DbOrTx, scope: Scope, filter: StudentFilter) {
  const where = filterConditions(scope, filter);
  const [items, [total]] = await Promise.all([
    selectStudents(db)
      .where(where)
      .orderBy(...(filter.sort === 'full_name' ? writtenOrder : registerOrder))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db
      .select({ n: count() })
      .from(students)
      .innerJoin(orgUnits, eq(orgUnits.id, students.unitId))
      .where(where),
  ]);
  return { items: items as StudentRow[], total: total?.n ?? 0 };
}

/**
 * Every pupil matching the filter, in the national export's order (school,
 * class, then pupils in class-register order); at most `limit`.
 */
export async function studentsForExport(
  db: DbOrTx,
  scope: Scope,
  filter: Omit<StudentFilter, keyof Paging>,
  limit: number,
): Promise<StudentRow[]> {
  const rows = await selectStudents(db)
    .where(filterConditions(scope, filter))
    .orderBy(asc(orgUnits.name), asc(classes.grade), asc(classes.name), ...registerOrder)
    .limit(limit);
  return rows as StudentRow[];
}

export async function findStudent(db: DbOrTx, id: string): Promise<StudentRow | undefined> {
  const [row] = await selectStudents(db).where(eq(students.id, id));
  return row as StudentRow | undefined;
}

/** Exact personal-id lookup through the blind index, inside a scope. */
export async function studentsByPersonalIndex(
  db: DbOrTx,
  scope: Scope,
  index: string,
): Promise<StudentRow[]> {
  const rows = await selectStudents(db)
    .where(and(eq(students.personalIdBidx, index), unitInScope(scope, students.unitId)))
    .orderBy(asc(students.nameKey))
    .limit(50);
  return rows as StudentRow[];
}

export type GuardianRow = typeof guardians.$inferSelect;

export async function guardiansOf(db: DbOrTx, studentIds: string[]): Promise<GuardianRow[]> {
  if (studentIds.length === 0) return [];
  return db
    .select()
    .from(guardians)
    .where(inArray(guardians.studentId, studentIds))
    .orderBy(asc(guardians.studentId), asc(guardians.relationshipCode), asc(guardians.createdAt));
}

const otherUnit = alias(orgUnits, 'other_unit');

export async function historyOf(db: DbOrTx, studentId: string) {
  return db
    .select({
      id: studentStatusEvents.id,
      statusCode: studentStatusEvents.statusCode,
      eventDate: studentStatusEvents.eventDate,
      unitId: studentStatusEvents.unitId,
      unitName: orgUnits.name,
      otherUnitId: studentStatusEvents.otherUnitId,
      otherUnitName: otherUnit.name,
      otherSchoolName: studentStatusEvents.otherSchoolName,
      reasonCode: studentStatusEvents.reasonCode,
      note: studentStatusEvents.note,
      recordedAt: studentStatusEvents.recordedAt,
    })
    .from(studentStatusEvents)
    .innerJoin(orgUnits, eq(orgUnits.id, studentStatusEvents.unitId))
    .leftJoin(otherUnit, eq(otherUnit.id, studentStatusEvents.otherUnitId))
    .where(eq(studentStatusEvents.studentId, studentId))
    .orderBy(desc(studentStatusEvents.eventDate), desc(studentStatusEvents.recordedAt));
}

/** The latest status event of a pupil (a transfer-in checks who the sending school named). */
export async function latestEvent(db: DbOrTx, studentId: string) {
  const [row] = await db
    .select()
    .from(studentStatusEvents)
    .where(eq(studentStatusEvents.studentId, studentId))
    .orderBy(desc(studentStatusEvents.recordedAt))
    .limit(1);
  return row;
}

export type NewStudent = typeof students.$inferInsert;
export type NewGuardian = typeof guardians.$inferInsert;
export type NewStatusEvent = typeof studentStatusEvents.$inferInsert;

/** Bulk loads: COPY inside a transaction, else one JSON parameter per INSERT (bulk-insert.ts). */
export async function insertStudents(tx: DbOrTx, rows: NewStudent[]): Promise<void> {
  await bulkCopy(tx, students, rows);
}

export async function insertGuardians(tx: DbOrTx, rows: NewGuardian[]): Promise<void> {
  await bulkCopy(tx, guardians, rows);
}

export async function insertStatusEvents(tx: DbOrTx, rows: NewStatusEvent[]): Promise<void> {
  await bulkCopy(tx, studentStatusEvents, rows);
}

export async function updateStudent(tx: DbOrTx, id: string, fields: Partial<NewStudent>): Promise<void> {
  await tx
    .update(students)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(students.id, id));
}

export async function deleteGuardiansOf(tx: DbOrTx, studentIds: string[]): Promise<void> {
  if (studentIds.length > 0) await tx.delete(guardians).where(inArray(guardians.studentId, studentIds));
}

/** Locks the pupil's row: two status actions on one pupil are serialised. */
export async function lockStudent(tx: DbOrTx, id: string): Promise<void> {
  await tx.select({ id: students.id }).from(students).where(eq(students.id, id)).for('update');
}

/**
 * A pupil by student id and birth date, in any school: the receiving school
 * cannot see the pupil yet and proves it knows them with both. Deliberately
 * unscoped; the caller decides what may be revealed.
 */
export async function unsafeFindByCodeAndBirthDate(tx: DbOrTx, studentCode: string, birthDate: string) {
  const [row] = await tx
    .select({ id: students.id, unitId: students.unitId, statusCode: students.statusCode })
    .from(students)
    .where(and(eq(students.studentCode, studentCode), eq(students.birthDate, birthDate)))
    .for('update');
  return row;
}

/** Whether another pupil anywhere already holds this personal id (unscoped: only a yes/no leaves here). */
export async function unsafePersonalIdTaken(
  db: DbOrTx,
  index: string,
  exceptId: string | null,
): Promise<boolean> {
  const conditions = [eq(students.personalIdBidx, index)];
  if (exceptId) conditions.push(ne(students.id, exceptId));
  const [row] = await db
    .select({ id: students.id })
    .from(students)
    .where(and(...conditions))
    .limit(1);
  return Boolean(row);
}

/**
 * Likely duplicates anywhere in the province: the same folded name and birth
 * date, or the same personal id. Unscoped on purpose; the service splits the
 * rows into what the caller may see and a bare "exists elsewhere".
 */
export async function unsafeDuplicateCandidates(
  db: DbOrTx,
  nameKey: string,
  birthDate: string,
  personalIdIndex: string | null,
) {
  const byName = and(eq(students.nameKey, nameKey), eq(students.birthDate, birthDate))!;
  const match = personalIdIndex ? or(byName, eq(students.personalIdBidx, personalIdIndex))! : byName;
  return db
    .select({
      id: students.id,
      studentCode: students.studentCode,
      fullName: students.fullName,
      nameKey: students.nameKey,
      birthDate: students.birthDate,
      personalIdBidx: students.personalIdBidx,
      unitId: students.unitId,
      unitPath: orgUnits.path,
      unitName: orgUnits.name,
      statusCode: students.statusCode,
    })
    .from(students)
    .innerJoin(orgUnits, eq(orgUnits.id, students.unitId))
    .where(match)
    .limit(100);
}
