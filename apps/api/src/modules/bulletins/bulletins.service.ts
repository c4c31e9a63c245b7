import { badRequest, conflict, notFound } from '../../lib/errors';
import { isBlankHtml, plainText, sanitizeRichText } from '../../lib/rich-text';
import { notify } from '../notifications/notify';
import { audit, type BulletinsContext, vietnamDateTime } from './bulletins.context';
import * as repo from './bulletins.repository';
import type {
  BulletinView,
  CreateBulletinBody,
  InboxQuery,
  ListBulletinsQuery,
  UpdateBulletinBody,
} from './bulletins.schemas';
import type { bulletins } from './bulletins.table';

/**
 * Use cases of bulletins and scam alerts. The access gate has already placed
 * the authoring unit (and the bulletin) in the caller's scope; what is left
 * here is validation, the publication workflow and the readers' receipts.
 */

const MAX_TITLE = 200;
const MAX_SUMMARY = 500;

type Row = typeof bulletins.$inferSelect;

function field(code: Parameters<typeof badRequest>[0], name: string) {
  return badRequest(code, [{ field: name, code }]);
}

function cleanTitle(value: string): string {
  const title = plainText(value);
  if (!title) throw field('BULLETIN_TITLE_EMPTY', 'title');
  if (title.length > MAX_TITLE)
    throw badRequest('VALIDATION_FAILED', [{ field: 'title', code: 'maxLength' }]);
  return title;
}

function cleanSummary(value: string | undefined): string {
  const summary = plainText(value ?? '');
  if (summary.length > MAX_SUMMARY)
    throw badRequest('VALIDATION_FAILED', [{ field: 'summary', code: 'maxLength' }]);
  return summary;
}

function cleanBody(value: string): string {
  const body = sanitizeRichText(value);
  if (isBlankHtml(body)) throw field('BULLETIN_BODY_EMPTY', 'bodyHtml');
  return body;
}

/**
 * Every audience unit must exist and lie in the authoring unit's subtree. `db` is the caller's
 * transaction when there is one: a query on another connection would wait for it (on PGlite, forever).
 */
async function checkAudience(
  db: Parameters<typeof repo.unitsByIds>[0],
  authoringUnitId: string,
  ids: readonly string[],
) {
  const unique = [...new Set(ids.map((id) => id.toLowerCase()))];
  const [author] = await repo.unitsByIds(db, [authoringUnitId]);
  const units = await repo.unitsByIds(db, unique);
  if (!author || units.length !== unique.length || units.some((u) => !u.path.startsWith(author.path)))
    throw field('BULLETIN_AUDIENCE_OUTSIDE_UNIT', 'audienceUnitIds');
  return unique;
}

function checkAck(requiresAck: boolean, deadline: string | null | undefined, now: Date): Date | null {
  if (!requiresAck) return null;
  if (!deadline) throw field('BULLETIN_ACK_DEADLINE_REQUIRED', 'ackDeadline');
  const at = new Date(deadline);
  if (at.getTime() <= now.getTime()) throw field('BULLETIN_ACK_DEADLINE_PAST', 'ackDeadline');
  return at;
}

async function requireDraft(tx: Parameters<typeof repo.lockBulletin>[0], id: string): Promise<Row> {
  const row = await repo.lockBulletin(tx, id);
  if (!row) throw notFound();
  if (row.status !== 'draft') throw conflict('BULLETIN_NOT_DRAFT');
  return row;
}

export async function getBulletin(ctx: BulletinsContext, id: string): Promise<BulletinView> {
  const view = await repo.bulletinView(ctx.db, id);
  if (!view) throw notFound();
  return view;
}

export async function listBulletins(ctx: BulletinsContext, query: ListBulletinsQuery) {
  const [unit] = query.unitId ? await repo.unitsByIds(ctx.db, [query.unitId]) : [];
  return repo.listBulletins(ctx.db, ctx.scope, {
    unitPath: unit?.path,
    status: query.status,
    kind: query.kind,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 50,
  });
}

