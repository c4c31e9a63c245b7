import { ROLES, roleHasPermission } from '@edushield/core';
import { sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../db/client';
import { type NotifyChannel, notify } from './notify';

const DAY_MS = 86_400_000;
const REMINDER_CHANNELS: NotifyChannel[] = ['in_app', 'email', 'zalo'];

/** Roles whose holders at a unit receive that unit's reminders. */
const UNIT_REMINDER_ROLES = ['school_principal', 'school_data_clerk'];
/** The unit head, told when the unit is escalated. */
const UNIT_HEAD_ROLES = ['school_principal'];
/** Roles that make someone at the parent unit "the level above" of a late unit. */
const LEVEL_ABOVE_ROLES = ROLES.filter(
  (r) => roleHasPermission(r.code, 'reporting.review') || roleHasPermission(r.code, 'reporting.manage'),
).map((r) => r.code);

export interface PeriodSchedule {
  deadlineAt: Date;
  onTimeGraceHours: number;
  remindDaysBefore: readonly number[];
  remindDaysAfter: readonly number[];
  escalateAfterDays: number;
}

export interface DueStages {
  /** The one stage to send now (the most recent that is due), if any. */
  send: string[];
  /** Older stages that are due too but were overtaken (the scheduler was not running then). */
  supersede: string[];
}

/**
 * Which reminder stages of one late-or-pending unit are due at `now` (pure).
 * Before the deadline: 'before:N' is due from deadline − N days; only the
 * closest due one is sent. After the deadline (and grace): 'after:N' from
 * deadline + N days, the latest due one sent; 'escalate' from deadline +
 * escalate_after_days. A unit with a department exception still running gets
 * no after-deadline reminders.
 */
export function dueStages(p: PeriodSchedule, now: Date, exceptionUntil: Date | null): DueStages {
  const t = now.getTime();
  const deadline = p.deadlineAt.getTime();
  const result: DueStages = { send: [], supersede: [] };
  if (t < deadline) {
    const due = [...new Set(p.remindDaysBefore)]
      .filter((n) => n > 0 && t >= deadline - n * DAY_MS)
      .sort((a, b) => a - b);
    if (due.length > 0) {
      result.send.push(`before:${due[0]}`);
      result.supersede.push(...due.slice(1).map((n) => `before:${n}`));
    }
    return result;
  }
  if (t < deadline + p.onTimeGraceHours * 3_600_000) return result;
  if (exceptionUntil && exceptionUntil.getTime() > t) return result;
  const due = [...new Set(p.remindDaysAfter)]
    .filter((n) => n >= 0 && t >= deadline + n * DAY_MS)
    .sort((a, b) => b - a);
  if (due.length > 0) {
    result.send.push(`after:${due[0]}`);
    result.supersede.push(...due.slice(1).map((n) => `after:${n}`));
  }
  if (p.escalateAfterDays >= 0 && t >= deadline + p.escalateAfterDays * DAY_MS) result.send.push('escalate');
  return result;
}

export function formatDeadline(d: Date, locale: 'vi' | 'en'): string {
  const f = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour12: false,
  });
  return f.format(d);
}

