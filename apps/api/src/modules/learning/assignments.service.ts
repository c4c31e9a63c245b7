import { ROLE_CODES } from '@edushield/core';
import { eq, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../db/client';
import { badRequest, conflict, notFound } from '../../lib/errors';
import { unitInScope } from '../../plugins/scope';
import { enqueueJob } from '../jobs/jobs.runner';
import { audit, type LearningContext, vietnamDate } from './learning.context';
import { materialiseAssignment } from './learning.enrol';
import type { CreateAssignmentBody } from './learning.schemas';
import { courseAssignments, courses } from './learning.table';

/** Reminders go out this many days before the deadline (at 08:00 Vietnam time). */
export const REMINDER_DAYS = [3, 1] as const;
export const REMIND_JOB = 'learning.remind';

export function reminderTimes(dueOn: string): { days: number; at: Date }[] {
  return REMINDER_DAYS.map((days) => ({
    days,
    // 08:00 in Vietnam (UTC+7) = 01:00 UTC.
    at: new Date(Date.parse(`${dueOn}T01:00:00Z`) - days * 86_400_000),
  }));
}

/** Queues the assignment's reminders as durable jobs (idempotent by dedupe key); past ones are skipped. */
export async function scheduleReminders(db: Db, assignment: { id: string; dueOn: string }, now: Date) {
  for (const r of reminderTimes(assignment.dueOn)) {
    if (r.at.getTime() <= now.getTime()) continue;
    await enqueueJob(
      db,
      REMIND_JOB,
      { assignmentId: assignment.id, days: r.days },
      { runAt: r.at, dedupeKey: `learning.remind:${assignment.id}:${r.days}` },
    );
  }
}

export async function createAssignment(ctx: LearningContext, body: CreateAssignmentBody) {
  const [course] = await ctx.db.select().from(courses).where(eq(courses.id, body.courseId));
  if (!course) throw notFound();
  if (course.status !== 'published') throw conflict('COURSE_NOT_PUBLISHED');
  if (body.roleCodes.some((r) => !(ROLE_CODES as string[]).includes(r)))
    throw badRequest('VALIDATION_FAILED', [{ field: 'roleCodes', code: 'enum' }]);
  const gradeBands = body.gradeBands ?? [];
  if (body.roleCodes.includes('student') && gradeBands.length === 0)
    throw badRequest('ASSIGNMENT_GRADE_BAND_REQUIRED', [
      { field: 'gradeBands', code: 'ASSIGNMENT_GRADE_BAND_REQUIRED' },
    ]);
  if (body.dueOn < vietnamDate(ctx.now()) || Number.isNaN(Date.parse(`${body.dueOn}T00:00:00Z`)))
    throw badRequest('ASSIGNMENT_DEADLINE_PAST', [{ field: 'dueOn', code: 'ASSIGNMENT_DEADLINE_PAST' }]);
  // Every target subtree must lie in the caller's scope (the gate checks single objects; this is a list).
  const targets = await query<{ id: string; path: string }>(
    ctx.db,
    sql`select id, path from org_units where id = any(${`{${body.targetUnitIds.join(',')}}`}::uuid[])`,
  );
  if (targets.length !== body.targetUnitIds.length || targets.some((t) => !ctx.scope.contains(t)))
    throw notFound();
  const owner = ctx.actor.assignments.find((a) => ctx.scope.contains({ id: a.unitId, path: a.unitPath }));
  const { id, enrolled } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(courseAssignments)
      .values({
        courseId: course.id,
        unitId: owner?.unitId ?? course.unitId,
        roleCodes: body.roleCodes,
        targetUnitIds: body.targetUnitIds,
        gradeBands,
        dueOn: body.dueOn,
        createdBy: ctx.actor.userId,
      })
      .returning({ id: courseAssignments.id });
    const enrolled = await materialiseAssignment(tx, row!.id);
    await audit(
      tx,
      ctx,
      'course_assignment.create',
      { type: 'course_assignment', id: row!.id, unitId: owner?.unitId ?? null },
      {
        courseId: course.id,
        roleCodes: body.roleCodes,
        targetUnitIds: body.targetUnitIds,
        gradeBands,
        dueOn: body.dueOn,
        enrolled,
      },
    );
    return { id: row!.id, enrolled };
  });
  await scheduleReminders(ctx.db, { id, dueOn: body.dueOn }, ctx.now());
  return { ...(await getAssignment(ctx.db, id)), enrolledNow: enrolled };
}

