import { type Locale, roleByCode } from '@edushield/core';
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Settings } from '../../config/settings';
import { type Db, type DbOrTx, query } from '../../db/client';
import { badRequest, conflict, notFound } from '../../lib/errors';
import type { Actor } from '../../plugins/access.types';
import { type Scope, unitInScope } from '../../plugins/scope';
import { appendAudit } from '../audit/audit.service';
import { jobs } from '../jobs/jobs.table';
import { recordHit } from './drills.events';
import { DRILL_SEND_JOB } from './drills.jobs';
import { drillRollup } from './drills.rollup';
import type { CreateDrillBody, DrillSummary, Stats, UpdateDrillBody } from './drills.schemas';
import { drillLinks } from './drills.send';
import { drillRecipients, drillReports, drills } from './drills.table';
import { compileTemplate, DRILL_TEMPLATES, templateByCode } from './drills.templates';

export interface DrillContext {
  db: Db;
  settings: Settings;
  actor: Actor;
  scope: Scope;
  ip: string;
  requestId: string;
  locale: Locale;
}

export function drillContext(
  db: Db,
  settings: Settings,
  request: FastifyRequest,
  locale: Locale,
): DrillContext {
  return {
    db,
    settings,
    actor: request.actor!,
    scope: request.scope,
    ip: request.ip,
    requestId: request.id,
    locale,
  };
}

async function audit(
  tx: DbOrTx,
  ctx: DrillContext,
  action: string,
  object: { id: string | null; unitId: string | null; type?: string },
  details: Record<string, unknown> = {},
) {
  await appendAudit(tx, {
    action,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.username,
    objectType: object.type ?? 'drill',
    objectId: object.id,
    unitId: object.unitId,
    ip: ctx.ip,
    requestId: ctx.requestId,
    details,
  });
}

// --- templates -------------------------------------------------------------

export function listTemplates(ctx: DrillContext) {
  const sample = drillLinks(ctx.settings.publicUrl, 'MAU-XEM-TRUOC');
  return {
    items: DRILL_TEMPLATES.map((t) => {
      const body = compileTemplate(t).render({
        name: ctx.locale === 'en' ? 'Nguyen Van A' : 'Nguyễn Văn A',
        unit: ctx.locale === 'en' ? 'Sample school' : 'Trường Tiểu học Mẫu',
        link: sample.link,
        pixelUrl: '',
      });
      return {
        code: t.code,
        title: ctx.locale === 'en' ? t.titleEn : t.titleVi,
        senderName: t.senderName,
        subject: t.subject,
        previewHtml: body.html.replace(/<img [^>]*>$/, ''),
        previewText: body.text,
      };
    }),
  };
}

// --- targeting (security test 19) -----------------------------------------------

/** Refuses the pupil role and unknown roles; an empty list means every staff role. */
function checkRoles(roleCodes: readonly string[]): string[] {
  for (const code of roleCodes) {
    if (code === 'student')
      throw badRequest('DRILL_STUDENT_TARGET', [{ field: 'roleCodes', code: 'DRILL_STUDENT_TARGET' }]);
    if (!roleByCode(code))
      throw badRequest('DRILL_ROLE_UNKNOWN', [{ field: 'roleCodes', code: 'DRILL_ROLE_UNKNOWN' }]);
  }
  return [...roleCodes];
}

function checkTemplate(code: string) {
  const template = templateByCode(code);
  if (!template)
    throw badRequest('DRILL_TEMPLATE_UNKNOWN', [{ field: 'templateCode', code: 'DRILL_TEMPLATE_UNKNOWN' }]);
  return template;
}

/**
 * The people a drill reaches: active accounts with an email whose own unit
 * lies in the drill's subtree, holding one of the roles (any staff role when
 * none is chosen) and NOT holding the pupil role anywhere. Pupils are never
 * targeted, even when they also hold another role.
 */
export function drillTargets(db: DbOrTx, drill: { unitId: string; roleCodes: readonly string[] }) {
  const roles = drill.roleCodes.filter((r) => r !== 'student');
  const roleFilter =
    roles.length > 0 ? sql`and ra.role_code = any(${`{${roles.join(',')}}`}::text[])` : sql``;
  return query<{ id: string; email: string; unit_id: string }>(
    db,
    sql`select u.id, u.email, u.unit_id from users u
        join org_units ou on ou.id = u.unit_id
        join org_units target on target.id = ${drill.unitId}
        where ou.path like target.path || '%'
          and u.status = 'active' and u.email is not null and btrim(u.email) <> ''
          and exists (select 1 from role_assignments ra where ra.user_id = u.id and ra.role_code <> 'student' ${roleFilter})
          and not exists (select 1 from role_assignments ra where ra.user_id = u.id and ra.role_code = 'student')
        order by u.id`,
  );
}

