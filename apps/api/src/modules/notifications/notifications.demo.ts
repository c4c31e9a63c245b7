import { sql } from 'drizzle-orm';
import { query } from '../../db/client';
import type { DemoContext } from '../../demo/demo.context';
import { notify } from './notify';
import { formatDeadline, reminderRecipients, runReminders } from './reminders';

/** Schools whose staff get the "period opened" notice in the demo (demo accounts ht./vt./gv.th.thaibinh). */
const DEMO_SCHOOLS = ['TH-THAIBINH', 'THCS-THAIBINH'];

/**
 * What the notifications feature adds to the EDUSHIELD_DEMO=1 province: for
 * the reporting demo's open period, the "period opened" notice to the demo
 * schools' staff, then one real pass of the reminder scheduler at the current
 * time (so the reminders that are due now exist, and are not sent again).
 */
export async function seedDemoNotify(ctx: DemoContext): Promise<void> {
  const [period] = await query<{ id: string; name: string; deadline_at: string | Date }>(
    ctx.db,
    sql`select id, name, deadline_at from reporting_periods where status = 'open' order by deadline_at desc limit 1`,
  );
  if (!period) return;
  const deadline = new Date(period.deadline_at);
  for (const code of DEMO_SCHOOLS) {
    const unitId = ctx.byCode.get(code);
    if (!unitId) continue;
    const [member] = await query<{ unit_name: string; submission_id: string | null }>(
      ctx.db,
      sql`select pu.unit_name, s.id as submission_id from period_units pu
          left join submissions s on s.period_id = pu.period_id and s.unit_id = pu.unit_id
          where pu.period_id = ${period.id} and pu.unit_id = ${unitId}`,
    );
    if (!member) continue;
    await notify(ctx.db, {
      userIds: await reminderRecipients(ctx.db, unitId),
      kind: 'reporting.opened',
      title: {
        vi: `Đã mở kỳ báo cáo «${period.name}»`,
        en: `Reporting period “${period.name}” is open`,
      },
      body: {
        vi: `Sở GD&ĐT đã mở kỳ báo cáo «${period.name}». ${member.unit_name} cần rà soát dữ liệu, xử lý các lỗi chặn và chốt số liệu trước ${formatDeadline(deadline, 'vi')}.`,
        en: `The Department of Education has opened the reporting period “${period.name}”. ${member.unit_name} must review its data, fix blocking issues and submit before ${formatDeadline(deadline, 'en')}.`,
      },
      link: member.submission_id ? `/reporting/submissions/${member.submission_id}` : '/reporting',
      related: { type: 'period', id: period.id },
      unitId,
      channels: ['in_app', 'email'],
      dedupeKey: `period-opened:${period.id}:${unitId}`,
    });
  }
  await runReminders(ctx.db, new Date());
}