export async function cancelAssignment(ctx: LearningContext, id: string) {
  const current = await getAssignment(ctx.db, id);
  if (current.status === 'cancelled') throw conflict('ASSIGNMENT_CANCELLED');
  await ctx.db.transaction(async (tx) => {
    await tx.update(courseAssignments).set({ status: 'cancelled' }).where(eq(courseAssignments.id, id));
    await audit(tx, ctx, 'course_assignment.cancel', {
      type: 'course_assignment',
      id,
      unitId: current.unitId,
    });
  });
  return getAssignment(ctx.db, id);
}

type AssignmentRow = {
  id: string;
  course_id: string;
  course_title: string;
  unit_id: string;
  role_codes: string[];
  target_unit_ids: string[];
  targets: string[] | null;
  grade_bands: string[];
  due_on: string;
  status: string;
  created_at: string;
  enrolled: number;
  completed: number;
};

const assignmentView = (r: AssignmentRow) => ({
  id: r.id,
  courseId: r.course_id,
  courseTitle: r.course_title,
  unitId: r.unit_id,
  roleCodes: r.role_codes,
  targetUnitIds: r.target_unit_ids,
  targetNames: r.targets ?? [],
  gradeBands: r.grade_bands,
  dueOn: typeof r.due_on === 'string' ? r.due_on.slice(0, 10) : vietnamDate(new Date(r.due_on)),
  status: r.status,
  createdAt: new Date(r.created_at).toISOString(),
  enrolled: Number(r.enrolled),
  completed: Number(r.completed),
});

const selectAssignments = sql`select a.id, a.course_id, c.title as course_title, a.unit_id, a.role_codes,
    a.target_unit_ids, a.grade_bands, a.due_on::text as due_on, a.status, a.created_at,
    (select array_agg(ou.name order by ou.name) from org_units ou
       where ou.id::text in (select jsonb_array_elements_text(a.target_unit_ids))) as targets,
    (select count(*)::int from enrolments e where e.assignment_id = a.id) as enrolled,
    (select count(*)::int from enrolments e where e.assignment_id = a.id and e.status = 'completed') as completed
  from course_assignments a join courses c on c.id = a.course_id`;

export async function getAssignment(db: DbOrTx, id: string) {
  const [row] = await query<AssignmentRow>(db, sql`${selectAssignments} where a.id = ${id}`);
  if (!row) throw notFound();
  return assignmentView(row);
}

export async function listAssignments(ctx: LearningContext) {
  const rows = await query<AssignmentRow>(
    ctx.db,
    sql`${selectAssignments} where ${unitInScope(ctx.scope, sql`a.unit_id`)} order by a.created_at desc`,
  );
  return { items: rows.map(assignmentView) };
}

/**
 * The recurring recompute: enrolments for people who joined a targeted unit
 * or got a targeted role since, and enrolment units kept in step with
 * accounts. Assignments whose deadline passed more than 30 days ago rest.
 */
export async function recomputeAssignments(db: Db, now: Date): Promise<number> {
  const cutoff = vietnamDate(new Date(now.getTime() - 30 * 86_400_000));
  const active = await query<{ id: string }>(
    db,
    sql`select id from course_assignments where status = 'active' and due_on >= ${cutoff}::date`,
  );
  let created = 0;
  for (const a of active) created += await db.transaction((tx) => materialiseAssignment(tx, a.id));
  return created;
}
