import { SEED_COURSES, SEED_LESSONS } from '@edushield/core/awareness/content/index';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { recomputeAssignments } from '../src/modules/learning/assignments.service';
import { enrolInRemedial } from '../src/modules/learning/learning.enrol';
import { seedBuiltInContent, sendReminders } from '../src/modules/learning/learning.jobs';
import { learningRollup } from '../src/modules/learning/learning.rollup';
import { seedLearningContent } from '../src/modules/learning/learning.seed';
import { courses, enrolments, lessons, questions } from '../src/modules/learning/learning.table';
import { users } from '../src/modules/users/users.table';
import { Scope } from '../src/plugins/scope';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  type SeededUser,
  type Session,
  seedUnit,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';
import { sessionOf } from './learning-fixtures';
import { pdfFacts } from './learning-pdf';
import { caller, seedProfile } from './sector-fixtures';

const COURSE = 'nhan-dien-lua-dao-truc-tuyen';
const FUTURE = '2099-12-31';

/**
 * Courses, assignments, the learner's path through lessons and quizzes,
 * certificates and their public check, and who sees whose results.
 */
describeEachDb('learning', (kind) => {
  let ctx: TestContext;
  let api: ReturnType<typeof caller>;
  let dept: SeededUnit;
  let commune1: SeededUnit;
  let commune2: SeededUnit;
  let schoolA: SeededUnit;
  let schoolB: SeededUnit;
  let schoolC: SeededUnit;
  const u = {} as Record<
    | 'officer'
    | 'communeOfficer2'
    | 'teacherA'
    | 'teacherB'
    | 'teacherC'
    | 'principalA'
    | 'studentA'
    | 'studentC'
    | 'commune1',
    SeededUser
  >;
  const as = {} as Record<keyof typeof u, Session>;
  let courseId: string;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    api = caller(ctx);
    const { db } = ctx;
    dept = await seedUnit(db, { typeCode: 'department', name: 'Sở GD&ĐT' });
    commune1 = await seedUnit(db, { parent: dept, typeCode: 'commune', name: 'UBND xã Hòa An' });
    commune2 = await seedUnit(db, { parent: dept, typeCode: 'commune', name: 'UBND xã Tân Lập' });
    schoolA = await seedUnit(db, { parent: commune1, name: 'Trường Tiểu học Hòa An' });
    schoolB = await seedUnit(db, { parent: commune1, name: 'Trường THCS Hòa An' });
    schoolC = await seedUnit(db, { parent: commune2, name: 'Trường THCS Tân Lập' });
    await seedProfile(db, schoolA.id, { levelCode: 'TH' });
    await seedProfile(db, schoolB.id, { levelCode: 'THCS' });
    await seedProfile(db, schoolC.id, { levelCode: 'THCS' });
    const learner = (unit: SeededUnit, roleCode: string) =>
      seedUser(ctx, { unit, roles: [{ roleCode }], mfa: false });
    u.officer = await seedUser(ctx, { unit: dept, roles: [{ roleCode: 'security_officer' }] });
    u.communeOfficer2 = await seedUser(ctx, { unit: commune2, roles: [{ roleCode: 'security_officer' }] });
    u.commune1 = await seedUser(ctx, { unit: commune1, roles: [{ roleCode: 'commune_officer' }] });
    u.principalA = await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: 'school_principal' }] });
    u.teacherA = await learner(schoolA, 'teacher');
    u.teacherB = await learner(schoolB, 'teacher');
    u.teacherC = await learner(schoolC, 'teacher');
    u.studentA = await learner(schoolA, 'student');
    u.studentC = await learner(schoolC, 'student');
    await db.update(users).set({ fullName: 'Vũ Thị Mai Anh' }).where(eq(users.id, u.teacherA.id));
    for (const [name, user] of Object.entries(u)) as[name as keyof typeof u] = await sessionOf(ctx, user);
    await seedBuiltInContent(db);
    courseId = (await db.select().from(courses).where(eq(courses.slug, COURSE)))[0]!.id;
  });
  afterAll(() => ctx.close());

  describe('seed content', () => {
    it('loads every course, lesson and question once; a second run changes nothing', async () => {
      const [counts] = await query<{ c: number; l: number; q: number }>(
        ctx.db,
        sql`select (select count(*)::int from courses) as c, (select count(*)::int from lessons) as l,
              (select count(*)::int from questions) as q`,
      );
      expect(Number(counts!.c)).toBe(SEED_COURSES.length);
      const expectedLessons = SEED_COURSES.reduce((n, c) => n + c.lessons.length, 0);
      expect(Number(counts!.l)).toBe(expectedLessons);
      const again = await seedBuiltInContent(ctx.db);
      expect(again).toMatchObject({ inserted: 0, updated: 0 });
    });

    it('a changed seed updates untouched rows and never an officer’s edit', async () => {
      const [lesson1, lesson2] = await ctx.db
        .select()
        .from(lessons)
        .where(eq(lessons.courseId, courseId))
        .orderBy(lessons.position);
      const edited = await api(
        as.officer,
        'PATCH',
        `/api/learning/courses/${courseId}/lessons/${lesson1!.id}`,
        {
          bodyHtml: '<p>Nội dung do cán bộ sửa</p>',
        },
      );
      expect(edited.statusCode).toBe(200);
      const changed = SEED_LESSONS.map((l) =>
        l.slug === lesson1!.slug || l.slug === lesson2!.slug
          ? { ...l, bodyHtml: '<p>Bản mới của nội dung mẫu</p>' }
          : l,
      );
      await seedLearningContent(ctx.db, { courses: SEED_COURSES, lessons: changed });
      const [after1] = await ctx.db.select().from(lessons).where(eq(lessons.id, lesson1!.id));
      const [after2] = await ctx.db.select().from(lessons).where(eq(lessons.id, lesson2!.id));
      expect(after1!.bodyHtml).toBe('<p>Nội dung do cán bộ sửa</p>');
      expect(after2!.bodyHtml).toBe('<p>Bản mới của nội dung mẫu</p>');
      // And back to the shipped content for the rest of the suite.
      await seedBuiltInContent(ctx.db);
    });
  });

  describe('assignments', () => {
    it('enrols the teachers of the chosen subtree only, with their version, and notifies them', async () => {
      const bad = await api(as.officer, 'POST', '/api/learning/assignments', {
        courseId,
        roleCodes: ['teacher'],
        targetUnitIds: [commune1.id],
        dueOn: '2020-01-01',
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('ASSIGNMENT_DEADLINE_PAST');
      expect(bad.json().error.message).toMatch(/Hạn hoàn thành/);
      const teacherTries = await api(as.teacherA, 'POST', '/api/learning/assignments', {
        courseId,
        roleCodes: ['teacher'],
        targetUnitIds: [schoolA.id],
        dueOn: FUTURE,
      });
      expect(teacherTries.statusCode).toBe(403);

      const made = await api(as.officer, 'POST', '/api/learning/assignments', {
        courseId,
        roleCodes: ['teacher'],
        targetUnitIds: [commune1.id],
        dueOn: FUTURE,
      });
      expect(made.statusCode, made.body).toBe(201);
      expect(made.json()).toMatchObject({ enrolled: 2, enrolledNow: 2, status: 'active' });
      const rows = await ctx.db.select().from(enrolments).where(eq(enrolments.courseId, courseId));
      expect(rows.map((r) => r.userId).sort()).toEqual([u.teacherA.id, u.teacherB.id].sort());
      expect(rows.every((r) => r.audience === 'staff' && r.dueOn === FUTURE)).toBe(true);
      const notices = await query<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from notifications where kind = 'learning.assigned' and recipient_id = ${u.teacherA.id}`,
      );
      expect(Number(notices[0]!.n)).toBe(1);
      const reminders = await query<{ dedupe_key: string }>(
        ctx.db,
        sql`select dedupe_key from jobs where kind = 'learning.remind' and payload->>'assignmentId' = ${made.json().id}`,
      );
      expect(reminders.map((r) => r.dedupe_key).sort()).toEqual(
        [`learning.remind:${made.json().id}:1`, `learning.remind:${made.json().id}:3`].sort(),
      );

      // The reminder job notifies those who have not finished, once per reminder.
      expect(await sendReminders(ctx.db, made.json().id, 3)).toBe(2);
      expect(await sendReminders(ctx.db, made.json().id, 3)).toBe(0);
      const reminded = await query<{ title_vi: string }>(
        ctx.db,
        sql`select title_vi from notifications where kind = 'learning.reminder' and recipient_id = ${u.teacherB.id}`,
      );
      expect(reminded.map((r) => r.title_vi)).toEqual(['Nhắc hạn khoá học: Nhận diện lừa đảo trực tuyến']);

      // Someone who joins later is picked up by the recurring recompute.
      const late = await seedUser(ctx, { unit: schoolB, roles: [{ roleCode: 'teacher' }], mfa: false });
      expect(await recomputeAssignments(ctx.db, new Date())).toBe(1);
      expect(await recomputeAssignments(ctx.db, new Date())).toBe(0);
      const [lateRow] = await ctx.db
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.userId, late.id), eq(enrolments.courseId, courseId)));
      expect(lateRow?.unitId).toBe(schoolB.id);
    });

    it('pupils only by grade band, with the grade-band version', async () => {
      const noBand = await api(as.officer, 'POST', '/api/learning/assignments', {
        courseId,
        roleCodes: ['student'],
        targetUnitIds: [dept.id],
        dueOn: FUTURE,
      });
      expect(noBand.json().error.code).toBe('ASSIGNMENT_GRADE_BAND_REQUIRED');
      const made = await api(as.officer, 'POST', '/api/learning/assignments', {
        courseId,
        roleCodes: ['student'],
        targetUnitIds: [dept.id],
        gradeBands: ['THCS'],
        dueOn: FUTURE,
      });
      expect(made.statusCode, made.body).toBe(201);
      const rows = await ctx.db.select().from(enrolments).where(eq(enrolments.assignmentId, made.json().id));
      expect(rows.map((r) => [r.userId, r.audience])).toEqual([[u.studentC.id, 'students_thcs']]);
    });

    it('an officer cannot target units outside their subtree', async () => {
      const outside = await api(as.communeOfficer2, 'POST', '/api/learning/assignments', {
        courseId,
        roleCodes: ['teacher'],
        targetUnitIds: [commune1.id],
        dueOn: FUTURE,
      });
      // The course belongs to the department, outside a commune officer's scope.
      expect(outside.statusCode).toBe(404);
    });
  });

  describe('the learner', () => {
    let enrolmentId: string;

    it('reads the lessons, fails, retakes with a new draw, passes and gets a certificate', async () => {
      const my = await api(as.teacherA, 'GET', '/api/learning/my');
      expect(my.statusCode).toBe(200);
      const mine = my.json().items.find((e: { courseId: string }) => e.courseId === courseId);
      enrolmentId = mine.id;
      expect(mine).toMatchObject({ status: 'active', lessonsDone: 0 });

      const early = await api(as.teacherA, 'POST', `/api/learning/enrolments/${enrolmentId}/attempts`);
      expect(early.json().error.code).toBe('LESSONS_NOT_FINISHED');

      const outline = (await api(as.teacherA, 'GET', `/api/learning/enrolments/${enrolmentId}`)).json();
      for (const lesson of outline.lessons as { id: string }[]) {
        const opened = await api(
          as.teacherA,
          'GET',
          `/api/learning/enrolments/${enrolmentId}/lessons/${lesson.id}`,
        );
        expect(opened.statusCode).toBe(200);
        expect(opened.json().bodyHtml.length).toBeGreaterThan(0);
        // Exercises come without their answers until answered.
        for (const x of opened.json().exercises) expect(x).not.toHaveProperty('isPhish');
        const beat = await api(
          as.teacherA,
          'POST',
          `/api/learning/enrolments/${enrolmentId}/lessons/${lesson.id}/progress`,
          { seconds: 3000, completed: true },
        );
        expect(beat.statusCode).toBe(200);
        // No more time than has really passed since the lesson was opened.
        expect(beat.json().added).toBeLessThan(3000);
      }

      const first = await api(as.teacherA, 'POST', `/api/learning/enrolments/${enrolmentId}/attempts`);
      expect(first.statusCode, first.body).toBe(201);
      const attempt = first.json();
      expect(attempt.questions).toHaveLength(10);
      expect(first.body).not.toContain('correctIndex');
      expect(first.body).not.toContain('explanation');
      // Resuming returns the same fixed draw.
      const resumed = await api(as.teacherA, 'POST', `/api/learning/enrolments/${enrolmentId}/attempts`);
      expect(resumed.json().id).toBe(attempt.id);

      const correctOf = async (questionId: string) =>
        (await ctx.db.select().from(questions).where(eq(questions.id, questionId)))[0]!.correctIndex;
      const q0 = attempt.questions[0];
      const wrong = ((await correctOf(q0.id)) + 1) % q0.choices.length;
      const answered = await api(
        as.teacherA,
        'POST',
        `/api/learning/enrolments/${enrolmentId}/attempts/${attempt.id}/answers`,
        {
          questionId: q0.id,
          choice: wrong,
        },
      );
      expect(answered.json()).toMatchObject({ correct: false, correctIndex: await correctOf(q0.id) });
      expect(answered.json().explanationHtml.length).toBeGreaterThan(0);
      const twice = await api(
        as.teacherA,
        'POST',
        `/api/learning/enrolments/${enrolmentId}/attempts/${attempt.id}/answers`,
        {
          questionId: q0.id,
          choice: 0,
        },
      );
      expect(twice.json().error.code).toBe('ATTEMPT_ALREADY_ANSWERED');
      const stranger = (await ctx.db.select({ id: questions.id }).from(questions)).find(
        (q) => !attempt.questions.some((a: { id: string }) => a.id === q.id),
      )!;
      const foreign = await api(
        as.teacherA,
        'POST',
        `/api/learning/enrolments/${enrolmentId}/attempts/${attempt.id}/answers`,
        {
          questionId: stranger.id,
          choice: 0,
        },
      );
      expect(foreign.json().error.code).toBe('ATTEMPT_QUESTION_INVALID');

      // Someone else cannot answer for the learner: outside their unit it does not exist,
      // and even their principal (who sees results in reports) cannot take the quiz.
      const answerAs = (other: Session) =>
        api(other, 'POST', `/api/learning/enrolments/${enrolmentId}/attempts/${attempt.id}/answers`, {
          questionId: attempt.questions[1].id,
          choice: 0,
        });
      expect((await answerAs(as.teacherB)).statusCode).toBe(404);
      const principal = await answerAs(as.principalA);
      expect(principal.statusCode).toBe(403);
      expect(principal.json().error.code).toBe('ENROLMENT_NOT_OWN');

      const failed = await api(
        as.teacherA,
        'POST',
        `/api/learning/enrolments/${enrolmentId}/attempts/${attempt.id}/finish`,
      );
      expect(failed.json()).toMatchObject({
        passed: false,
        completed: false,
        correct: 0,
        total: 10,
        score: 0,
      });
      const late = await api(
        as.teacherA,
        'POST',
        `/api/learning/enrolments/${enrolmentId}/attempts/${attempt.id}/answers`,
        {
          questionId: attempt.questions[1].id,
          choice: 0,
        },
      );
      expect(late.json().error.code).toBe('ATTEMPT_FINISHED');
      const noCert = await api(as.teacherA, 'GET', `/api/learning/enrolments/${enrolmentId}/certificate.pdf`);
      expect(noCert.json().error.code).toBe('CERTIFICATE_NOT_ISSUED');

      const retake = (
        await api(as.teacherA, 'POST', `/api/learning/enrolments/${enrolmentId}/attempts`)
      ).json();
      expect(retake.id).not.toBe(attempt.id);
      for (const [i, q] of (retake.questions as { id: string; choices: string[] }[]).entries()) {
        const right = await correctOf(q.id);
        const choice = i === 0 ? (right + 1) % q.choices.length : right;
        await api(
          as.teacherA,
          'POST',
          `/api/learning/enrolments/${enrolmentId}/attempts/${retake.id}/answers`,
          {
            questionId: q.id,
            choice,
          },
        );
      }
      const passed = await api(
        as.teacherA,
        'POST',
        `/api/learning/enrolments/${enrolmentId}/attempts/${retake.id}/finish`,
      );
      expect(passed.json()).toMatchObject({ passed: true, completed: true, correct: 9, score: 90 });
      const done = (await api(as.teacherA, 'GET', `/api/learning/enrolments/${enrolmentId}`)).json();
      expect(done).toMatchObject({ status: 'completed', bestScore: 90, hasCertificate: true });
      expect(done.attempts).toHaveLength(2);
    });

    it('the certificate is a PDF with an embedded font and the Vietnamese name as text', async () => {
      const response = await api(
        as.teacherA,
        'GET',
        `/api/learning/enrolments/${enrolmentId}/certificate.pdf`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toMatch(/^attachment;/);
      const facts = pdfFacts(response.rawPayload);
      expect(facts.embeddedFonts.some((f) => /\+DejaVuSans/.test(f))).toBe(true);
      expect(facts.text).toContain('Vũ Thị Mai Anh');
      expect(facts.text).toContain('Nhận diện lừa đảo trực tuyến');
      expect(facts.text).toContain('GIẤY CHỨNG NHẬN');
      const [row] = await ctx.db.select().from(enrolments).where(eq(enrolments.id, enrolmentId));
      expect(row!.certificateCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);
      expect(facts.text).toContain(row!.certificateCode!.slice(0, 4));
      // Another learner cannot download it.
      expect(
        (await api(as.teacherB, 'GET', `/api/learning/enrolments/${enrolmentId}/certificate.pdf`)).statusCode,
      ).toBe(404);
    });

    it('anyone can verify a code without signing in, and learns only a masked name', async () => {
      const [row] = await ctx.db.select().from(enrolments).where(eq(enrolments.id, enrolmentId));
      const code = row!.certificateCode!;
      const typed = code.toLowerCase().replace(/(.{4})(?=.)/g, '$1-');
      const ok = await ctx.app.inject({ method: 'GET', url: `/api/public/certificates/${typed}` });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toEqual({
        valid: true,
        name: 'V. T. M. Anh',
        course: 'Nhận diện lừa đảo trực tuyến',
        issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      });
      const bogus = await ctx.app.inject({ method: 'GET', url: '/api/public/certificates/ABCDEFGHJKMNPQRS' });
      expect(bogus.json()).toEqual({ valid: false, name: null, course: null, issuedOn: null });
      let last = 200;
      for (let i = 0; i < 31; i++) {
        last = (
          await ctx.app.inject({
            method: 'GET',
            url: '/api/public/certificates/XXXX',
            remoteAddress: '10.9.9.9',
          })
        ).statusCode;
      }
      expect(last).toBe(429);
    });
  });

  describe('results and scope', () => {
    it('rolls up per unit; a principal sees their own school only', async () => {
      const rollup = await learningRollup(
        ctx.db,
        Scope.of(
          {
            assignments: [
              { roleCode: 'security_officer', unitId: dept.id, unitPath: dept.path, scope: 'subtree' },
            ],
          } as never,
          'awareness.report',
        ),
        commune1.id,
      );
      const byUnit = new Map(rollup.map((r) => [r.unitId, r]));
      expect(byUnit.get(commune1.id)).toMatchObject({ assigned: 3, completed: 1, avgScore: 90 });
      expect(byUnit.get(schoolA.id)).toMatchObject({ assigned: 1, completed: 1, avgScore: 90 });
      expect(byUnit.get(schoolB.id)).toMatchObject({ assigned: 2, completed: 0, avgScore: null });

      const own = await api(as.principalA, 'GET', `/api/learning/report?unitId=${schoolA.id}`);
      expect(own.statusCode).toBe(200);
      expect(own.json().units[0]).toMatchObject({ unitId: schoolA.id, assigned: 1, completed: 1 });
      for (const other of [schoolB, commune1]) {
        expect((await api(as.principalA, 'GET', `/api/learning/report?unitId=${other.id}`)).statusCode).toBe(
          404,
        );
        expect(
          (await api(as.principalA, 'GET', `/api/learning/report/learners?unitId=${other.id}`)).statusCode,
        ).toBe(404);
      }
      const learners = (
        await api(as.principalA, 'GET', `/api/learning/report/learners?unitId=${schoolA.id}`)
      ).json();
      expect(learners.items.map((l: { fullName: string }) => l.fullName)).toEqual(['Vũ Thị Mai Anh']);
      const commune = (await api(as.commune1, 'GET', `/api/learning/report?unitId=${commune1.id}`)).json();
      expect(commune.units.map((r: { unitId: string }) => r.unitId).sort()).toEqual(
        [commune1.id, schoolA.id, schoolB.id].sort(),
      );
      expect((await api(as.teacherA, 'GET', `/api/learning/report?unitId=${schoolA.id}`)).statusCode).toBe(
        403,
      );
    });
  });

  describe('remedial enrolment (for phishing drills)', () => {
    it('enrols once by lesson or course slug; unknown slugs give null', async () => {
      const first = await enrolInRemedial(
        ctx.db,
        u.teacherC.id,
        'phishing-email-fake-websites',
        'drill:test',
      );
      expect(first).toMatchObject({ courseId, created: true });
      const again = await enrolInRemedial(ctx.db, u.teacherC.id, COURSE, 'drill:other');
      expect(again).toEqual({ enrolmentId: first!.enrolmentId, courseId, created: false });
      expect(await enrolInRemedial(ctx.db, u.teacherC.id, 'no-such-thing', 'drill:x')).toBeNull();
      const [row] = await ctx.db.select().from(enrolments).where(eq(enrolments.id, first!.enrolmentId));
      expect(row).toMatchObject({
        reason: 'drill:test',
        audience: 'staff',
        assignmentId: null,
        unitId: schoolC.id,
      });
    });
  });
});

/** Security test 14: script payloads in every rich-text field are stored sanitised and come back inert. */
describeEachDb('learning: stored XSS and authoring', (kind) => {
  let ctx: TestContext;
  let api: ReturnType<typeof caller>;
  let officer: Session;
  let teacher: Session;
  let teacherUser: SeededUser;
  let school: SeededUnit;

  const PAYLOADS = [
    '<script>window.__xss=1</script>',
    '<img src=x onerror="window.__xss=1">',
    '<a href="javascript:window.__xss=1">bấm vào đây</a>',
    '<svg onload="window.__xss=1"><circle/></svg>',
    '<iframe src="https://evil.example/"></iframe>',
    '<p style="background:url(javascript:alert(1))" onclick="window.__xss=1">chữ</p>',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    '<a href="//evil.example/">tương đối giao thức</a>',
    '"><script>alert(1)</script>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  ];
  const rich = (label: string) => `<p>${label}</p>${PAYLOADS.join('')}<p>còn lại</p>`;
  const FORBIDDEN =
    /<script|<svg|<iframe|<style|<math|onerror|onload|onclick|javascript:|style=|data:image\/svg|href="\/\//i;

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    api = caller(ctx);
    const dept = await seedUnit(ctx.db, { typeCode: 'department' });
    school = await seedUnit(ctx.db, { parent: dept });
    await seedProfile(ctx.db, school.id, { levelCode: 'THCS' });
    officer = await sessionOf(
      ctx,
      await seedUser(ctx, { unit: dept, roles: [{ roleCode: 'security_officer' }] }),
    );
    teacherUser = await seedUser(ctx, { unit: school, roles: [{ roleCode: 'teacher' }], mfa: false });
    teacher = await signIn(ctx.app, teacherUser);
  });
  afterAll(() => ctx.close());

  it('authoring refuses bad input with clear messages and is for awareness.manage only', async () => {
    const body = { slug: 'khoa-hoc-thu', title: 'Khoá học thử', audiences: ['staff'] };
    expect((await api(teacher, 'POST', '/api/learning/courses', body)).statusCode).toBe(403);
    const made = await api(officer, 'POST', '/api/learning/courses', body);
    expect(made.statusCode, made.body).toBe(201);
    const again = await api(officer, 'POST', '/api/learning/courses', body);
    expect(again.json().error.code).toBe('COURSE_SLUG_TAKEN');
    const id = made.json().id;
    const publishEmpty = await api(officer, 'PATCH', `/api/learning/courses/${id}`, { status: 'published' });
    expect(publishEmpty.json().error.code).toBe('COURSE_INCOMPLETE');
    const emptyLesson = await api(officer, 'POST', `/api/learning/courses/${id}/lessons`, {
      slug: 'bai-1',
      title: 'Bài 1',
      bodyHtml: '<script>alert(1)</script>',
    });
    expect(emptyLesson.json().error.code).toBe('LESSON_BODY_EMPTY');
    const lesson = await api(officer, 'POST', `/api/learning/courses/${id}/lessons`, {
      slug: 'bai-1',
      title: 'Bài 1',
      bodyHtml: '<p>Nội dung</p>',
    });
    const lessonId = lesson.json().lessons[0].id;
    const badChoice = await api(
      officer,
      'POST',
      `/api/learning/courses/${id}/lessons/${lessonId}/questions`,
      {
        promptHtml: '<p>Câu hỏi?</p>',
        choices: ['A', 'B'],
        correctIndex: 3,
      },
    );
    expect(badChoice.statusCode).toBe(400);
    expect(badChoice.json().error.code).toBe('QUESTION_CHOICES_INVALID');
    expect(badChoice.json().error.message).toMatch(/phương án/);
  });

  it('every rich-text field is stored sanitised and served without script', async () => {
    const made = await api(officer, 'POST', '/api/learning/courses', {
      slug: 'xss',
      title: '<b>Tiêu đề</b><script>alert(1)</script>',
      descriptionHtml: rich('mô tả'),
      audiences: ['staff'],
      questionsPerQuiz: 1,
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    const withLesson = await api(officer, 'POST', `/api/learning/courses/${id}/lessons`, {
      slug: 'bai-xss',
      title: 'Bài <img src=x onerror=alert(1)>',
      bodyHtml: rich('thân bài'),
      bodyByAudience: { leaders: rich('bản lãnh đạo') },
      exercises: [
        {
          channel: 'sms',
          from: '<script>x</script>Ngân hàng',
          body: '<img src=x onerror=alert(1)>Bấm vào link',
          isPhish: true,
          signs: ['<b onclick=1>Dấu hiệu</b>'],
        },
      ],
    });
    expect(withLesson.statusCode, withLesson.body).toBe(201);
    const lessonId = withLesson.json().lessons[0].id;
    const withQuestion = await api(
      officer,
      'POST',
      `/api/learning/courses/${id}/lessons/${lessonId}/questions`,
      {
        promptHtml: rich('câu hỏi'),
        choices: ['<script>alert(1)</script>Đúng', 'Sai <img src=x onerror=alert(1)>'],
        correctIndex: 0,
        explanationHtml: rich('giải thích'),
      },
    );
    expect(withQuestion.statusCode, withQuestion.body).toBe(201);
    const published = await api(officer, 'PATCH', `/api/learning/courses/${id}`, { status: 'published' });
    expect(published.statusCode, published.body).toBe(200);

    // What the database holds.
    const stored = await query<{ v: string }>(
      ctx.db,
      sql`select title || description_html as v from courses where id = ${id}
          union all select title || body_html || body_by_audience::text || exercises::text from lessons where course_id = ${id}
          union all select prompt_html || explanation_html || choices::text from questions q
            join lessons l on l.id = q.lesson_id where l.course_id = ${id}`,
    );
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(row.v).not.toMatch(FORBIDDEN);
      expect(row.v).toMatch(/còn lại|Đúng|Ngân hàng|Tiêu đề/);
    }
    // What the authoring API and the learner's API serve.
    expect(published.body).not.toMatch(FORBIDDEN);
    const assigned = await api(officer, 'POST', '/api/learning/assignments', {
      courseId: id,
      roleCodes: ['teacher'],
      targetUnitIds: [school.id],
      dueOn: FUTURE,
    });
    expect(assigned.statusCode, assigned.body).toBe(201);
    const [enrolment] = await ctx.db.select().from(enrolments).where(eq(enrolments.userId, teacherUser.id));
    const outline = await api(teacher, 'GET', `/api/learning/enrolments/${enrolment!.id}`);
    const opened = await api(teacher, 'GET', `/api/learning/enrolments/${enrolment!.id}/lessons/${lessonId}`);
    const exercise = await api(
      teacher,
      'POST',
      `/api/learning/enrolments/${enrolment!.id}/lessons/${lessonId}/exercises/0`,
      {
        isPhish: true,
      },
    );
    await api(teacher, 'POST', `/api/learning/enrolments/${enrolment!.id}/lessons/${lessonId}/progress`, {
      seconds: 1,
      completed: true,
    });
    const attempt = await api(teacher, 'POST', `/api/learning/enrolments/${enrolment!.id}/attempts`);
    const answered = await api(
      teacher,
      'POST',
      `/api/learning/enrolments/${enrolment!.id}/attempts/${attempt.json().id}/answers`,
      {
        questionId: attempt.json().questions[0].id,
        choice: 0,
      },
    );
    for (const response of [outline, opened, exercise, attempt, answered]) {
      expect(response.statusCode, response.body).toBeLessThan(300);
      expect(response.body).not.toMatch(FORBIDDEN);
    }
    expect(opened.json().bodyHtml).toContain('thân bài');
    expect(answered.json()).toMatchObject({ correct: true });
  });

  it('images: https and small PNG/JPEG data URLs stay, anything else goes', async () => {
    const png = `data:image/png;base64,${'A'.repeat(100)}`;
    const huge = `data:image/png;base64,${'A'.repeat(600_000)}`;
    const made = await api(officer, 'POST', '/api/learning/courses', {
      slug: 'anh',
      title: 'Ảnh',
      audiences: ['staff'],
      descriptionHtml: `<img src="https://cdn.example.vn/a.png" alt="a"><img src="${png}" alt="b"><img src="${huge}" alt="c"><img src="http://insecure.example/x.png" alt="d">`,
    });
    expect(made.statusCode, made.body.slice(0, 300)).toBe(201);
    const html = made.json().descriptionHtml as string;
    expect(html).toContain('https://cdn.example.vn/a.png');
    expect(html).toContain(png);
    expect(html).not.toContain('alt="c"');
    expect(html).not.toContain('insecure.example');
  });
});
