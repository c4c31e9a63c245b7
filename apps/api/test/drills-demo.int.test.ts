import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import type { DemoContext } from '../src/demo/demo.context';
import { seedDemoDrills } from '../src/modules/drills/drills.demo';
import { drillRollup } from '../src/modules/drills/drills.rollup';
import { Scope } from '../src/plugins/scope';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  seedUnit,
  seedUser,
  type TestContext,
} from './helpers';

describeEachDb('drills demo', (kind) => {
  let t: TestContext;
  let commune: SeededUnit;
  let ctx: DemoContext;

  beforeAll(async () => {
    t = await createTestContext(kind);
    const root = await seedUnit(t.db, { typeCode: 'department', code: 'SGDDT-DEMO' });
    commune = await seedUnit(t.db, { parent: root, typeCode: 'commune', code: 'XA-THAIBINH' });
    const th = await seedUnit(t.db, { parent: commune, code: 'TH-THAIBINH' });
    const thcs = await seedUnit(t.db, { parent: commune, code: 'THCS-THAIBINH' });
    const admin = await seedUser(t, { unit: root, roles: [{ roleCode: 'system_admin' }] });
    await seedUser(t, { unit: root, username: 'so.attt', roles: [{ roleCode: 'security_officer' }] });
    await seedUser(t, { unit: th, username: 'gv.th.thaibinh', mfa: false, roles: [{ roleCode: 'teacher' }] });
    ctx = {
      db: t.db,
      keys: t.keys,
      adminId: admin.id,
      rootId: root.id,
      byCode: new Map([
        ['XA-THAIBINH', commune.id],
        ['TH-THAIBINH', th.id],
        ['THCS-THAIBINH', thcs.id],
      ]),
      passwordHash: 'x',
      accounts: [],
    };
  }, 180_000);
  afterAll(async () => t?.close());

  it('seeds one finished drill for the Thái Bình schools with a mix of events, scanner hits apart', async () => {
    await seedDemoDrills(ctx);
    const [drill] = await query<{ status: string; n: number }>(
      t.db,
      sql`select d.status, (select count(*)::int from drill_recipients r where r.drill_id = d.id) as n from drills d`,
    );
    expect(drill).toEqual({ status: 'completed', n: 19 });
    const [root] = await drillRollup(t.db, new Scope('awareness.report', [commune.path], []), commune.id);
    expect(root!.sent).toBe(19);
    expect(root!.clicked).toBeGreaterThan(0);
    expect(root!.reported).toBeGreaterThan(0);
    expect(root!.scannerFlagged).toBeGreaterThan(0);
    const remedials = await query(t.db, sql`select 1 from drill_remedials`);
    expect(remedials.length).toBe(root!.clicked);
  }, 60_000);
});