// --- drills ----------------------------------------------------------------------

/** Per-recipient flags (scanner hits excluded), aggregated into Stats by the caller's grouping. */
const statsColumns = sql`
  count(f.id)::int as recipients,
  count(f.id) filter (where f.sent_at is not null)::int as sent,
  count(f.id) filter (where f.send_error is not null)::int as failed,
  count(f.id) filter (where f.opened)::int as opened,
  count(f.id) filter (where f.clicked)::int as clicked,
  count(f.id) filter (where f.submitted)::int as submitted,
  count(f.id) filter (where f.reported)::int as reported,
  count(f.id) filter (where f.scanner_hits > 0)::int as scanner_flagged,
  coalesce(sum(f.scanner_hits), 0)::int as scanner_hits`;

const flagsOf = (where: SQL) => sql`(
  select r.id, r.drill_id, r.unit_id, r.sent_at, r.send_error,
    coalesce(bool_or(e.type = 'opened' and not e.scanner), false) as opened,
    coalesce(bool_or(e.type in ('clicked', 'submitted') and not e.scanner), false) as clicked,
    coalesce(bool_or(e.type = 'submitted' and not e.scanner), false) as submitted,
    coalesce(bool_or(e.type = 'reported' and not e.scanner), false) as reported,
    count(e.id) filter (where e.scanner) as scanner_hits
  from drill_recipients r left join drill_events e on e.recipient_id = r.id
  where ${where}
  group by r.id)`;

type StatsRow = {
  recipients: number;
  sent: number;
  failed: number;
  opened: number;
  clicked: number;
  submitted: number;
  reported: number;
  scanner_flagged: number;
  scanner_hits: number;
};
const toStats = (r: StatsRow | undefined): Stats => ({
  recipients: r?.recipients ?? 0,
  sent: r?.sent ?? 0,
  failed: r?.failed ?? 0,
  opened: r?.opened ?? 0,
  clicked: r?.clicked ?? 0,
  submitted: r?.submitted ?? 0,
  reported: r?.reported ?? 0,
  scannerFlagged: r?.scanner_flagged ?? 0,
  scannerHits: r?.scanner_hits ?? 0,
});

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

type DrillRow = StatsRow & {
  id: string;
  unit_id: string;
  unit_name: string;
  name: string;
  template_code: string;
  role_codes: string[];
  landing: 'explain' | 'form';
  status: string;
  scheduled_at: unknown;
  launched_at: unknown;
  completed_at: unknown;
  created_at: unknown;
};

async function selectDrills(db: DbOrTx, where: SQL): Promise<DrillSummary[]> {
  const rows = await query<DrillRow>(
    db,
    sql`select d.id, d.unit_id, ou.name as unit_name, d.name, d.template_code, d.role_codes, d.landing, d.status,
          d.scheduled_at, d.launched_at, d.completed_at, d.created_at, s.*
        from drills d join org_units ou on ou.id = d.unit_id
        left join lateral (select ${statsColumns} from ${flagsOf(sql`r.drill_id = d.id`)} f) s on true
        where ${where}
        order by d.created_at desc`,
  );
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    name: r.name,
    templateCode: r.template_code,
    roleCodes: r.role_codes,
    landing: r.landing,
    status: r.status,
    scheduledAt: iso(r.scheduled_at),
    launchedAt: iso(r.launched_at),
    completedAt: iso(r.completed_at),
    createdAt: iso(r.created_at)!,
    stats: toStats(r),
  }));
}

export async function listDrills(ctx: DrillContext, unitId: string | undefined) {
  const byUnit = unitId
    ? sql`and ou.path like (select path from org_units where id = ${unitId}) || '%'`
    : sql``;
  return { items: await selectDrills(ctx.db, sql`${unitInScope(ctx.scope, sql`d.unit_id`)} ${byUnit}`) };
}

