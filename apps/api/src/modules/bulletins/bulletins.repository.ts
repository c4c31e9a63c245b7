import { eq, type SQL, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../db/client';
import { escapeLike } from '../../db/fold';
import type { UnitRef } from '../../plugins/access';
import { type Scope, unitInScope } from '../../plugins/scope';
import { bulletins } from './bulletins.table';

/**
 * The only place that touches the bulletins tables. Lists that cross units
 * take the caller's Scope; queries named `unsafe…` are deliberately unscoped
 * (the access gate's resolver, the reader's own receipts, the public feed).
 */

export type BulletinRow = typeof bulletins.$inferSelect;
export type NewBulletin = typeof bulletins.$inferInsert;

const iso = (value: unknown): string | null =>
  value === null || value === undefined ? null : new Date(value as string | Date).toISOString();
const isoNotNull = (value: unknown): string => iso(value)!;

// ---------------------------------------------------------------- gate

/** The authoring unit of a bulletin (the access gate's resolver for kind 'bulletin'). */
export async function unsafeBulletinUnit(db: Db, id: string): Promise<UnitRef | null> {
  const rows = await query<{ id: string; path: string }>(
    db,
    sql`select ou.id, ou.path from bulletins b join org_units ou on ou.id = b.unit_id where b.id = ${id}`,
  );
  return rows[0] ?? null;
}

// ---------------------------------------------------------------- authoring

export async function insertBulletin(tx: DbOrTx, values: NewBulletin): Promise<BulletinRow> {
  const [row] = await tx.insert(bulletins).values(values).returning();
  return row!;
}

export async function findBulletin(db: DbOrTx, id: string): Promise<BulletinRow | null> {
  const [row] = await db.select().from(bulletins).where(eq(bulletins.id, id));
  return row ?? null;
}

/** Locks the row for the rest of the transaction (publish, archive, edit race each other). */
export async function lockBulletin(tx: DbOrTx, id: string): Promise<BulletinRow | null> {
  const [row] = await tx.select().from(bulletins).where(eq(bulletins.id, id)).for('update');
  return row ?? null;
}

export async function updateBulletin(tx: DbOrTx, id: string, fields: Partial<NewBulletin>): Promise<void> {
  await tx
    .update(bulletins)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(bulletins.id, id));
}

export async function deleteBulletin(tx: DbOrTx, id: string): Promise<void> {
  await tx.delete(bulletins).where(eq(bulletins.id, id));
}

export interface UnitInfo {
  id: string;
  name: string;
  path: string;
  parentId: string | null;
}

export async function unitsByIds(db: DbOrTx, ids: readonly string[]): Promise<UnitInfo[]> {
  if (ids.length === 0) return [];
  return query<UnitInfo & Record<string, unknown>>(
    db,
    sql`select id, name, path, parent_id as "parentId" from org_units
        where id = any(${`{${ids.join(',')}}`}::uuid[])`,
  );
}

interface ViewRow extends Record<string, unknown> {
  id: string;
  unit_id: string;
  unit_name: string;
  kind: 'bulletin' | 'scam_alert';
  severity: 'info' | 'warning' | 'urgent';
  title: string;
  summary: string;
  body_html: string;
  audience_unit_ids: string[];
  audience_roles: string[];
  status: 'draft' | 'published' | 'archived';
  is_public: boolean;
  requires_ack: boolean;
  ack_deadline: unknown;
  published_at: unknown;
  archived_at: unknown;
  recipient_count: number;
  read_count: number;
  ack_count: number;
  created_at: unknown;
  updated_at: unknown;
}

const VIEW_COLUMNS = sql`b.id, b.unit_id, ou.name as unit_name, b.kind, b.severity, b.title, b.summary,
  b.audience_unit_ids, b.audience_roles, b.status, b.is_public, b.requires_ack, b.ack_deadline,
  b.published_at, b.archived_at, b.recipient_count, b.created_at, b.updated_at,
  (select count(*)::int from bulletin_recipients r where r.bulletin_id = b.id and r.read_at is not null) as read_count,
  (select count(*)::int from bulletin_recipients r where r.bulletin_id = b.id and r.acknowledged_at is not null) as ack_count`;

