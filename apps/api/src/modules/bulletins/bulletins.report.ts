import { sql } from 'drizzle-orm';
import type { Settings } from '../../config/settings';
import { type Db, query } from '../../db/client';
import { AppError, notFound } from '../../lib/errors';
import { excerpt } from '../../lib/rich-text';
import { buildXlsx } from '../../lib/upload';
import { audit, type BulletinsContext, vietnamDateTime } from './bulletins.context';
import * as repo from './bulletins.repository';
import { buildRss } from './bulletins.rss';
import type { PendingQuery, PublicListQuery, ReceivedQuery, UnitCountsRow } from './bulletins.schemas';

/**
 * Who has read and acknowledged, per unit, and the public feed. Report
 * figures only count recipients whose unit lies in the caller's scope for
 * awareness.report: a principal sees their school's staff, the department's
 * officer the whole province.
 */

/** A bulletin that does not exist or never reached the unit (in scope) looks the same. */
const bulletinNotFound = () => new AppError('BULLETIN_NOT_FOUND', 404);

async function unitOf(ctx: BulletinsContext, unitId: string) {
  const [unit] = await repo.unitsByIds(ctx.db, [unitId]);
  if (!unit) throw notFound();
  return unit;
}

async function reachedBulletin(ctx: BulletinsContext, id: string, unitPath: string) {
  const bulletin = await repo.findBulletin(ctx.db, id);
  if (!bulletin || bulletin.status === 'draft' || !(await repo.reachesUnit(ctx.db, ctx.scope, id, unitPath)))
    throw bulletinNotFound();
  return bulletin;
}

export async function received(ctx: BulletinsContext, query: ReceivedQuery) {
  const unit = await unitOf(ctx, query.unitId);
  return repo.receivedBulletins(ctx.db, ctx.scope, unit.path, {
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 50,
  });
}

export async function report(ctx: BulletinsContext, id: string, unitId: string) {
  const unit = await unitOf(ctx, unitId);
  const bulletin = await reachedBulletin(ctx, id, unit.path);
  const targets = await repo.rollupTargets(ctx.db, unitId);
  const counts = await repo.receiptCounts(ctx.db, ctx.scope, id, unitId);
  const rows: UnitCountsRow[] = targets.map((t) => ({
    unitId: t.id,
    unitName: t.name,
    parentId: t.parent_id,
    hasChildren: t.has_children,
    recipients: counts.get(t.id)?.recipients ?? 0,
    read: counts.get(t.id)?.read ?? 0,
    acknowledged: counts.get(t.id)?.acknowledged ?? 0,
  }));
  return {
    bulletin: {
      id: bulletin.id,
      title: bulletin.title,
      kind: bulletin.kind,
      severity: bulletin.severity,
      requiresAck: bulletin.requiresAck,
      ackDeadline: bulletin.ackDeadline?.toISOString() ?? null,
      publishedAt: bulletin.publishedAt!.toISOString(),
    },
    // Children nobody in scope received are left out; the unit itself always stays.
    rows: rows.filter((r, i) => i === 0 || r.recipients > 0),
  };
}

export async function pending(ctx: BulletinsContext, id: string, query: PendingQuery) {
  const unit = await unitOf(ctx, query.unitId);
  await reachedBulletin(ctx, id, unit.path);
  return repo.pendingRecipients(ctx.db, ctx.scope, id, unit.path, {
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 100,
  });
}

const PENDING_HEADER = {
  vi: ['STT', 'Họ và tên', 'Tên đăng nhập', 'Đơn vị', 'Đã đọc lúc'],
  en: ['No.', 'Full name', 'Username', 'Unit', 'Read at'],
};

/** Everyone in the unit's subtree (in scope) who has not acknowledged, as a workbook; the export is audited. */
export async function pendingWorkbook(ctx: BulletinsContext, id: string, unitId: string) {
  const unit = await unitOf(ctx, unitId);
  await reachedBulletin(ctx, id, unit.path);
  const all = await repo.pendingRecipients(ctx.db, ctx.scope, id, unit.path, {
    page: 1,
    pageSize: 1_000_000,
  });
  const rows = all.items.map((p, i) => [
    String(i + 1),
    p.fullName,
    p.username,
    p.unitName,
    p.readAt ? vietnamDateTime(p.readAt) : '',
  ]);
  const buffer = await buildXlsx([
    {
      name: ctx.locale === 'en' ? 'Not acknowledged' : 'Chưa xác nhận',
      header: PENDING_HEADER[ctx.locale],
      rows,
      widths: [6, 32, 22, 40, 18],
    },
  ]);
  await audit(ctx.db, ctx, 'bulletin.pending_export', { id, unitId }, { rows: rows.length });
  return { buffer, filename: `chua-xac-nhan-${id.slice(0, 8)}.xlsx` };
}

// ---------------------------------------------------------------- public feed

export async function publicList(db: Db, query: PublicListQuery) {
  return repo.publicBulletins(db, {
    kind: query.kind,
    page: query.page ?? 1,
    pageSize: query.pageSize ?? 10,
  });
}

export async function publicItem(db: Db, id: string) {
  const item = await repo.publicBulletin(db, id);
  if (!item) throw notFound();
  return item;
}

const RSS_ITEMS = 30;
const CATEGORY = { bulletin: 'Bản tin', scam_alert: 'Cảnh báo lừa đảo' } as const;

/** The RSS 2.0 feed of published public bulletins (newest first). */
export async function rssFeed(db: Db, settings: Settings, builtAt = new Date()): Promise<string> {
  const { items } = await repo.publicBulletins(db, { page: 1, pageSize: RSS_ITEMS });
  const root = await query<{ name: string }>(
    db,
    sql`select name from org_units where parent_id is null and status = 'active' order by created_at limit 1`,
  );
  const owner = root[0]?.name ?? 'EduShield';
  return buildRss({
    title: `Tin an toàn thông tin — ${owner}`,
    description: `Bản tin an toàn thông tin và cảnh báo lừa đảo do ${owner} công bố.`,
    baseUrl: settings.publicUrl,
    builtAt: items[0] ? new Date(items[0].publishedAt) : builtAt,
    items: items.map((item) => ({
      id: item.id,
      title: item.title,
      description: item.summary || excerpt(item.bodyHtml),
      category: CATEGORY[item.kind],
      publishedAt: item.publishedAt,
      author: item.unitName,
    })),
  });
}
