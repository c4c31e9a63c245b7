import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { type ChainedFields, entryHash, GENESIS_HASH } from './audit.chain';
import { auditLog } from './audit.table';

/** Serialises appends so the chain has exactly one head. */
const CHAIN_LOCK_KEY = 72_200_001;

export interface AuditEvent {
  action: string;
  outcome?: 'success' | 'denied' | 'failure';
  actorId?: string | null;
  actorName?: string | null;
  objectType?: string | null;
  objectId?: string | null;
  unitId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  /** Never secrets or personal data values: ids, field names, counts. */
  details?: Record<string, unknown> | null;
}

/**
 * Appends one event. Call it with the transaction that makes the change, so
 * that the change and its audit entry commit or roll back together.
 */
export async function appendAudit(dbOrTx: DbOrTx, event: AuditEvent): Promise<void> {
  const run = async (tx: DbOrTx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK_KEY})`);
    const head = await query<{ hash: string; id: string }>(
      tx,
      sql`select hash, nextval('audit_log_id_seq')::text as id from (select hash from audit_log order by id desc limit 1) h
          right join (select 1) one on true`,
    );
    const prevHash = head[0]?.hash ?? GENESIS_HASH;
    const id = Number(head[0]?.id);
    const fields: ChainedFields = {
      id,
      at: new Date().toISOString(),
      actorId: event.actorId ?? null,
      actorName: event.actorName ?? null,
      action: event.action,
      outcome: event.outcome ?? ('success' as const),
      objectType: event.objectType ?? null,
      objectId: event.objectId ?? null,
      unitId: event.unitId ?? null,
      ip: event.ip ?? null,
      requestId: event.requestId ?? null,
      details: event.details ?? null,
    };
    await tx.insert(auditLog).values({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
  };
  // Inside a caller's transaction the lock is held until that transaction ends;
  // on the bare database open a short one of our own.
  if ('rollback' in dbOrTx) await run(dbOrTx);
  else await dbOrTx.transaction(run);
}