export async function getDrill(ctx: DrillContext, id: string) {
  const [drill] = await selectDrills(ctx.db, sql`d.id = ${id}`);
  if (!drill) throw notFound();
  const template = templateByCode(drill.templateCode);
  const eligible =
    drill.status === 'draft' ? (await drillTargets(ctx.db, drill)).length : drill.stats.recipients;
  const byUnit = await query<StatsRow & { unit_id: string; unit_name: string }>(
    ctx.db,
    sql`select f.unit_id, ou.name as unit_name, ${statsColumns}
        from ${flagsOf(sql`r.drill_id = ${id}`)} f join org_units ou on ou.id = f.unit_id
        group by f.unit_id, ou.name order by ou.name`,
  );
  return {
    ...drill,
    eligible,
    subject: template?.subject ?? '',
    senderName: template?.senderName ?? '',
    byUnit: byUnit.map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, ...toStats(r) })),
  };
}

async function findDrill(db: DbOrTx, id: string) {
  const [row] = await db.select().from(drills).where(sql`${drills.id} = ${id}`);
  if (!row) throw notFound();
  return row;
}

export async function createDrill(ctx: DrillContext, body: CreateDrillBody) {
  checkTemplate(body.templateCode);
  const roleCodes = checkRoles(body.roleCodes);
  const id = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(drills)
      .values({
        unitId: body.unitId,
        name: body.name.normalize('NFC').trim(),
        templateCode: body.templateCode,
        roleCodes,
        landing: body.landing ?? 'explain',
        createdBy: ctx.actor.userId,
      })
      .returning({ id: drills.id });
    await audit(
      tx,
      ctx,
      'drill.create',
      { id: row!.id, unitId: body.unitId },
      {
        templateCode: body.templateCode,
        roleCodes,
      },
    );
    return row!.id;
  });
  return getDrill(ctx, id);
}

export async function updateDrill(ctx: DrillContext, id: string, body: UpdateDrillBody) {
  if (body.templateCode !== undefined) checkTemplate(body.templateCode);
  const roleCodes = body.roleCodes === undefined ? undefined : checkRoles(body.roleCodes);
  await ctx.db.transaction(async (tx) => {
    const current = await findDrill(tx, id);
    if (current.status !== 'draft') throw conflict('DRILL_NOT_DRAFT');
    await tx
      .update(drills)
      .set({
        ...(body.name === undefined ? {} : { name: body.name.normalize('NFC').trim() }),
        ...(body.templateCode === undefined ? {} : { templateCode: body.templateCode }),
        ...(roleCodes === undefined ? {} : { roleCodes }),
        ...(body.landing === undefined ? {} : { landing: body.landing }),
        updatedAt: new Date(),
      })
      .where(sql`${drills.id} = ${id}`);
    await audit(tx, ctx, 'drill.update', { id, unitId: current.unitId }, { fields: Object.keys(body) });
  });
  return getDrill(ctx, id);
}

export async function deleteDrill(ctx: DrillContext, id: string) {
  await ctx.db.transaction(async (tx) => {
    const current = await findDrill(tx, id);
    if (current.status !== 'draft') throw conflict('DRILL_NOT_DRAFT');
    await tx.delete(drills).where(sql`${drills.id} = ${id}`);
    await audit(tx, ctx, 'drill.delete', { id, unitId: current.unitId }, { name: current.name });
  });
}

/**
 * Fixes the recipient list (staff only, security test 19) and queues the
 * durable send job, throttled to settings.smtpRatePerSecond.
 */
export async function launchDrill(ctx: DrillContext, id: string, at: string | undefined, now = new Date()) {
  if (!ctx.settings.smtpUrl) throw conflict('DRILL_MAIL_NOT_CONFIGURED');
  const runAt = at ? new Date(at) : now;
  if (at && runAt.getTime() <= now.getTime())
    throw badRequest('DRILL_SCHEDULE_PAST', [{ field: 'at', code: 'DRILL_SCHEDULE_PAST' }]);
  await ctx.db.transaction(async (tx) => {
    const current = await findDrill(tx, id);
    if (current.status !== 'draft') throw conflict('DRILL_NOT_DRAFT');
    const targets = await drillTargets(tx, current);
    if (targets.length === 0) throw conflict('DRILL_NO_RECIPIENTS');
    for (let i = 0; i < targets.length; i += 1000) {
      await tx
        .insert(drillRecipients)
        .values(
          targets
            .slice(i, i + 1000)
            .map((t) => ({ drillId: id, userId: t.id, unitId: t.unit_id, email: t.email.trim() })),
        );
    }
    await tx
      .update(drills)
      .set({ status: 'scheduled', scheduledAt: runAt, launchedAt: now, updatedAt: now })
      .where(sql`${drills.id} = ${id}`);
    await tx.insert(jobs).values({
      kind: DRILL_SEND_JOB,
      payload: { drillId: id },
      runAt,
      dedupeKey: `drills.send:${id}`,
      createdBy: ctx.actor.userId,
    });
    await audit(
      tx,
      ctx,
      'drill.launch',
      { id, unitId: current.unitId },
      {
        recipients: targets.length,
        at: runAt.toISOString(),
      },
    );
  });
  return getDrill(ctx, id);
}

