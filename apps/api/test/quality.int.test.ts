import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import type { JobDeps } from '../src/jobs';
import { enqueueJob, type JobRegistry, runOneJob } from '../src/modules/jobs/jobs.runner';
import { qualityJobs } from '../src/modules/quality/quality.jobs';
import { qualityScores } from '../src/modules/quality/quality.scores';
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
import { seedClass, seedProfile, seedSchoolYear, seedStaff, seedStudent } from './sector-fixtures';

describeEachDb('data quality: rules, runs, worklist, scores, responsibilities', (kind) => {
  let ctx: TestContext;
  let registry: JobRegistry;
  let root: SeededUnit;
  let communeA: SeededUnit;
  let communeB: SeededUnit;
  let schoolA: SeededUnit;
  let schoolB: SeededUnit;
  let officer: SeededUser;
  let clerkA: SeededUser;
  let principalA: SeededUser;
  let communeOfficerB: SeededUser;
  let officerS: Session;
  let clerkS: Session;
  let principalS: Session;
  let communeS: Session;
  let yearId: string;
  let bigClass: { id: string };
  let droppedPupil: { id: string };

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    registry = new Map(qualityJobs({ db: ctx.db } as JobDeps).definitions.map((d) => [d.kind, d]));
    root = await seedUnit(ctx.db, { typeCode: 'department', name: 'Sở thử' });
    communeA = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', name: 'Xã A' });
    communeB = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', name: 'Xã B' });
    schoolA = await seedUnit(ctx.db, { parent: communeA, typeCode: 'school', name: 'Trường A' });
    schoolB = await seedUnit(ctx.db, { parent: communeB, typeCode: 'school', name: 'Trường B' });
    await seedProfile(ctx.db, schoolA.id, { levelCode: 'TH' });
    await seedProfile(ctx.db, schoolB.id, { levelCode: 'TH' });
    officer = await seedUser(ctx, { unit: root, roles: [{ roleCode: 'department_data_officer' }] });
    clerkA = await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: 'school_data_clerk' }] });
    principalA = await seedUser(ctx, { unit: schoolA, roles: [{ roleCode: 'school_principal' }] });
    communeOfficerB = await seedUser(ctx, { unit: communeB, roles: [{ roleCode: 'commune_officer' }] });
    officerS = await signIn(ctx.app, officer);
    clerkS = await signIn(ctx.app, clerkA);
    principalS = await signIn(ctx.app, principalA);
    communeS = await signIn(ctx.app, communeOfficerB);

    yearId = await seedSchoolYear(ctx.db);
    bigClass = await seedClass(ctx.db, { unitId: schoolA.id, schoolYearId: yearId, grade: 1, name: '1A' });
    for (let i = 0; i < 3; i++)
      await seedStudent(ctx.db, { unitId: schoolA.id, classId: bigClass.id, fullName: `Học Sinh ${i}` });
    droppedPupil = await seedStudent(ctx.db, {
      unitId: schoolA.id,
      classId: bigClass.id,
      fullName: 'Bỏ Học',
      statusCode: '04',
    });
    // The same pupil (folded name + birth date) enrolled in two schools.
    await seedStudent(ctx.db, { unitId: schoolA.id, fullName: 'Nguyễn Văn Trùng', birthDate: '2018-01-02' });
    await seedStudent(ctx.db, { unitId: schoolB.id, fullName: 'NGUYEN VAN TRUNG', birthDate: '2018-01-02' });
    await seedStaff(ctx.db, schoolB.id);
  });
  afterAll(() => ctx.close());

  const post = (s: Session, url: string, payload: unknown) =>
    ctx.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const get = (s: Session, url: string) => ctx.app.inject({ method: 'GET', url, headers: s.headers });
  const drain = async () => {
    while (await runOneJob(ctx.db, registry)) {
      /* until the queue is empty */
    }
  };
  const runAt = async (unit: SeededUnit) => {
    const res = await post(officerS, '/api/quality/runs', { unitId: unit.id });
    expect(res.statusCode, res.body).toBe(202);
    await drain();
    const [run] = await query<{ status: string; summary: Record<string, number> }>(
      ctx.db,
      sql`select status, summary from quality_runs where id = ${res.json().id}`,
    );
    expect(run?.status).toBe('done');
    return run!.summary;
  };

  it('refuses bad rule parameters with a Vietnamese message per field, and saves nothing', async () => {
    const before = await query<{ n: number }>(ctx.db, sql`select count(*)::int as n from quality_rules`);
    const res = await post(officerS, '/api/quality/rules', {
      code: 'BAD_SIZE',
      nameVi: 'Sĩ số',
      nameEn: 'Size',
      ruleType: 'class_size',
      severity: 'warning',
      params: { max: 'ba mươi', maxByLevel: { TH: 0 }, colour: 'red' },
      rootUnitId: root.id,
    });
    expect(res.statusCode).toBe(400);
    const body = res.json().error;
    expect(body.code).toBe('QUALITY_PARAMS_INVALID');
    expect(body.message).toMatch(/Tham số của quy tắc chưa hợp lệ/);
    const fields = Object.fromEntries(
      (body.details as { field: string; code: string; message: string }[]).map((d) => [d.field, d]),
    );
    expect(fields['params.max']?.code).toBe('QUALITY_PARAM_NOT_INTEGER');
    expect(fields['params.maxByLevel.TH']?.message).toMatch(/ngoài khoảng cho phép.*\(1–200\)/);
    expect(fields['params.colour']?.code).toBe('QUALITY_PARAM_UNKNOWN');
    const after = await query<{ n: number }>(ctx.db, sql`select count(*)::int as n from quality_rules`);
    expect(after[0]!.n).toBe(before[0]!.n);
    // A school clerk may not define rules at all.
    const clerk = await post(clerkS, '/api/quality/rules', {
      code: 'X1',
      nameVi: 'x',
      nameEn: 'x',
      ruleType: 'age_grade',
      severity: 'warning',
      params: { toleranceYears: 2 },
      rootUnitId: schoolA.id,
    });
    expect(clerk.statusCode).toBe(403);
  });

  it('defines rules, names responsibilities, and a run assigns issues to the responsible person', async () => {
    const rules = [
      { code: 'SISO_TH', ruleType: 'class_size', params: { max: 45, maxByLevel: { TH: 2 } } },
      { code: 'TRANG_THAI', ruleType: 'status_consistency', params: { checks: ['left_still_in_class'] } },
      { code: 'TRUNG_HS', ruleType: 'duplicate_across_schools', params: { match: 'name_birth' } },
      { code: 'HS_GV', ruleType: 'pupils_per_teacher', params: { max: 25 } },
    ];
    for (const r of rules) {
      const res = await post(officerS, '/api/quality/rules', {
        ...r,
        nameVi: `Quy tắc ${r.code}`,
        nameEn: `Rule ${r.code}`,
        severity: r.code === 'TRUNG_HS' ? 'blocking' : 'warning',
        rootUnitId: root.id,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const dup = await post(officerS, '/api/quality/rules', {
      ...rules[0],
      nameVi: 'x',
      nameEn: 'x',
      severity: 'warning',
      rootUnitId: root.id,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('QUALITY_RULE_CODE_TAKEN');

    // The principal names the clerk responsible for pupils, but may not name a reviewer.
    const reviewer = await post(principalS, '/api/responsibilities/local', {
      unitId: schoolA.id,
      userId: clerkA.id,
      dataGroup: 'all',
      duty: 'reviewer',
    });
    expect(reviewer.statusCode).toBe(400);
    expect(reviewer.json().error.code).toBe('RESPONSIBILITY_REVIEWER_NOT_ALLOWED');
    const responsible = await post(principalS, '/api/responsibilities/local', {
      unitId: schoolA.id,
      userId: clerkA.id,
      dataGroup: 'students',
      duty: 'responsible',
    });
    expect(responsible.statusCode, responsible.body).toBe(201);
    // The department officer names themselves for everything at school A's commune level, not the school.
    const officerDuty = await post(officerS, '/api/responsibilities', {
      unitId: schoolA.id,
      userId: officer.id,
      dataGroup: 'all',
      duty: 'responsible',
    });
    expect(officerDuty.statusCode, officerDuty.body).toBe(201);
    // A person of another school cannot be made responsible for school A.
    const foreign = await post(officerS, '/api/responsibilities', {
      unitId: schoolA.id,
      userId: communeOfficerB.id,
      dataGroup: 'all',
      duty: 'contact',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('RESPONSIBILITY_USER_OUT_OF_SCOPE');

    const summary = await runAt(root);
    expect(summary.created).toBeGreaterThanOrEqual(4);

    const issues = await query<{ code: string; unit_id: string; assignee_id: string | null; entity: string }>(
      ctx.db,
      sql`select r.code, qi.unit_id, qi.assignee_id, qi.entity from quality_issues qi
          join quality_rules r on r.id = qi.rule_id order by r.code, qi.unit_id`,
    );
    const byCode = (code: string) => issues.filter((i) => i.code === code);
    // 1A has 3 pupils at school (the dropped-out one does not count): above 2.
    expect(byCode('SISO_TH')).toHaveLength(1);
    expect(byCode('SISO_TH')[0]!.entity).toBe('class');
    // Classes are not 'students': the 'all' duty (the officer) applies.
    expect(byCode('SISO_TH')[0]!.assignee_id).toBe(officer.id);
    // Pupils: the group-specific duty (the clerk) wins over 'all'.
    expect(byCode('TRANG_THAI')[0]!.assignee_id).toBe(clerkA.id);
    // Both schools' copies of the duplicate; school B has nobody responsible.
    const dups = byCode('TRUNG_HS');
    expect(dups.map((d) => d.unit_id).sort()).toEqual([schoolA.id, schoolB.id].sort());
    expect(dups.find((d) => d.unit_id === schoolB.id)!.assignee_id).toBeNull();
    // School A has pupils and no teacher.
    expect(byCode('HS_GV').map((i) => i.unit_id)).toContain(schoolA.id);
  });

  it('a second run is idempotent: nothing new, nothing resolved', async () => {
    const before = await query<{ n: number }>(ctx.db, sql`select count(*)::int as n from quality_issues`);
    const summary = await runAt(root);
    expect(summary.created).toBe(0);
    expect(summary.resolved).toBe(0);
    const after = await query<{ n: number }>(ctx.db, sql`select count(*)::int as n from quality_issues`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('lists are scoped: my issues, the school, the commune; foreign issues are 404', async () => {
    const mine = await get(clerkS, '/api/quality/issues?assignee=me');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.length).toBeGreaterThan(0);
    for (const i of mine.json().items) expect(i.assigneeId).toBe(clerkA.id);
    const clerkAll = await get(clerkS, '/api/quality/issues?pageSize=200');
    for (const i of clerkAll.json().items) expect(i.unitId).toBe(schoolA.id);
    const commune = await get(communeS, '/api/quality/issues?pageSize=200');
    expect(commune.json().total).toBeGreaterThan(0);
    for (const i of commune.json().items) expect(i.unitId).toBe(schoolB.id);
    const [foreign] = await query<{ id: string }>(
      ctx.db,
      sql`select id from quality_issues where unit_id = ${schoolB.id} limit 1`,
    );
    expect((await get(clerkS, `/api/quality/issues/${foreign!.id}`)).statusCode).toBe(404);
    expect((await get(clerkS, `/api/quality/issues?unitId=${schoolB.id}`)).statusCode).toBe(404);
    // Messages are Vietnamese and never show the other school's pupil.
    const dup = commune.json().items.find((i: { ruleCode: string }) => i.ruleCode === 'TRUNG_HS');
    expect(dup.message).toContain(schoolA.code);
    expect(dup.message).not.toMatch(/Nguyễn/);
  });

  it('scores count only units in scope (security test 5)', async () => {
    const own = await get(officerS, `/api/quality/scores?unitId=${root.id}`);
    expect(own.statusCode).toBe(200);
    const body = own.json();
    expect(body.unit.unitId).toBe(root.id);
    expect(body.children.map((c: { unitId: string }) => c.unitId).sort()).toEqual(
      [communeA.id, communeB.id].sort(),
    );
    const a = body.children.find((c: { unitId: string }) => c.unitId === communeA.id);
    expect(a.openWarning + a.openBlocking).toBeGreaterThan(0);
    expect(a.score).toBeLessThan(100);
    expect(body.unit.records).toBe(
      body.children.reduce((n: number, c: { records: number }) => n + c.records, 0),
    );
    expect((await get(clerkS, `/api/quality/scores?unitId=${root.id}`)).statusCode).toBe(404);
    const clerkScope = new Scope('quality.read', [schoolA.path], []);
    const scores = await qualityScores(ctx.db, clerkScope, [root.id, communeA.id, schoolA.id, schoolB.id]);
    expect(scores.map((s) => s.unitId)).toEqual([schoolA.id]);
    // A unit-only assignment over the commune counts the commune itself, not its schools.
    const communeOnly = new Scope('quality.read', [], [communeA.id]);
    const [c] = await qualityScores(ctx.db, communeOnly, [communeA.id]);
    expect(c).toMatchObject({ unitId: communeA.id, records: 0, openBlocking: 0, openWarning: 0, score: 100 });
  });

  it('resolution states: exception needs a reason, states are audited, fixed data auto-resolves', async () => {
    const [issue] = await query<{ id: string }>(
      ctx.db,
      sql`select qi.id from quality_issues qi join quality_rules r on r.id = qi.rule_id where r.code = 'SISO_TH'`,
    );
    const url = `/api/quality/issues/${issue!.id}/transition`;
    expect((await post(clerkS, url, { to: 'in_progress' })).statusCode).toBe(200);
    const noReason = await post(clerkS, url, { to: 'accepted_exception', reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/cần ghi lý do/);
    const accepted = await post(clerkS, url, {
      to: 'accepted_exception',
      reason: 'Lớp ghép được Sở cho phép',
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().issue.exceptionReason).toBe('Lớp ghép được Sở cho phép');
    expect(accepted.json().nextStates).toEqual(['reopened']);
    expect((await post(clerkS, url, { to: 'in_progress' })).statusCode).toBe(409);
    const comment = await post(clerkS, `/api/quality/issues/${issue!.id}/comments`, { body: 'Đã báo Sở' });
    expect(comment.json().events.map((e: { kind: string }) => e.kind)).toEqual([
      'created',
      'state',
      'state',
      'comment',
    ]);
    const audits = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from audit_log where action = 'quality.issue.transition' and object_id = ${issue!.id}`,
    );
    expect(audits[0]!.n).toBe(2);

    // The school takes the dropped-out pupil out of the class: the status issue goes away by itself.
    await ctx.db.execute(sql`update students set class_id = null where id = ${droppedPupil.id}`);
    const summary = await runAt(root);
    expect(summary.resolved).toBe(1);
    const [status] = await query<{ state: string; resolution: string }>(
      ctx.db,
      sql`select qi.state, qi.resolution from quality_issues qi join quality_rules r on r.id = qi.rule_id
          where r.code = 'TRANG_THAI'`,
    );
    expect(status).toEqual({ state: 'resolved', resolution: 'auto' });
    // The accepted exception stays accepted while the class is still large.
    const detail = await get(clerkS, `/api/quality/issues/${issue!.id}`);
    expect(detail.json().issue.state).toBe('accepted_exception');

    // The pupil is put back in the class: the resolved issue reopens.
    await ctx.db.execute(sql`update students set class_id = ${bigClass.id} where id = ${droppedPupil.id}`);
    const again = await runAt(schoolA);
    expect(again.reopened).toBe(1);
    const [reopened] = await query<{ state: string }>(
      ctx.db,
      sql`select qi.state from quality_issues qi join quality_rules r on r.id = qi.rule_id where r.code = 'TRANG_THAI'`,
    );
    expect(reopened?.state).toBe('reopened');
  });

  it('a run over one school leaves other schools’ issues alone', async () => {
    const before = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from quality_issues where unit_id = ${schoolB.id} and state = 'open'`,
    );
    await ctx.db.execute(sql`update quality_rules set enabled = false where code = 'TRUNG_HS'`);
    await runAt(schoolA);
    const after = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from quality_issues where unit_id = ${schoolB.id} and state = 'open'`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
    // School A's copy of the duplicate closed with its disabled rule.
    const [dupA] = await query<{ state: string }>(
      ctx.db,
      sql`select qi.state from quality_issues qi join quality_rules r on r.id = qi.rule_id
          where r.code = 'TRUNG_HS' and qi.unit_id = ${schoolA.id}`,
    );
    expect(dupA?.state).toBe('resolved');
  });

  it('the nightly job runs once per night, also after a restart', async () => {
    await enqueueJob(ctx.db, 'quality.nightly', {}, { dedupeKey: 'test:nightly:1' });
    await drain();
    await enqueueJob(ctx.db, 'quality.nightly', {}, { dedupeKey: 'test:nightly:2' });
    await drain();
    const runs = await query<{ status: string }>(
      ctx.db,
      sql`select status from quality_runs where trigger = 'nightly'`,
    );
    expect(runs).toEqual([{ status: 'done' }]);
  });
});
