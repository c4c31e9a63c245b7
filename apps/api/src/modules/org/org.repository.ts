import { and, asc, desc, eq, isNull, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, type DbOrTx, query } from '../../db/client';
import { escapeLike, foldSql, foldText, likePattern } from '../../db/fold';
import type { UnitRef } from '../../plugins/access';
import { type Scope, unitInScope } from '../../plugins/scope';
import { orgUnits, orgUnitVersions, unitTypes } from './org.table';

export type UnitRow = typeof orgUnits.$inferSelect;
export type VersionRow = typeof orgUnitVersions.$inferSelect;

export const unitView = (u: UnitRow) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  typeCode: u.typeCode,
  parentId: u.parentId,
  address: u.address,
  status: u.status,
  validFrom: u.validFrom,
  validTo: u.validTo,
  mergedInto: u.mergedInto,
});
export type UnitView = ReturnType<typeof unitView>;

/** The access gate's resolver for the 'unit' object kind. */
export async function unitRef(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await db
    .select({ id: orgUnits.id, path: orgUnits.path })
    .from(orgUnits)
    .where(eq(orgUnits.id, id));
  return row ?? null;
}

export async function listUnitTypes(db: Db) {
  return db.select().from(unitTypes).orderBy(asc(unitTypes.sortOrder));
}

export async function unitTypeExists(db: DbOrTx, code: string): Promise<boolean> {
  const [row] = await db.select({ code: unitTypes.code }).from(unitTypes).where(eq(unitTypes.code, code));
  return Boolean(row);
}

/** The current tree inside a scope, optionally filtered by an accent-insensitive search. */
export async function listCurrentUnits(
  db: Db,
  scope: Scope,
  filter: { q?: string; includeClosed?: boolean },
) {
  const conditions = [unitInScope(scope, orgUnits.id)];
  if (!filter.includeClosed) conditions.push(eq(orgUnits.status, 'active'));
  const term = filter.q ? foldText(filter.q) : '';
  if (term) {
    conditions.push(
      sql`(${foldSql(orgUnits.name)} like ${likePattern(term)} or lower(${orgUnits.code}) like ${likePattern(term)})`,
    );
  }
  const rows = await db
    .select()
    .from(orgUnits)
    .where(and(...conditions))
    .orderBy(asc(orgUnits.path))
    .limit(20_000);
  return rows.map(unitView);
}

/**
 * The tree as it was on a date, from the version history, limited to units
 * the caller may see today.
 */
export async function listUnitsAsOf(db: Db, scope: Scope, asOf: string, includeClosed: boolean) {
  const rows = await query<{
    unit_id: string;
    code: string;
    name: string;
    type_code: string;
    parent_id: string | null;
    address: string | null;
    status: string;
    valid_from: string;
    valid_to: string | null;
    merged_into: string | null;
  }>(
    db,
    sql`select v.unit_id, v.code, v.name, v.type_code, v.parent_id, v.address, v.status,
               v.valid_from::text, v.valid_to::text, u.merged_into
        from org_unit_versions v join org_units u on u.id = v.unit_id
        where v.valid_from <= ${asOf}::date and (v.valid_to is null or v.valid_to > ${asOf}::date)
          and ${unitInScope(scope, sql`v.unit_id`)}
          ${includeClosed ? sql`` : sql`and v.status = 'active'`}
        order by v.name`,
  );
  return rows.map((r) => ({
    id: r.unit_id,
    code: r.code,
    name: r.name,
    typeCode: r.type_code,
    parentId: r.parent_id,
    address: r.address,
    status: r.status as UnitRow['status'],
    validFrom: r.valid_from,
    validTo: r.valid_to,
    mergedInto: r.status === 'merged' ? r.merged_into : null,
  }));
}

export async function findUnit(db: DbOrTx, id: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.id, id));
  return row;
}

export async function findUnitForUpdate(tx: DbOrTx, id: string): Promise<UnitRow | undefined> {
  const [row] = await tx.select().from(orgUnits).where(eq(orgUnits.id, id)).for('update');
  return row;
}

export async function findUnitByCode(db: DbOrTx, code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(orgUnits).where(eq(orgUnits.code, code));
  return row;
}

export async function unitVersions(db: Db, unitId: string) {
  const parent = alias(orgUnits, 'parent');
  return db
    .select({
      id: orgUnitVersions.id,
      code: orgUnitVersions.code,
      name: orgUnitVersions.name,
      typeCode: orgUnitVersions.typeCode,
      parentId: orgUnitVersions.parentId,
      parentName: parent.name,
      address: orgUnitVersions.address,
      status: orgUnitVersions.status,
      validFrom: orgUnitVersions.validFrom,
      validTo: orgUnitVersions.validTo,
      change: orgUnitVersions.change,
      note: orgUnitVersions.note,
    })
    .from(orgUnitVersions)
    .leftJoin(parent, eq(parent.id, orgUnitVersions.parentId))
    .where(eq(orgUnitVersions.unitId, unitId))
    .orderBy(desc(orgUnitVersions.validFrom), desc(orgUnitVersions.createdAt));
}

export async function openVersion(tx: DbOrTx, unitId: string): Promise<VersionRow | undefined> {
  const [row] = await tx
    .select()
    .from(orgUnitVersions)
    .where(and(eq(orgUnitVersions.unitId, unitId), isNull(orgUnitVersions.validTo)));
  return row;
}

export async function activeChildren(tx: DbOrTx, unitId: string): Promise<UnitRow[]> {
  return tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.parentId, unitId), eq(orgUnits.status, 'active')));
}

/** Re-roots a whole subtree's paths after a move, in one statement. */
export async function rewriteSubtreePaths(tx: DbOrTx, oldPrefix: string, newPrefix: string) {
  await tx
    .update(orgUnits)
    .set({ path: sql`${newPrefix} || substr(${orgUnits.path}, ${oldPrefix.length + 1})` })
    .where(like(orgUnits.path, `${escapeLike(oldPrefix)}%`));
}
