import { randomBytes } from 'node:crypto';
import { drawQuestions, scoreQuiz } from '@edushield/core/awareness/quiz';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../lib/errors';
import { audit, type LearningContext } from './learning.context';
import { courses, enrolments, lessonProgress, lessons, questions, quizAttempts } from './learning.table';

/**
 * The learner's side (awareness.learn): their own enrolments only — the
 * gate placed the enrolment in scope, and here it must also be the
 * caller's own (a principal may see results in reports, never take a
 * colleague's quiz). Scoring happens here and only here: the browser never
 * sees which choice is right before it has answered.
 */

/** Time a single heartbeat may add to a lesson, at most. */
const MAX_HEARTBEAT_SECONDS = 300;
/** An attempt counts at most two hours of time spent. */
const MAX_ATTEMPT_SECONDS = 7200;

interface ExerciseStored {
  channel: string;
  from: string;
  subject?: string;
  body: string;
  isPhish: boolean;
  signs: string[];
}

async function ownEnrolment(ctx: LearningContext, id: string) {
  const [row] = await ctx.db
    .select({ e: enrolments, c: courses })
    .from(enrolments)
    .innerJoin(courses, eq(courses.id, enrolments.courseId))
    .where(eq(enrolments.id, id));
  if (!row) throw notFound();
  // In scope (the gate checked) but someone else's: results are for reports, the course is theirs.
  if (row.e.userId !== ctx.actor.userId) throw forbidden('ENROLMENT_NOT_OWN');
  return row;
}

async function courseLessons(db: DbOrTx, courseId: string) {
  return db
    .select()
    .from(lessons)
    .where(eq(lessons.courseId, courseId))
    .orderBy(asc(lessons.position), asc(lessons.createdAt));
}

export async function myEnrolments(ctx: LearningContext) {
  const rows = await query<{
    id: string;
    course_id: string;
    title: string;
    audience: string;
    due_on: string | null;
    status: string;
    best_score: number | null;
    seconds_spent: number;
    certificate_code: string | null;
    lessons: number;
    lessons_done: number;
    reason: string;
  }>(
    ctx.db,
    sql`select e.id, e.course_id, c.title, e.audience, e.due_on::text as due_on, e.status, e.best_score,
          e.seconds_spent, e.certificate_code, e.reason,
          (select count(*)::int from lessons l where l.course_id = c.id) as lessons,
          (select count(*)::int from lesson_progress p where p.enrolment_id = e.id and p.completed_at is not null) as lessons_done
        from enrolments e join courses c on c.id = e.course_id
        where e.user_id = ${ctx.actor.userId} and c.status <> 'archived'
        order by e.status = 'completed', e.due_on nulls last, c.title`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      courseId: r.course_id,
      title: r.title,
      audience: r.audience,
      dueOn: r.due_on,
      status: r.status,
      bestScore: r.best_score,
      minutes: Math.round(Number(r.seconds_spent) / 60),
      hasCertificate: r.certificate_code !== null,
      lessons: Number(r.lessons),
      lessonsDone: Number(r.lessons_done),
      remedial: r.reason !== 'assignment',
    })),
  };
}

export async function getEnrolment(ctx: LearningContext, id: string) {
  const { e, c } = await ownEnrolment(ctx, id);
  const lessonRows = await courseLessons(ctx.db, c.id);
  const progress = await ctx.db.select().from(lessonProgress).where(eq(lessonProgress.enrolmentId, id));
  const attempts = await ctx.db
    .select()
    .from(quizAttempts)
    .where(eq(quizAttempts.enrolmentId, id))
    .orderBy(desc(quizAttempts.startedAt));
  const done = new Set(progress.filter((p) => p.completedAt).map((p) => p.lessonId));
  return {
    id: e.id,
    courseId: c.id,
    title: c.title,
    descriptionHtml: c.descriptionHtml,
    audience: e.audience,
    passMarkPercent: c.passMarkPercent,
    questionsPerQuiz: c.questionsPerQuiz,
    dueOn: e.dueOn,
    status: e.status,
    bestScore: e.bestScore,
    minutes: Math.round(e.secondsSpent / 60),
    completedAt: e.completedAt?.toISOString() ?? null,
    hasCertificate: e.certificateCode !== null,
    lessons: lessonRows.map((l) => ({
      id: l.id,
      title: l.title,
      summary: l.summary,
      minutes: l.minutes,
      completed: done.has(l.id),
    })),
    quizOpen: lessonRows.length > 0 && lessonRows.every((l) => done.has(l.id)),
    openAttemptId: attempts.find((a) => a.finishedAt === null)?.id ?? null,
    attempts: attempts
      .filter((a) => a.finishedAt !== null)
      .map((a) => ({
        id: a.id,
        finishedAt: a.finishedAt!.toISOString(),
        score: a.score,
        passed: a.passed,
        minutes: Math.round(a.secondsSpent / 60),
      })),
  };
}

