import { Type } from '@fastify/type-provider-typebox';
import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { badRequest, conflict, forbidden, isUniqueViolation } from '../../lib/errors';
import { audit, isIsoDate, type SectorContext } from './sector.context';
import { schoolYears } from './sector.table';

/**
 * School years are province-wide reference data (not owned by a unit), so
 * the access gate cannot check a unit for them: the route asks for
 * sector.write and this module adds that the caller's scope must cover a
 * whole root unit (the Sở), because a year created anywhere applies to
 * every school.
 */

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });

export const SchoolYearView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String({ description: '2025-2026' }),
  startsOn: Type.String(),
  endsOn: Type.String(),
  isCurrent: Type.Boolean(),
});

export const CreateSchoolYearBody = Type.Object(
  {
    code: Type.String({ pattern: '^\\d{4}-\\d{4}$' }),
    startsOn: IsoDate,
    endsOn: IsoDate,
    isCurrent: Type.Optional(Type.Boolean({ description: 'Make it the current year (unsets the others)' })),
  },
  { additionalProperties: false },
);

export interface CreateSchoolYearInput {
  code: string;
  startsOn: string;
  endsOn: string;
  isCurrent?: boolean;
}

export type SchoolYearRow = typeof schoolYears.$inferSelect;

export async function listSchoolYears(db: DbOrTx): Promise<SchoolYearRow[]> {
  return db.select().from(schoolYears).orderBy(desc(schoolYears.startsOn));
}

export async function findSchoolYear(db: DbOrTx, id: string): Promise<SchoolYearRow | undefined> {
  const [row] = await db.select().from(schoolYears).where(eq(schoolYears.id, id));
  return row;
}

/** The year marked current, else the latest one; undefined before any year exists. */
export async function currentSchoolYear(db: DbOrTx): Promise<SchoolYearRow | undefined> {
  const [row] = await db
    .select()
    .from(schoolYears)
    .orderBy(desc(schoolYears.isCurrent), desc(schoolYears.startsOn))
    .limit(1);
  return row;
}

/** A given year id must exist (400, not 404: the id is reference data, not someone's object). */
export async function requireSchoolYear(
  db: DbOrTx,
  id: string | undefined,
): Promise<SchoolYearRow | undefined> {
  if (id === undefined) return currentSchoolYear(db);
  const year = await findSchoolYear(db, id);
  if (!year)
    throw badRequest('SCHOOL_YEAR_UNKNOWN', [{ field: 'schoolYearId', code: 'SCHOOL_YEAR_UNKNOWN' }]);
  return year;
}

/** A root unit's path has a single segment: "/<id>/". */
const ROOT_PATH = /^\/[^/]+\/$/;

export async function createSchoolYear(
  ctx: SectorContext,
  input: CreateSchoolYearInput,
): Promise<SchoolYearRow> {
  if (!ctx.scope.subtreePaths.some((p) => ROOT_PATH.test(p))) {
    await audit(
      ctx.db,
      ctx,
      'school_year.create',
      { type: 'school_year' },
      { reason: 'not_province_wide' },
      'denied',
    );
    throw forbidden();
  }
  const start = Number(input.code.slice(0, 4));
  const valid =
    Number(input.code.slice(5)) === start + 1 &&
    isIsoDate(input.startsOn) &&
    isIsoDate(input.endsOn) &&
    input.startsOn < input.endsOn &&
    input.startsOn.slice(0, 4) === String(start) &&
    Number(input.endsOn.slice(0, 4)) <= start + 1;
  if (!valid) throw badRequest('SCHOOL_YEAR_INVALID', [{ field: 'code', code: 'SCHOOL_YEAR_INVALID' }]);
  try {
    return await ctx.db.transaction(async (tx) => {
      if (input.isCurrent)
        await tx.update(schoolYears).set({ isCurrent: false }).where(eq(schoolYears.isCurrent, true));
      const [row] = await tx
        .insert(schoolYears)
        .values({
          code: input.code,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          isCurrent: input.isCurrent ?? false,
        })
        .returning();
      await audit(tx, ctx, 'school_year.create', { type: 'school_year', id: row!.id }, { code: input.code });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict('SCHOOL_YEAR_CODE_TAKEN', [{ field: 'code', code: 'SCHOOL_YEAR_CODE_TAKEN' }]);
    throw error;
  }
}
