import { eq, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../lib/errors';
import type { Actor } from '../../plugins/access.types';
import { appendAudit } from '../audit/audit.service';
import {
  activeChildren,
  findUnitForUpdate,
  openVersion,
  rewriteSubtreePaths,
  type UnitRow,
  unitTypeExists,
  unitView,
} from './org.repository';
import { orgUnits, orgUnitVersions } from './org.table';

export interface ActionInfo {
  actor: Actor;
  ip: string;
  requestId: string;
}

type VersionFields = Pick<UnitRow, 'code' | 'name' | 'typeCode' | 'parentId' | 'address' | 'status'>;
type Change = 'created' | 'updated' | 'moved' | 'closed' | 'merged' | 'imported';

/** A real calendar date, YYYY-MM-DD. */
export function assertDate(value: string, field = 'validFrom') {
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw badRequest('VALIDATION_FAILED', [{ field, code: 'format', message: 'dd/mm/yyyy' }]);
  }
}

/**
 * Records a new version from `validFrom`: the open version is closed the day
 * the new one starts. A change dated the same day as the open version
 * corrects it in place; an earlier date is refused (history is not rewritten).
 */
async function recordVersion(
  tx: DbOrTx,
  unit: UnitRow,
  next: VersionFields,
  validFrom: string,
  change: Change,
  note: string | null,
) {
  const open = await openVersion(tx, unit.id);
  if (open && validFrom < open.validFrom)
    throw badRequest('UNIT_DATE_INVALID', [{ field: 'validFrom', code: 'UNIT_DATE_INVALID' }]);
  if (open && validFrom === open.validFrom) {
    await tx
      .update(orgUnitVersions)
      .set({ ...next, change, note })
      .where(eq(orgUnitVersions.id, open.id));
  } else {
    if (open)
      await tx.update(orgUnitVersions).set({ validTo: validFrom }).where(eq(orgUnitVersions.id, open.id));
    await tx.insert(orgUnitVersions).values({ unitId: unit.id, ...next, validFrom, change, note });
  }
  const closing = next.status !== 'active';
  await tx
    .update(orgUnits)
    .set({ ...next, validTo: closing ? validFrom : null, updatedAt: sql`now()` })
    .where(eq(orgUnits.id, unit.id));
}

const fieldsOf = (u: UnitRow): VersionFields => ({
  code: u.code,
  name: u.name,
  typeCode: u.typeCode,
  parentId: u.parentId,
  address: u.address,
  status: u.status,
});

async function audit(
  tx: DbOrTx,
  info: ActionInfo,
  action: string,
  unit: { id: string },
  details: Record<string, unknown>,
) {
  await appendAudit(tx, {
    action,
    actorId: info.actor.userId,
    actorName: info.actor.username,
    objectType: 'unit',
    objectId: unit.id,
    unitId: unit.id,
    ip: info.ip,
    requestId: info.requestId,
    details,
  });
}

export interface CreateUnitInput {
  code: string;
  name: string;
  typeCode: string;
  parentId: string;
  address?: string | null;
  validFrom: string;
}

export async function createUnit(
  db: Db,
  input: CreateUnitInput,
  info: ActionInfo,
  change: Change = 'created',
) {
  return db.transaction(async (tx) => createUnitInTx(tx, input, info, change));
}

export async function createUnitInTx(
  tx: DbOrTx,
  input: CreateUnitInput,
  info: ActionInfo,
  change: Change = 'created',
) {
  assertDate(input.validFrom);
  if (!(await unitTypeExists(tx, input.typeCode))) {
    throw badRequest('UNIT_TYPE_UNKNOWN', [{ field: 'typeCode', code: 'UNIT_TYPE_UNKNOWN' }]);
  }
  const parent = await findUnitForUpdate(tx, input.parentId);
  if (!parent) throw notFound();
  if (parent.status !== 'active') throw conflict('UNIT_CLOSED');
  const id = crypto.randomUUID();
  const fields = {
    code: input.code.trim(),
    name: input.name.normalize('NFC').trim().replace(/\s+/g, ' '),
    typeCode: input.typeCode,
    parentId: parent.id,
    address: input.address?.normalize('NFC').trim() || null,
    status: 'active' as const,
  };
  try {
    const [unit] = await tx
      .insert(orgUnits)
      .values({ id, ...fields, path: `${parent.path}${id}/`, validFrom: input.validFrom })
      .returning();
    await tx.insert(orgUnitVersions).values({ unitId: id, ...fields, validFrom: input.validFrom, change });
    await audit(tx, info, 'unit.create', unit!, {
      code: fields.code,
      parentId: parent.id,
      typeCode: fields.typeCode,
    });
    return unitView(unit!);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('UNIT_CODE_TAKEN', [{ field: 'code', code: 'UNIT_CODE_TAKEN' }]);
    throw error;
  }
}

export interface UpdateUnitInput {
  code?: string;
  name?: string;
  typeCode?: string;
  address?: string;
  validFrom: string;
  note?: string;
}

export async function updateUnit(db: Db, id: string, input: UpdateUnitInput, info: ActionInfo) {
  return db.transaction(async (tx) => updateUnitInTx(tx, id, input, info));
}

