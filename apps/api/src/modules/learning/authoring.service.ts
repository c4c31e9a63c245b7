import { roleHasPermission } from '@edushield/core';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { query } from '../../db/client';
import { AppError, badRequest, conflict, notFound } from '../../lib/errors';
import { isBlankHtml, plainText, sanitizeRichText } from '../../lib/rich-text';
import { unitInScope } from '../../plugins/scope';
import { orgUnits } from '../org/org.table';
import { violatedUniqueIndex } from '../sector/sector.context';
import { audit, type LearningContext } from './learning.context';
import type {
  CreateCourseBody,
  LessonBody,
  QuestionBody,
  UpdateCourseBody,
  UpdateLessonBody,
  UpdateQuestionBody,
} from './learning.schemas';
import { courses, lessons, questions } from './learning.table';

/**
 * Authoring (awareness.manage): courses, their lessons and question banks.
 * Every rich-text field is sanitised here, before it is stored; an edit
 * marks the row `edited_at` so the seeder never overwrites it.
 */

export async function listCourses(ctx: LearningContext) {
  const rows = await query<{
    id: string;
    slug: string;
    title: string;
    status: string;
    audiences: string[];
    lessons: number;
    questions: number;
    enrolled: number;
    completed: number;
    updated_at: string;
  }>(
    ctx.db,
    sql`select c.id, c.slug, c.title, c.status, c.audiences, c.updated_at,
          (select count(*)::int from lessons l where l.course_id = c.id) as lessons,
          (select count(*)::int from questions q join lessons l on l.id = q.lesson_id
             where l.course_id = c.id and q.active) as questions,
          (select count(*)::int from enrolments e where e.course_id = c.id) as enrolled,
          (select count(*)::int from enrolments e where e.course_id = c.id and e.status = 'completed') as completed
        from courses c where ${unitInScope(ctx.scope, sql`c.unit_id`)}
        order by c.status = 'archived', c.title`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status,
      audiences: r.audiences,
      lessons: Number(r.lessons),
      questions: Number(r.questions),
      enrolled: Number(r.enrolled),
      completed: Number(r.completed),
      updatedAt: new Date(r.updated_at).toISOString(),
    })),
  };
}

export async function getCourseForAuthoring(ctx: LearningContext, id: string) {
  const [course] = await ctx.db.select().from(courses).where(eq(courses.id, id));
  if (!course) throw notFound();
  const lessonRows = await ctx.db
    .select()
    .from(lessons)
    .where(eq(lessons.courseId, id))
    .orderBy(asc(lessons.position), asc(lessons.createdAt));
  const questionRows = lessonRows.length
    ? await ctx.db
        .select()
        .from(questions)
        .where(
          inArray(
            questions.lessonId,
            lessonRows.map((l) => l.id),
          ),
        )
        .orderBy(asc(questions.position), asc(questions.createdAt))
    : [];
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    descriptionHtml: course.descriptionHtml,
    unitId: course.unitId,
    audiences: course.audiences,
    passMarkPercent: course.passMarkPercent,
    questionsPerQuiz: course.questionsPerQuiz,
    status: course.status,
    edited: course.editedAt !== null,
    seeded: course.seedHash !== null,
    lessons: lessonRows.map((l) => ({
      id: l.id,
      slug: l.slug,
      position: l.position,
      title: l.title,
      summary: l.summary,
      minutes: l.minutes,
      bodyHtml: l.bodyHtml,
      bodyByAudience: l.bodyByAudience,
      exercises: l.exercises,
      questions: questionRows
        .filter((q) => q.lessonId === l.id)
        .map((q) => ({
          id: q.id,
          promptHtml: q.promptHtml,
          choices: q.choices,
          correctIndex: q.correctIndex,
          explanationHtml: q.explanationHtml,
          audiences: q.audiences,
          active: q.active,
        })),
    })),
  };
}

/** The unit a new course belongs to: the one named, else the caller's first unit for the permission. */
function owningUnit(ctx: LearningContext, unitId: string | undefined): string {
  if (unitId) return unitId;
  const a = ctx.actor.assignments.find((x) => roleHasPermission(x.roleCode, 'awareness.manage'));
  return a!.unitId;
}

export async function createCourse(ctx: LearningContext, body: CreateCourseBody) {
  const unitId = owningUnit(ctx, body.unitId);
  try {
    const id = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(courses)
        .values({
          slug: body.slug,
          title: plainText(body.title),
          descriptionHtml: sanitizeRichText(body.descriptionHtml ?? ''),
          unitId,
          audiences: body.audiences,
          passMarkPercent: body.passMarkPercent ?? 80,
          questionsPerQuiz: body.questionsPerQuiz ?? 10,
          createdBy: ctx.actor.userId,
          editedAt: new Date(),
        })
        .returning({ id: courses.id });
      await audit(tx, ctx, 'course.create', { type: 'course', id: row!.id, unitId }, { slug: body.slug });
      return row!.id;
    });
    return getCourseForAuthoring(ctx, id);
  } catch (error) {
    if (violatedUniqueIndex(error) !== undefined)
      throw conflict('COURSE_SLUG_TAKEN', [{ field: 'slug', code: 'COURSE_SLUG_TAKEN' }]);
    throw error;
  }
}

