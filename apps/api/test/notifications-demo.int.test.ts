import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { seedDemoNotify } from '../src/modules/notifications/notifications.demo';
import { seedDemoReporting } from '../src/modules/reporting/reporting.demo';
import {
  createTestContext,
  describeEachDb,
  type SeededUser,
  seedUnit,
  seedUser,
  type TestContext,
} from './helpers';
import { seedClass, seedProfile, seedSchoolYear, seedStudent } from './sector-fixtures';

/** The notifications demo on a small province with the demo's unit codes and accounts, after the reporting demo. */
describeEachDb('notifications demo data', (kind) => {
  let ctx: TestContext;
  let principal: SeededUser;
  let clerk: SeededUser;
  let demo: Parameters<typeof seedDemoNotify>[0];
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
    ] as const) {
      const unit = await seedUnit(ctx.db, { parent, code });
      byCode.set(code, unit.id);
      await seedProfile(ctx.db, unit.id, { levelCode: level });
      if (level === 'TH') {
        const cls = await seedClass(ctx.db, { unitId: unit.id, schoolYearId: yearId, grade: 1, name: '1A' });
        await seedStudent(ctx.db, { unitId: unit.id, classId: cls.id });
      }
    }
    const th = { id: byCode.get('TH-THAIBINH')!, code: 'TH-THAIBINH', path: '' };
    const officer = await seedUser(ctx, {
      unit: root,
      username: 'so.dulieu',
      roles: [{ roleCode: 'department_data_officer' }],
    });
    principal = await seedUser(ctx, {
      unit: th,
      username: 'ht.th.thaibinh',
      roles: [{ roleCode: 'school_principal' }],
    });
    clerk = await seedUser(ctx, {
      unit: th,
      username: 'vt.th.thaibinh',
      roles: [{ roleCode: 'school_data_clerk' }],
    });
    demo = {
      db: ctx.db,
      keys: ctx.keys,
      adminId: officer.id,
      rootId: root.id,
      byCode,
      passwordHash: 'x',
      accounts: [],
    };
    await seedDemoReporting(demo);
    await seedDemoNotify(demo);
  }, 180_000);
  afterAll(async () => ctx?.close());

  it('tells the demo school staff that the open period has opened, in both languages, linking to their submission', async () => {
    const rows = await query<{ recipient_id: string; title_vi: string; title_en: string; link: string }>(
      ctx.db,
      sql`select recipient_id, title_vi, title_en, link from notifications where kind = 'reporting.opened'`,
    );
    const recipients = new Set(rows.map((r) => r.recipient_id));
    expect(recipients.has(principal.id)).toBe(true);
    expect(recipients.has(clerk.id)).toBe(true);
    const mine = rows.find((r) => r.recipient_id === principal.id)!;
    expect(mine.title_vi).toMatch(/^Đã mở kỳ báo cáo «.+»$/);
    expect(mine.title_en).toMatch(/^Reporting period “.+” is open$/);
    expect(mine.link).toMatch(/^\/reporting\/submissions\/[0-9a-f-]{36}$/);
  });

  it('seeding again adds nothing', async () => {
    const count = async () =>
      (await query<{ n: number }>(ctx.db, sql`select count(*)::int as n from notifications`))[0]!.n;
    const before = await count();
    await seedDemoNotify(demo);
    expect(await count()).toBe(before);
  });
});
