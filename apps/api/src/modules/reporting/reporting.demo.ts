import { computeAggregates, isOnTime } from '@edushield/core/reporting/index';
import { eq, sql } from 'drizzle-orm';
import type { DemoContext } from '../../demo/demo.context';
import { PersonalDataCodec } from '../../lib/personal-data';
import { schoolYears } from '../sector/sector.table';
import { roleAssignments, users } from '../users/users.table';
import * as repo from './reporting.repository';
import { responsibilities, submissionComments, submissionEvents } from './reporting.table';
import { summaryOf } from './submissions.service';
import { unitReadiness } from './unit-records';

/**
 * What the reporting feature adds to the EDUSHIELD_DEMO=1 province:
 * - the 2025–2026 start-of-year period, open, deadline a week from now:
 *   THCS-THAIBINH submitted (waiting for the reviewer rs.thaibinh),
 *   TH-THAIBINH returned with comments, MN-THAIBINH and two upper-secondary
 *   schools approved, the rest not yet submitted;
 * - the 2025–2026 mid-year period, closed, every school approved, one late;
 * - the reviewer account rs.thaibinh (reviewer on XA-THAIBINH), named as
 *   reviewer of that commune's schools.
 */

const DAY = 86_400_000;

type State = 'submitted' | 'approved' | 'returned';

async function seedSubmission(
  ctx: DemoContext,
  codec: PersonalDataCodec,
  period: repo.PeriodRow,
  unitId: string,
  plan: { at: Date; state: State; by: string; reviewerId: string; comment?: string },
) {
  const { db } = ctx;
  const submission = await repo.findSubmissionByUnit(db, period.id, unitId);
  if (!submission) return;
  const { records, readiness } = await unitReadiness(db, codec, unitId, {
    schoolYearId: period.schoolYearId,
    now: plan.at,
  });
  const versionId = await repo.insertVersion(db, {
    submissionId: submission.id,
    version: 1,
    records: records.snapshot,
    summary: summaryOf(records, readiness),
    diff: null,
    createdBy: plan.by,
  });
  const pu = await repo.findPeriodUnit(db, period.id, unitId);
  await repo.insertAggregates(
    db,
    computeAggregates(records.snapshot, pu?.levelCode ?? null).map((a) => ({
      versionId,
      periodId: period.id,
      unitId,
      ...a,
    })),
  );
  const reviewedAt = new Date(plan.at.getTime() + DAY);
  await repo.updateSubmissionIfRevision(db, submission.id, 0, {
    state: plan.state,
    version: 1,
    revision: plan.state === 'submitted' ? 1 : 2,
    firstSubmittedAt: plan.at,
    lastSubmittedAt: plan.at,
    onTime: isOnTime(period, plan.at),
    ...(plan.state === 'approved' ? { approvedAt: reviewedAt, approvedBy: plan.reviewerId } : {}),
  });
  const events: (typeof submissionEvents.$inferInsert)[] = [
    {
      submissionId: submission.id,
      version: 1,
      action: 'submit',
      fromState: 'not_submitted',
      toState: 'submitted',
      actorId: plan.by,
      at: plan.at,
    },
  ];
  if (plan.state !== 'submitted')
    events.push({
      submissionId: submission.id,
      version: 1,
      action: plan.state === 'approved' ? 'approve' : 'return',
      fromState: 'submitted',
      toState: plan.state,
      actorId: plan.reviewerId,
      comment: plan.comment ?? null,
      at: reviewedAt,
    });
  await db.insert(submissionEvents).values(events);
  if (plan.state === 'returned') {
    const pupil = records.snapshot.students[0];
    await db.insert(submissionComments).values({
      submissionId: submission.id,
      version: 1,
      entity: pupil ? 'student' : 'school',
      recordId: pupil?.id ?? unitId,
      field: pupil ? 'ethnicityCode' : null,
      body: 'Đề nghị kiểm tra lại dân tộc của học sinh này theo giấy khai sinh.',
      authorId: plan.reviewerId,
      createdAt: reviewedAt,
    });
  }
}

async function openDemoPeriod(
  ctx: DemoContext,
  values: Parameters<typeof repo.insertPeriod>[1],
): Promise<repo.PeriodRow> {
  const period = await repo.insertPeriod(ctx.db, { ...values, status: 'open' });
  const tree = await repo.treeAsOf(ctx.db, period.rootUnitId, period.treeAsOf);
  await repo.insertPeriodUnits(
    ctx.db,
    period.id,
    tree.filter((u) => u.typeCode === 'school'),
  );
  return period;
}