export async function updateUnitInTx(
  tx: DbOrTx,
  id: string,
  input: UpdateUnitInput & { parentId?: string },
  info: ActionInfo,
  change: Change = 'updated',
) {
  assertDate(input.validFrom);
  const unit = await findUnitForUpdate(tx, id);
  if (!unit) throw notFound();
  if (unit.status !== 'active') throw conflict('UNIT_CLOSED');
  if (input.typeCode && !(await unitTypeExists(tx, input.typeCode))) {
    throw badRequest('UNIT_TYPE_UNKNOWN', [{ field: 'typeCode', code: 'UNIT_TYPE_UNKNOWN' }]);
  }
  const next: VersionFields = {
    ...fieldsOf(unit),
    ...(input.code !== undefined && { code: input.code.trim() }),
    ...(input.name !== undefined && { name: input.name.normalize('NFC').trim().replace(/\s+/g, ' ') }),
    ...(input.typeCode !== undefined && { typeCode: input.typeCode }),
    ...(input.address !== undefined && { address: input.address.normalize('NFC').trim() || null }),
  };
  const changed = (Object.keys(next) as (keyof VersionFields)[]).filter((k) => next[k] !== unit[k]);
  if (changed.length === 0) return unitView(unit);
  try {
    await recordVersion(tx, unit, next, input.validFrom, change, input.note ?? null);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('UNIT_CODE_TAKEN', [{ field: 'code', code: 'UNIT_CODE_TAKEN' }]);
    throw error;
  }
  await audit(tx, info, 'unit.update', unit, { fields: changed, validFrom: input.validFrom });
  return unitView({ ...unit, ...next });
}

/** Moves a unit (with its whole subtree) under another parent from a date. */
export async function moveUnit(
  db: Db,
  id: string,
  input: { newParentId: string; validFrom: string; note?: string },
  info: ActionInfo,
) {
  return db.transaction(async (tx) => moveUnitInTx(tx, id, input, info));
}

export async function moveUnitInTx(
  tx: DbOrTx,
  id: string,
  input: { newParentId: string; validFrom: string; note?: string },
  info: ActionInfo,
) {
  assertDate(input.validFrom);
  const unit = await findUnitForUpdate(tx, id);
  const parent = await findUnitForUpdate(tx, input.newParentId);
  if (!unit || !parent) throw notFound();
  if (unit.status !== 'active' || parent.status !== 'active') throw conflict('UNIT_CLOSED');
  if (parent.path.startsWith(unit.path))
    throw badRequest('UNIT_MOVE_CYCLE', [{ field: 'newParentId', code: 'UNIT_MOVE_CYCLE' }]);
  if (unit.parentId === parent.id) return unitView(unit);
  await recordVersion(
    tx,
    unit,
    { ...fieldsOf(unit), parentId: parent.id },
    input.validFrom,
    'moved',
    input.note ?? null,
  );
  await rewriteSubtreePaths(tx, unit.path, `${parent.path}${unit.id}/`);
  await audit(tx, info, 'unit.move', unit, {
    from: unit.parentId,
    to: parent.id,
    validFrom: input.validFrom,
  });
  return unitView({ ...unit, parentId: parent.id });
}

/** Closes (dissolves) a unit from a date; its active children must be moved or closed first. */
export async function closeUnit(
  db: Db,
  id: string,
  input: { validFrom: string; note?: string },
  info: ActionInfo,
) {
  assertDate(input.validFrom);
  return db.transaction(async (tx) => {
    const unit = await findUnitForUpdate(tx, id);
    if (!unit) throw notFound();
    if (unit.status !== 'active') throw conflict('UNIT_CLOSED');
    if (!unit.parentId) throw badRequest('UNIT_HAS_ACTIVE_CHILDREN');
    if ((await activeChildren(tx, unit.id)).length > 0) throw conflict('UNIT_HAS_ACTIVE_CHILDREN');
    await recordVersion(
      tx,
      unit,
      { ...fieldsOf(unit), status: 'closed' },
      input.validFrom,
      'closed',
      input.note ?? null,
    );
    await audit(tx, info, 'unit.close', unit, { validFrom: input.validFrom });
    return unitView({ ...unit, status: 'closed', validTo: input.validFrom });
  });
}

/**
 * Merges a unit into another from a date: its active children move to the
 * target, and the unit itself ends as "merged" pointing at the target. Past
 * periods keep reporting under the old unit through the version history.
 */
export async function mergeUnit(
  db: Db,
  id: string,
  input: { intoUnitId: string; validFrom: string; note?: string },
  info: ActionInfo,
) {
  assertDate(input.validFrom);
  return db.transaction(async (tx) => {
    const unit = await findUnitForUpdate(tx, id);
    const target = await findUnitForUpdate(tx, input.intoUnitId);
    if (!unit || !target) throw notFound();
    if (unit.status !== 'active' || target.status !== 'active') throw conflict('UNIT_CLOSED');
    if (target.path.startsWith(unit.path) || !unit.parentId) {
      throw badRequest('UNIT_MOVE_CYCLE', [{ field: 'intoUnitId', code: 'UNIT_MOVE_CYCLE' }]);
    }
    const children = await activeChildren(tx, unit.id);
    for (const child of children) {
      await moveUnitInTx(
        tx,
        child.id,
        { newParentId: target.id, validFrom: input.validFrom, note: input.note },
        info,
      );
    }
    await recordVersion(
      tx,
      unit,
      { ...fieldsOf(unit), status: 'merged' },
      input.validFrom,
      'merged',
      input.note ?? null,
    );
    await tx.update(orgUnits).set({ mergedInto: target.id }).where(eq(orgUnits.id, unit.id));
    await audit(tx, info, 'unit.merge', unit, {
      into: target.id,
      movedChildren: children.length,
      validFrom: input.validFrom,
    });
    return unitView({ ...unit, status: 'merged', validTo: input.validFrom, mergedInto: target.id });
  });
}