function toView(row: ViewRow, units: Map<string, string>) {
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName: row.unit_name,
    kind: row.kind,
    severity: row.severity,
    title: row.title,
    summary: row.summary,
    audienceUnits: row.audience_unit_ids.map((id) => ({ id, name: units.get(id) ?? '' })),
    audienceRoles: row.audience_roles,
    status: row.status,
    isPublic: row.is_public,
    requiresAck: row.requires_ack,
    ackDeadline: iso(row.ack_deadline),
    publishedAt: iso(row.published_at),
    archivedAt: iso(row.archived_at),
    recipientCount: row.recipient_count,
    readCount: row.read_count,
    ackCount: row.ack_count,
    createdAt: isoNotNull(row.created_at),
    updatedAt: isoNotNull(row.updated_at),
  };
}

async function unitNames(db: DbOrTx, rows: ViewRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.audience_unit_ids))];
  return new Map((await unitsByIds(db, ids)).map((u) => [u.id, u.name]));
}

export async function bulletinView(db: DbOrTx, id: string) {
  const rows = await query<ViewRow>(
    db,
    sql`select ${VIEW_COLUMNS}, b.body_html from bulletins b join org_units ou on ou.id = b.unit_id where b.id = ${id}`,
  );
  const row = rows[0];
  if (!row) return null;
  return { ...toView(row, await unitNames(db, rows)), bodyHtml: row.body_html };
}