async function ownLesson(ctx: LearningContext, id: string, lessonId: string) {
  const { e, c } = await ownEnrolment(ctx, id);
  const [lesson] = await ctx.db
    .select()
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), eq(lessons.courseId, c.id)));
  if (!lesson) throw new AppError('LESSON_NOT_IN_COURSE', 404);
  return { e, c, lesson };
}

/** Opens a lesson: the body of the learner's version; exercises without their answers until answered. */
export async function openLesson(ctx: LearningContext, id: string, lessonId: string) {
  const { e, lesson } = await ownLesson(ctx, id, lessonId);
  const now = ctx.now();
  // Opening starts the clock the heartbeats are measured against.
  await ctx.db
    .insert(lessonProgress)
    .values({ enrolmentId: e.id, lessonId, updatedAt: now })
    .onConflictDoUpdate({
      target: [lessonProgress.enrolmentId, lessonProgress.lessonId],
      set: { updatedAt: now },
    });
  if (!e.startedAt) await ctx.db.update(enrolments).set({ startedAt: now }).where(eq(enrolments.id, e.id));
  const [progress] = await ctx.db
    .select()
    .from(lessonProgress)
    .where(and(eq(lessonProgress.enrolmentId, e.id), eq(lessonProgress.lessonId, lessonId)));
  const all = await courseLessons(ctx.db, lesson.courseId);
  const index = all.findIndex((l) => l.id === lesson.id);
  const answers = progress?.exerciseAnswers ?? {};
  return {
    id: lesson.id,
    title: lesson.title,
    summary: lesson.summary,
    minutes: lesson.minutes,
    bodyHtml: lesson.bodyByAudience[e.audience] ?? lesson.bodyHtml,
    completed: Boolean(progress?.completedAt),
    previousLessonId: all[index - 1]?.id ?? null,
    nextLessonId: all[index + 1]?.id ?? null,
    exercises: (lesson.exercises as ExerciseStored[]).map((x, i) => {
      const answer = answers[String(i)];
      return {
        index: i,
        channel: x.channel,
        from: x.from,
        subject: x.subject ?? null,
        body: x.body,
        answer: answer === undefined ? null : answer,
        ...(answer === undefined ? {} : { isPhish: x.isPhish, signs: x.signs }),
      };
    }),
  };
}

/** Adds time spent on a lesson (no more than has really passed since the last beat) and marks it read. */
export async function recordProgress(
  ctx: LearningContext,
  id: string,
  lessonId: string,
  body: { seconds: number; completed?: boolean },
) {
  const { e } = await ownLesson(ctx, id, lessonId);
  const now = ctx.now();
  const [progress] = await ctx.db
    .select()
    .from(lessonProgress)
    .where(and(eq(lessonProgress.enrolmentId, e.id), eq(lessonProgress.lessonId, lessonId)));
  if (!progress) throw new AppError('LESSON_NOT_IN_COURSE', 404);
  const elapsed = Math.max(0, Math.floor((now.getTime() - progress.updatedAt.getTime()) / 1000));
  const added = Math.min(body.seconds, elapsed + 5, MAX_HEARTBEAT_SECONDS);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(lessonProgress)
      .set({
        secondsSpent: sql`${lessonProgress.secondsSpent} + ${added}`,
        updatedAt: now,
        ...(body.completed && !progress.completedAt ? { completedAt: now } : {}),
      })
      .where(and(eq(lessonProgress.enrolmentId, e.id), eq(lessonProgress.lessonId, lessonId)));
    await tx
      .update(enrolments)
      .set({ secondsSpent: sql`${enrolments.secondsSpent} + ${added}` })
      .where(eq(enrolments.id, e.id));
  });
  return { added, completed: Boolean(body.completed || progress.completedAt) };
}

