import { drawQuestions } from '@edushield/core/awareness/quiz';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { DemoContext } from '../../demo/demo.context';
import { roleAssignments, users } from '../users/users.table';
import { scheduleReminders } from './assignments.service';
import { newCertificateCode } from './learner.service';
import { materialiseAssignment } from './learning.enrol';
import { seedBuiltInContent } from './learning.jobs';
import {
  courseAssignments,
  courses,
  enrolments,
  lessonProgress,
  lessons,
  questions,
  quizAttempts,
} from './learning.table';

const COURSE = 'nhan-dien-lua-dao-truc-tuyen';
const DUE_ON = '2026-12-15';

/** Teachers of the two communes (besides gv.th.thaibinh from the base demo) and one pupil. */
const PEOPLE: [username: string, fullName: string, role: string, unitCode: string][] = [
  ['gv.thcs.thaibinh', 'Nguyễn Thị Hồng', 'teacher', 'THCS-THAIBINH'],
  ['gv.mn.thaibinh', 'Trần Văn Bình', 'teacher', 'MN-THAIBINH'],
  ['gv.th.trungmon', 'Lê Thị Thu', 'teacher', 'TH-TRUNGMON'],
  ['gv.thcs.trungmon', 'Phạm Quốc Việt', 'teacher', 'THCS-TRUNGMON'],
  ['gv.mn.trungmon', 'Đinh Thị Ngọc', 'teacher', 'MN-TRUNGMON'],
  ['hs.thcs.thaibinh', 'Hoàng Minh Khôi', 'student', 'THCS-THAIBINH'],
];

/** Finished learners: score and the day they finished (Vietnam, November 2026). */
const COMPLETIONS: Record<string, { score: number; on: string; minutes: number }> = {
  'gv.thcs.thaibinh': { score: 90, on: '2026-11-18', minutes: 41 },
  'gv.th.trungmon': { score: 100, on: '2026-11-19', minutes: 36 },
  'gv.mn.trungmon': { score: 80, on: '2026-11-20', minutes: 52 },
};
/** Started, some lessons read. */
const IN_PROGRESS: Record<string, number> = { 'gv.mn.thaibinh': 1, 'hs.thcs.thaibinh': 1 };

async function simulate(
  db: Db,
  enrolmentId: string,
  lessonsDone: number,
  finish?: { score: number; on: string; minutes: number },
) {
  const [e] = await db.select().from(enrolments).where(eq(enrolments.id, enrolmentId));
  if (!e) return;
  const lessonRows = await db
    .select()
    .from(lessons)
    .where(eq(lessons.courseId, e.courseId))
    .orderBy(asc(lessons.position));
  const day = finish?.on ?? '2026-11-21';
  const at = (hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`);
  const done = finish ? lessonRows.length : lessonsDone;
  const lessonSeconds = Math.round(((finish?.minutes ?? 12) * 60 * 0.8) / Math.max(1, done));
  for (const lesson of lessonRows.slice(0, done)) {
    await db
      .insert(lessonProgress)
      .values({
        enrolmentId,
        lessonId: lesson.id,
        secondsSpent: lessonSeconds,
        completedAt: at(9),
        updatedAt: at(9),
      })
      .onConflictDoNothing();
  }
  let seconds = lessonSeconds * done;
  if (finish) {
    const course = (await db.select().from(courses).where(eq(courses.id, e.courseId)))[0]!;
    const bank = await db
      .select()
      .from(questions)
      .where(
        and(
          inArray(
            questions.lessonId,
            lessonRows.map((l) => l.id),
          ),
          eq(questions.active, true),
        ),
      );
    const drawn = drawQuestions(bank, course.questionsPerQuiz, e.audience, `demo:${enrolmentId}`);
    const wrong = Math.round(drawn.length * (1 - finish.score / 100));
    const answers: Record<string, number> = {};
    drawn.forEach((q, i) => {
      answers[q.id] = i < wrong ? (q.correctIndex + 1) % q.choices.length : q.correctIndex;
    });
    const score = Math.floor(((drawn.length - wrong) * 100) / Math.max(1, drawn.length));
    const attemptSeconds = Math.round(finish.minutes * 60 * 0.2);
    seconds += attemptSeconds;
    await db.insert(quizAttempts).values({
      enrolmentId,
      questionIds: drawn.map((q) => q.id),
      answers,
      startedAt: at(10),
      finishedAt: new Date(at(10).getTime() + attemptSeconds * 1000),
      score,
      passed: true,
      secondsSpent: attemptSeconds,
    });
    await db
      .update(enrolments)
      .set({
        status: 'completed',
        bestScore: score,
        startedAt: at(8),
        completedAt: at(11),
        certificateCode: newCertificateCode(),
        certificateIssuedAt: at(11),
        secondsSpent: seconds,
      })
      .where(eq(enrolments.id, enrolmentId));
  } else {
    await db
      .update(enrolments)
      .set({ startedAt: at(8), secondsSpent: seconds })
      .where(eq(enrolments.id, enrolmentId));
  }
}

/** What the learning feature adds to the EDUSHIELD_DEMO=1 province. */
export async function seedDemoLearning(ctx: DemoContext): Promise<void> {
  const { db } = ctx;
  await seedBuiltInContent(db);
  const [course] = await db.select().from(courses).where(eq(courses.slug, COURSE));
  if (!course) return;
  const [officer] = await db.select().from(users).where(eq(users.username, 'so.attt'));

  const ids = new Map<string, string>();
  for (const [username, fullName, roleCode, unitCode] of PEOPLE) {
    const unitId = ctx.byCode.get(unitCode);
    if (!unitId) continue;
    const [user] = await db
      .insert(users)
      .values({
        username,
        fullName,
        unitId,
        passwordHash: ctx.passwordHash,
        mustChangePassword: false,
        createdBy: ctx.adminId,
      })
      .returning();
    await db
      .insert(roleAssignments)
      .values({ userId: user!.id, roleCode, unitId, scope: 'subtree', grantedBy: ctx.adminId });
    ids.set(username, user!.id);
  }
  ctx.accounts.push('gv.thcs.thaibinh', 'hs.thcs.thaibinh');

  const assign = async (values: { roleCodes: string[]; targetUnitIds: string[]; gradeBands: string[] }) => {
    const [a] = await db
      .insert(courseAssignments)
      .values({
        courseId: course.id,
        unitId: ctx.rootId,
        dueOn: DUE_ON,
        createdBy: officer?.id ?? ctx.adminId,
        createdAt: new Date('2026-11-16T02:00:00Z'),
        ...values,
      })
      .returning();
    await db.transaction((tx) => materialiseAssignment(tx, a!.id));
    await scheduleReminders(db, { id: a!.id, dueOn: DUE_ON }, new Date());
  };
  // All teachers of two communes; the grade-band (THCS) version for the pupils of THCS Thái Bình.
  await assign({
    roleCodes: ['teacher'],
    targetUnitIds: [ctx.byCode.get('XA-THAIBINH')!, ctx.byCode.get('XA-TRUNGMON')!],
    gradeBands: [],
  });
  await assign({
    roleCodes: ['student'],
    targetUnitIds: [ctx.byCode.get('THCS-THAIBINH')!],
    gradeBands: ['THCS'],
  });

  for (const [username, userId] of ids) {
    const [e] = await db
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(eq(enrolments.userId, userId), eq(enrolments.courseId, course.id)));
    if (!e) continue;
    if (COMPLETIONS[username]) await simulate(db, e.id, 0, COMPLETIONS[username]);
    else if (IN_PROGRESS[username]) await simulate(db, e.id, IN_PROGRESS[username]);
  }
}
