import { SEED_COURSES, SEED_LESSONS } from '@edushield/core/awareness/content/index';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { query } from '../../db/client';
import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';
import { notify } from '../notifications/notify';
import { REMIND_JOB, recomputeAssignments } from './assignments.service';
import { syncEnrolmentUnits } from './learning.enrol';
import { seedLearningContent } from './learning.seed';

export const SEED_JOB = 'learning.seed';
export const RECOMPUTE_JOB = 'learning.recompute';

/** Loads the built-in Vietnamese courses (idempotent; officers' edits are kept). */
export const seedBuiltInContent = (db: Db) =>
  seedLearningContent(db, { courses: SEED_COURSES, lessons: SEED_LESSONS });

/** Reminds the learners of an assignment who have not finished, `days` before its deadline (once each). */
export async function sendReminders(db: Db, assignmentId: string, days: number): Promise<number> {
  const rows = await query<{ user_id: string; title: string; due_on: string; status: string }>(
    db,
    sql`select e.user_id, c.title, a.due_on::text as due_on, a.status
        from enrolments e join course_assignments a on a.id = e.assignment_id join courses c on c.id = e.course_id
        where a.id = ${assignmentId} and e.status <> 'completed'`,
  );
  const active = rows.filter((r) => r.status === 'active');
  if (active.length === 0) return 0;
  const { title, due_on } = active[0]!;
  const due = due_on.split('-').reverse().join('/');
  const result = await db.transaction((tx) =>
    notify(tx, {
      userIds: active.map((r) => r.user_id),
      kind: 'learning.reminder',
      title: { vi: `Nhắc hạn khoá học: ${title}`, en: `Course due soon: ${title}` },
      body: {
        vi: `Còn ${days} ngày để hoàn thành khoá học (hạn ${due}).`,
        en: `${days} day(s) left to finish the course (due ${due_on}).`,
      },
      link: '/learning',
      related: { type: 'course_assignment', id: assignmentId },
      dedupeKey: `learning.remind:${assignmentId}:${days}`,
    }),
  );
  return result.created;
}

/** Durable jobs of the learning feature; `recurring` kinds are kept scheduled by the server. */
export function learningJobs(deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  const definitions: JobDefinition[] = [
    {
      // Runs once per server start (recurring without a next run): new or changed seed content lands.
      kind: SEED_JOB,
      handler: async () => ({ ...(await seedBuiltInContent(deps.db)) }),
    },
    {
      kind: RECOMPUTE_JOB,
      handler: async () => ({
        enrolled: await recomputeAssignments(deps.db, new Date()),
        moved: await syncEnrolmentUnits(deps.db),
      }),
      nextRun: (now) => new Date(now.getTime() + 3_600_000),
    },
    {
      kind: REMIND_JOB,
      handler: async (payload) => ({
        reminded: await sendReminders(deps.db, String(payload.assignmentId), Number(payload.days)),
      }),
    },
  ];
  return { definitions, recurring: [SEED_JOB, RECOMPUTE_JOB] };
}