export async function answerExercise(
  ctx: LearningContext,
  id: string,
  lessonId: string,
  index: number,
  isPhish: boolean,
) {
  const { e, lesson } = await ownLesson(ctx, id, lessonId);
  const exercise = (lesson.exercises as ExerciseStored[])[index];
  if (!exercise) throw new AppError('EXERCISE_NOT_FOUND', 404);
  // The first verdict stands.
  await ctx.db
    .insert(lessonProgress)
    .values({ enrolmentId: e.id, lessonId, exerciseAnswers: { [String(index)]: isPhish } })
    .onConflictDoUpdate({
      target: [lessonProgress.enrolmentId, lessonProgress.lessonId],
      set: {
        exerciseAnswers: sql`jsonb_build_object(${String(index)}::text, ${isPhish}::boolean) || ${lessonProgress.exerciseAnswers}`,
      },
    });
  return { correct: exercise.isPhish === isPhish, isPhish: exercise.isPhish, signs: exercise.signs };
}

async function ownAttempt(ctx: LearningContext, id: string, attemptId: string) {
  const own = await ownEnrolment(ctx, id);
  const [attempt] = await ctx.db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.enrolmentId, id)));
  if (!attempt) throw new AppError('ATTEMPT_NOT_FOUND', 404);
  return { ...own, attempt };
}

async function attemptView(db: DbOrTx, attempt: typeof quizAttempts.$inferSelect) {
  const rows = attempt.questionIds.length
    ? await db.select().from(questions).where(inArray(questions.id, attempt.questionIds))
    : [];
  const byId = new Map(rows.map((q) => [q.id, q]));
  return {
    id: attempt.id,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    score: attempt.score,
    passed: attempt.passed,
    questions: attempt.questionIds.flatMap((qid) => {
      const q = byId.get(qid);
      if (!q) return [];
      const chosen = attempt.answers[qid];
      return [
        {
          id: q.id,
          promptHtml: q.promptHtml,
          choices: q.choices,
          // What is right is revealed only once the question has been answered.
          ...(chosen === undefined
            ? { answered: null }
            : {
                answered: {
                  choice: chosen,
                  correct: chosen === q.correctIndex,
                  correctIndex: q.correctIndex,
                  explanationHtml: q.explanationHtml,
                },
              }),
        },
      ];
    }),
  };
}

/** Starts an attempt (or returns the open one): the draw is fixed here, on the server. */
export async function startAttempt(ctx: LearningContext, id: string) {
  const { e, c } = await ownEnrolment(ctx, id);
  if (e.status === 'completed') throw conflict('ENROLMENT_COMPLETED');
  const [open] = await ctx.db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.enrolmentId, id), sql`${quizAttempts.finishedAt} is null`));
  if (open) return attemptView(ctx.db, open);
  const [counts] = await query<{ lessons: number; done: number }>(
    ctx.db,
    sql`select (select count(*)::int from lessons where course_id = ${c.id}) as lessons,
          (select count(*)::int from lesson_progress p join lessons l on l.id = p.lesson_id
            where p.enrolment_id = ${id} and l.course_id = ${c.id} and p.completed_at is not null) as done`,
  );
  if (!counts || Number(counts.lessons) === 0 || Number(counts.done) < Number(counts.lessons))
    throw conflict('LESSONS_NOT_FINISHED');
  const bank = await query<{ id: string; lesson_id: string; audiences: string[] | null }>(
    ctx.db,
    sql`select q.id, q.lesson_id, q.audiences from questions q join lessons l on l.id = q.lesson_id
        where l.course_id = ${c.id} and q.active order by q.id`,
  );
  const attemptId = crypto.randomUUID();
  const drawn = drawQuestions(
    bank.map((q) => ({ id: q.id, lessonId: q.lesson_id, audiences: q.audiences })),
    c.questionsPerQuiz,
    e.audience,
    attemptId,
  );
  if (drawn.length === 0) throw conflict('QUIZ_NO_QUESTIONS');
  const [attempt] = await ctx.db
    .insert(quizAttempts)
    .values({ id: attemptId, enrolmentId: id, questionIds: drawn.map((q) => q.id), startedAt: ctx.now() })
    .returning();
  return attemptView(ctx.db, attempt!);
}

export async function getAttempt(ctx: LearningContext, id: string, attemptId: string) {
  const { attempt } = await ownAttempt(ctx, id, attemptId);
  return attemptView(ctx.db, attempt);
}

