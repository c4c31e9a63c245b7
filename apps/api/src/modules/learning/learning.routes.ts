import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { tooManyRequests } from '../../lib/errors';
import { requestLocale } from '../../plugins/locale';
import { orgUnits } from '../org/org.table';
import * as assignments from './assignments.service';
import * as authoring from './authoring.service';
import { certificatePdf, verifyCertificate } from './certificates.service';
import * as learner from './learner.service';
import { type LearningContext, learningContext } from './learning.context';
import {
  AnswerBody,
  AttemptParams,
  CertificateCheck,
  CodeParams,
  CreateAssignmentBody,
  CreateCourseBody,
  ExerciseAnswerBody,
  ExerciseParams,
  IdParams,
  LearnersQuery,
  LessonBody,
  LessonParams,
  ProgressBody,
  QuestionBody,
  QuestionParams,
  UnitQuery,
  UpdateCourseBody,
  UpdateLessonBody,
  UpdateQuestionBody,
} from './learning.schemas';
import { courseAssignments, courses, enrolments } from './learning.table';
import * as report from './report.service';

const tags = ['learning'];
const course = { in: 'params', key: 'id', kind: 'course' } as const;
const assignment = { in: 'params', key: 'id', kind: 'course_assignment' } as const;
const enrolment = { in: 'params', key: 'id', kind: 'enrolment' } as const;
/** Lessons with inline images may be larger than the default body limit. */
const RICH_BODY_LIMIT = 3 * 1_048_576;

function unitResolver(table: typeof courses | typeof courseAssignments | typeof enrolments) {
  return async (db: Db, id: string) => {
    const [row] = await db
      .select({ id: orgUnits.id, path: orgUnits.path })
      .from(table)
      .innerJoin(orgUnits, eq(orgUnits.id, table.unitId))
      .where(eq(table.id, id));
    return row ?? null;
  };
}

/** A small fixed-window limit per address for the public certificate check (codes are 80-bit random anyway). */
function verifyLimiter(limit = 30, windowMs = 60_000) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  return (ip: string, now = Date.now()) => {
    if (hits.size > 10_000) for (const [k, v] of hits) if (v.resetAt <= now) hits.delete(k);
    const entry = hits.get(ip);
    if (!entry || entry.resetAt <= now) {
      hits.set(ip, { count: 1, resetAt: now + windowMs });
      return;
    }
    entry.count += 1;
    if (entry.count > limit) throw tooManyRequests(Math.ceil((entry.resetAt - now) / 1000));
  };
}

