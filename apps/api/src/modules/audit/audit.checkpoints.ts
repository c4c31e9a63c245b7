import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/client';
import type { Keys } from '../../lib/keys';
import { auditCheckpoints } from './audit.table';

/** Audit days follow Vietnam's clock (UTC+7). */
const ZONE = 'Asia/Ho_Chi_Minh';

export const checkpointMessage = (day: string, lastId: number, lastHash: string) =>
  `edushield-audit-checkpoint\n${day}\n${lastId}\n${lastHash}`;

/**
 * Signs the chain head at the end of every finished day that has no
 * checkpoint yet. The private key lives outside the database, so an
 * attacker with only database access cannot rewrite history and re-sign it.
 */
export async function createDailyCheckpoints(db: Db, keys: Keys): Promise<number> {
  const days = await query<{ day: string; last_id: string; last_hash: string }>(
    db,
    sql`
    select d.day::text as day, a.id::text as last_id, a.hash as last_hash
    from (select (at at time zone ${ZONE})::date as day, max(id) as last_id from audit_log group by 1) d
    join audit_log a on a.id = d.last_id
    where d.day < (now() at time zone ${ZONE})::date
      and not exists (select 1 from audit_checkpoints c where c.day = d.day)
    order by d.day`,
  );
  const privateKey = createPrivateKey(keys.auditSigningKeyPem);
  for (const row of days) {
    const lastId = Number(row.last_id);
    const signature = sign(null, Buffer.from(checkpointMessage(row.day, lastId, row.last_hash)), privateKey);
    await db
      .insert(auditCheckpoints)
      .values({
        day: row.day,
        lastId,
        lastHash: row.last_hash,
        signature: signature.toString('base64'),
        publicKey: keys.auditPublicKeyPem,
      })
      .onConflictDoNothing();
  }
  return days.length;
}

export function checkpointSignatureValid(
  checkpoint: { day: string; lastId: number; lastHash: string; signature: string },
  trustedPublicKeyPem: string,
): boolean {
  try {
    return verify(
      null,
      Buffer.from(checkpointMessage(checkpoint.day, checkpoint.lastId, checkpoint.lastHash)),
      createPublicKey(trustedPublicKeyPem),
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    return false;
  }
}