/** A course can be published once every lesson has a body and the bank can fill one quiz. */
async function checkPublishable(ctx: LearningContext, courseId: string) {
  const [row] = await query<{ lessons: number; questions: number }>(
    ctx.db,
    sql`select (select count(*)::int from lessons where course_id = ${courseId}) as lessons,
          (select count(*)::int from questions q join lessons l on l.id = q.lesson_id
            where l.course_id = ${courseId} and q.active) as questions`,
  );
  if (!row || Number(row.lessons) === 0 || Number(row.questions) === 0) throw badRequest('COURSE_INCOMPLETE');
}

export async function updateCourse(ctx: LearningContext, id: string, body: UpdateCourseBody) {
  const [current] = await ctx.db.select().from(courses).where(eq(courses.id, id));
  if (!current) throw notFound();
  if (body.status === 'published' && current.status !== 'published') await checkPublishable(ctx, id);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(courses)
      .set({
        ...(body.title === undefined ? {} : { title: plainText(body.title) }),
        ...(body.descriptionHtml === undefined
          ? {}
          : { descriptionHtml: sanitizeRichText(body.descriptionHtml) }),
        ...(body.audiences === undefined ? {} : { audiences: body.audiences }),
        ...(body.passMarkPercent === undefined ? {} : { passMarkPercent: body.passMarkPercent }),
        ...(body.questionsPerQuiz === undefined ? {} : { questionsPerQuiz: body.questionsPerQuiz }),
        ...(body.status === undefined ? {} : { status: body.status }),
        ...(body.status === 'published' && current.status !== 'published' ? { publishedAt: now } : {}),
        editedAt: now,
        updatedAt: now,
      })
      .where(eq(courses.id, id));
    await audit(
      tx,
      ctx,
      body.status && body.status !== current.status ? `course.${body.status}` : 'course.update',
      { type: 'course', id, unitId: current.unitId },
      { fields: Object.keys(body) },
    );
  });
  return getCourseForAuthoring(ctx, id);
}

function cleanLesson(body: UpdateLessonBody) {
  const out: Partial<typeof lessons.$inferInsert> = {};
  if (body.title !== undefined) out.title = plainText(body.title);
  if (body.summary !== undefined) out.summary = plainText(body.summary);
  if (body.minutes !== undefined) out.minutes = body.minutes;
  if (body.position !== undefined) out.position = body.position;
  if (body.bodyHtml !== undefined) {
    out.bodyHtml = sanitizeRichText(body.bodyHtml);
    if (isBlankHtml(out.bodyHtml))
      throw badRequest('LESSON_BODY_EMPTY', [{ field: 'bodyHtml', code: 'LESSON_BODY_EMPTY' }]);
  }
  if (body.bodyByAudience !== undefined) {
    const clean: Record<string, string> = {};
    for (const [k, v] of Object.entries(body.bodyByAudience)) {
      const html = sanitizeRichText(v);
      if (!isBlankHtml(html)) clean[k] = html;
    }
    out.bodyByAudience = clean;
  }
  if (body.exercises !== undefined) {
    out.exercises = body.exercises.map((e) => ({
      channel: e.channel,
      from: plainText(e.from),
      subject: e.subject === undefined ? undefined : plainText(e.subject),
      body: plainText(e.body),
      isPhish: e.isPhish,
      signs: e.signs.map(plainText),
    }));
  }
  return out;
}

async function lessonOfCourse(ctx: LearningContext, courseId: string, lessonId: string) {
  const [lesson] = await ctx.db
    .select()
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), eq(lessons.courseId, courseId)));
  if (!lesson) throw new AppError('LESSON_NOT_IN_COURSE', 404);
  return lesson;
}

async function touchCourse(
  tx: Parameters<Parameters<LearningContext['db']['transaction']>[0]>[0],
  id: string,
) {
  await tx.update(courses).set({ editedAt: new Date(), updatedAt: new Date() }).where(eq(courses.id, id));
}

export async function createLesson(ctx: LearningContext, courseId: string, body: LessonBody) {
  const fields = cleanLesson(body);
  const [course] = await ctx.db.select().from(courses).where(eq(courses.id, courseId));
  if (!course) throw notFound();
  try {
    await ctx.db.transaction(async (tx) => {
      const [last] = await tx
        .select({ position: lessons.position })
        .from(lessons)
        .where(eq(lessons.courseId, courseId))
        .orderBy(desc(lessons.position))
        .limit(1);
      const [row] = await tx
        .insert(lessons)
        .values({
          courseId,
          slug: body.slug,
          position: body.position ?? (last?.position ?? 0) + 1,
          title: fields.title!,
          summary: fields.summary ?? '',
          minutes: fields.minutes ?? 10,
          bodyHtml: fields.bodyHtml!,
          bodyByAudience: fields.bodyByAudience ?? {},
          exercises: fields.exercises ?? [],
          editedAt: new Date(),
        })
        .returning({ id: lessons.id });
      await touchCourse(tx, courseId);
      await audit(
        tx,
        ctx,
        'lesson.create',
        { type: 'lesson', id: row!.id, unitId: course.unitId },
        { courseId },
      );
    });
  } catch (error) {
    if (violatedUniqueIndex(error) !== undefined)
      throw conflict('LESSON_SLUG_TAKEN', [{ field: 'slug', code: 'LESSON_SLUG_TAKEN' }]);
    throw error;
  }
  return getCourseForAuthoring(ctx, courseId);
}