export async function cancelDrill(ctx: DrillContext, id: string) {
  await ctx.db.transaction(async (tx) => {
    const current = await findDrill(tx, id);
    if (current.status !== 'scheduled' && current.status !== 'sending')
      throw conflict('DRILL_NOT_CANCELLABLE');
    await tx
      .update(drills)
      .set({ status: 'cancelled', updatedAt: new Date() })
      .where(sql`${drills.id} = ${id}`);
    await audit(tx, ctx, 'drill.cancel', { id, unitId: current.unitId });
  });
  return getDrill(ctx, id);
}

export async function listRecipients(ctx: DrillContext, id: string) {
  const rows = await query<{
    id: string;
    user_id: string;
    full_name: string;
    unit_name: string;
    email: string;
    sent_at: unknown;
    send_error: string | null;
    opened: unknown;
    clicked: unknown;
    submitted: unknown;
    reported: unknown;
    scanner_hits: number;
    remedial: boolean;
  }>(
    ctx.db,
    sql`select r.id, r.user_id, u.full_name, ou.name as unit_name, r.email, r.sent_at, r.send_error,
          min(e.at) filter (where e.type = 'opened' and not e.scanner) as opened,
          min(e.at) filter (where e.type = 'clicked' and not e.scanner) as clicked,
          min(e.at) filter (where e.type = 'submitted' and not e.scanner) as submitted,
          min(e.at) filter (where e.type = 'reported' and not e.scanner) as reported,
          count(e.id) filter (where e.scanner)::int as scanner_hits,
          exists (select 1 from drill_remedials m where m.recipient_id = r.id) as remedial
        from drill_recipients r join users u on u.id = r.user_id join org_units ou on ou.id = r.unit_id
        left join drill_events e on e.recipient_id = r.id
        where r.drill_id = ${id}
        group by r.id, u.full_name, ou.name
        order by ou.name, u.full_name`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      fullName: r.full_name,
      unitName: r.unit_name,
      email: r.email,
      sentAt: iso(r.sent_at),
      sendError: r.send_error,
      first: {
        opened: iso(r.opened),
        clicked: iso(r.clicked),
        submitted: iso(r.submitted),
        reported: iso(r.reported),
      },
      scannerHits: r.scanner_hits,
      remedial: r.remedial,
    })),
  };
}

const TIMELINE_LIMIT = 1000;

export async function timeline(ctx: DrillContext, id: string, recipientId: string | undefined) {
  const rows = await query<{
    id: string | number;
    recipient_id: string;
    full_name: string;
    type: 'sent' | 'opened' | 'clicked' | 'submitted' | 'reported';
    at: unknown;
    scanner: boolean;
    scanner_reason: string | null;
    via: string | null;
  }>(
    ctx.db,
    sql`select e.id, e.recipient_id, u.full_name, e.type, e.at, e.scanner, e.scanner_reason, e.via
        from drill_events e join drill_recipients r on r.id = e.recipient_id join users u on u.id = r.user_id
        where e.drill_id = ${id} ${recipientId ? sql`and e.recipient_id = ${recipientId}` : sql``}
        order by e.at desc, e.id desc limit ${TIMELINE_LIMIT + 1}`,
  );
  return {
    truncated: rows.length > TIMELINE_LIMIT,
    items: rows.slice(0, TIMELINE_LIMIT).map((r) => ({
      id: Number(r.id),
      recipientId: r.recipient_id,
      fullName: r.full_name,
      type: r.type,
      at: iso(r.at)!,
      scanner: r.scanner,
      scannerReason: r.scanner_reason,
      via: r.via,
    })),
  };
}

