import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import {
  createTestContext,
  describeEachDb,
  type Session,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';
import { auditCount, buildSectorWorld, caller, type SectorWorld, seedStudent } from './sector-fixtures';

const DAY = 86_400_000;
const at = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString();

describeEachDb('reporting periods, submissions and review', (kind) => {
  let ctx: TestContext;
  let w: SectorWorld;
  let call: ReturnType<typeof caller>;
  let reviewer: Session;
  let reviewerId: string;
  let periodId: string;
  let subA: string;
  let pupilA: { id: string; studentCode: string };

  const submissionOf = async (session: Session, unitId: string, pid = periodId) => {
    const res = await call(session, 'GET', `/api/reporting/submissions?periodId=${pid}&unitId=${unitId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items[0] as { id: string; revision: number; state: string };
  };
  const detail = async (session: Session, id: string) => {
    const res = await call(session, 'GET', `/api/reporting/submissions/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    w = await buildSectorWorld(ctx);
    call = caller(ctx);
    const user = await seedUser(ctx, { unit: w.commune1, roles: [{ roleCode: 'reviewer' }] });
    reviewerId = user.id;
    reviewer = await signIn(ctx.app, user);
    // A pupil too old for grade 1: a blocking rule of the data standard.
    pupilA = await seedStudent(ctx.db, {
      unitId: w.schoolA.id,
      classId: w.classA1.id,
      birthDate: '2012-01-01',
    });
    await seedStudent(ctx.db, { unitId: w.schoolA.id, classId: w.classA1.id, fullName: 'Phạm Thị Dung' });
  }, 120_000);
  afterAll(async () => ctx?.close());

  it('the department officer creates a draft period; bad input gets a clear message; schools may not', async () => {
    const body = {
      rootUnitId: w.dept.id,
      schoolYearId: w.yearId,
      kind: 'start_of_year',
      name: '  Báo cáo đầu năm 2025–2026 ',
      opensAt: at(-1),
      deadlineAt: at(10),
      onTimeGraceHours: 12,
      requiredUnitTypes: ['school'],
    };
    const denied = await call(w.as.clerkA, 'POST', '/api/reporting/periods', body);
    expect(denied.statusCode).toBe(403);
    const bad = await call(w.as.officer, 'POST', '/api/reporting/periods', { ...body, deadlineAt: at(-2) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('REPORTING_DEADLINE_BEFORE_OPEN');
    const noYear = await call(w.as.officer, 'POST', '/api/reporting/periods', {
      ...body,
      schoolYearId: null,
    });
    expect(noYear.json().error.code).toBe('REPORTING_KIND_NEEDS_YEAR');
    const res = await call(w.as.officer, 'POST', '/api/reporting/periods', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Báo cáo đầu năm 2025–2026',
      status: 'draft',
      schoolYearCode: '2025-2026',
    });
    periodId = res.json().id;
    const edit = await call(w.as.officer, 'PATCH', `/api/reporting/periods/${periodId}`, {
      onTimeGraceHours: 24,
    });
    expect(edit.json().onTimeGraceHours).toBe(24);
    expect(await auditCount(ctx.db, 'reporting.period_create', w.users.officer.id)).toBe(1);
  });

  it('opening freezes the schools of the tree and creates a not_submitted submission each', async () => {
    const res = await call(w.as.officer, 'POST', `/api/reporting/periods/${periodId}/open`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('open');
    expect(res.json().counts).toMatchObject({ expected: 3, notSubmitted: 3 });
    const units = await query<{ unit_id: string; unit_path: string; parent_id: string }>(
      ctx.db,
      sql`select unit_id, unit_path, parent_id from period_units where period_id = ${periodId}`,
    );
    expect(units.map((u) => u.unit_id).sort()).toEqual([w.schoolA.id, w.schoolB.id, w.schoolC.id].sort());
    expect(units.find((u) => u.unit_id === w.schoolA.id)).toMatchObject({
      unit_path: w.schoolA.path,
      parent_id: w.commune1.id,
    });
    const again = await call(w.as.officer, 'PATCH', `/api/reporting/periods/${periodId}`, { name: 'x' });
    expect(again.json().error.code).toBe('REPORTING_PERIOD_NOT_DRAFT');
  });

  it('scoping: a school sees only its own submission, the commune its schools, the department all (security test 5)', async () => {
    const own = await call(w.as.clerkA, 'GET', `/api/reporting/submissions?periodId=${periodId}`);
    expect(own.json().total).toBe(1);
    expect(own.json().items[0].unitId).toBe(w.schoolA.id);
    subA = own.json().items[0].id;
    const subB = (await submissionOf(w.as.officer, w.schoolB.id)).id;
    expect((await call(w.as.clerkA, 'GET', `/api/reporting/submissions/${subB}`)).statusCode).toBe(404);
    expect((await call(w.as.clerkA, 'GET', `/api/reporting/submissions/${subB}/readiness`)).statusCode).toBe(
      404,
    );
    expect(
      (await call(w.as.commune1, 'GET', `/api/reporting/submissions?periodId=${periodId}`)).json().total,
    ).toBe(2);
    expect(
      (await call(w.as.officer, 'GET', `/api/reporting/submissions?periodId=${periodId}`)).json().total,
    ).toBe(3);
    // Counts in the period are limited to the caller's scope too.
    const listed = await call(w.as.clerkA, 'GET', '/api/reporting/periods');
    expect(listed.json().items.map((p: { id: string }) => p.id)).toContain(periodId);
    expect(listed.json().items.find((p: { id: string }) => p.id === periodId).counts.expected).toBe(1);
    // A school cannot name another unit's data in a filter.
    expect(
      (await call(w.as.clerkA, 'GET', `/api/reporting/submissions?unitId=${w.schoolB.id}`)).statusCode,
    ).toBe(404);
  });

  it('the school sees what is missing and which blocking problems stop it; submit is refused until fixed', async () => {
    const ready = await call(w.as.clerkA, 'GET', `/api/reporting/submissions/${subA}/readiness`);
    expect(ready.statusCode, ready.body).toBe(200);
    const r = ready.json();
    expect(r.pupils).toBe(2);
    expect(r.classes).toBe(1);
    expect(r.blockingTotal).toBeGreaterThan(0);
    expect(r.blocking[0]).toMatchObject({
      entity: 'student',
      recordId: pupilA.id,
      recordLabel: pupilA.studentCode,
    });
    expect(r.blocking[0].message).toMatch(/[ạ-ỹ]/);
    expect(r.requiredFilled).toBeLessThan(r.requiredTotal);
    expect(r.missing.some((m: { field: string }) => m.field === 'schoolId')).toBe(true);
    const { revision } = await detail(w.as.clerkA, subA);
    const refused = await call(w.as.clerkA, 'POST', `/api/reporting/submissions/${subA}/submit`, {
      revision,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('REPORTING_BLOCKING_ISSUES');
    expect((await detail(w.as.clerkA, subA)).state).toBe('not_submitted');
    const fix = await call(w.as.clerkA, 'PATCH', `/api/students/${pupilA.id}`, { birthDate: '2019-02-01' });
    expect(fix.statusCode, fix.body).toBe(200);
  });

  it('submit freezes version 1 with summary and aggregate rows, on time; the data is then locked', async () => {
    const before = await detail(w.as.clerkA, subA);
    expect(before.actions).toEqual(['submit']);
    const res = await call(w.as.clerkA, 'POST', `/api/reporting/submissions/${subA}/submit`, {
      revision: before.revision,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'submitted', version: 1, onTime: true, locked: true });
    expect(res.json().versions[0].summary).toMatchObject({
      pupils: 2,
      classes: 1,
      staff: 0,
      blockingIssues: 0,
    });
    const aggregates = await query<{ table_code: string; dim1: string; dim2: string; value: number }>(
      ctx.db,
      sql`select table_code, dim1, dim2, value from submission_aggregates where unit_id = ${w.schoolA.id} order by table_code, dim1`,
    );
    expect(aggregates).toContainEqual({
      table_code: 'pupils_by_grade_gender',
      dim1: '1',
      dim2: '1',
      value: 2,
    });
    expect(aggregates).toContainEqual({ table_code: 'classes_by_grade', dim1: '1', dim2: '', value: 1 });
    expect(aggregates).toContainEqual({ table_code: 'schools', dim1: 'TH', dim2: '', value: 1 });
    // Ciphertext only: the snapshot never holds opened personal values.
    const [stored] = await query<{ records: string }>(
      ctx.db,
      sql`select records::text from submission_versions where submission_id = ${subA}`,
    );
    expect(stored!.records).toContain(pupilA.studentCode);
    // Locked: sector writes for school A are refused with a clear message, school B is not affected.
    const edit = await call(w.as.clerkA, 'PATCH', `/api/students/${pupilA.id}`, {
      fullName: 'Lê Văn Cường Mới',
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('REPORTING_DATA_LOCKED');
    expect(edit.json().error.message).toMatch(/chốt/);
    const newClass = await call(w.as.clerkA, 'POST', '/api/classes', {
      unitId: w.schoolA.id,
      schoolYearId: w.yearId,
      name: '1B',
      grade: 1,
    });
    expect(newClass.json().error.code).toBe('REPORTING_DATA_LOCKED');
    const other = await call(w.as.clerkB, 'POST', '/api/classes', {
      unitId: w.schoolB.id,
      schoolYearId: w.yearId,
      name: '1B',
      grade: 1,
    });
    expect(other.statusCode, other.body).toBe(201);
    expect(await auditCount(ctx.db, 'reporting.submit', w.users.clerkA.id)).toBe(1);
  });

  it('the reviewer finds it in the worklist and returns it with a comment on a record; the school sees it', async () => {
    const list = await call(reviewer, 'GET', `/api/reporting/worklist?periodId=${periodId}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([subA]);
    expect((await call(w.as.clerkA, 'GET', '/api/reporting/worklist')).statusCode).toBe(403);
    const { revision } = await detail(reviewer, subA);
    const noComment = await call(reviewer, 'POST', `/api/reporting/submissions/${subA}/return`, {
      revision,
      comment: '   ',
    });
    expect(noComment.statusCode).toBe(400);
    const foreign = await call(reviewer, 'POST', `/api/reporting/submissions/${subA}/return`, {
      revision,
      comment: 'Kiểm tra lại',
      comments: [{ entity: 'student', recordId: crypto.randomUUID(), body: 'x' }],
    });
    expect(foreign.json().error.code).toBe('REPORTING_COMMENT_RECORD_INVALID');
    const res = await call(reviewer, 'POST', `/api/reporting/submissions/${subA}/return`, {
      revision,
      comment: 'Kiểm tra lại họ tên học sinh',
      comments: [{ entity: 'student', recordId: pupilA.id, field: 'fullName', body: 'Họ tên viết sai dấu' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('returned');
    const seen = await detail(w.as.clerkA, subA);
    expect(seen.comments).toEqual([
      expect.objectContaining({
        recordId: pupilA.id,
        recordLabel: pupilA.studentCode,
        field: 'fullName',
        body: 'Họ tên viết sai dấu',
      }),
    ]);
    expect(seen.events.map((e: { action: string }) => e.action)).toEqual(['submit', 'return']);
  });

  it('the school fixes and resubmits: version 2 with a diff against version 1', async () => {
    const edit = await call(w.as.clerkA, 'PATCH', `/api/students/${pupilA.id}`, { fullName: 'Lê Văn Cưởng' });
    expect(edit.statusCode, edit.body).toBe(200);
    const { revision } = await detail(w.as.clerkA, subA);
    const res = await call(w.as.clerkA, 'POST', `/api/reporting/submissions/${subA}/submit`, { revision });
    expect(res.json()).toMatchObject({ state: 'submitted', version: 2 });
    const v2 = await call(reviewer, 'GET', `/api/reporting/submissions/${subA}/versions/2`);
    expect(v2.statusCode, v2.body).toBe(200);
    expect(v2.json().diff.students.changed).toEqual([
      { id: pupilA.id, label: pupilA.studentCode, fields: ['fullName'] },
    ]);
    expect(v2.json().masked).toBe(false);
    expect(JSON.stringify(v2.json())).not.toMatch(/personalIdEnc|phoneEnc/);
    expect(await auditCount(ctx.db, 'submission.personal_read', reviewerId)).toBeGreaterThanOrEqual(0);
    // The commune officer has no personal-data permission: sensitive fields are left out.
    const masked = await call(w.as.commune1, 'GET', `/api/reporting/submissions/${subA}/versions/2`);
    expect(masked.json().masked).toBe(true);
    expect(masked.json().records.students[0].ethnicityCode).toBeNull();
  });

  it('two reviewers acting at once: exactly one wins, the other gets a clear conflict', async () => {
    const { revision } = await detail(reviewer, subA);
    const [a, b] = await Promise.all([
      call(reviewer, 'POST', `/api/reporting/submissions/${subA}/approve`, { revision }),
      call(w.as.officer, 'POST', `/api/reporting/submissions/${subA}/return`, { revision, comment: 'Thiếu' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().error.code).toMatch(/REPORTING_CONCURRENT_CHANGE|REPORTING_TRANSITION_INVALID/);
    const after = await detail(reviewer, subA);
    expect(after.revision).toBe(revision + 1);
    // Leave it approved for the next steps.
    if (after.state === 'returned') {
      const again = await call(w.as.clerkA, 'POST', `/api/reporting/submissions/${subA}/submit`, {
        revision: after.revision,
      });
      expect(again.statusCode).toBe(200);
      const ok = await call(reviewer, 'POST', `/api/reporting/submissions/${subA}/approve`, {
        revision: again.json().revision,
      });
      expect(ok.statusCode).toBe(200);
    }
    expect((await detail(reviewer, subA)).state).toBe('approved');
  });

  it('approved data stays locked; the approver cannot accept their own approval; the level above accepts', async () => {
    const edit = await call(w.as.clerkA, 'PATCH', `/api/students/${pupilA.id}`, { fullName: 'Lê Văn Cường' });
    expect(edit.json().error.code).toBe('REPORTING_DATA_LOCKED');
    const d = await detail(reviewer, subA);
    const approvedByReviewer = (
      await query<{ approved_by: string }>(
        ctx.db,
        sql`select approved_by from submissions where id = ${subA}`,
      )
    )[0]!.approved_by;
    const accepter = approvedByReviewer === reviewerId ? w.as.officer : reviewer;
    const self = approvedByReviewer === reviewerId ? reviewer : w.as.officer;
    const same = await call(self, 'POST', `/api/reporting/submissions/${subA}/accept`, {
      revision: d.revision,
    });
    expect(same.json().error.code).toBe('REPORTING_SAME_PERSON');
    const ok = await call(accepter, 'POST', `/api/reporting/submissions/${subA}/accept`, {
      revision: d.revision,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().state).toBe('accepted');
  });

  it('the department reopens approved data with a reason; the school can edit again', async () => {
    const d = await detail(w.as.officer, subA);
    const noReason = await call(w.as.officer, 'POST', `/api/reporting/submissions/${subA}/reopen`, {
      revision: d.revision,
    });
    expect(noReason.json().error.code).toBe('REPORTING_COMMENT_REQUIRED');
    const denied = await call(reviewer, 'POST', `/api/reporting/submissions/${subA}/reopen`, {
      revision: d.revision,
      comment: 'x',
    });
    expect(denied.statusCode).toBe(403);
    const res = await call(w.as.officer, 'POST', `/api/reporting/submissions/${subA}/reopen`, {
      revision: d.revision,
      comment: 'Cần cập nhật học sinh chuyển đến',
    });
    expect(res.json()).toMatchObject({ state: 'returned', locked: false });
    const edit = await call(w.as.clerkA, 'PATCH', `/api/students/${pupilA.id}`, { fullName: 'Lê Văn Cường' });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(await auditCount(ctx.db, 'reporting.reopen', w.users.officer.id)).toBe(1);
  });

  it('after the deadline a locking period refuses a submission until an exception is granted; it is late', async () => {
    const late = await call(w.as.officer, 'POST', '/api/reporting/periods', {
      rootUnitId: w.commune2.id,
      kind: 'ad_hoc',
      name: 'Báo cáo đột xuất',
      opensAt: at(-10),
      deadlineAt: at(-2),
      onTimeGraceHours: 24,
    });
    expect(late.statusCode, late.body).toBe(201);
    const pid = late.json().id;
    expect(
      (await call(w.as.officer, 'POST', `/api/reporting/periods/${pid}/open`)).json().counts.expected,
    ).toBe(1);
    const sub = await submissionOf(w.as.clerkC, w.schoolC.id, pid);
    const refused = await call(w.as.clerkC, 'POST', `/api/reporting/submissions/${sub.id}/submit`, {
      revision: sub.revision,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('REPORTING_PERIOD_LOCKED');
    const pastException = await call(w.as.officer, 'POST', `/api/reporting/periods/${pid}/exceptions`, {
      unitId: w.schoolC.id,
      until: at(-1),
      reason: 'Mất điện',
    });
    expect(pastException.json().error.code).toBe('REPORTING_EXCEPTION_DATE_INVALID');
    const notInPeriod = await call(w.as.officer, 'POST', `/api/reporting/periods/${pid}/exceptions`, {
      unitId: w.schoolA.id,
      until: at(2),
      reason: 'x x x',
    });
    expect(notInPeriod.statusCode).toBe(400);
    expect(notInPeriod.json().error.code).toBe('REPORTING_UNIT_NOT_IN_PERIOD');
    const granted = await call(w.as.officer, 'POST', `/api/reporting/periods/${pid}/exceptions`, {
      unitId: w.schoolC.id,
      until: at(2),
      reason: 'Trường bị ngập lụt',
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const ok = await call(w.as.clerkC, 'POST', `/api/reporting/submissions/${sub.id}/submit`, {
      // Granting an exception is history, not a transition: the revision is unchanged.
      revision: sub.revision,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'submitted', onTime: false });
    expect((await call(w.as.officer, 'GET', `/api/reporting/periods/${pid}`)).json().counts).toMatchObject({
      late: 1,
      submitted: 1,
    });
    // Closing the period releases the lock on school C's data.
    expect((await call(w.as.officer, 'POST', `/api/reporting/periods/${pid}/close`)).json().status).toBe(
      'closed',
    );
    const add = await call(w.as.clerkC, 'POST', '/api/classes', {
      unitId: w.schoolC.id,
      schoolYearId: w.yearId,
      name: '6B',
      grade: 6,
    });
    expect(add.statusCode, add.body).toBe(201);
  });

  it('every transition is audited and the chain of events is complete', async () => {
    const d = await detail(w.as.officer, subA);
    expect(d.events.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['submit', 'return', 'approve', 'accept', 'reopen']),
    );
    for (const action of ['reporting.submit', 'reporting.return', 'reporting.approve', 'reporting.accept'])
      expect(await auditCount(ctx.db, action)).toBeGreaterThan(0);
  });
});

describe('reporting module exports', () => {
  it('names assertSectorWritable for the sector write paths', async () => {
    const mod = await import('../src/modules/reporting/reporting.lock');
    expect(typeof mod.assertSectorWritable).toBe('function');
  });
});
