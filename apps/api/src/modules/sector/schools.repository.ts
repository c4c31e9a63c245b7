import { and, eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import type { UnitRef } from '../../plugins/access';
import { orgUnits } from '../org/org.table';
import { schoolProfiles } from './sector.table';

/** The access gate's resolver for the 'school' kind: an org unit of type school, else nothing (404). */
export async function unsafeSchoolRef(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.typeCode, 'school')));
  return row ?? null;
}

export interface SchoolRow {
  id: string;
  code: string;
  name: string;
  path: string;
  parentId: string | null;
  status: string;
}

export async function findSchool(db: DbOrTx, id: string): Promise<SchoolRow | undefined> {
  const [row] = await db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      path: orgUnits.path,
      parentId: orgUnits.parentId,
      status: orgUnits.status,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.typeCode, 'school')));
  return row;
}

export type ProfileRow = typeof schoolProfiles.$inferSelect;

export async function findProfile(db: DbOrTx, unitId: string): Promise<ProfileRow | undefined> {
  const [row] = await db.select().from(schoolProfiles).where(eq(schoolProfiles.unitId, unitId));
  return row;
}

export type ProfileFields = Omit<ProfileRow, 'unitId' | 'updatedAt'>;

export async function upsertProfile(tx: DbOrTx, unitId: string, fields: ProfileFields): Promise<ProfileRow> {
  const [row] = await tx
    .insert(schoolProfiles)
    .values({ unitId, ...fields })
    .onConflictDoUpdate({ target: schoolProfiles.unitId, set: { ...fields, updatedAt: sql`now()` } })
    .returning();
  return row!;
}

/** An active satellite site whose parent is the school. */
export async function isSatelliteOf(db: DbOrTx, siteId: string, schoolId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(
      and(
        eq(orgUnits.id, siteId),
        eq(orgUnits.parentId, schoolId),
        eq(orgUnits.typeCode, 'satellite'),
        eq(orgUnits.status, 'active'),
      ),
    );
  return Boolean(row);
}

/**
 * Any active school of the province, whoever the caller is: a pupil may move
 * to a school the sending clerk cannot see. Only existence is revealed.
 */
export async function unsafeIsActiveSchool(db: DbOrTx, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.id, id), eq(orgUnits.typeCode, 'school'), eq(orgUnits.status, 'active')));
  return Boolean(row);
}
