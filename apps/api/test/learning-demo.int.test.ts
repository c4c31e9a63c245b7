import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { seedDemoLearning } from '../src/modules/learning/learning.demo';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  seedUnit,
  seedUser,
  type TestContext,
} from './helpers';
import { seedProfile } from './sector-fixtures';

describeEachDb('learning demo seed', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  it('assigns the scam course to two communes’ teachers and THCS pupils, with partial completion', async () => {
    const root = await seedUnit(ctx.db, { typeCode: 'department' });
    const byCode = new Map<string, string>();
    const units: Record<string, SeededUnit> = {};
    for (const commune of ['THAIBINH', 'TRUNGMON']) {
      const c = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', code: `XA-${commune}` });
      byCode.set(c.code, c.id);
      for (const level of ['MN', 'TH', 'THCS']) {
        const s = await seedUnit(ctx.db, { parent: c, code: `${level}-${commune}` });
        await seedProfile(ctx.db, s.id, { levelCode: level });
        byCode.set(s.code, s.id);
        units[s.code] = s;
      }
    }
    const admin = await seedUser(ctx, { unit: root, username: 'demo_admin_l' });
    await seedUser(ctx, { unit: root, username: 'so.attt', roles: [{ roleCode: 'security_officer' }] });
    await seedUser(ctx, {
      unit: units['TH-THAIBINH']!,
      username: 'gv.th.thaibinh',
      roles: [{ roleCode: 'teacher' }],
    });
    const accounts: string[] = [];
    await seedDemoLearning({
      db: ctx.db,
      keys: ctx.keys,
      adminId: admin.id,
      rootId: root.id,
      byCode,
      passwordHash: 'x',
      accounts,
    });
    expect(accounts).toEqual(['gv.thcs.thaibinh', 'hs.thcs.thaibinh']);
    const rows = await query<{
      username: string;
      audience: string;
      status: string;
      best_score: number | null;
      code: string | null;
    }>(
      ctx.db,
      sql`select u.username, e.audience, e.status, e.best_score, e.certificate_code as code
          from enrolments e join users u on u.id = e.user_id join courses c on c.id = e.course_id
          where c.slug = 'nhan-dien-lua-dao-truc-tuyen' order by u.username`,
    );
    expect(rows.map((r) => [r.username, r.audience, r.status])).toEqual([
      ['gv.mn.thaibinh', 'staff', 'active'],
      ['gv.mn.trungmon', 'staff', 'completed'],
      ['gv.th.thaibinh', 'staff', 'active'],
      ['gv.th.trungmon', 'staff', 'completed'],
      ['gv.thcs.thaibinh', 'staff', 'completed'],
      ['gv.thcs.trungmon', 'staff', 'active'],
      ['hs.thcs.thaibinh', 'students_thcs', 'active'],
    ]);
    for (const r of rows.filter((x) => x.status === 'completed')) {
      expect(r.best_score).toBeGreaterThanOrEqual(80);
      const check = await ctx.app.inject({ method: 'GET', url: `/api/public/certificates/${r.code}` });
      expect(check.json().valid).toBe(true);
    }
  });
});