export async function createBulletin(ctx: BulletinsContext, body: CreateBulletinBody): Promise<BulletinView> {
  const title = cleanTitle(body.title);
  const summary = cleanSummary(body.summary);
  const bodyHtml = cleanBody(body.bodyHtml);
  const audienceUnitIds = await checkAudience(ctx.db, body.unitId, body.audienceUnitIds ?? [body.unitId]);
  const requiresAck = body.requiresAck ?? false;
  const ackDeadline = checkAck(requiresAck, body.ackDeadline, ctx.now());
  const id = await ctx.db.transaction(async (tx) => {
    const row = await repo.insertBulletin(tx, {
      unitId: body.unitId,
      kind: body.kind,
      severity: body.severity ?? (body.kind === 'scam_alert' ? 'warning' : 'info'),
      title,
      summary,
      bodyHtml,
      audienceUnitIds,
      audienceRoles: [...new Set(body.audienceRoles ?? [])],
      isPublic: body.isPublic ?? false,
      requiresAck,
      ackDeadline,
      createdBy: ctx.actor.userId,
    });
    await audit(tx, ctx, 'bulletin.create', { id: row.id, unitId: row.unitId }, { kind: row.kind });
    return row.id;
  });
  return getBulletin(ctx, id);
}

export async function updateBulletin(
  ctx: BulletinsContext,
  id: string,
  body: UpdateBulletinBody,
): Promise<BulletinView> {
  await ctx.db.transaction(async (tx) => {
    const current = await requireDraft(tx, id);
    const fields: Partial<repo.NewBulletin> = {};
    if (body.kind !== undefined) fields.kind = body.kind;
    if (body.severity !== undefined) fields.severity = body.severity;
    if (body.title !== undefined) fields.title = cleanTitle(body.title);
    if (body.summary !== undefined) fields.summary = cleanSummary(body.summary);
    if (body.bodyHtml !== undefined) fields.bodyHtml = cleanBody(body.bodyHtml);
    if (body.audienceUnitIds !== undefined)
      fields.audienceUnitIds = await checkAudience(tx, current.unitId, body.audienceUnitIds);
    if (body.audienceRoles !== undefined) fields.audienceRoles = [...new Set(body.audienceRoles)];
    if (body.isPublic !== undefined) fields.isPublic = body.isPublic;
    if (body.requiresAck !== undefined || body.ackDeadline !== undefined) {
      const requiresAck = body.requiresAck ?? current.requiresAck;
      const deadline =
        body.ackDeadline !== undefined ? body.ackDeadline : (current.ackDeadline?.toISOString() ?? null);
      fields.requiresAck = requiresAck;
      fields.ackDeadline = checkAck(requiresAck, deadline, ctx.now());
    }
    await repo.updateBulletin(tx, id, fields);
    await audit(tx, ctx, 'bulletin.update', { id, unitId: current.unitId }, { fields: Object.keys(fields) });
  });
  return getBulletin(ctx, id);
}

export async function deleteBulletin(ctx: BulletinsContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await requireDraft(tx, id);
    await repo.deleteBulletin(tx, id);
    await audit(tx, ctx, 'bulletin.delete', { id, unitId: current.unitId });
  });
}

const KIND_LABEL = {
  bulletin: { vi: 'Bản tin', en: 'Bulletin' },
  scam_alert: { vi: 'Cảnh báo lừa đảo', en: 'Scam alert' },
} as const;

/** The notice recipients get when a bulletin is published (plain text, both languages). */
export function publicationNotice(
  row: Pick<Row, 'kind' | 'severity' | 'title' | 'summary' | 'requiresAck' | 'ackDeadline'>,
) {
  const urgent = row.severity === 'urgent';
  const label = KIND_LABEL[row.kind];
  const prefix = {
    vi: urgent ? `[KHẨN] ${label.vi}` : label.vi,
    en: urgent ? `[URGENT] ${label.en}` : label.en,
  };
  const ack =
    row.requiresAck && row.ackDeadline
      ? {
          vi: `\n\nVui lòng đọc và xác nhận “Tôi đã đọc và sẽ phổ biến” trước ${vietnamDateTime(row.ackDeadline)}.`,
          en: `\n\nPlease read and acknowledge before ${vietnamDateTime(row.ackDeadline)} (Vietnam time).`,
        }
      : { vi: '', en: '' };
  return {
    title: { vi: `${prefix.vi}: ${row.title}`, en: `${prefix.en}: ${row.title}` },
    body: { vi: `${row.summary}${ack.vi}`.trim(), en: `${row.summary}${ack.en}`.trim() },
  };
}

