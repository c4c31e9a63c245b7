import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client';
import type { UnitRef } from '../../plugins/access';
import { type Scope, unitInScope } from '../../plugins/scope';
import { orgUnits } from '../org/org.table';
import type { ClassView } from './classes.schemas';
import type { Paging } from './sector.context';
import { classes, schoolYears, staff, students } from './sector.table';

export type ClassRow = typeof classes.$inferSelect;

/** The access gate's resolver for the 'class' kind. */
export async function unsafeClassUnit(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(classes)
    .innerJoin(orgUnits, eq(orgUnits.id, classes.unitId))
    .where(eq(classes.id, id));
  return row ?? null;
}

const site = alias(orgUnits, 'site');
const pupilCount = sql<number>`(select count(*)::int from ${students} where ${students.classId} = ${classes.id})`;

function selectViews(db: DbOrTx) {
  return db
    .select({
      id: classes.id,
      unitId: classes.unitId,
      schoolYearId: classes.schoolYearId,
      schoolYearCode: schoolYears.code,
      code: classes.code,
      name: classes.name,
      grade: classes.grade,
      siteUnitId: classes.siteUnitId,
      siteName: site.name,
      homeroomStaffId: classes.homeroomStaffId,
      homeroomName: staff.fullName,
      twoSessions: classes.twoSessions,
      combined: classes.combined,
      semiBoarding: classes.semiBoarding,
      pupilCount,
    })
    .from(classes)
    .innerJoin(schoolYears, eq(schoolYears.id, classes.schoolYearId))
    .leftJoin(site, eq(site.id, classes.siteUnitId))
    .leftJoin(staff, eq(staff.id, classes.homeroomStaffId));
}

export async function classView(db: DbOrTx, id: string): Promise<ClassView | undefined> {
  const [row] = await selectViews(db).where(eq(classes.id, id));
  return row;
}

export interface ClassFilter extends Paging {
  unitId: string;
  schoolYearId: string;
  grade?: number;
}

export async function listClasses(db: DbOrTx, scope: Scope, filter: ClassFilter) {
  const conditions: SQL[] = [
    unitInScope(scope, classes.unitId),
    eq(classes.unitId, filter.unitId),
    eq(classes.schoolYearId, filter.schoolYearId),
  ];
  if (filter.grade !== undefined) conditions.push(eq(classes.grade, filter.grade));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    selectViews(db)
      .where(where)
      .orderBy(asc(classes.grade), asc(classes.name))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(classes).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findClass(db: DbOrTx, id: string): Promise<ClassRow | undefined> {
  const [row] = await db.select().from(classes).where(eq(classes.id, id));
  return row;
}

/** Every class of a school in a year: the importer and the template resolve class names against them. */
export async function classesOfSchoolYear(
  db: DbOrTx,
  unitId: string,
  schoolYearId: string,
): Promise<ClassRow[]> {
  return db
    .select()
    .from(classes)
    .where(and(eq(classes.unitId, unitId), eq(classes.schoolYearId, schoolYearId)))
    .orderBy(asc(classes.grade), asc(classes.name));
}

export type NewClass = typeof classes.$inferInsert;

export async function insertClass(tx: DbOrTx, values: NewClass): Promise<ClassRow> {
  const [row] = await tx.insert(classes).values(values).returning();
  return row!;
}

export async function updateClass(tx: DbOrTx, id: string, fields: Partial<NewClass>): Promise<void> {
  await tx
    .update(classes)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(classes.id, id));
}

export async function classHasPupils(tx: DbOrTx, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: students.id }).from(students).where(eq(students.classId, id)).limit(1);
  return Boolean(row);
}

export async function deleteClass(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(classes).where(eq(classes.id, id));
}
