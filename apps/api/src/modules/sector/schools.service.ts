import { GRADES_BY_LEVEL } from '@edushield/core';
import { conflict, forbidden, isUniqueViolation, notFound } from '../../lib/errors';
import { assertSectorWritable } from '../reporting/reporting.lock';
import {
  findProfile,
  findSchool,
  type ProfileFields,
  type ProfileRow,
  upsertProfile,
} from './schools.repository';
import type { PutSchoolProfileBody, SchoolProfileView } from './schools.schemas';
import { audit, type SectorContext } from './sector.context';
import { standardise } from './standardise';

/**
 * Grades a school of each level may open (school-level code list). Preschool
 * groups have no grade of general education: they use 0. Continuing
 * education (GDTX) teaches the secondary programmes.
 */
const GRADES_OF_LEVEL: Readonly<Record<string, readonly number[]>> = {
  MN: [0],
  NT: [0],
  MG: [0],
  TH: GRADES_BY_LEVEL.TH,
  THCS: GRADES_BY_LEVEL.THCS,
  THPT: GRADES_BY_LEVEL.THPT,
  TH_THCS: [...GRADES_BY_LEVEL.TH, ...GRADES_BY_LEVEL.THCS],
  THCS_THPT: [...GRADES_BY_LEVEL.THCS, ...GRADES_BY_LEVEL.THPT],
  TH_THCS_THPT: [...GRADES_BY_LEVEL.TH, ...GRADES_BY_LEVEL.THCS, ...GRADES_BY_LEVEL.THPT],
  GDTX: [...GRADES_BY_LEVEL.THCS, ...GRADES_BY_LEVEL.THPT],
};

export function gradesOfLevel(levelCode: string | null | undefined): readonly number[] | null {
  return levelCode ? (GRADES_OF_LEVEL[levelCode] ?? null) : null;
}

/** API field → field of the standard's school entity. */
const PROFILE_FIELDS = {
  schoolCode: 'schoolId',
  levelCode: 'schoolLevel',
  schoolTypeCode: 'schoolType',
  provinceCode: 'provinceCode',
  communeCode: 'communeCode',
  phone: 'phone',
  email: 'email',
  website: 'website',
  principalName: 'principalName',
  foundedOn: 'foundingDate',
} as const;

function view(
  school: { id: string; code: string; name: string },
  p: ProfileRow | undefined,
): SchoolProfileView {
  return {
    unitId: school.id,
    unitCode: school.code,
    unitName: school.name,
    schoolCode: p?.schoolCode ?? null,
    levelCode: p?.levelCode ?? null,
    schoolTypeCode: p?.schoolTypeCode ?? null,
    provinceCode: p?.provinceCode ?? null,
    communeCode: p?.communeCode ?? null,
    phone: p?.phone ?? null,
    email: p?.email ?? null,
    website: p?.website ?? null,
    principalName: p?.principalName ?? null,
    foundedOn: p?.foundedOn ?? null,
    updatedAt: p ? new Date(p.updatedAt).toISOString() : null,
  };
}

/** A school without a profile yet answers with empty fields, not 404: the clerk is about to fill it in. */
export async function getProfile(ctx: SectorContext, schoolId: string): Promise<SchoolProfileView> {
  const school = await findSchool(ctx.db, schoolId);
  if (!school) throw notFound();
  return view(school, await findProfile(ctx.db, schoolId));
}

const text = (value: string | number | boolean | null | undefined) =>
  typeof value === 'string' && value !== '' ? value : null;

export async function putProfile(
  ctx: SectorContext,
  schoolId: string,
  body: PutSchoolProfileBody,
): Promise<SchoolProfileView> {
  const school = await findSchool(ctx.db, schoolId);
  if (!school) throw notFound();
  const values = standardise('school', body, PROFILE_FIELDS, { locale: ctx.locale });
  // Decided before the transaction: a refusal is audited, and must not roll back with it.
  const stored = (await findProfile(ctx.db, schoolId))?.schoolCode ?? null;
  const schoolCode = await decideSchoolCode(ctx, school, stored, body.schoolCode);
  return ctx.db.transaction(async (tx) => {
    await assertSectorWritable(tx, schoolId);
    const fields: ProfileFields = {
      schoolCode,
      levelCode: text(values.levelCode),
      schoolTypeCode: text(values.schoolTypeCode),
      provinceCode: text(values.provinceCode),
      communeCode: text(values.communeCode),
      phone: text(values.phone),
      email: text(values.email),
      website: text(values.website),
      principalName: text(values.principalName),
      foundedOn: text(values.foundedOn),
    };
    try {
      const row = await upsertProfile(tx, schoolId, fields);
      await audit(
        tx,
        ctx,
        'school.profile_update',
        { type: 'school', id: schoolId, unitId: schoolId },
        {
          fields: Object.keys(body),
        },
      );
      return view(school, row);
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict('CONFLICT', [{ field: 'schoolCode', code: 'SCHOOL_CODE_TAKEN' }]);
      throw error;
    }
  });
}

/**
 * The managing unit issues a school's id (TT42 Art. 10): only a caller whose
 * scope covers the school's parent may set it, and once set it never changes.
 * Leaving it out (or repeating it) keeps what is stored.
 */
async function decideSchoolCode(
  ctx: SectorContext,
  school: { id: string; path: string; parentId: string | null },
  stored: string | null,
  requested: string | null | undefined,
): Promise<string | null> {
  if (requested === undefined || requested === stored) return stored;
  if (stored !== null)
    throw conflict('SCHOOL_CODE_FIXED', [{ field: 'schoolCode', code: 'SCHOOL_CODE_FIXED' }]);
  const parentPath = school.path.replace(/[^/]+\/$/, '');
  const managing = school.parentId !== null && ctx.scope.contains({ id: school.parentId, path: parentPath });
  if (!managing) {
    await audit(
      ctx.db,
      ctx,
      'school.profile_update',
      { type: 'school', id: school.id, unitId: school.id },
      {
        reason: 'school_code_not_managing_unit',
      },
      'denied',
    );
    throw forbidden('SCHOOL_CODE_FIXED', [{ field: 'schoolCode', code: 'SCHOOL_CODE_FIXED' }]);
  }
  return requested;
}
