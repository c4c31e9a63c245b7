import { sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../db/client';
import { owedRemedial } from './drills.remedial';
import { scannerReason } from './drills.scanner';
import { type DrillEventType, drillEvents } from './drills.table';
import { hashDrillToken, isDrillTokenShape, tokenMatches } from './drills.tokens';

export interface TokenRecipient {
  id: string;
  drillId: string;
  userId: string;
  tokenHash: string;
  sentAt: Date | null;
  templateCode: string;
  landing: 'explain' | 'form';
}

/** The recipient a token belongs to (of a launched drill), or null; only its hash is looked up. */
export async function recipientByToken(db: DbOrTx, token: string): Promise<TokenRecipient | null> {
  if (!isDrillTokenShape(token)) return null;
  const hash = hashDrillToken(token);
  const [row] = await query<{
    id: string;
    drill_id: string;
    user_id: string;
    token_hash: string;
    sent_at: string | Date | null;
    template_code: string;
    landing: 'explain' | 'form';
  }>(
    db,
    sql`select r.id, r.drill_id, r.user_id, r.token_hash, r.sent_at, d.template_code, d.landing
        from drill_recipients r join drills d on d.id = r.drill_id
        where r.token_hash = ${hash} and d.status <> 'draft'`,
  );
  if (!row || !tokenMatches(token, row.token_hash)) return null;
  return {
    id: row.id,
    drillId: row.drill_id,
    userId: row.user_id,
    tokenHash: row.token_hash,
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
    templateCode: row.template_code,
    landing: row.landing,
  };
}

export interface HitInput {
  type: Exclude<DrillEventType, 'sent'>;
  via: 'link' | 'pixel' | 'form' | 'header_link' | 'in_app';
  method: string;
  userAgent?: string | undefined;
  ip: string;
  now?: Date;
}

/**
 * Records one hit on the timeline (every hit is kept; rates count a
 * recipient once per type). Hits that look like a mail scanner are flagged
 * and earn no remedial lesson; a person's click or submitted form does.
 */
export async function recordHit(
  db: Db,
  recipient: TokenRecipient,
  hit: HitInput,
): Promise<{ scanner: boolean }> {
  const now = hit.now ?? new Date();
  const reason =
    hit.via === 'in_app'
      ? null
      : scannerReason({
          method: hit.method,
          userAgent: hit.userAgent,
          ip: hit.ip,
          at: now,
          sentAt: recipient.sentAt,
        });
  await db.transaction(async (tx) => {
    await tx.insert(drillEvents).values({
      drillId: recipient.drillId,
      recipientId: recipient.id,
      type: hit.type,
      at: now,
      scanner: reason !== null,
      scannerReason: reason,
      via: hit.via,
      userAgent: hit.userAgent ? hit.userAgent.slice(0, 300) : null,
    });
    if (reason === null && (hit.type === 'clicked' || hit.type === 'submitted')) {
      await owedRemedial(tx, recipient, now);
    }
  });
  return { scanner: reason !== null };
}
