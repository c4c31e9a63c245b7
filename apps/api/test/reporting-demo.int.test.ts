import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { seedDemoReporting } from '../src/modules/reporting/reporting.demo';
import { createTestContext, describeEachDb, seedUnit, seedUser, type TestContext } from './helpers';
import { seedClass, seedProfile, seedSchoolYear, seedStudent } from './sector-fixtures';

/** The reporting demo on a small province with the demo's unit codes and accounts (the full demo seed is slow). */
describeEachDb('reporting demo data', (kind) => {
  let ctx: TestContext;
  const accounts: string[] = [];
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const root = await seedUnit(ctx.db, { typeCode: 'department', code: 'SO-DEMO' });
    const commune = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', code: 'XA-THAIBINH' });
    const byCode = new Map<string, string>([
      ['SO-DEMO', root.id],
      ['XA-THAIBINH', commune.id],
    ]);
    const yearId = await seedSchoolYear(ctx.db);
    for (const [code, parent, level] of [
      ['MN-THAIBINH', commune, 'MN'],
      ['TH-THAIBINH', commune, 'TH'],
      ['THCS-THAIBINH', commune, 'THCS'],
      ['THPT-YENSON', root, 'THPT'],
      ['THPT-SONDUONG', root, 'THPT'],
      ['THPT-CHUYEN', root, 'THPT'],
    ] as const) {
      const unit = await seedUnit(ctx.db, { parent, code });
      byCode.set(code, unit.id);
      await seedProfile(ctx.db, unit.id, { levelCode: level });
      if (level === 'TH') {
        const cls = await seedClass(ctx.db, { unitId: unit.id, schoolYearId: yearId, grade: 1, name: '1A' });
        await seedStudent(ctx.db, { unitId: unit.id, classId: cls.id });
      }
    }
    const officer = await seedUser(ctx, {
      unit: root,
      username: 'so.dulieu',
      roles: [{ roleCode: 'department_data_officer' }],
    });
    await seedUser(ctx, { unit: root, username: 'vt.th.thaibinh' });
    await seedDemoReporting({
      db: ctx.db,
      keys: ctx.keys,
      adminId: officer.id,
      rootId: root.id,
      byCode,
      passwordHash: 'x',
      accounts,
    });
  }, 120_000);
  afterAll(async () => ctx?.close());

  it('has the open start-of-year period with submitted, approved and returned schools, and one late school', async () => {
    expect(accounts).toEqual(['rs.thaibinh']);
    const rows = await query<{
      name: string;
      status: string;
      state: string;
      code: string;
      on_time: boolean | null;
    }>(
      ctx.db,
      sql`select p.name, p.status, s.state, ou.code, s.on_time from submissions s
          join reporting_periods p on p.id = s.period_id join org_units ou on ou.id = s.unit_id`,
    );
    const start = rows.filter((r) => r.name.includes('đầu năm'));
    expect(start).toHaveLength(6);
    expect(start.every((r) => r.status === 'open')).toBe(true);
    const state = (code: string) => start.find((r) => r.code === code)?.state;
    expect(state('THCS-THAIBINH')).toBe('submitted');
    expect(state('TH-THAIBINH')).toBe('returned');
    expect(state('THPT-YENSON')).toBe('approved');
    expect(state('THPT-SONDUONG')).toBe('not_submitted');
    const mid = rows.filter((r) => r.name.includes('giữa năm'));
    expect(mid.every((r) => r.status === 'closed' && r.state === 'approved')).toBe(true);
    expect(mid.filter((r) => r.on_time === false).map((r) => r.code)).toEqual(['THPT-SONDUONG']);
    const [pupils] = await query<{ n: number }>(
      ctx.db,
      sql`select coalesce(sum(value), 0)::int as n from submission_aggregates a join reporting_periods p on p.id = a.period_id
          where a.table_code = 'pupils_by_grade_gender' and p.name like '%giữa năm%'`,
    );
    expect(pupils!.n).toBe(1);
    const [reviewer] = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from responsibilities r join users u on u.id = r.user_id
          where u.username = 'rs.thaibinh' and r.duty = 'reviewer' and r.unit_id = ${byCodeOf('XA-THAIBINH')}`,
    );
    expect(reviewer!.n).toBe(1);
  });

  const byCodeOf = (code: string) => sql`(select id from org_units where code = ${code})`;
});
