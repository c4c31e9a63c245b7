import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { type ChainedFields, entryHash, GENESIS_HASH } from './audit.chain';
import { checkpointSignatureValid } from './audit.checkpoints';
import { auditCheckpoints, auditLog } from './audit.table';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  checkpoints: number;
  broken?: {
    id: number;
    reason: 'hash_mismatch' | 'chain_link' | 'checkpoint_mismatch' | 'checkpoint_signature' | 'missing_rows';
  };
}

/**
 * Walks the whole chain in id order, recomputing each hash from the row's
 * content and its predecessor; then checks every daily checkpoint's
 * signature (with the key from the key directory, not the database) and
 * that the row it signed is unchanged. Reports the first broken entry.
 */
export async function verifyAuditChain(
  db: Db,
  trustedPublicKeyPem: string,
  onProgress?: (checked: number) => void,
): Promise<VerifyResult> {
  const checkpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.lastId));
  const expectedAt = new Map(checkpoints.map((c) => [c.lastId, c]));
  for (const c of checkpoints) {
    if (!checkpointSignatureValid(c, trustedPublicKeyPem)) {
      return {
        ok: false,
        checked: 0,
        checkpoints: checkpoints.length,
        broken: { id: c.lastId, reason: 'checkpoint_signature' },
      };
    }
  }
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  const seen = new Set<number>();
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(2000);
    if (batch.length === 0) break;
    for (const row of batch) {
      const fields: ChainedFields = {
        id: row.id,
        at: row.at,
        actorId: row.actorId,
        actorName: row.actorName,
        action: row.action,
        outcome: row.outcome,
        objectType: row.objectType,
        objectId: row.objectId,
        unitId: row.unitId,
        ip: row.ip,
        requestId: row.requestId,
        details: row.details ?? null,
      };
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          checkpoints: checkpoints.length,
          broken: { id: row.id, reason: 'chain_link' },
        };
      }
      if (entryHash(prevHash, fields) !== row.hash) {
        return {
          ok: false,
          checked,
          checkpoints: checkpoints.length,
          broken: { id: row.id, reason: 'hash_mismatch' },
        };
      }
      const checkpoint = expectedAt.get(row.id);
      if (checkpoint && checkpoint.lastHash !== row.hash) {
        return {
          ok: false,
          checked,
          checkpoints: checkpoints.length,
          broken: { id: row.id, reason: 'checkpoint_mismatch' },
        };
      }
      seen.add(row.id);
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
    onProgress?.(checked);
  }
  // A signed checkpoint whose row is gone means the tail (or that row) was deleted.
  for (const c of checkpoints) {
    if (!seen.has(c.lastId)) {
      return {
        ok: false,
        checked,
        checkpoints: checkpoints.length,
        broken: { id: c.lastId, reason: 'missing_rows' },
      };
    }
  }
  return { ok: true, checked, checkpoints: checkpoints.length };
}
