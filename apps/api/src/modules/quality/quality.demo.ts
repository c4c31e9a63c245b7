import { sql } from 'drizzle-orm';
import { query } from '../../db/client';
import type { DemoContext } from '../../demo/demo.context';
import { vietnamDate } from './quality.context';
import { executeRun } from './quality.evaluate';
import { createNightlyRuns } from './runs.service';

const RULES = [
  {
    code: 'SO_SISO_TH',
    nameVi: 'Sĩ số lớp tiểu học không quá 35',
    nameEn: 'Primary classes of at most 35 pupils',
    ruleType: 'class_size',
    dataGroup: 'classes',
    severity: 'warning',
    params: { max: 45, maxByLevel: { TH: 35 } },
  },
  {
    code: 'SO_HS_GV',
    nameVi: 'Không quá 25 học sinh trên một giáo viên',
    nameEn: 'At most 25 pupils per teacher',
    ruleType: 'pupils_per_teacher',
    dataGroup: 'staff',
    severity: 'warning',
    params: { max: 25 },
  },
  {
    code: 'SO_TUOI_KHOI',
    nameVi: 'Tuổi phù hợp khối lớp (lệch tối đa 2 năm)',
    nameEn: 'Age fits the grade (within 2 years)',
    ruleType: 'age_grade',
    dataGroup: 'students',
    severity: 'warning',
    params: { toleranceYears: 2 },
  },
  {
    code: 'SO_TRUNG_HS',
    nameVi: 'Học sinh trùng giữa các trường',
    nameEn: 'Pupils duplicated across schools',
    ruleType: 'duplicate_across_schools',
    dataGroup: 'students',
    severity: 'blocking',
    params: { match: 'both' },
  },
  {
    code: 'SO_TRANG_THAI',
    nameVi: 'Trạng thái học sinh nhất quán',
    nameEn: 'Consistent pupil status',
    ruleType: 'status_consistency',
    dataGroup: 'students',
    severity: 'warning',
    params: { checks: ['left_still_in_class', 'transfer_without_destination'] },
  },
] as const;

/**
 * The department's rules, named responsibilities for the demo schools, and
 * one completed run over the demo data (issues are whatever the rules find
 * in the generated province — nothing is made up here).
 */
export async function seedDemoQuality(ctx: DemoContext): Promise<void> {
  const { db } = ctx;
  for (const rule of RULES) {
    await db.execute(sql`insert into quality_rules (code, name_vi, name_en, rule_type, data_group, severity, params,
        root_unit_id, created_by)
      values (${rule.code}, ${rule.nameVi}, ${rule.nameEn}, ${rule.ruleType}, ${rule.dataGroup}, ${rule.severity},
        ${JSON.stringify(rule.params)}::jsonb, ${ctx.rootId}, ${ctx.adminId})
      on conflict do nothing`);
  }
  const people = await query<{ id: string; username: string }>(
    db,
    sql`select id, username from users
        where username in ('so.dulieu', 'vt.th.thaibinh', 'ht.th.thaibinh', 'xa.thaibinh')`,
  );
  const user = (name: string) => people.find((p) => p.username === name)?.id;
  const school = ctx.byCode.get('TH-THAIBINH');
  const duties: [string | undefined, string | undefined, string, string][] = [
    [user('so.dulieu'), ctx.rootId, 'all', 'responsible'],
    [user('vt.th.thaibinh'), school, 'all', 'responsible'],
    [user('ht.th.thaibinh'), school, 'all', 'contact'],
    [user('xa.thaibinh'), school, 'all', 'reviewer'],
  ];
  for (const [userId, unitId, dataGroup, duty] of duties) {
    if (!userId || !unitId) continue;
    await db.execute(sql`insert into responsibilities (unit_id, data_group, duty, user_id, created_by)
      values (${unitId}, ${dataGroup}, ${duty}, ${userId}, ${ctx.adminId}) on conflict do nothing`);
  }
  for (const runId of await createNightlyRuns(db, 'demo')) await executeRun(db, runId, vietnamDate());
}
