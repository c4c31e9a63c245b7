import { findEntry } from '@edushield/core';
import type { DbOrTx } from '../../db/client';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { assertSectorWritable } from '../reporting/reporting.lock';
import { findClass } from './classes.repository';
import { unsafeIsActiveSchool } from './schools.repository';
import { audit, isIsoDate, type SectorContext, vietnamToday } from './sector.context';
import * as repo from './students.repository';
import type {
  DropOutBody,
  GraduateBody,
  ReEnrolBody,
  StudentDetail,
  TransferInBody,
  TransferOutBody,
} from './students.schemas';
import { getStudent } from './students.service';

/**
 * Status changes are explicit actions, never a field to overwrite: each one
 * checks the status it starts from, moves the pupil, and appends a
 * student_status_events row in the same transaction. Codes are those of the
 * learner-status list (packages/core/src/standard/lists/learner-statuses.ts).
 */
const STATUS = {
  enrolled: '01',
  transferredIn: '02',
  transferredOut: '03',
  droppedOut: '04',
  absent: '05',
  graduated: '06',
  completed: '07',
  movedClass: '08',
} as const;

/** Statuses of a pupil who is at school now. */
const AT_SCHOOL: ReadonlySet<string> = new Set([STATUS.enrolled, STATUS.transferredIn, STATUS.movedClass]);

const statusInvalid = () => conflict('STUDENT_STATUS_INVALID');

/** The day a change took effect: a real date, not in the future, not before birth or the current status. */
function checkDate(date: string, current: { birthDate: string; statusDate: string }) {
  const ok =
    isIsoDate(date) && date <= vietnamToday() && date >= current.birthDate && date >= current.statusDate;
  if (!ok) throw badRequest('STU_STATUS_DATE_INVALID', [{ field: 'date', code: 'STU_STATUS_DATE_INVALID' }]);
}

async function classIn(
  tx: DbOrTx,
  classId: string | null | undefined,
  schoolId: string,
): Promise<string | null> {
  if (!classId) return null;
  const found = await findClass(tx, classId);
  if (!found || found.unitId !== schoolId)
    throw badRequest('CLASS_NOT_IN_SCHOOL', [{ field: 'classId', code: 'CLASS_NOT_IN_SCHOOL' }]);
  return found.id;
}

interface Change {
  statusCode: string;
  date: string;
  student: Partial<repo.NewStudent>;
  event: Partial<repo.NewStatusEvent>;
  details?: Record<string, unknown>;
}

/**
 * The shared shape of an action on a pupil the caller may see (the gate has
 * placed the pupil in scope): lock, check the starting status, apply, record.
 */
async function act(
  ctx: SectorContext,
  id: string,
  action: string,
  from: ReadonlySet<string>,
  decide: (tx: DbOrTx, current: repo.StudentRow) => Promise<Change>,
): Promise<StudentDetail> {
  await ctx.db.transaction(async (tx) => {
    await repo.lockStudent(tx, id);
    const current = await repo.findStudent(tx, id);
    if (!current) throw notFound();
    await assertSectorWritable(tx, current.unitId);
    if (!from.has(current.statusCode)) throw statusInvalid();
    const change = await decide(tx, current);
    checkDate(change.date, current);
    await repo.updateStudent(tx, id, {
      ...change.student,
      statusCode: change.statusCode,
      statusDate: change.date,
    });
    await repo.insertStatusEvents(tx, [
      {
        studentId: id,
        statusCode: change.statusCode,
        eventDate: change.date,
        unitId: current.unitId,
        recordedBy: ctx.actor.userId,
        ...change.event,
      },
    ]);
    await audit(
      tx,
      ctx,
      action,
      { type: 'student', id, unitId: current.unitId },
      {
        from: current.statusCode,
        to: change.statusCode,
        ...change.details,
      },
    );
  });
  return getStudent(ctx, id);
}

/**
 * The pupil leaves for another school of the province (toUnitId, which the
 * clerk need not be able to see) or one outside it (otherSchoolName). The
 * pupil stays with this school, status "transferred out", until the
 * receiving school accepts them; they leave their class now.
 */