/**
 * Publishes a draft: fixes the recipients (the audience as it is now), and
 * notifies them in the same transaction (urgent alerts also on Zalo).
 */
export async function publishBulletin(ctx: BulletinsContext, id: string): Promise<BulletinView> {
  await ctx.db.transaction(async (tx) => {
    const current = await requireDraft(tx, id);
    const now = ctx.now();
    if (current.requiresAck) checkAck(true, current.ackDeadline?.toISOString() ?? null, now);
    const audience = await repo.unitsByIds(tx, current.audienceUnitIds);
    const count = await repo.insertRecipients(
      tx,
      id,
      audience.map((u) => u.path),
      current.audienceRoles,
    );
    if (count === 0 && !current.isPublic) throw badRequest('BULLETIN_NO_RECIPIENTS');
    await repo.updateBulletin(tx, id, { status: 'published', publishedAt: now, recipientCount: count });
    const notice = publicationNotice(current);
    const notified = await notify(tx, {
      userIds: await repo.recipientIds(tx, id),
      kind: current.kind === 'scam_alert' ? 'bulletins.scam_alert' : 'bulletins.bulletin',
      title: notice.title,
      body: notice.body,
      link: `/bulletins/inbox/${id}`,
      related: { type: 'bulletin', id },
      unitId: current.unitId,
      channels: current.severity === 'urgent' ? ['in_app', 'email', 'zalo'] : ['in_app', 'email'],
      dedupeKey: `bulletins.published:${id}`,
    });
    await audit(
      tx,
      ctx,
      'bulletin.publish',
      { id, unitId: current.unitId },
      { recipients: count, notified: notified.created, public: current.isPublic, severity: current.severity },
    );
  });
  return getBulletin(ctx, id);
}

export async function archiveBulletin(ctx: BulletinsContext, id: string): Promise<BulletinView> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.lockBulletin(tx, id);
    if (!current) throw notFound();
    if (current.status !== 'published') throw conflict('BULLETIN_NOT_PUBLISHED');
    await repo.updateBulletin(tx, id, { status: 'archived', archivedAt: ctx.now() });
    await audit(tx, ctx, 'bulletin.archive', { id, unitId: current.unitId });
  });
  return getBulletin(ctx, id);
}

// ---------------------------------------------------------------- readers

export async function inbox(ctx: BulletinsContext, query: InboxQuery) {
  const filter = query.filter ?? 'all';
  return repo.unsafeInbox(ctx.db, ctx.actor.userId, {
    only: filter === 'all' ? undefined : filter,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 20,
  });
}

/** One bulletin addressed to the caller. */
export async function inboxItem(ctx: BulletinsContext, id: string) {
  const item = await repo.unsafeInboxItem(ctx.db, ctx.actor.userId, id);
  if (!item) throw notFound();
  return item;
}

/** Marks a bulletin addressed to the caller as read (the first time counts). */
export async function markRead(ctx: BulletinsContext, id: string) {
  const found = await repo.unsafeMarkRead(ctx.db, ctx.actor.userId, id, ctx.now());
  if (!found) throw notFound();
  return inboxItem(ctx, id);
}

/** “Tôi đã đọc và sẽ phổ biến”: idempotent; only for bulletins that ask for it. */
export async function acknowledge(ctx: BulletinsContext, id: string) {
  await ctx.db.transaction(async (tx) => {
    const receipt = await repo.unsafeAcknowledge(tx, ctx.actor.userId, id, ctx.now());
    if (!receipt) {
      const item = await repo.unsafeInboxItem(tx, ctx.actor.userId, id);
      if (!item) throw notFound();
      throw conflict('BULLETIN_ACK_NOT_REQUIRED');
    }
    if (receipt.first) await audit(tx, ctx, 'bulletin.acknowledge', { id, unitId: receipt.unit_id });
  });
  return inboxItem(ctx, id);
}
