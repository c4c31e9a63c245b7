import { badRequest, conflict, notFound } from '../../lib/errors';
import { assertSectorWritable } from '../reporting/reporting.lock';
import * as repo from './classes.repository';
import type { ClassView, CreateClassBody, ListClassesQuery, UpdateClassBody } from './classes.schemas';
import { issueClassCode } from './identifiers';
import { requireSchoolYear } from './school-years';
import { findProfile, isSatelliteOf } from './schools.repository';
import { gradesOfLevel } from './schools.service';
import { audit, type SectorContext, violatedUniqueIndex } from './sector.context';
import { staffOfSchool } from './staff.repository';

/**
 * Classes of a school in a school year. The access gate has already placed
 * the school, the site and the homeroom teacher in the caller's scope; what
 * is left is that they belong together.
 */

export async function listClasses(ctx: SectorContext, query: ListClassesQuery) {
  const year = await requireSchoolYear(ctx.db, query.schoolYearId);
  if (!year) return { items: [], total: 0 };
  return repo.listClasses(ctx.db, ctx.scope, {
    unitId: query.unitId,
    schoolYearId: year.id,
    grade: query.grade,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 100,
  });
}

export async function getClass(ctx: SectorContext, id: string): Promise<ClassView> {
  const view = await repo.classView(ctx.db, id);
  if (!view) throw notFound();
  return view;
}

async function checkGrade(ctx: SectorContext, schoolId: string, grade: number) {
  const level = (await findProfile(ctx.db, schoolId))?.levelCode;
  const grades = gradesOfLevel(level);
  if (!grades)
    throw badRequest('SCHOOL_PROFILE_INCOMPLETE', [{ field: 'grade', code: 'SCHOOL_PROFILE_INCOMPLETE' }]);
  if (!grades.includes(grade))
    throw badRequest('CLASS_GRADE_LEVEL_MISMATCH', [{ field: 'grade', code: 'CLASS_GRADE_LEVEL_MISMATCH' }]);
}

async function checkSite(ctx: SectorContext, schoolId: string, siteId: string | null | undefined) {
  if (!siteId) return;
  if (!(await isSatelliteOf(ctx.db, siteId, schoolId)))
    throw badRequest('CLASS_SITE_INVALID', [{ field: 'siteUnitId', code: 'CLASS_SITE_INVALID' }]);
}

async function checkHomeroom(ctx: SectorContext, schoolId: string, staffId: string | null | undefined) {
  if (!staffId) return;
  if (!(await staffOfSchool(ctx.db, staffId, schoolId)))
    throw badRequest('CLASS_HOMEROOM_INVALID', [
      { field: 'homeroomStaffId', code: 'CLASS_HOMEROOM_INVALID' },
    ]);
}

function uniqueConflict(error: unknown): never {
  const index = violatedUniqueIndex(error);
  if (index === 'classes_code_uq')
    throw conflict('CLASS_CODE_TAKEN', [{ field: 'code', code: 'CLASS_CODE_TAKEN' }]);
  if (index !== undefined) throw conflict('CLASS_NAME_TAKEN', [{ field: 'name', code: 'CLASS_NAME_TAKEN' }]);
  throw error;
}

const cleanName = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ');

export async function createClass(ctx: SectorContext, body: CreateClassBody): Promise<ClassView> {
  const year = await requireSchoolYear(ctx.db, body.schoolYearId);
  await checkGrade(ctx, body.unitId, body.grade);
  await checkSite(ctx, body.unitId, body.siteUnitId);
  await checkHomeroom(ctx, body.unitId, body.homeroomStaffId);
  try {
    const id = await ctx.db.transaction(async (tx) => {
      await assertSectorWritable(tx, body.unitId);
      const row = await repo.insertClass(tx, {
        unitId: body.unitId,
        schoolYearId: year!.id,
        code: body.code ?? (await issueClassCode(tx)),
        name: cleanName(body.name),
        grade: body.grade,
        siteUnitId: body.siteUnitId ?? null,
        homeroomStaffId: body.homeroomStaffId ?? null,
        twoSessions: body.twoSessions ?? false,
        combined: body.combined ?? false,
        semiBoarding: body.semiBoarding ?? false,
      });
      await audit(
        tx,
        ctx,
        'class.create',
        { type: 'class', id: row.id, unitId: row.unitId },
        {
          code: row.code,
          schoolYearId: row.schoolYearId,
        },
      );
      return row.id;
    });
    return getClass(ctx, id);
  } catch (error) {
    uniqueConflict(error);
  }
}

export async function updateClass(ctx: SectorContext, id: string, body: UpdateClassBody): Promise<ClassView> {
  const current = await repo.findClass(ctx.db, id);
  if (!current) throw notFound();
  if (body.grade !== undefined) await checkGrade(ctx, current.unitId, body.grade);
  await checkSite(ctx, current.unitId, body.siteUnitId);
  await checkHomeroom(ctx, current.unitId, body.homeroomStaffId);
  const fields = { ...body, ...(body.name === undefined ? {} : { name: cleanName(body.name) }) };
  try {
    await ctx.db.transaction(async (tx) => {
      await assertSectorWritable(tx, current.unitId);
      await repo.updateClass(tx, id, fields);
      await audit(
        tx,
        ctx,
        'class.update',
        { type: 'class', id, unitId: current.unitId },
        {
          fields: Object.keys(body),
        },
      );
    });
  } catch (error) {
    uniqueConflict(error);
  }
  return getClass(ctx, id);
}

/** Only an empty class goes; its code stays spent (the sequence never hands it out again). */
export async function deleteClass(ctx: SectorContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findClass(tx, id);
    if (!current) throw notFound();
    await assertSectorWritable(tx, current.unitId);
    if (await repo.classHasPupils(tx, id)) throw conflict('CLASS_NOT_EMPTY');
    await repo.deleteClass(tx, id);
    await audit(
      tx,
      ctx,
      'class.delete',
      { type: 'class', id, unitId: current.unitId },
      { code: current.code },
    );
  });
}