export async function transferOut(ctx: SectorContext, id: string, body: TransferOutBody) {
  const name = body.otherSchoolName?.normalize('NFC').trim() || undefined;
  if ((body.toUnitId === undefined) === (name === undefined))
    throw badRequest('TRANSFER_TARGET_INVALID', [{ field: 'toUnitId', code: 'TRANSFER_TARGET_INVALID' }]);
  return act(ctx, id, 'student.transfer_out', AT_SCHOOL, async (tx, current) => {
    if (
      body.toUnitId &&
      (body.toUnitId === current.unitId || !(await unsafeIsActiveSchool(tx, body.toUnitId)))
    )
      throw badRequest('TRANSFER_TARGET_INVALID', [{ field: 'toUnitId', code: 'TRANSFER_TARGET_INVALID' }]);
    return {
      statusCode: STATUS.transferredOut,
      date: body.date,
      student: { classId: null },
      event: { otherUnitId: body.toUnitId ?? null, otherSchoolName: name ?? null, note: body.note ?? null },
      details: { toUnitId: body.toUnitId ?? null, outsideProvince: name !== undefined },
    };
  });
}

/**
 * The receiving school accepts a pupil it cannot see yet by proving it knows
 * them: student id and birth date. Only a pupil whose sending school
 * recorded the transfer (to this school, or to one outside the province) can
 * be taken; anything else is the same 404, so ids cannot be probed. The
 * student id stays; the pupil's school changes; both schools' events remain.
 */
export async function transferIn(ctx: SectorContext, body: TransferInBody): Promise<StudentDetail> {
  const id = await ctx.db.transaction(async (tx) => {
    const found = await repo.unsafeFindByCodeAndBirthDate(tx, body.studentCode.trim(), body.birthDate);
    if (!found || found.statusCode !== STATUS.transferredOut || found.unitId === body.unitId)
      throw notFound();
    await assertSectorWritable(tx, body.unitId);
    const last = await repo.latestEvent(tx, found.id);
    if (
      last?.statusCode !== STATUS.transferredOut ||
      (last.otherUnitId !== null && last.otherUnitId !== body.unitId)
    )
      throw notFound();
    const current = await repo.findStudent(tx, found.id);
    if (!current) throw notFound();
    checkDate(body.date, current);
    const classId = await classIn(tx, body.classId, body.unitId);
    await repo.updateStudent(tx, found.id, {
      unitId: body.unitId,
      classId,
      statusCode: STATUS.transferredIn,
      statusDate: body.date,
    });
    await repo.insertStatusEvents(tx, [
      {
        studentId: found.id,
        statusCode: STATUS.transferredIn,
        eventDate: body.date,
        unitId: body.unitId,
        otherUnitId: found.unitId,
        note: body.note ?? null,
        recordedBy: ctx.actor.userId,
      },
    ]);
    await audit(
      tx,
      ctx,
      'student.transfer_in',
      { type: 'student', id: found.id, unitId: body.unitId },
      {
        fromUnitId: found.unitId,
      },
    );
    return found.id;
  });
  return getStudent(ctx, id);
}

export async function dropOut(ctx: SectorContext, id: string, body: DropOutBody) {
  if (!findEntry('leaving-reason', body.reasonCode))
    throw badRequest('VALIDATION_FAILED', [{ field: 'reasonCode', code: 'FIELD_CODE_UNKNOWN' }]);
  return act(ctx, id, 'student.drop_out', new Set([...AT_SCHOOL, STATUS.absent]), async () => ({
    statusCode: STATUS.droppedOut,
    date: body.date,
    student: {},
    event: { reasonCode: body.reasonCode, note: body.note ?? null },
  }));
}

export async function graduate(ctx: SectorContext, id: string, body: GraduateBody) {
  return act(ctx, id, 'student.graduate', AT_SCHOOL, async () => ({
    statusCode: body.statusCode ?? STATUS.graduated,
    date: body.date,
    student: {},
    event: { note: body.note ?? null },
  }));
}

/** Back to school after leaving, an absence, or a transfer that did not happen. */
export async function reEnrol(ctx: SectorContext, id: string, body: ReEnrolBody) {
  const from = new Set([STATUS.transferredOut, STATUS.droppedOut, STATUS.absent]);
  return act(ctx, id, 'student.re_enrol', from, async (tx, current) => ({
    statusCode: STATUS.enrolled,
    date: body.date,
    student: body.classId === undefined ? {} : { classId: await classIn(tx, body.classId, current.unitId) },
    event: { note: body.note ?? null },
  }));
}
