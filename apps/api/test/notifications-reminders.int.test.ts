import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { runOneJob } from '../src/modules/jobs/jobs.runner';
import { createMailer } from '../src/modules/mail/mailer';
import { notifyJobs, REMINDERS_JOB } from '../src/modules/notifications/notifications.jobs';
import { dueStages, runReminders } from '../src/modules/notifications/reminders';
import {
  periodUnits,
  reportingPeriods,
  responsibilities,
  submissions,
} from '../src/modules/reporting/reporting.table';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  seedUnit,
  seedUser,
  type TestContext,
} from './helpers';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 17:00 in Hà Nội on 1 December 2026. */
const DEADLINE = new Date('2026-12-01T10:00:00Z');

/**
 * Reminders and escalation of reporting periods, driven by a fake clock: the
 * scheduler is called with `now` stepping through three weeks around the
 * deadline (and several times per step, as a restarted server would).
 */
describeEachDb('reporting reminders and escalation', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department', name: 'Sở GD&ĐT thử' });
  });
  afterAll(() => ctx.close());

  async function scenario(opts: { opensDaysBefore?: number } = {}) {
    const commune = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', name: 'UBND xã Thái Bình' });
    const late = await seedUnit(ctx.db, {
      parent: commune,
      typeCode: 'school',
      name: 'Trường Tiểu học Thái Bình',
    });
    const done = await seedUnit(ctx.db, {
      parent: commune,
      typeCode: 'school',
      name: 'Trường THCS Thái Bình',
    });
    const clerk = await seedUser(ctx, { unit: late, roles: [{ roleCode: 'school_data_clerk' }] });
    const principal = await seedUser(ctx, { unit: late, roles: [{ roleCode: 'school_principal' }] });
    const contact = await seedUser(ctx, { unit: late, roles: [{ roleCode: 'teacher' }] });
    const teacher = await seedUser(ctx, { unit: late, roles: [{ roleCode: 'teacher' }] });
    const communeOfficer = await seedUser(ctx, { unit: commune, roles: [{ roleCode: 'commune_officer' }] });
    const communeStaffOnly = await seedUser(ctx, { unit: commune, roles: [{ roleCode: 'staff' }] });
    const reviewer = await seedUser(ctx, { unit: root, roles: [{ roleCode: 'reviewer', unit: commune }] });
    const deptOfficer = await seedUser(ctx, {
      unit: root,
      roles: [{ roleCode: 'department_data_officer', unit: root }],
    });
    const donePrincipal = await seedUser(ctx, { unit: done, roles: [{ roleCode: 'school_principal' }] });
    const doneClerk = await seedUser(ctx, { unit: done, roles: [{ roleCode: 'school_data_clerk' }] });
    await ctx.db.insert(responsibilities).values([
      { unitId: late.id, duty: 'contact', userId: contact.id },
      { unitId: late.id, duty: 'reviewer', userId: reviewer.id },
    ]);
    const [period] = await ctx.db
      .insert(reportingPeriods)
      .values({
        kind: 'start_of_year',
        name: 'Đầu năm học 2026–2027',
        rootUnitId: root.id,
        treeAsOf: '2026-09-05',
        opensAt: new Date(DEADLINE.getTime() - (opts.opensDaysBefore ?? 30) * DAY),
        deadlineAt: DEADLINE,
        remindDaysBefore: [7, 3, 1],
        remindDaysAfter: [1, 3, 7],
        escalateAfterDays: 3,
        status: 'open',
      })
      .returning();
    for (const [unit, name, parent] of [
      [late, 'Trường Tiểu học Thái Bình', commune],
      [done, 'Trường THCS Thái Bình', commune],
    ] as const) {
      await ctx.db.insert(periodUnits).values({
        periodId: period!.id,
        unitId: unit.id,
        unitPath: unit.path,
        parentId: parent.id,
        unitName: name,
        unitCode: unit.code,
        unitTypeCode: 'school',
        levelCode: 'TH',
      });
    }
    await ctx.db.insert(submissions).values([
      { periodId: period!.id, unitId: late.id, state: 'not_submitted' },
      {
        periodId: period!.id,
        unitId: done.id,
        state: 'submitted',
        version: 1,
        firstSubmittedAt: new Date(DEADLINE.getTime() - 10 * DAY),
        onTime: true,
      },
    ]);
    return {
      period: period!,
      late,
      done,
      users: {
        clerk,
        principal,
        contact,
        teacher,
        communeOfficer,
        communeStaffOnly,
        reviewer,
        deptOfficer,
        donePrincipal,
        doneClerk,
      },
    };
  }

  async function log(periodId: string) {
    return query<{ unit_id: string; stage: string; outcome: string; at: string | Date; recipients: number }>(
      ctx.db,
      sql`select unit_id, stage, outcome, at, recipients from reminder_log where period_id = ${periodId} order by at, stage`,
    );
  }

  async function noticesOf(periodId: string) {
    return query<{
      recipient_id: string;
      kind: string;
      dedupe_key: string;
      title_vi: string;
      body_vi: string;
      link: string;
    }>(
      ctx.db,
      sql`select recipient_id, kind, dedupe_key, title_vi, body_vi, link from notifications
          where related_type = 'period' and related_id = ${periodId}`,
    );
  }

  it('sends day-7/3/1 reminders, late reminders and one escalation, each once, at the right time', async () => {
    const s = await scenario();
    // Every 6 hours from 10 days before to 10 days after the deadline, three runs per tick.
    for (let t = DEADLINE.getTime() - 10 * DAY; t <= DEADLINE.getTime() + 10 * DAY; t += 6 * HOUR) {
      for (let i = 0; i < 3; i++) await runReminders(ctx.db, new Date(t));
    }
    const entries = await log(s.period.id);
    expect(entries.every((e) => e.unit_id === s.late.id)).toBe(true); // nothing for the submitted school
    expect(entries.map((e) => [e.stage, e.outcome, new Date(e.at).toISOString()])).toEqual([
      ['before:7', 'sent', new Date(DEADLINE.getTime() - 7 * DAY).toISOString()],
      ['before:3', 'sent', new Date(DEADLINE.getTime() - 3 * DAY).toISOString()],
      ['before:1', 'sent', new Date(DEADLINE.getTime() - 1 * DAY).toISOString()],
      ['after:1', 'sent', new Date(DEADLINE.getTime() + 1 * DAY).toISOString()],
      ['after:3', 'sent', new Date(DEADLINE.getTime() + 3 * DAY).toISOString()],
      ['escalate', 'sent', new Date(DEADLINE.getTime() + 3 * DAY).toISOString()],
      ['after:7', 'sent', new Date(DEADLINE.getTime() + 7 * DAY).toISOString()],
    ]);

    const notices = await noticesOf(s.period.id);
    const byUser = (id: string) =>
      notices
        .filter((n) => n.recipient_id === id)
        .map((n) => n.dedupe_key.split(':').slice(3).join(':'))
        .sort();
    const unitStages = ['after:1', 'after:3', 'after:7', 'before:1', 'before:3', 'before:7'];
    expect(byUser(s.users.clerk.id)).toEqual(unitStages);
    expect(byUser(s.users.contact.id)).toEqual(unitStages);
    expect(byUser(s.users.principal.id)).toEqual([...unitStages, 'escalate'].sort());
    expect(byUser(s.users.communeOfficer.id)).toEqual(['escalate']);
    expect(byUser(s.users.reviewer.id)).toEqual(['escalate']);
    // Not responsible for the school, not the level above, or for a school that submitted.
    for (const u of [
      s.users.teacher,
      s.users.communeStaffOnly,
      s.users.deptOfficer,
      s.users.donePrincipal,
      s.users.doneClerk,
    ])
      expect(byUser(u.id)).toEqual([]);
    // No duplicates across the repeated runs.
    expect(new Set(notices.map((n) => `${n.recipient_id}|${n.dedupe_key}`)).size).toBe(notices.length);

    const before7 = notices.find((n) => n.dedupe_key.endsWith(':before:7'))!;
    expect(before7.title_vi).toBe('Nhắc hạn: còn 7 ngày để chốt số liệu kỳ «Đầu năm học 2026–2027»');
    expect(before7.body_vi).toContain('Trường Tiểu học Thái Bình chưa chốt số liệu');
    expect(before7.body_vi).toContain('17:00');
    expect(before7.body_vi).toContain('01/12/2026');
    const [sub] = await query<{ id: string }>(
      ctx.db,
      sql`select id from submissions where period_id = ${s.period.id} and unit_id = ${s.late.id}`,
    );
    expect(new Set(notices.map((n) => n.link))).toEqual(new Set([`/reporting/submissions/${sub!.id}`]));
    const escalation = notices.find((n) => n.kind === 'reporting.escalation')!;
    expect(escalation.title_vi).toBe(
      'Cần đôn đốc: Trường Tiểu học Thái Bình trễ hạn báo cáo kỳ «Đầu năm học 2026–2027»',
    );

    // Every reminder also queued an email and a Zalo delivery, exactly once.
    const [d] = await query<{ n: number; distinct_n: number }>(
      ctx.db,
      sql`select count(*)::int as n, count(distinct (d.notification_id, d.channel))::int as distinct_n
          from notification_deliveries d join notifications n on n.id = d.notification_id
          where n.related_id = ${s.period.id}`,
    );
    expect(d!.n).toBe(notices.length * 2);
    expect(d!.distinct_n).toBe(d!.n);
  });

  it('a school that submits between reminders gets no further reminders', async () => {
    const s = await scenario();
    await runReminders(ctx.db, new Date(DEADLINE.getTime() - 7 * DAY));
    await ctx.db.execute(
      sql`update submissions set state = 'submitted', version = 1, first_submitted_at = ${new Date(DEADLINE.getTime() - 5 * DAY).toISOString()}::timestamptz
          where period_id = ${s.period.id} and unit_id = ${s.late.id}`,
    );
    for (let t = DEADLINE.getTime() - 5 * DAY; t <= DEADLINE.getTime() + 10 * DAY; t += 12 * HOUR)
      await runReminders(ctx.db, new Date(t));
    expect((await log(s.period.id)).map((e) => e.stage)).toEqual(['before:7']);
  });

  it('after downtime, only the latest due reminder goes out and older ones are marked superseded', async () => {
    const s = await scenario({ opensDaysBefore: 2 });
    // The period opened 2 days before the deadline: day-7 and day-3 are both already due.
    await runReminders(ctx.db, new Date(DEADLINE.getTime() - 2 * DAY));
    expect((await log(s.period.id)).map((e) => `${e.stage}=${e.outcome}`).sort()).toEqual([
      'before:3=sent',
      'before:7=superseded',
    ]);
    // The server was down from then until 8 days after the deadline.
    await runReminders(ctx.db, new Date(DEADLINE.getTime() + 8 * DAY));
    await runReminders(ctx.db, new Date(DEADLINE.getTime() + 8 * DAY + HOUR));
    expect((await log(s.period.id)).map((e) => `${e.stage}=${e.outcome}`).sort()).toEqual([
      'after:1=superseded',
      'after:3=superseded',
      'after:7=sent',
      'before:3=sent',
      'before:7=superseded',
      'escalate=sent',
    ]);
    const notices = await noticesOf(s.period.id);
    expect(
      notices
        .filter((n) => n.recipient_id === s.users.clerk.id)
        .map((n) => n.dedupe_key.split(':').slice(3).join(':'))
        .sort(),
    ).toEqual(['after:7', 'before:3']);
  });

  it('an exception granted by the department holds back late reminders and escalation until it ends', async () => {
    const s = await scenario();
    await ctx.db.execute(
      sql`update period_units set exception_until = ${new Date(DEADLINE.getTime() + 5 * DAY).toISOString()}::timestamptz
          where period_id = ${s.period.id} and unit_id = ${s.late.id}`,
    );
    for (let t = DEADLINE.getTime(); t < DEADLINE.getTime() + 5 * DAY; t += 6 * HOUR)
      await runReminders(ctx.db, new Date(t));
    expect(await log(s.period.id)).toEqual([]);
    await runReminders(ctx.db, new Date(DEADLINE.getTime() + 5 * DAY));
    expect((await log(s.period.id)).map((e) => `${e.stage}=${e.outcome}`).sort()).toEqual([
      'after:1=superseded',
      'after:3=sent',
      'escalate=sent',
    ]);
  });

  it('runs as the durable recurring job and survives a restart without sending twice', async () => {
    const s = await scenario();
    let now = new Date(DEADLINE.getTime() - 3 * DAY + HOUR);
    const deps = {
      db: ctx.db,
      keys: ctx.keys,
      settings: ctx.settings,
      mailer: createMailer({ smtpUrl: null, mailFrom: 'x@example.invalid', smtpRatePerSecond: 100 }),
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
      now: () => now,
    };
    const runJob = async () => {
      // A fresh registry each time: the "process" restarted; the queue and the log are in the database.
      const registry = new Map(notifyJobs(deps).definitions.map((d) => [d.kind, d]));
      await ctx.db.execute(sql`delete from jobs where kind = ${REMINDERS_JOB}`);
      await ctx.db.execute(
        sql`insert into jobs (kind, payload, dedupe_key) values (${REMINDERS_JOB}, '{}'::jsonb, ${`recurring:${REMINDERS_JOB}`})`,
      );
      while (await runOneJob(ctx.db, registry)) {
        // Drain: the reminder pass, then the email/Zalo deliveries it queued (skipped here: no SMTP, Zalo off).
      }
    };
    await runJob();
    await runJob();
    now = new Date(DEADLINE.getTime() + 3 * DAY + HOUR);
    await runJob();
    await runJob();
    const stages = (await log(s.period.id)).map((e) => `${e.stage}=${e.outcome}`);
    expect(stages).toEqual([
      'before:3=sent',
      'before:7=superseded',
      'after:1=superseded',
      'after:3=sent',
      'escalate=sent',
    ]);
    // The recurring job re-scheduled itself 15 minutes later.
    const [next] = await query<{ run_at: string | Date; status: string }>(
      ctx.db,
      sql`select run_at, status from jobs where kind = ${REMINDERS_JOB} and status = 'queued'`,
    );
    expect(next).toBeDefined();
    const [skipped] = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from notification_deliveries d join notifications n on n.id = d.notification_id
          where n.related_id = ${s.period.id} and d.status = 'skipped'`,
    );
    expect(skipped!.n).toBeGreaterThan(0);
  });

  it('two servers running the pass at the same moment send each stage once', async () => {
    const s = await scenario();
    const at = new Date(DEADLINE.getTime() + 3 * DAY);
    const results = await Promise.all([
      runReminders(ctx.db, at),
      runReminders(ctx.db, at),
      runReminders(ctx.db, at),
    ]);
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(2); // after:3 and escalate, by whichever pass won
    const notices = await noticesOf(s.period.id);
    expect(new Set(notices.map((n) => `${n.recipient_id}|${n.dedupe_key}`)).size).toBe(notices.length);
    expect(notices.filter((n) => n.recipient_id === s.users.principal.id)).toHaveLength(2);
  });

  it('closed and draft periods send nothing', async () => {
    const s = await scenario();
    await ctx.db.execute(sql`update reporting_periods set status = 'closed' where id = ${s.period.id}`);
    await runReminders(ctx.db, new Date(DEADLINE.getTime() + 4 * DAY));
    expect(await log(s.period.id)).toEqual([]);
  });
});

it('dueStages: picks the closest due reminder, the latest late one, and escalation', () => {
  const p = {
    deadlineAt: DEADLINE,
    onTimeGraceHours: 2,
    remindDaysBefore: [7, 3, 1],
    remindDaysAfter: [1, 3, 7],
    escalateAfterDays: 3,
  };
  const at = (ms: number) => dueStages(p, new Date(DEADLINE.getTime() + ms), null);
  expect(at(-8 * DAY)).toEqual({ send: [], supersede: [] });
  expect(at(-7 * DAY)).toEqual({ send: ['before:7'], supersede: [] });
  expect(at(-7 * DAY + 1)).toEqual({ send: ['before:7'], supersede: [] });
  expect(at(-2 * DAY)).toEqual({ send: ['before:3'], supersede: ['before:7'] });
  expect(at(-1)).toEqual({ send: ['before:1'], supersede: ['before:3', 'before:7'] });
  // Inside the on-time grace: nothing yet.
  expect(at(HOUR)).toEqual({ send: [], supersede: [] });
  expect(at(DAY)).toEqual({ send: ['after:1'], supersede: [] });
  expect(at(3 * DAY)).toEqual({ send: ['after:3', 'escalate'], supersede: ['after:1'] });
  expect(at(30 * DAY)).toEqual({ send: ['after:7', 'escalate'], supersede: ['after:3', 'after:1'] });
  // A running exception holds back late reminders.
  expect(
    dueStages(p, new Date(DEADLINE.getTime() + 4 * DAY), new Date(DEADLINE.getTime() + 5 * DAY)),
  ).toEqual({
    send: [],
    supersede: [],
  });
});
