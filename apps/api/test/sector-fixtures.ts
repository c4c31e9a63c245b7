import { foldKey, roleHasPermission } from '@edushield/core';
import { eq, sql } from 'drizzle-orm';
import { type Db, query } from '../src/db/client';
import { orgUnits } from '../src/modules/org/org.table';
import { classes, schoolProfiles, schoolYears, staff, students } from '../src/modules/sector/sector.table';
import {
  type SeededUnit,
  type SeededUser,
  type Session,
  seedUnit,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';

/**
 * Sector objects seeded straight into the database (not through the API),
 * for the sector tests and the access matrix's objectIn().
 */

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

export async function seedSchoolYear(db: Db, code = '2025-2026', isCurrent = true): Promise<string> {
  const [existing] = await db.select().from(schoolYears).where(eq(schoolYears.code, code));
  if (existing) return existing.id;
  const start = Number(code.slice(0, 4));
  const [row] = await db
    .insert(schoolYears)
    .values({ code, startsOn: `${start}-09-05`, endsOn: `${start + 1}-05-31`, isCurrent })
    .returning();
  return row!.id;
}

export async function seedProfile(
  db: Db,
  unitId: string,
  fields: { levelCode?: string; provinceCode?: string; schoolTypeCode?: string } = {},
) {
  await db
    .insert(schoolProfiles)
    .values({
      unitId,
      levelCode: fields.levelCode ?? 'TH',
      provinceCode: fields.provinceCode ?? '79',
      schoolTypeCode: fields.schoolTypeCode ?? '1',
    })
    .onConflictDoNothing();
}

export async function seedClass(
  db: Db,
  input: { unitId: string; schoolYearId: string; grade?: number; name?: string },
): Promise<{ id: string; code: string; name: string }> {
  const code = `T${next()}`;
  const name = input.name ?? `L${code}`;
  const [row] = await db
    .insert(classes)
    .values({ unitId: input.unitId, schoolYearId: input.schoolYearId, code, name, grade: input.grade ?? 1 })
    .returning();
  return { id: row!.id, code, name };
}

export async function seedStaff(db: Db, unitId: string, fullName = 'Trần Thị Bình'): Promise<string> {
  const [row] = await db
    .insert(staff)
    .values({ staffCode: `S${next()}`, unitId, fullName, nameKey: foldKey(fullName) })
    .returning();
  return row!.id;
}

export async function seedStudent(
  db: Db,
  input: {
    unitId: string;
    classId?: string | null;
    fullName?: string;
    birthDate?: string;
    statusCode?: string;
  },
): Promise<{ id: string; studentCode: string }> {
  const fullName = input.fullName ?? 'Lê Văn Cường';
  const studentCode = `X${next()}`.slice(0, 15);
  const [row] = await db
    .insert(students)
    .values({
      studentCode,
      unitId: input.unitId,
      classId: input.classId ?? null,
      fullName,
      nameKey: foldKey(fullName),
      birthDate: input.birthDate ?? '2019-03-04',
      genderCode: '1',
      statusCode: input.statusCode ?? '01',
      statusDate: '2025-09-05',
    })
    .returning();
  return { id: row!.id, studentCode };
}

/**
 * The access matrix's object of a sector kind owned by `unit`. A 'school'
 * is the unit itself when it is one; under any other unit (a commune, a
 * satellite site) a new school is seeded there, so "in the subtree" holds.
 */
export async function sectorObjectIn(
  db: Db,
  kind: 'school' | 'class' | 'staff' | 'student',
  unit: SeededUnit,
) {
  switch (kind) {
    case 'school': {
      const [row] = await db
        .select({ typeCode: orgUnits.typeCode })
        .from(orgUnits)
        .where(eq(orgUnits.id, unit.id));
      if (row?.typeCode === 'school') return unit.id;
      return (await seedUnit(db, { parent: unit, typeCode: 'school' })).id;
    }
    case 'class':
      return (await seedClass(db, { unitId: unit.id, schoolYearId: await seedSchoolYear(db) })).id;
    case 'staff':
      return seedStaff(db, unit.id);
    case 'student':
      return (await seedStudent(db, { unitId: unit.id })).id;
  }
}

/**
 * Roles for "a teacher sees pupils masked" and "a clerk sees them". Until
 * packages/core/src/roles.ts gives teachers sector.read and clerks the
 * school-data permissions, stand-ins with the same permissions are used:
 * a commune officer's sector.read without sector.read_personal, and a
 * principal's full school-data set.
 */
export const MASKED_READER_ROLE = roleHasPermission('teacher', 'sector.read') ? 'teacher' : 'commune_officer';
export const CLERK_ROLE = roleHasPermission('school_data_clerk', 'sector.read_personal')
  ? 'school_data_clerk'
  : 'school_principal';

export interface SectorWorld {
  dept: SeededUnit;
  commune1: SeededUnit;
  commune2: SeededUnit;
  schoolA: SeededUnit;
  schoolB: SeededUnit;
  schoolC: SeededUnit;
  satA: SeededUnit;
  yearId: string;
  classA1: { id: string; code: string; name: string };
  classB1: { id: string; code: string; name: string };
  classC6: { id: string; code: string; name: string };
  users: Record<
    'officer' | 'clerkA' | 'teacherA' | 'clerkB' | 'clerkC' | 'commune1' | 'deptAdmin',
    SeededUser
  >;
  as: Record<'officer' | 'clerkA' | 'teacherA' | 'clerkB' | 'clerkC' | 'commune1' | 'deptAdmin', Session>;
}

/**
 * A province: the Sở; commune 1 with primary schools A (and its satellite
 * site) and B; commune 2 with lower-secondary school C; the 2025–26 year.
 */
export async function buildSectorWorld(ctx: TestContext): Promise<SectorWorld> {
  const { db } = ctx;
  const dept = await seedUnit(db, { typeCode: 'department', name: 'Sở GD&ĐT' });
  const commune1 = await seedUnit(db, { parent: dept, typeCode: 'commune', name: 'UBND xã Hòa An' });
  const commune2 = await seedUnit(db, { parent: dept, typeCode: 'commune', name: 'UBND xã Tân Lập' });
  const schoolA = await seedUnit(db, { parent: commune1, name: 'Trường Tiểu học Hòa An' });
  const schoolB = await seedUnit(db, { parent: commune1, name: 'Trường Tiểu học Hòa Bình' });
  const schoolC = await seedUnit(db, { parent: commune2, name: 'Trường THCS Tân Lập' });
  const satA = await seedUnit(db, { parent: schoolA, typeCode: 'satellite', name: 'Điểm trường Bản Mới' });
  await seedProfile(db, schoolA.id, { levelCode: 'TH', provinceCode: '79' });
  await seedProfile(db, schoolB.id, { levelCode: 'TH', provinceCode: '79' });
  await seedProfile(db, schoolC.id, { levelCode: 'THCS', provinceCode: '79' });
  const yearId = await seedSchoolYear(db);
  const classA1 = await seedClass(db, { unitId: schoolA.id, schoolYearId: yearId, grade: 1, name: '1A' });
  const classB1 = await seedClass(db, { unitId: schoolB.id, schoolYearId: yearId, grade: 1, name: '1A' });
  const classC6 = await seedClass(db, { unitId: schoolC.id, schoolYearId: yearId, grade: 6, name: '6A' });
  const users = {
    officer: await seedUser(ctx, { unit: dept, roles: [{ roleCode: 'department_data_officer' }] }),
    clerkA: await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: CLERK_ROLE }] }),
    teacherA: await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: MASKED_READER_ROLE }] }),
    clerkB: await seedUser(ctx, { unit: schoolB, roles: [{ roleCode: CLERK_ROLE }] }),
    clerkC: await seedUser(ctx, { unit: schoolC, roles: [{ roleCode: CLERK_ROLE }] }),
    commune1: await seedUser(ctx, { unit: commune1, roles: [{ roleCode: 'commune_officer' }] }),
    deptAdmin: await seedUser(ctx, { unit: dept, roles: [{ roleCode: 'department_admin' }] }),
  };
  const as = {} as SectorWorld['as'];
  for (const [name, user] of Object.entries(users))
    as[name as keyof typeof users] = await signIn(ctx.app, user);
  return {
    dept,
    commune1,
    commune2,
    schoolA,
    schoolB,
    schoolC,
    satA,
    yearId,
    classA1,
    classB1,
    classC6,
    users,
    as,
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** An API call as someone (or nobody). */
export function caller(ctx: TestContext) {
  return (session: Session | null, method: Method, url: string, payload?: unknown) =>
    ctx.app.inject({
      method,
      url,
      headers: session ? session.headers : { 'x-csrf-token': '1' },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
}

/** How many audit entries of an action exist (optionally by one actor). */
export async function auditCount(db: Db, action: string, actorId?: string): Promise<number> {
  const rows = await query<{ n: number }>(
    db,
    actorId
      ? sql`select count(*)::int as n from audit_log where action = ${action} and actor_id = ${actorId}`
      : sql`select count(*)::int as n from audit_log where action = ${action}`,
  );
  return rows[0]!.n;
}
