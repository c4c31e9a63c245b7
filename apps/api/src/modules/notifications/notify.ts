import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';

/** Outside channels a notice may also go out on; 'in_app' is always implied. */
export type NotifyChannel = 'in_app' | 'email' | 'zalo';
export const NOTIFY_CHANNELS: readonly NotifyChannel[] = ['in_app', 'email', 'zalo'];

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface NotifyInput {
  /** Recipients (users.id). Duplicates are merged; disabled or unknown accounts are left out. */
  userIds: readonly string[];
  /** '<feature>.<event>', e.g. 'reporting.reminder', 'learning.assigned'. */
  kind: string;
  title: LocalizedText;
  body: LocalizedText;
  /** An app path starting with '/', or null. */
  link?: string | null;
  related?: { type: string; id: string } | null;
  /** The unit the notice is about. */
  unitId?: string | null;
  /** Default ['in_app', 'email']. */
  channels?: readonly NotifyChannel[];
  /** One notice per (recipient, dedupeKey), ever: calling again creates and sends nothing. */
  dedupeKey: string;
}

export interface NotifyResult {
  created: number;
  notificationIds: string[];
}

export const DELIVER_JOB = 'notifications.deliver';

const MAX_TITLE = 200;
const MAX_BODY = 4000;

function clip(text: string, max: number): string {
  const t = text.normalize('NFC').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * Creates one in-app notice per recipient and queues its email/Zalo sends,
 * inside the caller's transaction (nothing goes out if it rolls back).
 * Idempotent per (recipient, dedupeKey). See docs/features/notifications.md.
 */
export async function notify(tx: DbOrTx, input: NotifyInput): Promise<NotifyResult> {
  if (!input.dedupeKey) throw new Error('notify: dedupeKey is required');
  // An app path only: never an external or protocol-relative URL ('//host', '/\\host').
  if (input.link && !/^\/(?![/\\])[^\s\\]*$/.test(input.link))
    throw new Error('notify: link must be an app path');
  const userIds = [...new Set(input.userIds)];
  if (userIds.length === 0) return { created: 0, notificationIds: [] };
  const channels = new Set<NotifyChannel>(input.channels ?? ['in_app', 'email']);
  const outside = (['email', 'zalo'] as const).filter((c) => channels.has(c));

  const inserted = await query<{ id: string; recipient_id: string }>(
    tx,
    sql`insert into notifications
          (recipient_id, kind, title_vi, title_en, body_vi, body_en, link, related_type, related_id, unit_id, dedupe_key)
        select u.id, ${input.kind}, ${clip(input.title.vi, MAX_TITLE)}, ${clip(input.title.en, MAX_TITLE)},
               ${clip(input.body.vi, MAX_BODY)}, ${clip(input.body.en, MAX_BODY)}, ${input.link ?? null},
               ${input.related?.type ?? null}, ${input.related?.id ?? null}, ${input.unitId ?? null}::uuid,
               ${input.dedupeKey}
        from users u
        where u.id = any(${`{${userIds.join(',')}}`}::uuid[]) and u.status = 'active'
        on conflict (recipient_id, dedupe_key) do nothing
        returning id, recipient_id`,
  );

  if (outside.length > 0 && inserted.length > 0) {
    // One delivery per notice and channel, and one job per delivery — queued in the caller's
    // transaction, in one statement whatever the number of recipients (the rows enqueueJob writes).
    await tx.execute(
      sql`with d as (
            insert into notification_deliveries (notification_id, channel, dedupe_key)
            select n.id, c.channel, c.channel || ':' || n.id::text
            from unnest(${`{${inserted.map((n) => n.id).join(',')}}`}::uuid[]) as n(id)
            cross join unnest(${`{${outside.join(',')}}`}::text[]) as c(channel)
            on conflict (dedupe_key) do nothing returning id)
          insert into jobs (kind, payload, dedupe_key)
          select ${DELIVER_JOB}, jsonb_build_object('deliveryId', d.id::text), 'deliver:' || d.id::text from d
          on conflict do nothing`,
    );
  }
  return { created: inserted.length, notificationIds: inserted.map((n) => n.id) };
}