/** Results per unit (root + children, rolled up), for the officer's and the transparency pages. */
export async function results(ctx: DrillContext, unitId: string) {
  const rows = await drillRollup(ctx.db, ctx.scope, unitId);
  if (rows.length === 0) return { items: [] };
  const names = await query<{ id: string; name: string; has_children: boolean }>(
    ctx.db,
    sql`select ou.id, ou.name, exists (select 1 from org_units c where c.parent_id = ou.id and c.status = 'active') as has_children
        from org_units ou where ou.id = any(${`{${rows.map((r) => r.unitId).join(',')}}`}::uuid[])`,
  );
  const byId = new Map(names.map((n) => [n.id, n]));
  const [root, ...children] = rows;
  children.sort((a, b) =>
    (byId.get(a.unitId)?.name ?? '').localeCompare(byId.get(b.unitId)?.name ?? '', 'vi'),
  );
  return {
    items: [root!, ...children].map((r) => ({
      ...r,
      unitName: byId.get(r.unitId)?.name ?? '',
      hasChildren: byId.get(r.unitId)?.has_children ?? false,
    })),
  };
}

// --- reporting a suspicious email -------------------------------------------------------

/** Lower case, one space, no "Fwd:/Re:" prefixes: how a pasted subject is compared. */
export function normaliseSubject(subject: string): string {
  return subject
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^((fwd?|fw|tl|re|trả lời|chuyển tiếp)\s*:\s*)+/i, '')
    .trim();
}

export function subjectMatches(reported: string, drillSubject: string): boolean {
  const a = normaliseSubject(reported);
  const b = normaliseSubject(drillSubject);
  if (a === b) return true;
  return a.length >= 12 && (b.includes(a) || a.includes(b));
}

/**
 * "Báo cáo thư đáng ngờ": kept for the security officer; when the email was
 * a drill sent to this user, the drill records 'reported' (in their favour).
 */
export async function reportSuspicious(
  db: Db,
  actor: Actor,
  meta: { ip: string; requestId: string },
  body: { subject: string; sender?: string | undefined },
) {
  const candidates = await query<{
    id: string;
    drill_id: string;
    user_id: string;
    template_code: string;
    sent_at: unknown;
    token_hash: string;
  }>(
    db,
    sql`select r.id, r.drill_id, r.user_id, d.template_code, r.sent_at, r.token_hash
        from drill_recipients r join drills d on d.id = r.drill_id
        where r.user_id = ${actor.userId} and r.sent_at is not null and d.status <> 'draft'
        order by r.sent_at desc`,
  );
  const match = candidates.find((c) =>
    subjectMatches(body.subject, templateByCode(c.template_code)?.subject ?? ''),
  );
  await db.transaction(async (tx) => {
    await tx.insert(drillReports).values({
      userId: actor.userId,
      unitId: actor.unitId,
      subject: body.subject.normalize('NFC').trim(),
      sender: body.sender?.normalize('NFC').trim() || null,
      recipientId: match?.id ?? null,
    });
    await appendAudit(tx, {
      action: 'drill.report',
      actorId: actor.userId,
      actorName: actor.username,
      objectType: match ? 'drill' : 'suspicious_email',
      objectId: match?.drill_id ?? null,
      unitId: actor.unitId,
      ip: meta.ip,
      requestId: meta.requestId,
      details: { drill: Boolean(match) },
    });
  });
  if (match) {
    await recordHit(
      db,
      {
        id: match.id,
        drillId: match.drill_id,
        userId: match.user_id,
        tokenHash: match.token_hash,
        sentAt: new Date(match.sent_at as string),
        templateCode: match.template_code,
        landing: 'explain',
      },
      { type: 'reported', via: 'in_app', method: 'POST', ip: meta.ip },
    );
  }
  return { drill: Boolean(match) };
}

export async function listReports(ctx: DrillContext) {
  const rows = await query<{
    id: string;
    full_name: string;
    unit_name: string;
    subject: string;
    sender: string | null;
    recipient_id: string | null;
    created_at: unknown;
  }>(
    ctx.db,
    sql`select p.id, u.full_name, ou.name as unit_name, p.subject, p.sender, p.recipient_id, p.created_at
        from drill_reports p join users u on u.id = p.user_id join org_units ou on ou.id = p.unit_id
        where ${unitInScope(ctx.scope, sql`p.unit_id`)}
        order by p.created_at desc limit 200`,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      fullName: r.full_name,
      unitName: r.unit_name,
      subject: r.subject,
      sender: r.sender,
      drill: r.recipient_id !== null,
      createdAt: iso(r.created_at)!,
    })),
  };
}

/** The drill kind for the access gate: a drill belongs to the unit it targets. */
export async function unsafeDrillUnit(db: Db, id: string) {
  const [row] = await query<{ id: string; path: string }>(
    db,
    sql`select ou.id, ou.path from drills d join org_units ou on ou.id = d.unit_id where d.id = ${id}`,
  );
  return row ?? null;
}