/** Records one answer (once) and tells the learner right away whether it was right, and why. */
export async function answerQuestion(
  ctx: LearningContext,
  id: string,
  attemptId: string,
  body: { questionId: string; choice: number },
) {
  const { attempt } = await ownAttempt(ctx, id, attemptId);
  if (attempt.finishedAt) throw conflict('ATTEMPT_FINISHED');
  if (!attempt.questionIds.includes(body.questionId))
    throw badRequest('ATTEMPT_QUESTION_INVALID', [{ field: 'questionId', code: 'ATTEMPT_QUESTION_INVALID' }]);
  const [question] = await ctx.db.select().from(questions).where(eq(questions.id, body.questionId));
  if (!question) throw notFound();
  if (body.choice >= question.choices.length)
    throw badRequest('ATTEMPT_CHOICE_INVALID', [{ field: 'choice', code: 'ATTEMPT_CHOICE_INVALID' }]);
  const updated = await query<{ id: string }>(
    ctx.db,
    sql`update quiz_attempts set answers = answers || jsonb_build_object(${body.questionId}::text, ${body.choice}::int)
        where id = ${attemptId} and finished_at is null and not (answers ? ${body.questionId}::text)
        returning id`,
  );
  if (updated.length === 0) {
    const [again] = await ctx.db.select().from(quizAttempts).where(eq(quizAttempts.id, attemptId));
    throw conflict(again?.finishedAt ? 'ATTEMPT_FINISHED' : 'ATTEMPT_ALREADY_ANSWERED');
  }
  return {
    questionId: question.id,
    choice: body.choice,
    correct: body.choice === question.correctIndex,
    correctIndex: question.correctIndex,
    explanationHtml: question.explanationHtml,
  };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 16 characters of Crockford base32 from 80 random bits. */
export function newCertificateCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A code as typed by a person: dashes and spaces dropped, O→0, I/L→1, upper case. */
export function normaliseCertificateCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export const formatCertificateCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1-');

/** Submits an attempt: scored here; a pass with every lesson read completes the course and issues a certificate. */
export async function finishAttempt(ctx: LearningContext, id: string, attemptId: string) {
  const { e, c, attempt } = await ownAttempt(ctx, id, attemptId);
  if (attempt.finishedAt) throw conflict('ATTEMPT_FINISHED');
  const bank = await ctx.db
    .select({ id: questions.id, correctIndex: questions.correctIndex })
    .from(questions)
    .where(inArray(questions.id, attempt.questionIds));
  const byId = new Map(bank.map((q) => [q.id, q]));
  const score = scoreQuiz(
    attempt.questionIds.map((qid) => ({ id: qid, correctIndex: byId.get(qid)?.correctIndex ?? -1 })),
    attempt.answers,
    c.passMarkPercent,
  );
  const now = ctx.now();
  const seconds = Math.min(
    MAX_ATTEMPT_SECONDS,
    Math.max(0, Math.floor((now.getTime() - attempt.startedAt.getTime()) / 1000)),
  );
  const result = await ctx.db.transaction(async (tx) => {
    const closed = await tx
      .update(quizAttempts)
      .set({ finishedAt: now, score: score.percent, passed: score.passed, secondsSpent: seconds })
      .where(and(eq(quizAttempts.id, attemptId), sql`${quizAttempts.finishedAt} is null`))
      .returning({ id: quizAttempts.id });
    if (closed.length === 0) throw conflict('ATTEMPT_FINISHED');
    const [counts] = await query<{ lessons: number; done: number }>(
      tx,
      sql`select (select count(*)::int from lessons where course_id = ${c.id}) as lessons,
            (select count(*)::int from lesson_progress p join lessons l on l.id = p.lesson_id
              where p.enrolment_id = ${id} and l.course_id = ${c.id} and p.completed_at is not null) as done`,
    );
    const completes =
      score.passed && e.status !== 'completed' && Number(counts?.done) >= Number(counts?.lessons);
    const certificateCode = completes ? newCertificateCode() : null;
    await tx
      .update(enrolments)
      .set({
        secondsSpent: sql`${enrolments.secondsSpent} + ${seconds}`,
        bestScore: sql`greatest(coalesce(${enrolments.bestScore}, 0), ${score.percent})`,
        ...(completes
          ? { status: 'completed' as const, completedAt: now, certificateCode, certificateIssuedAt: now }
          : {}),
      })
      .where(eq(enrolments.id, id));
    await audit(
      tx,
      ctx,
      completes ? 'enrolment.complete' : 'quiz.submit',
      { type: 'enrolment', id, unitId: e.unitId },
      { attemptId, score: score.percent, passed: score.passed },
    );
    return { completed: completes };
  });
  return {
    ...score,
    score: score.percent,
    completed: result.completed,
    attempt: await getAttempt(ctx, id, attemptId),
  };
}