export async function listBulletins(
  db: DbOrTx,
  scope: Scope,
  filter: {
    unitPath?: string;
    status?: string;
    kind?: string;
    page: number;
    pageSize: number;
  },
) {
  const conditions: SQL[] = [unitInScope(scope, sql`b.unit_id`)];
  if (filter.unitPath) conditions.push(sql`ou.path like ${`${escapeLike(filter.unitPath)}%`}`);
  if (filter.status) conditions.push(sql`b.status = ${filter.status}`);
  if (filter.kind) conditions.push(sql`b.kind = ${filter.kind}`);
  const where = sql.join(conditions, sql` and `);
  const rows = await query<ViewRow>(
    db,
    sql`select ${VIEW_COLUMNS} from bulletins b join org_units ou on ou.id = b.unit_id where ${where}
        order by (b.status = 'draft') desc, coalesce(b.published_at, b.created_at) desc, b.id
        limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  const total = await query<{ n: number }>(
    db,
    sql`select count(*)::int as n from bulletins b join org_units ou on ou.id = b.unit_id where ${where}`,
  );
  const names = await unitNames(db, rows);
  return { items: rows.map((r) => toView(r, names)), total: total[0]!.n };
}

// ---------------------------------------------------------------- publication

/**
 * Materialises the recipients: every active account holding a role assignment
 * (of one of `roles`, or any role when empty) in one of the audience subtrees.
 * A recipient's unit is the most specific such assignment's unit.
 */
export async function insertRecipients(
  tx: DbOrTx,
  bulletinId: string,
  audiencePaths: readonly string[],
  roles: readonly string[],
): Promise<number> {
  const patterns = audiencePaths.map((p) => `${escapeLike(p)}%`);
  const roleFilter =
    roles.length === 0 ? sql`true` : sql`ra.role_code = any(${`{${roles.join(',')}}`}::text[])`;
  const rows = await query<{ n: number }>(
    tx,
    sql`with chosen as (
          select distinct on (u.id) u.id as user_id, ra.unit_id
          from users u
          join role_assignments ra on ra.user_id = u.id
          join org_units ou on ou.id = ra.unit_id
          where u.status = 'active'
            and ou.path like any(${`{${patterns.join(',')}}`}::text[])
            and ${roleFilter}
          order by u.id, length(ou.path) desc, ra.unit_id
        ), inserted as (
          insert into bulletin_recipients (bulletin_id, user_id, unit_id)
          select ${bulletinId}, user_id, unit_id from chosen
          on conflict do nothing
          returning 1
        )
        select count(*)::int as n from inserted`,
  );
  return rows[0]!.n;
}

export async function recipientIds(tx: DbOrTx, bulletinId: string): Promise<string[]> {
  const rows = await query<{ user_id: string }>(
    tx,
    sql`select user_id from bulletin_recipients where bulletin_id = ${bulletinId}`,
  );
  return rows.map((r) => r.user_id);
}

/** Recipients who have not acknowledged yet (deadline reminders). */
export async function unacknowledgedIds(tx: DbOrTx, bulletinId: string): Promise<string[]> {
  const rows = await query<{ user_id: string }>(
    tx,
    sql`select user_id from bulletin_recipients where bulletin_id = ${bulletinId} and acknowledged_at is null`,
  );
  return rows.map((r) => r.user_id);
}

/** Published bulletins asking for acknowledgement whose deadline falls in [from, to). */
export async function bulletinsDueBetween(db: DbOrTx, from: Date, to: Date): Promise<BulletinRow[]> {
  return db
    .select()
    .from(bulletins)
    .where(
      sql`${bulletins.status} = 'published' and ${bulletins.requiresAck} and ${bulletins.ackDeadline} >= ${from.toISOString()}
          and ${bulletins.ackDeadline} < ${to.toISOString()}`,
    );
}

// ---------------------------------------------------------------- the reader's own receipts

interface InboxRow extends Record<string, unknown> {
  id: string;
  unit_name: string;
  kind: 'bulletin' | 'scam_alert';
  severity: 'info' | 'warning' | 'urgent';
  title: string;
  summary: string;
  body_html?: string;
  published_at: unknown;
  requires_ack: boolean;
  ack_deadline: unknown;
  read_at: unknown;
  acknowledged_at: unknown;
}

const toInboxItem = (r: InboxRow) => ({
  id: r.id,
  unitName: r.unit_name,
  kind: r.kind,
  severity: r.severity,
  title: r.title,
  summary: r.summary,
  publishedAt: isoNotNull(r.published_at),
  requiresAck: r.requires_ack,
  ackDeadline: iso(r.ack_deadline),
  readAt: iso(r.read_at),
  acknowledgedAt: iso(r.acknowledged_at),
});

const INBOX_FROM = sql`from bulletin_recipients r
  join bulletins b on b.id = r.bulletin_id and b.status = 'published'
  join org_units ou on ou.id = b.unit_id`;

/** Bulletins addressed to one user (only ever the caller). */
export async function unsafeInbox(
  db: DbOrTx,
  userId: string,
  filter: { only?: 'unread' | 'unacknowledged'; page: number; pageSize: number },
) {
  const extra =
    filter.only === 'unread'
      ? sql` and r.read_at is null`
      : filter.only === 'unacknowledged'
        ? sql` and b.requires_ack and r.acknowledged_at is null`
        : sql``;
  const rows = await query<InboxRow>(
    db,
    sql`select b.id, ou.name as unit_name, b.kind, b.severity, b.title, b.summary, b.published_at, b.requires_ack,
               b.ack_deadline, r.read_at, r.acknowledged_at
        ${INBOX_FROM} where r.user_id = ${userId}${extra}
        order by (b.requires_ack and r.acknowledged_at is null) desc, b.published_at desc, b.id
        limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  const counts = await query<{ total: number; unread: number; unacknowledged: number }>(
    db,
    sql`select count(*) filter (where true${extra})::int as total,
               count(*) filter (where r.read_at is null)::int as unread,
               count(*) filter (where b.requires_ack and r.acknowledged_at is null)::int as unacknowledged
        ${INBOX_FROM} where r.user_id = ${userId}`,
  );
  return { items: rows.map(toInboxItem), ...counts[0]! };
}

export async function unsafeInboxItem(db: DbOrTx, userId: string, bulletinId: string) {
  const rows = await query<InboxRow>(
    db,
    sql`select b.id, ou.name as unit_name, b.kind, b.severity, b.title, b.summary, b.body_html, b.published_at,
               b.requires_ack, b.ack_deadline, r.read_at, r.acknowledged_at
        ${INBOX_FROM} where r.user_id = ${userId} and b.id = ${bulletinId}`,
  );
  const row = rows[0];
  return row ? { ...toInboxItem(row), bodyHtml: row.body_html ?? '' } : null;
}

/** Marks read (first time only); returns whether the caller is a recipient of a published bulletin. */
export async function unsafeMarkRead(tx: DbOrTx, userId: string, bulletinId: string, at: Date) {
  const rows = await query<{ ok: number }>(
    tx,
    sql`update bulletin_recipients r set read_at = coalesce(r.read_at, ${at.toISOString()}::timestamptz)
        from bulletins b
        where b.id = r.bulletin_id and b.status = 'published' and r.user_id = ${userId} and r.bulletin_id = ${bulletinId}
        returning 1 as ok`,
  );
  return rows.length > 0;
}

/** Acknowledges (also marks read); returns the receipt's unit, or null when not a recipient. */
export async function unsafeAcknowledge(tx: DbOrTx, userId: string, bulletinId: string, at: Date) {
  const rows = await query<{ unit_id: string; first: boolean }>(
    tx,
    sql`update bulletin_recipients r
        set read_at = coalesce(r.read_at, ${at.toISOString()}::timestamptz),
            acknowledged_at = coalesce(r.acknowledged_at, ${at.toISOString()}::timestamptz)
        from bulletins b
        where b.id = r.bulletin_id and b.status = 'published' and b.requires_ack
          and r.user_id = ${userId} and r.bulletin_id = ${bulletinId}
        returning r.unit_id, (r.acknowledged_at = ${at.toISOString()}::timestamptz) as first`,
  );
  return rows[0] ?? null;
}

// ---------------------------------------------------------------- reports (scoped by the recipients' units)

export interface TargetUnit extends Record<string, unknown> {
  id: string;
  name: string;
  path: string;
  parent_id: string | null;
  has_children: boolean;
}

/** A unit and its active direct children: the rows of a roll-up, the unit first. */
export async function rollupTargets(db: DbOrTx, unitId: string): Promise<TargetUnit[]> {
  return query<TargetUnit>(
    db,
    sql`select ou.id, ou.name, ou.path, ou.parent_id,
               exists (select 1 from org_units c where c.parent_id = ou.id and c.status = 'active') as has_children
        from org_units ou
        where ou.id = ${unitId} or (ou.parent_id = ${unitId} and ou.status = 'active')
        order by (ou.id = ${unitId}) desc, ou.name, ou.id`,
  );
}

/** Subtree counts of one bulletin's receipts for each target, counting only recipients in scope. */
export async function receiptCounts(db: DbOrTx, scope: Scope, bulletinId: string, unitId: string) {
  const rows = await query<{
    id: string;
    recipients: number;
    read: number;
    acknowledged: number;
  }>(
    db,
    sql`with targets as (
          select ou.id, ou.path from org_units ou
          where ou.id = ${unitId} or (ou.parent_id = ${unitId} and ou.status = 'active')
        )
        select t.id, count(r.user_id)::int as recipients, count(r.read_at)::int as read,
               count(r.acknowledged_at)::int as acknowledged
        from targets t
        left join org_units ru on ru.path like t.path || '%'
        left join bulletin_recipients r on r.unit_id = ru.id and r.bulletin_id = ${bulletinId}
             and ${unitInScope(scope, sql`r.unit_id`)}
        group by t.id`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Whether any recipient of a bulletin lies in the unit's subtree and in scope. */
export async function reachesUnit(db: DbOrTx, scope: Scope, bulletinId: string, unitPath: string) {
  const rows = await query<{ ok: number }>(
    db,
    sql`select 1 as ok from bulletin_recipients r join org_units ru on ru.id = r.unit_id
        join bulletins b on b.id = r.bulletin_id and b.status <> 'draft'
        where r.bulletin_id = ${bulletinId} and ru.path like ${`${escapeLike(unitPath)}%`}
          and ${unitInScope(scope, sql`r.unit_id`)}
        limit 1`,
  );
  return rows.length > 0;
}

/** Recipients in the unit's subtree (and in scope) who have not acknowledged. */
export async function pendingRecipients(
  db: DbOrTx,
  scope: Scope,
  bulletinId: string,
  unitPath: string,
  paging: { page: number; pageSize: number },
) {
  const where = sql`r.bulletin_id = ${bulletinId} and r.acknowledged_at is null
    and ru.path like ${`${escapeLike(unitPath)}%`} and ${unitInScope(scope, sql`r.unit_id`)}`;
  const rows = await query<{
    user_id: string;
    username: string;
    full_name: string;
    unit_id: string;
    unit_name: string;
    read_at: unknown;
  }>(
    db,
    sql`select r.user_id, u.username, u.full_name, r.unit_id, ru.name as unit_name, r.read_at
        from bulletin_recipients r join users u on u.id = r.user_id join org_units ru on ru.id = r.unit_id
        where ${where}
        order by ru.name, u.full_name, u.username
        limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize}`,
  );
  const total = await query<{ n: number }>(
    db,
    sql`select count(*)::int as n from bulletin_recipients r join org_units ru on ru.id = r.unit_id where ${where}`,
  );
  return {
    items: rows.map((r) => ({
      userId: r.user_id,
      username: r.username,
      fullName: r.full_name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      readAt: iso(r.read_at),
    })),
    total: total[0]!.n,
  };
}

/** Published or archived bulletins that reached the unit's subtree, with scoped counts there. */
export async function receivedBulletins(
  db: DbOrTx,
  scope: Scope,
  unitPath: string,
  paging: { page: number; pageSize: number },
) {
  const inSubtree = sql`ru.path like ${`${escapeLike(unitPath)}%`} and ${unitInScope(scope, sql`r.unit_id`)}`;
  const rows = await query<{
    id: string;
    unit_name: string;
    kind: 'bulletin' | 'scam_alert';
    severity: 'info' | 'warning' | 'urgent';
    title: string;
    status: 'draft' | 'published' | 'archived';
    published_at: unknown;
    requires_ack: boolean;
    ack_deadline: unknown;
    recipients: number;
    read: number;
    acknowledged: number;
  }>(
    db,
    sql`select b.id, ou.name as unit_name, b.kind, b.severity, b.title, b.status, b.published_at, b.requires_ack,
               b.ack_deadline, count(*)::int as recipients, count(r.read_at)::int as read,
               count(r.acknowledged_at)::int as acknowledged
        from bulletins b
        join org_units ou on ou.id = b.unit_id
        join bulletin_recipients r on r.bulletin_id = b.id
        join org_units ru on ru.id = r.unit_id
        where b.status <> 'draft' and ${inSubtree}
        group by b.id, ou.name
        order by b.published_at desc, b.id
        limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize}`,
  );
  const total = await query<{ n: number }>(
    db,
    sql`select count(distinct b.id)::int as n from bulletins b
        join bulletin_recipients r on r.bulletin_id = b.id join org_units ru on ru.id = r.unit_id
        where b.status <> 'draft' and ${inSubtree}`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      unitName: r.unit_name,
      kind: r.kind,
      severity: r.severity,
      title: r.title,
      status: r.status,
      publishedAt: isoNotNull(r.published_at),
      requiresAck: r.requires_ack,
      ackDeadline: iso(r.ack_deadline),
      recipients: r.recipients,
      read: r.read,
      acknowledged: r.acknowledged,
    })),
    total: total[0]!.n,
  };
}

