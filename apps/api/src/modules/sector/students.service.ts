import { foldKey } from '@edushield/core';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { assertSectorWritable } from '../reporting/reporting.lock';
import { findClass } from './classes.repository';
import { issueStudentCodes } from './identifiers';
import { findSchoolYear } from './school-years';
import { findProfile } from './schools.repository';
import { audit, readScope, type SectorContext, vietnamToday } from './sector.context';
import { blanksToNull } from './standardise';
import { guardianRows, standardiseGuardians, standardiseStudent, studentColumns } from './students.input';
import * as repo from './students.repository';
import type {
  CheckDuplicatesBody,
  CreateStudentBody,
  DuplicateReport,
  ListStudentsQuery,
  StudentDetail,
  UpdateStudentBody,
} from './students.schemas';
import { personalVisibility, presentDetail, presentStudents } from './students.view';

/**
 * Pupils: lists and search in scope, one pupil, corrections, creation with
 * an issued student id, the personal-id lookup and the duplicate check.
 * Status changes live in students.status.ts, batch writes in
 * students.write.ts.
 */

/** 12 digits, perhaps spaced: a personal id, which never travels in a URL. */
const LOOKS_LIKE_PERSONAL_ID = /^\d{12}$/;

export async function listStudents(ctx: SectorContext, query: ListStudentsQuery, subtreePath?: string) {
  const q = query.q?.trim() ?? '';
  if (LOOKS_LIKE_PERSONAL_ID.test(q.replace(/[\s.-]/g, ''))) throw badRequest('PERSONAL_ID_NOT_IN_URL');
  const term = q ? foldKey(q) : '';
  const { items, total } = await repo.listStudents(ctx.db, ctx.scope, {
    subtreePath,
    classId: query.classId,
    schoolYearId: query.schoolYearId,
    nameTerm: term || undefined,
    codeTerm: term ? q.toUpperCase() : undefined,
    status: query.status,
    sort: query.sort ?? 'given_name',
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 50,
  });
  return { items: await presentStudents(ctx, items, query.unitId ?? null), total };
}

export async function getStudent(ctx: SectorContext, id: string): Promise<StudentDetail> {
  const row = await repo.findStudent(ctx.db, id);
  if (!row) throw notFound();
  return presentDetail(ctx, row);
}

/** Exact personal-id search in the body of a POST (never a URL), inside sector.read_personal's scope. */
export async function lookupByPersonalId(ctx: SectorContext, personalId: string) {
  const digits = personalId.replace(/[\s.-]/g, '');
  if (!LOOKS_LIKE_PERSONAL_ID.test(digits))
    throw badRequest('VALIDATION_FAILED', [{ field: 'personalId', code: 'FIELD_PERSONAL_ID_FORMAT' }]);
  const rows = await repo.studentsByPersonalIndex(ctx.db, ctx.scope, ctx.codec.personalIdIndex(digits)!);
  await audit(ctx.db, ctx, 'student.personal_lookup', { type: 'student' }, { found: rows.length });
  return { items: await presentStudents(ctx, rows) };
}

/** A class given for a pupil must be a class of the pupil's school. */
async function classOfSchool(ctx: SectorContext, classId: string | null | undefined, schoolId: string) {
  if (!classId) return null;
  const found = await findClass(ctx.db, classId);
  if (!found || found.unitId !== schoolId)
    throw badRequest('CLASS_NOT_IN_SCHOOL', [{ field: 'classId', code: 'CLASS_NOT_IN_SCHOOL' }]);
  const year = await findSchoolYear(ctx.db, found.schoolYearId);
  return { ...found, schoolYearCode: year?.code };
}

function validationContext(today: string, klass: Awaited<ReturnType<typeof classOfSchool>>) {
  return {
    today,
    ...(klass
      ? { schoolYear: klass.schoolYearCode, schoolClasses: [{ classCode: klass.code, grade: klass.grade }] }
      : {}),
  };
}

async function refuseTakenPersonalId(
  ctx: SectorContext,
  index: string | null | undefined,
  exceptId: string | null,
) {
  if (index && (await repo.unsafePersonalIdTaken(ctx.db, index, exceptId)))
    throw conflict('STUDENT_DUPLICATE', [{ field: 'personalId', code: 'STUDENT_DUPLICATE' }]);
}

export async function createStudent(ctx: SectorContext, input: CreateStudentBody): Promise<StudentDetail> {
  const body = blanksToNull(input);
  const today = vietnamToday();
  const klass = await classOfSchool(ctx, body.classId, body.unitId);
  const { guardians, unitId, classId: _classId, ...person } = body;
  const values = standardiseStudent(
    ctx,
    { ...person, statusCode: body.statusCode ?? '01', statusDate: body.statusDate ?? today },
    { context: validationContext(today, klass), classCode: klass?.code },
  );
  const guardianValues = standardiseGuardians(ctx, guardians ?? []);
  const columns = studentColumns(ctx.codec, values);
  await refuseTakenPersonalId(ctx, columns.personalIdBidx, null);
  const statusCode = String(values.statusCode);
  const statusDate = String(values.statusDate);
  const id = await ctx.db.transaction(async (tx) => {
    await assertSectorWritable(tx, unitId);
    const profile = await findProfile(tx, unitId);
    const [studentCode] = await issueStudentCodes(tx, profile?.provinceCode ?? null, 1);
    const id = crypto.randomUUID();
    await repo.insertStudents(tx, [
      {
        ...(columns as repo.NewStudent),
        id,
        studentCode: studentCode!,
        unitId,
        classId: klass?.id ?? null,
        statusCode,
        statusDate,
        createdBy: ctx.actor.userId,
      },
    ]);
    await repo.insertGuardians(tx, guardianRows(ctx.codec, id, guardianValues));
    await repo.insertStatusEvents(tx, [
      { studentId: id, statusCode, eventDate: statusDate, unitId, recordedBy: ctx.actor.userId },
    ]);
    await audit(tx, ctx, 'student.create', { type: 'student', id, unitId }, { studentCode });
    return id;
  });
  return getStudent(ctx, id);
}

