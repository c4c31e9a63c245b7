import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { seedDemoQuality } from '../src/modules/quality/quality.demo';
import { createTestContext, describeEachDb, seedUnit, seedUser, type TestContext } from './helpers';
import { seedClass, seedProfile, seedSchoolYear, seedStudent } from './sector-fixtures';

describeEachDb('data quality demo seed', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  it('adds the rules and responsibilities, and one completed run with issues found in the data', async () => {
    const root = await seedUnit(ctx.db, { typeCode: 'department' });
    const commune = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    const school = await seedUnit(ctx.db, { parent: commune, typeCode: 'school', code: 'TH-THAIBINH' });
    await seedProfile(ctx.db, school.id, { levelCode: 'TH' });
    const admin = await seedUser(ctx, { unit: root, username: 'demo_admin' });
    const officer = await seedUser(ctx, { unit: root, username: 'so.dulieu' });
    const clerk = await seedUser(ctx, { unit: school, username: 'vt.th.thaibinh' });
    const year = await seedSchoolYear(ctx.db);
    const big = await seedClass(ctx.db, { unitId: school.id, schoolYearId: year, grade: 2, name: '2A' });
    for (let i = 0; i < 36; i++) await seedStudent(ctx.db, { unitId: school.id, classId: big.id });

    await seedDemoQuality({
      db: ctx.db,
      keys: ctx.keys,
      adminId: admin.id,
      rootId: root.id,
      byCode: new Map([['TH-THAIBINH', school.id]]),
      passwordHash: '',
      accounts: [],
    });

    const rules = await query<{ code: string }>(ctx.db, sql`select code from quality_rules order by code`);
    expect(rules.map((r) => r.code)).toEqual(
      expect.arrayContaining(['SO_SISO_TH', 'SO_HS_GV', 'SO_TUOI_KHOI', 'SO_TRUNG_HS', 'SO_TRANG_THAI']),
    );
    const duties = await query<{ username: string; unit_id: string }>(
      ctx.db,
      sql`select u.username, r.unit_id from responsibilities r join users u on u.id = r.user_id
          where r.duty = 'responsible'`,
    );
    expect(duties).toEqual(
      expect.arrayContaining([
        { username: 'so.dulieu', unit_id: root.id },
        { username: 'vt.th.thaibinh', unit_id: school.id },
      ]),
    );
    const runs = await query<{ status: string; trigger: string }>(
      ctx.db,
      sql`select status, trigger from quality_runs`,
    );
    expect(runs).toEqual([{ status: 'done', trigger: 'demo' }]);
    // 36 pupils in a primary class (limit 35) and no teacher: both found, both the clerk's.
    const issues = await query<{ code: string; assignee_id: string }>(
      ctx.db,
      sql`select r.code, qi.assignee_id from quality_issues qi join quality_rules r on r.id = qi.rule_id order by r.code`,
    );
    expect(issues).toEqual([
      { code: 'SO_HS_GV', assignee_id: clerk.id },
      { code: 'SO_SISO_TH', assignee_id: clerk.id },
    ]);
    expect(officer.id).toBeTruthy();
  });
});
