import { sql } from 'drizzle-orm';
import type { Settings } from '../../config/settings';
import { type Db, query } from '../../db/client';
import type { Mailer, OutgoingMail } from '../mail/mailer';
import { sendZaloText } from './zalo';

interface DeliveryRow extends Record<string, unknown> {
  id: string;
  channel: 'in_app' | 'email' | 'zalo';
  status: 'queued' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  title_vi: string;
  title_en: string;
  body_vi: string;
  body_en: string;
  link: string | null;
  email: string | null;
  locale: string;
  full_name: string;
  user_status: string;
  zalo_user_id: string | null;
}

export interface DeliveryDeps {
  db: Db;
  settings: Pick<
    Settings,
    'publicUrl' | 'zaloOaEnabled' | 'zaloOaApiUrl' | 'zaloOaAccessToken' | 'smtpRatePerSecond'
  >;
  mailer: Mailer;
  fetchImpl?: typeof fetch;
  /** Spaces sends to SMTP_RATE_PER_SECOND; replaced in tests. */
  throttle?: () => Promise<void>;
}

export type DeliveryOutcome = { status: 'sent' | 'skipped'; detail?: string } | { status: 'already' };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The email of one notice in the recipient's language: plain text plus a minimal HTML part. */
export function composeEmail(
  row: Pick<DeliveryRow, 'title_vi' | 'title_en' | 'body_vi' | 'body_en' | 'link' | 'locale' | 'full_name'>,
  to: string,
  publicUrl: string,
): OutgoingMail {
  const en = row.locale === 'en';
  const title = en ? row.title_en : row.title_vi;
  const body = en ? row.body_en : row.body_vi;
  const url = row.link ? `${publicUrl}${row.link}` : null;
  const greeting = en ? `Dear ${row.full_name},` : `Kính gửi ${row.full_name},`;
  const open = en ? 'Open in EduShield' : 'Xem trên EduShield';
  const footer = en
    ? 'EduShield — Department of Education and Training. This message was sent automatically; please do not reply.'
    : 'EduShield — Sở Giáo dục và Đào tạo. Thư gửi tự động, vui lòng không trả lời.';
  const text = [greeting, '', body, ...(url ? ['', `${open}: ${url}`] : []), '', '—', footer].join('\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(body).replace(/\n/g, '<br>')}</p>`,
    url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(open)}</a></p>` : '',
    `<hr><p><small>${escapeHtml(footer)}</small></p>`,
  ].join('');
  return { to, subject: title, text, html };
}

/** Plain text of one notice for Zalo (no HTML there). */
export function composeZalo(
  row: Pick<DeliveryRow, 'title_vi' | 'title_en' | 'body_vi' | 'body_en' | 'link' | 'locale'>,
  publicUrl: string,
): string {
  const en = row.locale === 'en';
  const parts = [en ? row.title_en : row.title_vi, '', en ? row.body_en : row.body_vi];
  if (row.link) parts.push('', `${publicUrl}${row.link}`);
  return parts.join('\n');
}

/** Leaves at least 1/rate seconds between two sends of this process. */
export function createThrottle(ratePerSecond: number): () => Promise<void> {
  const gap = 1000 / Math.max(1, ratePerSecond);
  let next = 0;
  return async () => {
    const now = Date.now();
    const at = Math.max(now, next);
    next = at + gap;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  };
}

async function finish(
  db: Db,
  id: string,
  status: 'sent' | 'skipped',
  detail: { error?: string; providerId?: string },
): Promise<void> {
  await db.execute(sql`update notification_deliveries set status = ${status}, attempts = attempts + ${status === 'sent' ? 1 : 0},
    last_error = ${detail.error ?? null}, provider_message_id = ${detail.providerId ?? null},
    sent_at = ${status === 'sent' ? sql`now()` : null}, updated_at = now() where id = ${id}`);
}

/**
 * Works off one delivery. Sent or skipped deliveries are never sent again
 * (a retried job finds them done). A failed send records the error and the
 * attempt, then throws so the job runner retries it with back-off; on the
 * last attempt the delivery is marked 'failed'.
 */
export async function deliver(
  deps: DeliveryDeps,
  deliveryId: string,
  job: { attempts: number; maxAttempts: number },
): Promise<DeliveryOutcome> {
  const rows = await query<DeliveryRow>(
    deps.db,
    sql`select d.id, d.channel, d.status, d.attempts, n.title_vi, n.title_en, n.body_vi, n.body_en, n.link,
               u.email, u.locale, u.full_name, u.status as user_status, z.zalo_user_id
        from notification_deliveries d
        join notifications n on n.id = d.notification_id
        join users u on u.id = n.recipient_id
        left join zalo_links z on z.user_id = u.id
        where d.id = ${deliveryId}`,
  );
  const row = rows[0];
  if (!row || row.status === 'sent' || row.status === 'skipped') return { status: 'already' };
  const skip = async (reason: string) => {
    await finish(deps.db, row.id, 'skipped', { error: reason });
    return { status: 'skipped', detail: reason } as const;
  };
  if (row.user_status !== 'active') return skip('account_disabled');

  try {
    if (row.channel === 'email') {
      if (!deps.mailer.enabled) return await skip('smtp_not_configured');
      const to = row.email?.trim();
      if (!to) return await skip('no_email');
      await deps.throttle?.();
      const { messageId } = await deps.mailer.send(composeEmail(row, to, deps.settings.publicUrl));
      await finish(deps.db, row.id, 'sent', { providerId: messageId });
      return { status: 'sent' };
    }
    if (row.channel === 'zalo') {
      if (!deps.settings.zaloOaEnabled) return await skip('zalo_disabled');
      if (!row.zalo_user_id) return await skip('no_zalo_link');
      const { messageId } = await sendZaloText(
        deps.settings,
        row.zalo_user_id,
        composeZalo(row, deps.settings.publicUrl),
        deps.fetchImpl,
      );
      await finish(deps.db, row.id, 'sent', { providerId: messageId });
      return { status: 'sent' };
    }
    return await skip('in_app_only');
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const final = job.attempts >= job.maxAttempts;
    await deps.db.execute(sql`update notification_deliveries set attempts = attempts + 1, last_error = ${message},
      status = ${final ? 'failed' : 'queued'}, updated_at = now() where id = ${row.id}`);
    throw error;
  }
}