export async function seedDemoReporting(ctx: DemoContext): Promise<void> {
  const { db } = ctx;
  const [year] = await db.select().from(schoolYears).where(eq(schoolYears.code, '2025-2026'));
  if (!year) return;
  const codec = new PersonalDataCodec(ctx.keys.fieldKeys, ctx.keys.blindIndexKey);
  const commune = ctx.byCode.get('XA-THAIBINH');
  const officer = (await db.select({ id: users.id }).from(users).where(eq(users.username, 'so.dulieu')))[0]
    ?.id;
  const clerk = (await db.select({ id: users.id }).from(users).where(eq(users.username, 'vt.th.thaibinh')))[0]
    ?.id;
  if (!commune || !officer || !clerk) return;

  const [reviewer] = await db
    .insert(users)
    .values({
      username: 'rs.thaibinh',
      fullName: 'Bùi Văn Thắng',
      unitId: commune,
      passwordHash: ctx.passwordHash,
      mustChangePassword: false,
      createdBy: ctx.adminId,
    })
    .returning({ id: users.id });
  await db.insert(roleAssignments).values({
    userId: reviewer!.id,
    roleCode: 'reviewer',
    unitId: commune,
    scope: 'subtree',
    grantedBy: ctx.adminId,
  });
  await db.insert(responsibilities).values({
    unitId: commune,
    dataGroup: 'all',
    duty: 'reviewer',
    userId: reviewer!.id,
    note: 'Rà soát số liệu các trường trên địa bàn xã Thái Bình',
    createdBy: officer,
  });
  ctx.accounts.push('rs.thaibinh');

  const now = Date.now();
  // Mid-year 2025–2026: closed, every school approved, THPT-SONDUONG late.
  const mid = await openDemoPeriod(ctx, {
    schoolYearId: year.id,
    kind: 'mid_year',
    name: 'Báo cáo giữa năm học 2025–2026',
    rootUnitId: ctx.rootId,
    treeAsOf: '2026-01-05',
    requiredUnitTypes: ['school'],
    opensAt: new Date('2026-01-05T00:00:00+07:00'),
    deadlineAt: new Date('2026-01-20T23:59:59+07:00'),
    onTimeGraceHours: 24,
    createdBy: officer,
  });
  const midUnits = await db.execute(sql`select unit_id from period_units where period_id = ${mid.id}`);
  const midIds = (midUnits as unknown as { rows: { unit_id: string }[] }).rows.map((r) => r.unit_id);
  const lateId = ctx.byCode.get('THPT-SONDUONG');
  for (const unitId of midIds) {
    const late = unitId === lateId;
    await seedSubmission(ctx, codec, mid, unitId, {
      at: new Date(late ? '2026-01-24T09:30:00+07:00' : '2026-01-16T10:00:00+07:00'),
      state: 'approved',
      by: clerk,
      reviewerId: officer,
    });
  }
  await repo.updatePeriod(db, mid.id, 'open', { status: 'closed' });

  // Start of year 2025–2026: open, deadline a week from now.
  const start = await openDemoPeriod(ctx, {
    schoolYearId: year.id,
    kind: 'start_of_year',
    name: 'Báo cáo đầu năm học 2025–2026',
    description: 'Số liệu trường, lớp, học sinh, cán bộ – giáo viên đầu năm học.',
    rootUnitId: ctx.rootId,
    treeAsOf: new Date(now - 14 * DAY).toISOString().slice(0, 10),
    requiredUnitTypes: ['school'],
    opensAt: new Date(now - 14 * DAY),
    deadlineAt: new Date(now + 7 * DAY),
    onTimeGraceHours: 24,
    createdBy: officer,
  });
  const plan: [string, State, string | undefined][] = [
    // TH-THAIBINH stays editable (returned): the demo's clerk vt.th.thaibinh works on it.
    [
      'TH-THAIBINH',
      'returned',
      'Số học sinh dân tộc thiểu số chênh lệch lớn so với kỳ trước, đề nghị rà soát.',
    ],
    ['THCS-THAIBINH', 'submitted', undefined],
    ['MN-THAIBINH', 'approved', undefined],
    ['THPT-YENSON', 'approved', undefined],
    ['THPT-CHUYEN', 'approved', undefined],
  ];
  for (const [code, state, comment] of plan) {
    const unitId = ctx.byCode.get(code);
    if (!unitId) continue;
    await seedSubmission(ctx, codec, start, unitId, {
      at: new Date(now - 3 * DAY),
      state,
      by: clerk,
      reviewerId: code.endsWith('-THAIBINH') ? reviewer!.id : officer,
      ...(comment ? { comment } : {}),
    });
  }
}