/** Acknowledgement receipts of every bulletin that asks for one, rolled up per target unit (dashboard). */
export async function ackRollup(db: DbOrTx, scope: Scope, unitId: string) {
  const rows = await query<{ id: string; recipients: number; acknowledged: number }>(
    db,
    sql`with targets as (
          select ou.id, ou.path from org_units ou
          where ou.id = ${unitId} or (ou.parent_id = ${unitId} and ou.status = 'active')
        )
        select t.id, count(r.user_id)::int as recipients, count(r.acknowledged_at)::int as acknowledged
        from targets t
        left join org_units ru on ru.path like t.path || '%'
        left join (bulletin_recipients r join bulletins b on b.id = r.bulletin_id
                   and b.status <> 'draft' and b.requires_ack)
          on r.unit_id = ru.id and ${unitInScope(scope, sql`r.unit_id`)}
        group by t.id`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

// ---------------------------------------------------------------- public feed (published and public only)

interface PublicRow extends Record<string, unknown> {
  id: string;
  unit_name: string;
  kind: 'bulletin' | 'scam_alert';
  severity: 'info' | 'warning' | 'urgent';
  title: string;
  summary: string;
  body_html: string;
  published_at: unknown;
}

const toPublic = (r: PublicRow) => ({
  id: r.id,
  unitName: r.unit_name,
  kind: r.kind,
  severity: r.severity,
  title: r.title,
  summary: r.summary,
  bodyHtml: r.body_html,
  publishedAt: isoNotNull(r.published_at),
});

const PUBLIC_WHERE = sql`b.status = 'published' and b.is_public and b.published_at is not null`;

export async function publicBulletins(db: DbOrTx, filter: { kind?: string; page: number; pageSize: number }) {
  const where = filter.kind ? sql`${PUBLIC_WHERE} and b.kind = ${filter.kind}` : PUBLIC_WHERE;
  const rows = await query<PublicRow>(
    db,
    sql`select b.id, ou.name as unit_name, b.kind, b.severity, b.title, b.summary, b.body_html, b.published_at
        from bulletins b join org_units ou on ou.id = b.unit_id where ${where}
        order by b.published_at desc, b.id
        limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  const total = await query<{ n: number }>(
    db,
    sql`select count(*)::int as n from bulletins b where ${where}`,
  );
  return { items: rows.map(toPublic), total: total[0]!.n };
}

export async function publicBulletin(db: DbOrTx, id: string) {
  const rows = await query<PublicRow>(
    db,
    sql`select b.id, ou.name as unit_name, b.kind, b.severity, b.title, b.summary, b.body_html, b.published_at
        from bulletins b join org_units ou on ou.id = b.unit_id where b.id = ${id} and ${PUBLIC_WHERE}`,
  );
  return rows[0] ? toPublic(rows[0]) : null;
}
