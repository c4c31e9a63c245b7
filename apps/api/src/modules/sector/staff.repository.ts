import { and, asc, count, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { likePattern } from '../../db/fold';
import type { UnitRef } from '../../plugins/access';
import { type Scope, unitInScope } from '../../plugins/scope';
import { orgUnits } from '../org/org.table';
import type { Paging } from './sector.context';
import { staff } from './sector.table';

export type StaffRow = Omit<typeof staff.$inferSelect, 'legacyEmail'>;
export type StaffWithUnit = StaffRow & { unitPath: string; unitName: string };

/** The access gate's resolver for the 'staff' kind. */
export async function unsafeStaffUnit(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(staff)
    .innerJoin(orgUnits, eq(orgUnits.id, staff.unitId))
    .where(eq(staff.id, id));
  return row ?? null;
}

/** A current staff member of that school (homeroom teachers). */
export async function staffOfSchool(db: DbOrTx, staffId: string, schoolId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.id, staffId), eq(staff.unitId, schoolId), eq(staff.status, 'working')));
  return Boolean(row);
}

const withUnit = { ...getColumns(), unitPath: orgUnits.path, unitName: orgUnits.name };

function getColumns() {
  return {
    id: staff.id,
    staffCode: staff.staffCode,
    unitId: staff.unitId,
    fullName: staff.fullName,
    nameKey: staff.nameKey,
    birthDate: staff.birthDate,
    genderCode: staff.genderCode,
    ethnicityCode: staff.ethnicityCode,
    religionCode: staff.religionCode,
    personalIdEnc: staff.personalIdEnc,
    personalIdBidx: staff.personalIdBidx,
    phoneEnc: staff.phoneEnc,
    addressEnc: staff.addressEnc,
    emailEnc: staff.emailEnc,
    positionCode: staff.positionCode,
    qualificationCode: staff.qualificationCode,
    contractTypeCode: staff.contractTypeCode,
    subject: staff.subject,
    status: staff.status,
    startedOn: staff.startedOn,
    createdAt: staff.createdAt,
    updatedAt: staff.updatedAt,
  };
}

export async function findStaff(db: DbOrTx, id: string): Promise<StaffWithUnit | undefined> {
  const [row] = await db
    .select(withUnit)
    .from(staff)
    .innerJoin(orgUnits, eq(orgUnits.id, staff.unitId))
    .where(eq(staff.id, id));
  return row;
}

export interface StaffFilter extends Paging {
  subtreePath?: string;
  /** foldKey of the search text. */
  nameTerm?: string;
  codeTerm?: string;
  status?: 'working' | 'left';
  positionCode?: string;
}

export async function listStaff(db: DbOrTx, scope: Scope, filter: StaffFilter) {
  const conditions: SQL[] = [unitInScope(scope, staff.unitId)];
  if (filter.subtreePath) conditions.push(sql`${orgUnits.path} like ${`${filter.subtreePath}%`}`);
  if (filter.status) conditions.push(eq(staff.status, filter.status));
  if (filter.positionCode) conditions.push(eq(staff.positionCode, filter.positionCode));
  if (filter.nameTerm) {
    const byName = sql`${staff.nameKey} like ${likePattern(filter.nameTerm)}`;
    conditions.push(filter.codeTerm ? or(byName, eq(staff.staffCode, filter.codeTerm))! : byName);
  }
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db
      .select(withUnit)
      .from(staff)
      .innerJoin(orgUnits, eq(orgUnits.id, staff.unitId))
      .where(where)
      .orderBy(asc(staff.nameKey), asc(staff.id))
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ n: count() }).from(staff).innerJoin(orgUnits, eq(orgUnits.id, staff.unitId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export type NewStaff = Omit<typeof staff.$inferInsert, 'legacyEmail'>;

export async function insertStaff(tx: DbOrTx, values: NewStaff): Promise<StaffRow> {
  const [row] = await tx.insert(staff).values(values).returning();
  return row!;
}

export async function updateStaff(tx: DbOrTx, id: string, fields: Partial<NewStaff>): Promise<void> {
  await tx
    .update(staff)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(staff.id, id));
}
