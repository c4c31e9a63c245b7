import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDailyCheckpoints } from '../src/modules/audit/audit.checkpoints';
import { appendAudit } from '../src/modules/audit/audit.service';
import { verifyAuditChain } from '../src/modules/audit/audit.verify';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  seedUnit,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';

describeEachDb('audit log', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department' });
  });
  afterAll(() => ctx.close());

  const verify = () => verifyAuditChain(ctx.db, ctx.keys.auditPublicKeyPem);

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await appendAudit(ctx.db, { action: 'test.event', details: { n: 1 } });
    await expect(ctx.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await expect(ctx.db.execute(sql`truncate audit_log`)).rejects.toThrow();
  });

  it('records sign-ins and failed authorisations with who, what, when and from where', async () => {
    const user = await seedUser(ctx, { unit: root, mfa: false, roles: [{ roleCode: 'teacher' }] });
    const session = await signIn(ctx.app, user);
    const denied = await ctx.app.inject({ method: 'GET', url: '/api/audit', headers: session.headers });
    expect(denied.statusCode).toBe(403);
    const rows = await ctx.db.execute(
      sql`select action, outcome, actor_name, ip from audit_log where actor_id = ${user.id} order by id`,
    );
    const list = (rows as unknown as { rows: { action: string; outcome: string; ip: string }[] }).rows;
    expect(list.map((r) => `${r.action}:${r.outcome}`)).toEqual([
      'auth.login:success',
      'access.denied:denied',
    ]);
    expect(list[0]!.ip).toBeTruthy();
  });

  it('verifies intact, and reports the exact entry edited behind the triggers', async () => {
    for (let i = 0; i < 5; i++)
      await appendAudit(ctx.db, { action: 'test.event', details: { i, note: 'chào' } });
    expect(await verify()).toMatchObject({ ok: true });
    const target = (await ctx.db.execute(
      sql`select id from audit_log order by id desc offset 2 limit 1`,
    )) as unknown as {
      rows: { id: number | string }[];
    };
    const id = Number(target.rows[0]!.id);
    await ctx.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await ctx.db.execute(sql`update audit_log set details = '{"i": 999}'::jsonb where id = ${id}`);
    await ctx.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    expect(await verify()).toMatchObject({ ok: false, broken: { id, reason: 'hash_mismatch' } });
  });
});

describeEachDb('audit checkpoints', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  it('signs finished days and detects a deleted tail and a forged checkpoint', async () => {
    for (let i = 0; i < 3; i++) await appendAudit(ctx.db, { action: 'test.event', details: { i } });
    const entries = (await ctx.db.execute(sql`select * from audit_log order by id`)) as unknown as {
      rows: Record<string, unknown>[];
    };
    expect(entries.rows.length).toBe(3);
    const created = await createDailyCheckpoints(ctx.db, ctx.keys);
    // Entries are from today: nothing to sign until the day has ended.
    expect(created).toBe(0);
    // Sign a checkpoint over the current head as the daily job would have on a past day.
    await ctx.db.execute(sql`alter table audit_checkpoints disable trigger audit_checkpoints_no_update`);
    const { sign, createPrivateKey } = await import('node:crypto');
    const { checkpointMessage } = await import('../src/modules/audit/audit.checkpoints');
    const last = entries.rows[2]!;
    const message = checkpointMessage('2020-01-01', Number(last.id), String(last.hash));
    const signature = sign(
      null,
      Buffer.from(message),
      createPrivateKey(ctx.keys.auditSigningKeyPem),
    ).toString('base64');
    await ctx.db.execute(sql`insert into audit_checkpoints (day, last_id, last_hash, signature, public_key)
      values ('2020-01-01', ${Number(last.id)}, ${String(last.hash)}, ${signature}, 'x')`);
    expect(await verifyAuditChain(ctx.db, ctx.keys.auditPublicKeyPem)).toMatchObject({
      ok: true,
      checkpoints: 1,
    });
    // Delete the signed tail entry: the verifier notices the signed row is gone.
    await ctx.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await ctx.db.execute(sql`delete from audit_log where id = ${Number(last.id)}`);
    await ctx.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    expect(await verifyAuditChain(ctx.db, ctx.keys.auditPublicKeyPem)).toMatchObject({
      ok: false,
      broken: { id: Number(last.id), reason: 'missing_rows' },
    });
    // A checkpoint signed by another key is rejected.
    await ctx.db.execute(
      sql`update audit_checkpoints set signature = ${Buffer.alloc(64).toString('base64')}`,
    );
    expect(await verifyAuditChain(ctx.db, ctx.keys.auditPublicKeyPem)).toMatchObject({
      ok: false,
      broken: { reason: 'checkpoint_signature' },
    });
  });
});
