import { sql } from 'drizzle-orm';
import { type Db, query } from '../../db/client';
import type { Mailer } from '../mail/mailer';
import { compileTemplate, templateByCode } from './drills.templates';
import { type Clock, createThrottle, systemClock } from './drills.throttle';
import { hashDrillToken, newDrillToken } from './drills.tokens';

export interface SendDeps {
  db: Db;
  mailer: Mailer;
  /** Where links point: settings.publicUrl. */
  publicUrl: string;
  /** Messages per second handed to SMTP; 0 = unthrottled (the benchmark). */
  ratePerSecond: number;
  clock?: Clock;
}

export interface SendResult {
  sent: number;
  failed: number;
  /** Recipients still waiting (the time box ran out). */
  remaining: number;
}

const CHUNK = 200;

/** The display name of a template's sender, on the configured address (SPF/DKIM stay aligned). */
export function senderAddress(mailFrom: string, senderName: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom.trim();
  return `"${senderName.replace(/["\\\r\n]/g, '')}" <${address}>`;
}

export const drillLinks = (publicUrl: string, token: string) => ({
  link: `${publicUrl}/api/public/drills/t/${token}`,
  pixel: `${publicUrl}/api/public/drills/o/${token}`,
  report: `${publicUrl}/api/public/drills/r/${token}`,
});

/**
 * Sends a drill's pending emails in chunks, paced by the throttle, until
 * none are left or `maxMs` has passed. Each recipient gets a fresh token;
 * its hash and the send time are written after SMTP accepted the message
 * (one statement per chunk), with a 'sent' event. A message SMTP refuses is
 * marked with the error and not retried.
 */
export async function sendPendingDrillMail(
  deps: SendDeps,
  drillId: string,
  options: { maxMs?: number } = {},
): Promise<SendResult> {
  const clock = deps.clock ?? systemClock;
  const started = clock.now();
  const maxMs = options.maxMs ?? 240_000;
  const [drill] = await query<{ template_code: string; status: string }>(
    deps.db,
    sql`select template_code, status from drills where id = ${drillId}`,
  );
  if (!drill || drill.status === 'cancelled' || drill.status === 'draft')
    return { sent: 0, failed: 0, remaining: 0 };
  const template = templateByCode(drill.template_code);
  if (!template) throw new Error(`unknown drill template ${drill.template_code}`);
  const compiled = compileTemplate(template);
  const from = senderAddress(deps.mailer.from, template.senderName);
  const throttle = createThrottle(deps.ratePerSecond, clock);
  let sent = 0;
  let failed = 0;
  for (;;) {
    // A cancelled drill stops at the next chunk.
    const [current] = await query<{ status: string }>(
      deps.db,
      sql`select status from drills where id = ${drillId}`,
    );
    if (current?.status === 'cancelled') return { sent, failed, remaining: 0 };
    const batch = await query<{ id: string; email: string; full_name: string; unit_name: string }>(
      deps.db,
      sql`select r.id, r.email, u.full_name, ou.name as unit_name
          from drill_recipients r join users u on u.id = r.user_id join org_units ou on ou.id = r.unit_id
          where r.drill_id = ${drillId} and r.sent_at is null and r.send_error is null
          order by r.id limit ${CHUNK}`,
    );
    if (batch.length === 0) break;
    const done: { id: string; h: string; t: string }[] = [];
    const errors: { id: string; e: string }[] = [];
    const pending: Promise<void>[] = [];
    for (const r of batch) {
      const token = newDrillToken();
      const links = drillLinks(deps.publicUrl, token);
      const body = compiled.render({
        name: r.full_name,
        unit: r.unit_name,
        link: links.link,
        pixelUrl: links.pixel,
      });
      await throttle.take();
      // Not a literal: OutgoingMail has no `from`, the mailer spreads the message over its default.
      const mail = {
        from,
        to: r.email,
        subject: body.subject,
        text: body.text,
        html: body.html,
        headers: { 'X-EduShield-Drill': drillId, 'X-EduShield-Report': links.report },
      };
      pending.push(
        deps.mailer.send(mail).then(
          () => {
            done.push({ id: r.id, h: hashDrillToken(token), t: new Date().toISOString() });
          },
          (error: unknown) => {
            errors.push({
              id: r.id,
              e: (error instanceof Error ? error.message : String(error)).slice(0, 500),
            });
          },
        ),
      );
    }
    await Promise.all(pending);
    await deps.db.transaction(async (tx) => {
      if (done.length > 0) {
        await tx.execute(sql`update drill_recipients r set token_hash = v.h, sent_at = v.t
          from jsonb_to_recordset(${JSON.stringify(done)}::jsonb) as v(id uuid, h text, t timestamptz)
          where r.id = v.id`);
        await tx.execute(sql`insert into drill_events (drill_id, recipient_id, type, at, via)
          select ${drillId}, v.id, 'sent', v.t, 'mail'
          from jsonb_to_recordset(${JSON.stringify(done)}::jsonb) as v(id uuid, t timestamptz)`);
      }
      if (errors.length > 0) {
        await tx.execute(sql`update drill_recipients r set send_error = v.e
          from jsonb_to_recordset(${JSON.stringify(errors)}::jsonb) as v(id uuid, e text)
          where r.id = v.id`);
      }
    });
    sent += done.length;
    failed += errors.length;
    if (clock.now() - started >= maxMs) break;
  }
  const [left] = await query<{ n: number }>(
    deps.db,
    sql`select count(*)::int as n from drill_recipients where drill_id = ${drillId} and sent_at is null and send_error is null`,
  );
  const remaining = left?.n ?? 0;
  if (remaining === 0) {
    await deps.db.execute(sql`update drills set status = 'completed', completed_at = now(), updated_at = now()
      where id = ${drillId} and status in ('scheduled', 'sending')`);
  }
  return { sent, failed, remaining };
}
