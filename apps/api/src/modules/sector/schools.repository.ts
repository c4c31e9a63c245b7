import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../db/client';
import { foldSql, foldText, likePattern } from '../../db/fold';
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

/**
 * Deliberately unscoped: the province's directory of active schools (a
 * transfer may go to any of them), with nothing but what a school signboard
 * says: id, code, name and the commune. Folded-name search, at most `limit`.
 */
export async function unsafeSchoolDirectory(db: DbOrTx, q: string, limit: number) {
  const commune = alias(orgUnits, 'commune');
  const term = foldText(q);
  return db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      schoolCode: schoolProfiles.schoolCode,
      name: orgUnits.name,
      commune: commune.name,
    })
    .from(orgUnits)
    .leftJoin(schoolProfiles, eq(schoolProfiles.unitId, orgUnits.id))
    .leftJoin(commune, eq(commune.id, orgUnits.parentId))
    .where(
      and(
        eq(orgUnits.typeCode, 'school'),
        eq(orgUnits.status, 'active'),
        term
          ? sql`(${foldSql(orgUnits.name)} like ${likePattern(term)} or lower(${orgUnits.code}) like ${likePattern(term)} or lower(coalesce(${schoolProfiles.schoolCode}, '')) like ${likePattern(term)})`
          : undefined,
      ),
    )
    .orderBy(asc(orgUnits.name), asc(orgUnits.id))
    .limit(limit);
}
