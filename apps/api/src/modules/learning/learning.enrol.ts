import type { Audience } from '@edushield/core/awareness/content';
import { audienceOf, pickVersion } from '@edushield/core/awareness/quiz';
import { and, eq, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { notify } from '../notifications/notify';
import { vietnamDate } from './learning.context';
import { courseAssignments, courses, enrolments } from './learning.table';

/**
 * Who takes which course: enrolments materialised from assignments (and
 * recomputed for people who join later), and remedial enrolments other
 * features ask for (a phishing-drill click).
 */

export interface LearnerProfile {
  userId: string;
  unitId: string;
  roles: string[];
  schoolLevel: string | null;
  audience: Audience;
}

/** A learner's unit, roles and audience (pupils by the level of their school). */
export async function learnerProfile(db: DbOrTx, userId: string): Promise<LearnerProfile | null> {
  const [row] = await query<{
    id: string;
    unit_id: string;
    roles: string[] | null;
    level_code: string | null;
  }>(
    db,
    sql`select u.id, u.unit_id, sp.level_code,
          (select array_agg(ra.role_code order by ra.role_code) from role_assignments ra where ra.user_id = u.id) as roles
        from users u left join school_profiles sp on sp.unit_id = u.unit_id
        where u.id = ${userId}`,
  );
  if (!row) return null;
  const roles = row.roles ?? [];
  return {
    userId: row.id,
    unitId: row.unit_id,
    roles,
    schoolLevel: row.level_code,
    audience: audienceOf(roles, row.level_code),
  };
}

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface RemedialResult {
  enrolmentId: string;
  courseId: string;
  created: boolean;
}

/**
 * Enrols a user in the published course with slug `lessonOrCourseSlug`, or
 * else in the first published course holding a lesson with that slug, in
 * the version for their audience; idempotent (an existing enrolment is
 * returned with `created: false`). Null when no such course exists.
 * Runs in the caller's transaction and notifies the learner in-app and by
 * email (once per enrolment). See docs/features/learning.md.
 */
export async function enrolInRemedial(
  tx: DbOrTx,
  userId: string,
  lessonOrCourseSlug: string,
  reason: string,
  now: Date = new Date(),
): Promise<RemedialResult | null> {
  const [course] = await query<{ id: string; title: string; audiences: string[] }>(
    tx,
    sql`select c.id, c.title, c.audiences from courses c
        where c.status = 'published' and (c.slug = ${lessonOrCourseSlug}
          or exists (select 1 from lessons l where l.course_id = c.id and l.slug = ${lessonOrCourseSlug}))
        order by (c.slug = ${lessonOrCourseSlug}) desc, c.created_at limit 1`,
  );
  if (!course) return null;
  const profile = await learnerProfile(tx, userId);
  if (!profile) return null;
  const audience = pickVersion(course.audiences, profile.audience) ?? course.audiences[0] ?? profile.audience;
  const [inserted] = await tx
    .insert(enrolments)
    .values({
      courseId: course.id,
      userId,
      unitId: profile.unitId,
      audience,
      reason: reason.slice(0, 200),
      dueOn: addDays(vietnamDate(now), 14),
    })
    .onConflictDoNothing()
    .returning({ id: enrolments.id });
  if (inserted) {
    await notify(tx, {
      userIds: [userId],
      kind: 'learning.remedial',
      title: { vi: `Bài học bổ sung: ${course.title}`, en: `Follow-up lesson: ${course.title}` },
      body: {
        vi: 'Bạn được ghi danh vào một khoá học ngắn về an toàn thông tin. Hãy hoàn thành trong 14 ngày.',
        en: 'You have been enrolled in a short security-awareness course. Please finish it within 14 days.',
      },
      link: `/learning/enrolments/${inserted.id}`,
      related: { type: 'enrolment', id: inserted.id },
      unitId: profile.unitId,
      dedupeKey: `learning.enrolled:${inserted.id}`,
    });
    return { enrolmentId: inserted.id, courseId: course.id, created: true };
  }
  const [existing] = await tx
    .select({ id: enrolments.id })
    .from(enrolments)
    .where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, course.id)));
  return existing ? { enrolmentId: existing.id, courseId: course.id, created: false } : null;
}

