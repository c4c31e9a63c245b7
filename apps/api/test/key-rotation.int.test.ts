import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decryptField, encryptField } from '../src/lib/crypto';
import { ENCRYPTED_COLUMNS, resealTable } from '../src/lib/key-rotation';
import { addFieldKey, readKeyRing } from '../src/lib/keys';
import { createTestContext, describeEachDb, seedUnit, seedUser, type TestContext } from './helpers';

describeEachDb('field-key rotation', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  it('re-seals every ciphertext with the new key and keeps it readable', async () => {
    const root = await seedUnit(ctx.db, { typeCode: 'department' });
    const user = await seedUser(ctx, { unit: root });
    const oldRing = ctx.keys.fieldKeys;
    await ctx.db.execute(
      sql`update users set mfa_pending_secret_enc = ${encryptField(oldRing, 'PENDINGSECRET')} where id = ${user.id}`,
    );
    const newId = addFieldKey(ctx.settings.keysDir);
    const ring = readKeyRing(ctx.settings.keysDir);
    expect(ring.currentId).toBe(newId);
    let total = 0;
    for (const [table, columns] of ENCRYPTED_COLUMNS)
      total += await resealTable(ctx.db, ring, table, columns, () => {});
    expect(total).toBeGreaterThanOrEqual(1);
    const rows = (await ctx.db.execute(
      sql`select mfa_secret_enc, mfa_pending_secret_enc from users where id = ${user.id}`,
    )) as unknown as { rows: { mfa_secret_enc: string; mfa_pending_secret_enc: string }[] };
    const row = rows.rows[0]!;
    expect(row.mfa_secret_enc.split(':')[1]).toBe(newId);
    expect(decryptField(ring, row.mfa_pending_secret_enc)).toBe('PENDINGSECRET');
  });
});