/** Routes of the learning feature (registered in app.ts). */
export async function learningRoutes(instance: FastifyInstance) {
  instance.objectKinds.set('course', unitResolver(courses));
  instance.objectKinds.set('course_assignment', unitResolver(courseAssignments));
  instance.objectKinds.set('enrolment', unitResolver(enrolments));
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();
  const ctx = (request: FastifyRequest): LearningContext =>
    learningContext(instance.db, request, requestLocale(request));
  const publicUrl = instance.deps.settings.publicUrl;
  const limitVerify = verifyLimiter();

  // Results and answers are personal: no caching anywhere.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/learning/')) reply.header('cache-control', 'no-store');
  });

  // --- Authoring (awareness.manage) ---
  app.get(
    '/api/learning/courses',
    {
      config: { access: { permission: 'awareness.manage' } },
      schema: { tags, summary: 'Courses the caller manages' },
    },
    async (request) => authoring.listCourses(ctx(request)),
  );
  app.post(
    '/api/learning/courses',
    {
      config: {
        access: {
          permission: 'awareness.manage',
          objects: [{ in: 'body', key: 'unitId', kind: 'unit', optional: true }],
        },
      },
      bodyLimit: RICH_BODY_LIMIT,
      schema: { tags, summary: 'Create a course (draft)', body: CreateCourseBody },
    },
    async (request, reply) =>
      reply.status(201).send(await authoring.createCourse(ctx(request), request.body)),
  );
  app.get(
    '/api/learning/courses/:id',
    {
      config: { access: { permission: 'awareness.manage', objects: [course] } },
      schema: {
        tags,
        summary: 'A course with lessons and question banks (answers included)',
        params: IdParams,
      },
    },
    async (request) => authoring.getCourseForAuthoring(ctx(request), request.params.id),
  );
  app.patch(
    '/api/learning/courses/:id',
    {
      config: { access: { permission: 'awareness.manage', objects: [course] } },
      bodyLimit: RICH_BODY_LIMIT,
      schema: { tags, summary: 'Edit or publish a course', params: IdParams, body: UpdateCourseBody },
    },
    async (request) => authoring.updateCourse(ctx(request), request.params.id, request.body),
  );
  app.post(
    '/api/learning/courses/:id/lessons',
    {
      config: { access: { permission: 'awareness.manage', objects: [course] } },
      bodyLimit: RICH_BODY_LIMIT,
      schema: { tags, summary: 'Add a lesson', params: IdParams, body: LessonBody },
    },
    async (request, reply) =>
      reply.status(201).send(await authoring.createLesson(ctx(request), request.params.id, request.body)),
  );
  app.patch(
    '/api/learning/courses/:id/lessons/:lessonId',
    {
      config: { access: { permission: 'awareness.manage', objects: [course] } },
      bodyLimit: RICH_BODY_LIMIT,
      schema: { tags, summary: 'Edit a lesson', params: LessonParams, body: UpdateLessonBody },
    },
    async (request) =>
      authoring.updateLesson(ctx(request), request.params.id, request.params.lessonId, request.body),
  );
  app.post(
    '/api/learning/courses/:id/lessons/:lessonId/questions',
    {
      config: { access: { permission: 'awareness.manage', objects: [course] } },
      bodyLimit: RICH_BODY_LIMIT,
      schema: { tags, summary: 'Add a question to a lesson bank', params: LessonParams, body: QuestionBody },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await authoring.createQuestion(
            ctx(request),
            request.params.id,
            request.params.lessonId,
            request.body,
          ),
        ),
  );
  app.patch(
    '/api/learning/courses/:id/lessons/:lessonId/questions/:questionId',
    {
      config: { access: { permission: 'awareness.manage', objects: [course] } },
      bodyLimit: RICH_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Edit or retire a question',
        params: QuestionParams,
        body: UpdateQuestionBody,
      },
    },
    async (request) =>
      authoring.updateQuestion(
        ctx(request),
        request.params.id,
        request.params.lessonId,
        request.params.questionId,
        request.body,
      ),
  );

  // --- Assignments (awareness.manage) ---
  app.get(
    '/api/learning/assignable-units',
    {
      config: { access: { permission: 'awareness.manage' } },
      schema: { tags, summary: 'Units the caller may assign courses to' },
    },
    async (request) => authoring.assignableUnits(ctx(request)),
  );
  app.get(
    '/api/learning/assignments',
    {
      config: { access: { permission: 'awareness.manage' } },
      schema: { tags, summary: 'Course assignments made in the caller’s units' },
    },
    async (request) => assignments.listAssignments(ctx(request)),
  );
  app.post(
    '/api/learning/assignments',
    {
      config: {
        access: {
          permission: 'awareness.manage',
          objects: [{ in: 'body', key: 'courseId', kind: 'course' }],
        },
      },
      schema: {
        tags,
        summary: 'Assign a course to roles in unit subtrees (pupils by grade band) with a deadline',
        body: CreateAssignmentBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await assignments.createAssignment(ctx(request), request.body)),
  );
  app.post(
    '/api/learning/assignments/:id/cancel',
    {
      config: { access: { permission: 'awareness.manage', objects: [assignment] } },
      schema: { tags, summary: 'Cancel an assignment (enrolments and results stay)', params: IdParams },
    },
    async (request) => assignments.cancelAssignment(ctx(request), request.params.id),
  );

  // --- Reports (awareness.report) ---
  app.get(
    '/api/learning/report',
    {
      config: {
        access: { permission: 'awareness.report', objects: [{ in: 'query', key: 'unitId', kind: 'unit' }] },
      },
      schema: {
        tags,
        summary: 'Completion, scores and time per unit, rolled up the tree',
        querystring: UnitQuery,
      },
    },
    async (request) => report.learningReport(ctx(request), request.query.unitId),
  );
  app.get(
    '/api/learning/report/learners',
    {
      config: {
        access: { permission: 'awareness.report', objects: [{ in: 'query', key: 'unitId', kind: 'unit' }] },
      },
      schema: { tags, summary: 'Learners of a unit subtree and their results', querystring: LearnersQuery },
    },
    async (request) => report.learners(ctx(request), request.query),
  );

  // --- Learner (awareness.learn; the enrolment must also be the caller's own) ---
  app.get(
    '/api/learning/my',
    {
      config: { access: { permission: 'awareness.learn' } },
      schema: { tags, summary: 'My courses' },
    },
    async (request) => learner.myEnrolments(ctx(request)),
  );
  app.get(
    '/api/learning/enrolments/:id',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: { tags, summary: 'One of my courses: lessons, progress, attempts', params: IdParams },
    },
    async (request) => learner.getEnrolment(ctx(request), request.params.id),
  );
  app.get(
    '/api/learning/enrolments/:id/lessons/:lessonId',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: { tags, summary: 'Open a lesson (my version of it)', params: LessonParams },
    },
    async (request) => learner.openLesson(ctx(request), request.params.id, request.params.lessonId),
  );
  app.post(
    '/api/learning/enrolments/:id/lessons/:lessonId/progress',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: {
        tags,
        summary: 'Time spent on a lesson; mark it read',
        params: LessonParams,
        body: ProgressBody,
      },
    },
    async (request) =>
      learner.recordProgress(ctx(request), request.params.id, request.params.lessonId, request.body),
  );
  app.post(
    '/api/learning/enrolments/:id/lessons/:lessonId/exercises/:index',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: {
        tags,
        summary: '"Spot the phish": my verdict, then the telltale signs',
        params: ExerciseParams,
        body: ExerciseAnswerBody,
      },
    },
    async (request) =>
      learner.answerExercise(
        ctx(request),
        request.params.id,
        request.params.lessonId,
        request.params.index,
        request.body.isPhish,
      ),
  );
  app.post(
    '/api/learning/enrolments/:id/attempts',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: { tags, summary: 'Start a quiz attempt (a new draw) or resume the open one', params: IdParams },
    },
    async (request, reply) =>
      reply.status(201).send(await learner.startAttempt(ctx(request), request.params.id)),
  );
  app.get(
    '/api/learning/enrolments/:id/attempts/:attemptId',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: { tags, summary: 'A quiz attempt', params: AttemptParams },
    },
    async (request) => learner.getAttempt(ctx(request), request.params.id, request.params.attemptId),
  );
  app.post(
    '/api/learning/enrolments/:id/attempts/:attemptId/answers',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: {
        tags,
        summary: 'Answer one question; the explanation follows',
        params: AttemptParams,
        body: AnswerBody,
      },
    },
    async (request) =>
      learner.answerQuestion(ctx(request), request.params.id, request.params.attemptId, request.body),
  );
  app.post(
    '/api/learning/enrolments/:id/attempts/:attemptId/finish',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: { tags, summary: 'Submit an attempt for scoring', params: AttemptParams },
    },
    async (request) => learner.finishAttempt(ctx(request), request.params.id, request.params.attemptId),
  );
  app.get(
    '/api/learning/enrolments/:id/certificate.pdf',
    {
      config: { access: { permission: 'awareness.learn', objects: [enrolment] } },
      schema: { tags, summary: 'My certificate (PDF)', params: IdParams },
    },
    async (request, reply) => {
      const { pdf, filename } = await certificatePdf(ctx(request), request.params.id, publicUrl);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('x-content-type-options', 'nosniff')
        .send(pdf);
    },
  );

  // --- Public ---
  app.get(
    '/api/public/certificates/:code',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Verify a certificate code (no sign-in): masked name, course, date, valid',
        params: CodeParams,
        response: { 200: CertificateCheck },
      },
    },
    async (request, reply) => {
      limitVerify(request.ip);
      reply.header('cache-control', 'no-store');
      return verifyCertificate(instance.db, request.params.code);
    },
  );
}