type Candidate = {
  id: string;
  unit_id: string;
  roles: string[];
  level_code: string | null;
};

/**
 * The people an assignment targets today: active accounts whose own unit
 * lies in one of the target subtrees and who hold one of the roles; pupils
 * (role `student`) only in the chosen grade bands. Each gets the course
 * version for their audience; nobody gets a version not meant for them.
 */
export async function assignmentTargets(
  db: DbOrTx,
  assignment: { roleCodes: string[]; targetUnitIds: string[]; gradeBands: string[] },
  courseAudiences: readonly string[],
): Promise<{ userId: string; unitId: string; audience: Audience }[]> {
  if (assignment.roleCodes.length === 0 || assignment.targetUnitIds.length === 0) return [];
  const candidates = await query<Candidate>(
    db,
    sql`select u.id, u.unit_id, sp.level_code,
          array_agg(distinct ra.role_code) as roles
        from users u
        join org_units ou on ou.id = u.unit_id
        join org_units target on target.id = any(${`{${assignment.targetUnitIds.join(',')}}`}::uuid[])
          and ou.path like target.path || '%'
        join role_assignments ra on ra.user_id = u.id
        left join school_profiles sp on sp.unit_id = u.unit_id
        where u.status = 'active'
        group by u.id, u.unit_id, sp.level_code`,
  );
  const out: { userId: string; unitId: string; audience: Audience }[] = [];
  for (const c of candidates) {
    const matched = c.roles.filter((r) => assignment.roleCodes.includes(r));
    if (matched.length === 0) continue;
    const onlyStudent = matched.every((r) => r === 'student');
    const audience = audienceOf(c.roles, c.level_code);
    if (onlyStudent) {
      const level = (c.level_code ?? '').toUpperCase();
      if (!assignment.gradeBands.includes(level)) continue;
    }
    const version = pickVersion(courseAudiences, audience);
    if (!version) continue;
    out.push({ userId: c.id, unitId: c.unit_id, audience: version });
  }
  return out;
}

/**
 * Creates the missing enrolments of an active assignment (people who
 * joined since are picked up by the recurring recompute) and notifies the
 * new learners. Returns how many were created.
 */
export async function materialiseAssignment(tx: DbOrTx, assignmentId: string): Promise<number> {
  const [row] = await tx
    .select({ a: courseAssignments, c: courses })
    .from(courseAssignments)
    .innerJoin(courses, eq(courses.id, courseAssignments.courseId))
    .where(eq(courseAssignments.id, assignmentId));
  if (!row) return 0;
  const { a, c } = row;
  if (a.status !== 'active' || c.status !== 'published') return 0;
  const targets = await assignmentTargets(tx, a, c.audiences);
  if (targets.length === 0) return 0;
  const created: { id: string; userId: string }[] = [];
  const chunk = 500;
  for (let i = 0; i < targets.length; i += chunk) {
    const rows = await tx
      .insert(enrolments)
      .values(
        targets.slice(i, i + chunk).map((t) => ({
          courseId: c.id,
          userId: t.userId,
          unitId: t.unitId,
          assignmentId: a.id,
          audience: t.audience,
          reason: 'assignment',
          dueOn: a.dueOn,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: enrolments.id, userId: enrolments.userId });
    created.push(...rows);
  }
  if (created.length > 0) {
    const due = a.dueOn.split('-').reverse().join('/');
    await notify(tx, {
      userIds: created.map((e) => e.userId),
      kind: 'learning.assigned',
      title: { vi: `Khoá học mới: ${c.title}`, en: `New course: ${c.title}` },
      body: { vi: `Hạn hoàn thành: ${due}.`, en: `Due: ${a.dueOn}.` },
      link: '/learning',
      related: { type: 'course_assignment', id: a.id },
      dedupeKey: `learning.assigned:${a.id}`,
    });
  }
  return created.length;
}

/** Keeps every enrolment's unit in step with its learner's account (moves between schools). */
export async function syncEnrolmentUnits(db: DbOrTx): Promise<number> {
  const rows = await query<{ id: string }>(
    db,
    sql`update enrolments e set unit_id = u.unit_id from users u
        where u.id = e.user_id and e.unit_id <> u.unit_id returning e.id`,
  );
  return rows.length;
}
