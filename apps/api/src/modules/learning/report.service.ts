import { sql } from 'drizzle-orm';
import { query } from '../../db/client';
import { unitInScope } from '../../plugins/scope';
import type { LearningContext } from './learning.context';
import { learningRollup } from './learning.rollup';
import type { LearnersQuery } from './learning.schemas';

/**
 * Results for awareness.report: the unit and its children rolled up, each
 * course's figures in the subtree, and the learners themselves — always
 * within the caller's scope (a principal sees their own school only).
 */
export async function learningReport(ctx: LearningContext, unitId: string) {
  const units = await learningRollup(ctx.db, ctx.scope, unitId);
  const courses = await query<{
    course_id: string;
    title: string;
    assigned: number;
    completed: number;
    avg_score: string | null;
    seconds: string | null;
    overdue: number;
  }>(
    ctx.db,
    sql`select c.id as course_id, c.title, count(e.id)::int as assigned,
          count(e.id) filter (where e.status = 'completed')::int as completed,
          avg(e.best_score) filter (where e.status = 'completed') as avg_score,
          coalesce(sum(e.seconds_spent), 0) as seconds,
          count(e.id) filter (where e.status <> 'completed' and e.due_on < (now() at time zone 'Asia/Ho_Chi_Minh')::date)::int as overdue
        from enrolments e join courses c on c.id = e.course_id
        join org_units eu on eu.id = e.unit_id
        join org_units root on root.id = ${unitId}
        where eu.path like root.path || '%' and ${unitInScope(ctx.scope, sql`e.unit_id`)}
        group by c.id, c.title order by c.title`,
  );
  return {
    units,
    courses: courses.map((c) => ({
      courseId: c.course_id,
      title: c.title,
      assigned: Number(c.assigned),
      completed: Number(c.completed),
      overdue: Number(c.overdue),
      avgScore: c.avg_score === null ? null : Math.round(Number(c.avg_score) * 10) / 10,
      minutes: Math.round(Number(c.seconds ?? 0) / 60),
    })),
  };
}

export async function learners(ctx: LearningContext, q: LearnersQuery) {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const where = sql`eu.path like root.path || '%' and ${unitInScope(ctx.scope, sql`e.unit_id`)}
    ${q.courseId ? sql`and e.course_id = ${q.courseId}` : sql``}
    ${q.status ? sql`and e.status = ${q.status}` : sql``}`;
  const rows = await query<{
    id: string;
    full_name: string;
    username: string;
    unit_name: string;
    title: string;
    status: string;
    best_score: number | null;
    seconds_spent: number;
    due_on: string | null;
    completed_at: string | null;
    total: number;
  }>(
    ctx.db,
    sql`select e.id, u.full_name, u.username, eu.name as unit_name, c.title, e.status, e.best_score,
          e.seconds_spent, e.due_on::text as due_on, e.completed_at, count(*) over ()::int as total
        from enrolments e join users u on u.id = e.user_id join courses c on c.id = e.course_id
        join org_units eu on eu.id = e.unit_id join org_units root on root.id = ${q.unitId}
        where ${where}
        order by eu.name, u.full_name, c.title
        limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      username: r.username,
      unitName: r.unit_name,
      course: r.title,
      status: r.status,
      bestScore: r.best_score,
      minutes: Math.round(Number(r.seconds_spent) / 60),
      dueOn: r.due_on,
      completedAt: r.completed_at ? new Date(r.completed_at).toISOString() : null,
    })),
  };
}
