import type { Locale } from '@edushield/core';
import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/client';
import { badRequest, notFound } from '../../lib/errors';
import type { UnitRef } from '../../plugins/access';
import type { Actor } from '../../plugins/access.types';
import { appendAudit } from '../audit/audit.service';

interface NoticeRow extends Record<string, unknown> {
  id: string;
  kind: string;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  link: string | null;
  unit_name: string | null;
  created_at: string | Date;
  read_at: string | Date | null;
  channels: { channel: string; status: string }[] | null;
}

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/** The caller's own notices, newest first, in the caller's language; with the unread count. */
export async function listMine(
  db: Db,
  actor: Actor,
  locale: Locale,
  q: { page: number; pageSize: number; unread?: boolean },
) {
  const onlyUnread = q.unread ? sql`and n.read_at is null` : sql``;
  const [counts] = await query<{ total: number; unread: number }>(
    db,
    sql`select count(*) filter (where true ${onlyUnread})::int as total,
               count(*) filter (where n.read_at is null)::int as unread
        from notifications n where n.recipient_id = ${actor.userId}`,
  );
  const rows = await query<NoticeRow>(
    db,
    sql`select n.id, n.kind, n.title_vi, n.title_en, n.body_vi, n.body_en, n.link, ou.name as unit_name,
               n.created_at, n.read_at,
               (select json_agg(json_build_object('channel', d.channel, 'status', d.status) order by d.channel)
                  from notification_deliveries d where d.notification_id = n.id) as channels
        from notifications n left join org_units ou on ou.id = n.unit_id
        where n.recipient_id = ${actor.userId} ${onlyUnread}
        order by n.created_at desc, n.id desc
        limit ${q.pageSize} offset ${(q.page - 1) * q.pageSize}`,
  );
  const en = locale === 'en';
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      title: en ? r.title_en : r.title_vi,
      body: en ? r.body_en : r.body_vi,
      link: r.link,
      unitName: r.unit_name,
      createdAt: iso(r.created_at)!,
      readAt: iso(r.read_at),
      channels: (r.channels ?? []).map((c) => ({ channel: c.channel, status: c.status })),
    })),
    total: counts?.total ?? 0,
    unread: counts?.unread ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function unreadCount(db: Db, actor: Actor): Promise<{ unread: number }> {
  const [row] = await query<{ unread: number }>(
    db,
    sql`select count(*)::int as unread from notifications where recipient_id = ${actor.userId} and read_at is null`,
  );
  return { unread: row?.unread ?? 0 };
}

/** Marks one of the caller's own notices read; someone else's notice is simply not found. */
export async function markRead(db: Db, actor: Actor, id: string) {
  const rows = await query<{ id: string; read_at: string | Date }>(
    db,
    sql`update notifications set read_at = coalesce(read_at, now())
        where id = ${id} and recipient_id = ${actor.userId} returning id, read_at`,
  );
  const row = rows[0];
  if (!row) throw notFound();
  return { id: row.id, readAt: iso(row.read_at)! };
}

export async function markAllRead(db: Db, actor: Actor) {
  const rows = await query<{ id: string }>(
    db,
    sql`update notifications set read_at = now() where recipient_id = ${actor.userId} and read_at is null returning id`,
  );
  return { updated: rows.length };
}

/** For the gate: a notice belongs to its recipient's home unit. */
export async function unsafeNotificationUnit(db: Db, id: string): Promise<UnitRef | null> {
  const [row] = await query<{ id: string; path: string }>(
    db,
    sql`select ou.id, ou.path from notifications n join users u on u.id = n.recipient_id
        join org_units ou on ou.id = u.unit_id where n.id = ${id}`,
  );
  return row ?? null;
}

/** Delivery record of one notice (operators checking why a reminder did not arrive). */
export async function deliveriesOf(db: Db, id: string) {
  const rows = await query<{
    id: string;
    channel: string;
    status: string;
    attempts: number;
    last_error: string | null;
    sent_at: string | Date | null;
    updated_at: string | Date;
  }>(
    db,
    sql`select id, channel, status, attempts, last_error, sent_at, updated_at
        from notification_deliveries where notification_id = ${id} order by channel`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      sentAt: iso(r.sent_at),
      updatedAt: iso(r.updated_at)!,
    })),
  };
}

const ZALO_USER_ID = /^[0-9]{5,32}$/;

export interface ActionInfo {
  actor: Actor;
  ip?: string;
  requestId?: string;
}

export async function getZaloLink(db: Db, userId: string) {
  const [row] = await query<{ zalo_user_id: string }>(
    db,
    sql`select zalo_user_id from zalo_links where user_id = ${userId}`,
  );
  return { userId, zaloUserId: row?.zalo_user_id ?? null };
}

/** Links an account to the Zalo user id it receives OA messages at (audited). */
export async function setZaloLink(db: Db, info: ActionInfo, userId: string, zaloUserIdRaw: string) {
  const zaloUserId = zaloUserIdRaw.trim();
  if (!ZALO_USER_ID.test(zaloUserId))
    throw badRequest('NOTIFY_ZALO_USER_ID_INVALID', { field: 'zaloUserId' });
  return db.transaction(async (tx) => {
    const [user] = await query<{ unit_id: string }>(tx, sql`select unit_id from users where id = ${userId}`);
    if (!user) throw notFound();
    await tx.execute(sql`insert into zalo_links (user_id, zalo_user_id, created_by) values (${userId}, ${zaloUserId}, ${info.actor.userId})
      on conflict (user_id) do update set zalo_user_id = excluded.zalo_user_id, created_by = excluded.created_by, updated_at = now()`);
    await appendAudit(tx, {
      action: 'notify.zalo_link.set',
      actorId: info.actor.userId,
      actorName: info.actor.fullName,
      objectType: 'user',
      objectId: userId,
      unitId: user.unit_id,
      ip: info.ip ?? null,
      requestId: info.requestId ?? null,
    });
    return { userId, zaloUserId };
  });
}

export async function removeZaloLink(db: Db, info: ActionInfo, userId: string) {
  await db.transaction(async (tx) => {
    const rows = await query<{ user_id: string }>(
      tx,
      sql`delete from zalo_links where user_id = ${userId} returning user_id`,
    );
    if (rows.length === 0) return;
    const [user] = await query<{ unit_id: string }>(tx, sql`select unit_id from users where id = ${userId}`);
    await appendAudit(tx, {
      action: 'notify.zalo_link.remove',
      actorId: info.actor.userId,
      actorName: info.actor.fullName,
      objectType: 'user',
      objectId: userId,
      unitId: user?.unit_id ?? null,
      ip: info.ip ?? null,
      requestId: info.requestId ?? null,
    });
  });
}