export async function updateStudent(
  ctx: SectorContext,
  id: string,
  input: UpdateStudentBody,
): Promise<StudentDetail> {
  const body = blanksToNull(input);
  const current = await repo.findStudent(ctx.db, id);
  if (!current) throw notFound();
  const { guardians, classId, ...fields } = body;
  for (const required of ['fullName', 'birthDate', 'genderCode'] as const)
    if (fields[required] === null)
      throw badRequest('VALIDATION_FAILED', [{ field: required, code: 'FIELD_REQUIRED' }]);
  const klass =
    classId === undefined
      ? await classOfSchool(ctx, current.classId, current.unitId).catch(() => null)
      : await classOfSchool(ctx, classId, current.unitId);
  const today = vietnamToday();
  // The record as it will be, so that rules comparing fields (personal id vs birth date, age vs grade) see both.
  const merged = {
    fullName: current.fullName,
    birthDate: current.birthDate,
    genderCode: current.genderCode,
    personalId: ctx.codec.open(current.personalIdEnc),
    statusCode: current.statusCode,
    statusDate: current.statusDate,
    ...fields,
  };
  const changed = new Set(Object.keys(fields));
  const values = standardiseStudent(ctx, merged, {
    context: validationContext(today, klass),
    classCode: klass?.code,
    changed,
  });
  const columns = studentColumns(
    ctx.codec,
    Object.fromEntries(Object.entries(values).filter(([key]) => key in fields)),
  );
  if ('personalId' in fields) await refuseTakenPersonalId(ctx, columns.personalIdBidx, id);
  const guardianValues = guardians === undefined ? undefined : standardiseGuardians(ctx, guardians);
  await ctx.db.transaction(async (tx) => {
    await assertSectorWritable(tx, current.unitId);
    await repo.updateStudent(tx, id, {
      ...columns,
      ...(classId === undefined ? {} : { classId: klass?.id ?? null }),
    });
    if (guardianValues) {
      await repo.deleteGuardiansOf(tx, [id]);
      await repo.insertGuardians(tx, guardianRows(ctx.codec, id, guardianValues));
    }
    await audit(
      tx,
      ctx,
      'student.update',
      { type: 'student', id, unitId: current.unitId },
      {
        fields: Object.keys(body),
      },
    );
  });
  return getStudent(ctx, id);
}

/**
 * Likely duplicates of a pupil about to be entered: those the caller may see
 * (sector.read), and whether any other exists elsewhere in the province,
 * without saying where. A personal id is matched only where the caller may
 * see personal data: elsewhere it only feeds the yes/no.
 */
export async function checkDuplicates(
  ctx: SectorContext,
  input: CheckDuplicatesBody,
  unit: { id: string; path: string } | undefined,
): Promise<DuplicateReport> {
  const body = blanksToNull(input);
  const values = standardiseStudent(
    ctx,
    {
      fullName: body.fullName,
      birthDate: body.birthDate,
      ...(body.personalId ? { personalId: body.personalId } : {}),
    },
    {},
  );
  const nameKey = foldKey(String(values.fullName));
  const pidIndex = ctx.codec.personalIdIndex(
    typeof values.personalId === 'string' ? values.personalId : null,
  );
  const candidates = await repo.unsafeDuplicateCandidates(
    ctx.db,
    nameKey,
    String(values.birthDate),
    pidIndex,
  );
  const visible = readScope(ctx);
  const seesPersonal = personalVisibility(ctx);
  const matches: DuplicateReport['matches'] = [];
  let existsElsewhere = false;
  for (const c of candidates) {
    const byName = c.nameKey === nameKey && c.birthDate === values.birthDate;
    const byPid = pidIndex !== null && c.personalIdBidx === pidIndex;
    const inScope = visible.contains({ id: c.unitId, path: c.unitPath });
    if (!inScope || (!byName && !seesPersonal(c))) {
      existsElsewhere = true;
      continue;
    }
    matches.push({
      id: c.id,
      studentCode: c.studentCode,
      fullName: c.fullName,
      birthDate: c.birthDate,
      unitId: c.unitId,
      unitName: c.unitName,
      statusCode: c.statusCode,
      matchedBy: [
        ...(byPid && seesPersonal(c) ? (['personalId'] as const) : []),
        ...(byName ? (['nameAndBirthDate'] as const) : []),
      ],
      sameUnit: unit ? c.unitId === unit.id : false,
    });
  }
  await audit(
    ctx.db,
    ctx,
    'student.duplicate_check',
    { type: 'student', unitId: unit?.id ?? null },
    {
      matches: matches.length,
      existsElsewhere,
      withPersonalId: pidIndex !== null,
    },
  );
  return { matches, existsElsewhere };
}