export async function updateLesson(
  ctx: LearningContext,
  courseId: string,
  lessonId: string,
  body: UpdateLessonBody,
) {
  const lesson = await lessonOfCourse(ctx, courseId, lessonId);
  const fields = cleanLesson(body);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(lessons)
      .set({ ...fields, editedAt: new Date(), updatedAt: new Date() })
      .where(eq(lessons.id, lesson.id));
    await touchCourse(tx, courseId);
    await audit(
      tx,
      ctx,
      'lesson.update',
      { type: 'lesson', id: lesson.id },
      { courseId, fields: Object.keys(body) },
    );
  });
  return getCourseForAuthoring(ctx, courseId);
}

function cleanQuestion(body: UpdateQuestionBody, current?: { choices: string[]; correctIndex: number }) {
  const out: Partial<typeof questions.$inferInsert> = {};
  if (body.promptHtml !== undefined) {
    out.promptHtml = sanitizeRichText(body.promptHtml);
    if (isBlankHtml(out.promptHtml))
      throw badRequest('QUESTION_PROMPT_EMPTY', [{ field: 'promptHtml', code: 'QUESTION_PROMPT_EMPTY' }]);
  }
  if (body.choices !== undefined) out.choices = body.choices.map(plainText);
  if (body.correctIndex !== undefined) out.correctIndex = body.correctIndex;
  const choices = out.choices ?? current?.choices ?? [];
  const correct = out.correctIndex ?? current?.correctIndex ?? -1;
  if (choices.length < 2 || choices.some((c) => c === '') || correct < 0 || correct >= choices.length)
    throw badRequest('QUESTION_CHOICES_INVALID', [{ field: 'choices', code: 'QUESTION_CHOICES_INVALID' }]);
  if (body.explanationHtml !== undefined) out.explanationHtml = sanitizeRichText(body.explanationHtml);
  if (body.audiences !== undefined) out.audiences = body.audiences?.length ? body.audiences : null;
  if (body.active !== undefined) out.active = body.active;
  return out;
}

export async function createQuestion(
  ctx: LearningContext,
  courseId: string,
  lessonId: string,
  body: QuestionBody,
) {
  const lesson = await lessonOfCourse(ctx, courseId, lessonId);
  const fields = cleanQuestion(body);
  await ctx.db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await query<{ n: number }>(
      tx,
      sql`select coalesce(max(position), 0)::int as n from questions where lesson_id = ${lesson.id}`,
    );
    const [row] = await tx
      .insert(questions)
      .values({
        lessonId: lesson.id,
        key: crypto.randomUUID(),
        position: Number(n) + 1,
        promptHtml: fields.promptHtml!,
        choices: fields.choices!,
        correctIndex: fields.correctIndex!,
        explanationHtml: fields.explanationHtml ?? '',
        audiences: fields.audiences ?? null,
        active: fields.active ?? true,
        editedAt: new Date(),
      })
      .returning({ id: questions.id });
    await touchCourse(tx, courseId);
    await audit(tx, ctx, 'question.create', { type: 'question', id: row!.id }, { courseId, lessonId });
  });
  return getCourseForAuthoring(ctx, courseId);
}

export async function updateQuestion(
  ctx: LearningContext,
  courseId: string,
  lessonId: string,
  questionId: string,
  body: UpdateQuestionBody,
) {
  await lessonOfCourse(ctx, courseId, lessonId);
  const [current] = await ctx.db
    .select()
    .from(questions)
    .where(and(eq(questions.id, questionId), eq(questions.lessonId, lessonId)));
  if (!current) throw new AppError('QUESTION_NOT_IN_LESSON', 404);
  const fields = cleanQuestion(body, current);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(questions)
      .set({ ...fields, editedAt: new Date(), updatedAt: new Date() })
      .where(eq(questions.id, questionId));
    await touchCourse(tx, courseId);
    await audit(tx, ctx, 'question.update', { type: 'question', id: questionId }, { courseId, lessonId });
  });
  return getCourseForAuthoring(ctx, courseId);
}

/** Units for the assignment form: the caller's units with awareness.manage and their children. */
export async function assignableUnits(ctx: LearningContext) {
  const rows = await ctx.db
    .select({
      id: orgUnits.id,
      code: orgUnits.code,
      name: orgUnits.name,
      typeCode: orgUnits.typeCode,
      path: orgUnits.path,
    })
    .from(orgUnits)
    .where(and(eq(orgUnits.status, 'active'), unitInScope(ctx.scope, orgUnits.id)))
    .orderBy(asc(orgUnits.path));
  return { items: rows.map(({ path, ...r }) => ({ ...r, depth: path.split('/').length - 3 })) };
}
