import { errorMessage } from '@edushield/core';
import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { badRequest, conflict, isUniqueViolation, notFound } from '../../lib/errors';
import type { UnitRef } from '../../plugins/access';
import { unitInScope } from '../../plugins/scope';
import { auditQuality, type QualityContext } from './quality.context';
import type { CreateResponsibilityBody, ResponsibilityView } from './quality.schemas';

/**
 * Named responsibility (responsibilities table of the reporting module): who
 * is responsible for a unit's data group, who reviews it, who is the
 * contact. Department and commune data managers (reporting.manage) name
 * anyone in their scope to any duty; a school principal or a commune
 * officer (user.manage, no reporting.manage) names the people of their own
 * units as responsible or contact, but not as reviewer — the reviewer is
 * chosen by the level that reviews (separation of duties).
 */

export async function unsafeResponsibilityUnit(db: DbOrTx, id: string): Promise<UnitRef | null> {
  const [row] = await query<{ id: string; path: string }>(
    db,
    sql`select ou.id, ou.path from responsibilities r join org_units ou on ou.id = r.unit_id where r.id = ${id}`,
  );
  return row ?? null;
}

interface Row extends Record<string, unknown> {
  id: string;
  unit_id: string;
  unit_name: string;
  unit_code: string;
  data_group: ResponsibilityView['dataGroup'];
  duty: ResponsibilityView['duty'];
  user_id: string;
  username: string;
  full_name: string;
  note: string | null;
  created_at: string | Date;
}

const toView = (r: Row): ResponsibilityView => ({
  id: r.id,
  unitId: r.unit_id,
  unitName: r.unit_name,
  unitCode: r.unit_code,
  dataGroup: r.data_group,
  duty: r.duty,
  userId: r.user_id,
  username: r.username,
  fullName: r.full_name,
  note: r.note,
  createdAt: new Date(r.created_at).toISOString(),
});

const select = sql`select r.id, r.unit_id, ou.name as unit_name, ou.code as unit_code, r.data_group, r.duty,
    r.user_id, u.username, u.full_name, r.note, r.created_at
  from responsibilities r join org_units ou on ou.id = r.unit_id join users u on u.id = r.user_id`;

export async function listResponsibilities(
  ctx: QualityContext,
  unit: UnitRef | undefined,
  paging: { page?: number; pageSize?: number },
) {
  const where = unit
    ? sql`${unitInScope(ctx.scope, sql`r.unit_id`)} and r.unit_id in (select id from org_units where path like ${`${unit.path}%`})`
    : unitInScope(ctx.scope, sql`r.unit_id`);
  const pageSize = paging.pageSize ?? 100;
  const page = paging.page ?? 1;
  const [rows, [count]] = await Promise.all([
    query<Row>(
      ctx.db,
      sql`${select} where ${where} order by ou.path, r.duty, r.data_group, u.full_name
          limit ${pageSize} offset ${(page - 1) * pageSize}`,
    ),
    query<{ n: number }>(ctx.db, sql`select count(*)::int as n from responsibilities r where ${where}`),
  ]);
  return { items: rows.map(toView), total: count?.n ?? 0 };
}

export async function createResponsibility(
  ctx: QualityContext,
  body: CreateResponsibilityBody,
  options: { reviewerAllowed: boolean },
): Promise<ResponsibilityView> {
  const problem = (
    field: string,
    code: 'RESPONSIBILITY_USER_OUT_OF_SCOPE' | 'RESPONSIBILITY_REVIEWER_NOT_ALLOWED',
  ) => badRequest(code, [{ field, code, message: errorMessage(code, ctx.locale) }]);
  if (body.duty === 'reviewer' && !options.reviewerAllowed)
    throw problem('duty', 'RESPONSIBILITY_REVIEWER_NOT_ALLOWED');
  // The person must be an active account of the unit itself or of a unit above it.
  const [fits] = await query<{ ok: boolean }>(
    ctx.db,
    sql`select true as ok from users u join org_units home on home.id = u.unit_id
        join org_units target on target.id = ${body.unitId}
        where u.id = ${body.userId} and u.status = 'active' and target.path like home.path || '%'`,
  );
  if (!fits) throw problem('userId', 'RESPONSIBILITY_USER_OUT_OF_SCOPE');
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const [row] = await query<{ id: string }>(
        tx,
        sql`insert into responsibilities (unit_id, data_group, duty, user_id, note, created_by)
            values (${body.unitId}, ${body.dataGroup}, ${body.duty}, ${body.userId},
              ${body.note?.normalize('NFC').trim() || null}, ${ctx.actor.userId})
            returning id`,
      );
      await auditQuality(
        tx,
        ctx,
        'responsibility.create',
        { type: 'responsibility', id: row!.id, unitId: body.unitId },
        { userId: body.userId, duty: body.duty, dataGroup: body.dataGroup },
      );
      return row!.id;
    });
    const [view] = await query<Row>(ctx.db, sql`${select} where r.id = ${id}`);
    return toView(view!);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('RESPONSIBILITY_TAKEN', [
        {
          field: 'userId',
          code: 'RESPONSIBILITY_TAKEN',
          message: errorMessage('RESPONSIBILITY_TAKEN', ctx.locale),
        },
      ]);
    throw error;
  }
}

export async function deleteResponsibility(
  ctx: QualityContext,
  id: string,
  options: { reviewerAllowed: boolean },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [current] = await query<{ unit_id: string; duty: string; user_id: string; data_group: string }>(
      tx,
      sql`select unit_id, duty, user_id, data_group from responsibilities where id = ${id} for update`,
    );
    if (!current) throw notFound();
    if (current.duty === 'reviewer' && !options.reviewerAllowed)
      throw badRequest('RESPONSIBILITY_REVIEWER_NOT_ALLOWED', [
        {
          field: 'duty',
          code: 'RESPONSIBILITY_REVIEWER_NOT_ALLOWED',
          message: errorMessage('RESPONSIBILITY_REVIEWER_NOT_ALLOWED', ctx.locale),
        },
      ]);
    await tx.execute(sql`delete from responsibilities where id = ${id}`);
    await auditQuality(
      tx,
      ctx,
      'responsibility.delete',
      { type: 'responsibility', id, unitId: current.unit_id },
      { userId: current.user_id, duty: current.duty, dataGroup: current.data_group },
    );
  });
}