/** Vietnamese and English texts of one reminder stage. */
export function reminderText(
  stage: string,
  period: { name: string; deadlineAt: Date; escalateAfterDays: number },
  unitName: string,
) {
  const [what, nText] = stage.split(':');
  const n = Number(nText ?? period.escalateAfterDays);
  const dVi = formatDeadline(period.deadlineAt, 'vi');
  const dEn = formatDeadline(period.deadlineAt, 'en');
  const days = (k: number) => (k === 1 ? '1 day' : `${k} days`);
  if (what === 'before')
    return {
      kind: 'reporting.reminder',
      title: {
        vi: `Nhắc hạn: còn ${n} ngày để chốt số liệu kỳ «${period.name}»`,
        en: `Reminder: ${days(n)} left to submit “${period.name}”`,
      },
      body: {
        vi: `${unitName} chưa chốt số liệu kỳ báo cáo «${period.name}». Hạn nộp: ${dVi}. Vui lòng hoàn thiện dữ liệu, xử lý các lỗi chặn và chốt số liệu trước hạn.`,
        en: `${unitName} has not yet submitted its data for the reporting period “${period.name}”. Deadline: ${dEn}. Please complete the data, fix blocking issues and submit before the deadline.`,
      },
    };
  if (what === 'after')
    return {
      kind: 'reporting.late',
      title: {
        vi: `Quá hạn ${n} ngày: ${unitName} chưa nộp báo cáo kỳ «${period.name}»`,
        en: `${days(n)} overdue: ${unitName} has not submitted “${period.name}”`,
      },
      body: {
        vi: `Kỳ báo cáo «${period.name}» đã hết hạn lúc ${dVi}. ${unitName} chưa chốt số liệu. Đề nghị đơn vị hoàn thành ngay hoặc liên hệ Sở GD&ĐT nếu cần gia hạn.`,
        en: `The reporting period “${period.name}” closed at ${dEn}. ${unitName} has not submitted its data. Please submit now, or contact the Department of Education if you need an extension.`,
      },
    };
  return {
    kind: 'reporting.escalation',
    title: {
      vi: `Cần đôn đốc: ${unitName} trễ hạn báo cáo kỳ «${period.name}»`,
      en: `Action needed: ${unitName} is late for “${period.name}”`,
    },
    body: {
      vi: `${unitName} vẫn chưa chốt số liệu kỳ «${period.name}» sau ${period.escalateAfterDays} ngày kể từ hạn nộp (${dVi}). Thông báo này được gửi tới thủ trưởng đơn vị và cấp quản lý trực tiếp để đôn đốc.`,
      en: `${unitName} has still not submitted “${period.name}” ${days(period.escalateAfterDays)} after the deadline (${dEn}). This notice goes to the head of the unit and the level above so that they follow up.`,
    },
  };
}

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::text[]`;

/** Who is reminded for a unit: its named responsible/contact people and its principal and data clerks. */
export async function reminderRecipients(db: DbOrTx, unitId: string): Promise<string[]> {
  const rows = await query<{ id: string }>(
    db,
    sql`select u.id from users u where u.status = 'active' and (
          u.id in (select r.user_id from responsibilities r where r.unit_id = ${unitId} and r.duty in ('responsible', 'contact'))
          or u.id in (select a.user_id from role_assignments a where a.unit_id = ${unitId} and a.role_code = any(${uuidArray(UNIT_REMINDER_ROLES)})))
        order by u.id`,
  );
  return rows.map((r) => r.id);
}

/**
 * Who is told when a unit is escalated: the unit head (principal), the unit's
 * named reviewer, and the level above — holders of reporting.review or
 * reporting.manage on the parent unit's whole subtree.
 */
export async function escalationRecipients(
  db: DbOrTx,
  unitId: string,
  parentId: string | null,
): Promise<string[]> {
  const rows = await query<{ id: string }>(
    db,
    sql`select u.id from users u where u.status = 'active' and (
          u.id in (select a.user_id from role_assignments a where a.unit_id = ${unitId} and a.role_code = any(${uuidArray(UNIT_HEAD_ROLES)}))
          or u.id in (select r.user_id from responsibilities r where r.unit_id = ${unitId} and r.duty = 'reviewer')
          or u.id in (select a.user_id from role_assignments a where a.unit_id = ${parentId}::uuid and a.scope = 'subtree'
                        and a.role_code = any(${uuidArray(LEVEL_ABOVE_ROLES)})))
        order by u.id`,
  );
  return rows.map((r) => r.id);
}

interface PeriodRow extends Record<string, unknown> {
  id: string;
  name: string;
  deadline_at: string | Date;
  on_time_grace_hours: number;
  remind_days_before: number[];
  remind_days_after: number[];
  escalate_after_days: number;
}

interface PendingUnitRow extends Record<string, unknown> {
  unit_id: string;
  unit_name: string;
  parent_id: string | null;
  submission_id: string | null;
  exception_until: string | Date | null;
}

export interface ReminderRunResult {
  periods: number;
  sent: number;
  superseded: number;
  notifications: number;
}

/**
 * One pass of the reminder scheduler at `now` (injected: tests use a fake
 * clock). For every open period, every unit that must report and has not
 * submitted gets the reminder stages that are due. Each (period, unit, stage)
 * is claimed in reminder_log in the same transaction as its notices, so a
 * stage goes out exactly once however often this runs, across restarts.
 */
export async function runReminders(db: Db, now: Date): Promise<ReminderRunResult> {
  const result: ReminderRunResult = { periods: 0, sent: 0, superseded: 0, notifications: 0 };
  const periods = await query<PeriodRow>(
    db,
    sql`select id, name, deadline_at, on_time_grace_hours, remind_days_before, remind_days_after, escalate_after_days
        from reporting_periods where status = 'open' and opens_at <= ${now.toISOString()}::timestamptz order by deadline_at`,
  );
  for (const p of periods) {
    result.periods++;
    const schedule: PeriodSchedule = {
      deadlineAt: new Date(p.deadline_at),
      onTimeGraceHours: Number(p.on_time_grace_hours),
      remindDaysBefore: (p.remind_days_before ?? []).map(Number),
      remindDaysAfter: (p.remind_days_after ?? []).map(Number),
      escalateAfterDays: Number(p.escalate_after_days),
    };
    const pending = await query<PendingUnitRow>(
      db,
      sql`select pu.unit_id, pu.unit_name, coalesce(pu.parent_id, ou.parent_id) as parent_id, s.id as submission_id, pu.exception_until
          from period_units pu
          join org_units ou on ou.id = pu.unit_id
          left join submissions s on s.period_id = pu.period_id and s.unit_id = pu.unit_id
          where pu.period_id = ${p.id} and coalesce(s.state, 'not_submitted') = 'not_submitted'
          order by pu.unit_path`,
    );
    // What is already decided for this period: most passes find every due stage logged and do nothing.
    const decided = new Set(
      (
        await query<{ unit_id: string; stage: string }>(
          db,
          sql`select unit_id, stage from reminder_log where period_id = ${p.id}`,
        )
      ).map((r) => `${r.unit_id}|${r.stage}`),
    );
    for (const unit of pending) {
      const due = dueStages(schedule, now, unit.exception_until ? new Date(unit.exception_until) : null);
      const undecided = (stage: string) => !decided.has(`${unit.unit_id}|${stage}`);
      const stages = { send: due.send.filter(undecided), supersede: due.supersede.filter(undecided) };
      if (stages.send.length === 0 && stages.supersede.length === 0) continue;
      await db.transaction(async (tx) => {
        for (const stage of stages.supersede) {
          const claimed = await claimStage(tx, p.id, unit.unit_id, stage, 'superseded', now);
          if (claimed) result.superseded++;
        }
        for (const stage of stages.send) {
          if (!(await claimStage(tx, p.id, unit.unit_id, stage, 'sent', now))) continue;
          const recipients =
            stage === 'escalate'
              ? await escalationRecipients(tx, unit.unit_id, unit.parent_id)
              : await reminderRecipients(tx, unit.unit_id);
          const text = reminderText(
            stage,
            { name: p.name, deadlineAt: schedule.deadlineAt, escalateAfterDays: schedule.escalateAfterDays },
            unit.unit_name,
          );
          const { created } = await notify(tx, {
            userIds: recipients,
            kind: text.kind,
            title: text.title,
            body: text.body,
            link: unit.submission_id ? `/reporting/submissions/${unit.submission_id}` : '/reporting',
            related: { type: 'period', id: p.id },
            unitId: unit.unit_id,
            channels: REMINDER_CHANNELS,
            dedupeKey: `remind:${p.id}:${unit.unit_id}:${stage}`,
          });
          await tx.execute(
            sql`update reminder_log set recipients = ${recipients.length}
                where period_id = ${p.id} and unit_id = ${unit.unit_id} and stage = ${stage}`,
          );
          result.sent++;
          result.notifications += created;
        }
      });
    }
  }
  return result;
}

async function claimStage(
  tx: DbOrTx,
  periodId: string,
  unitId: string,
  stage: string,
  outcome: 'sent' | 'superseded',
  now: Date,
): Promise<boolean> {
  const rows = await query<{ stage: string }>(
    tx,
    sql`insert into reminder_log (period_id, unit_id, stage, outcome, at)
        values (${periodId}, ${unitId}, ${stage}, ${outcome}, ${now.toISOString()}::timestamptz)
        on conflict do nothing returning stage`,
  );
  return rows.length > 0;
}
