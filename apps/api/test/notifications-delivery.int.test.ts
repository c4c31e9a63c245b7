import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Settings } from '../src/config/settings';
import { query } from '../src/db/client';
import { runOneJob } from '../src/modules/jobs/jobs.runner';
import { createMailer, type Mailer } from '../src/modules/mail/mailer';
import { notifyJobs } from '../src/modules/notifications/notifications.jobs';
import { zaloLinks } from '../src/modules/notifications/notifications.table';
import { notify } from '../src/modules/notifications/notify';
import { users } from '../src/modules/users/users.table';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  seedUnit,
  seedUser,
  type TestContext,
} from './helpers';
import { startTestSmtp, type TestSmtp } from './smtp';

interface FakeZalo {
  url: string;
  requests: { method: string; url: string; headers: IncomingHttpHeaders; body: unknown }[];
  /** Answers to give, in order; the last one repeats. */
  answers: { status: number; body: unknown }[];
  close(): Promise<void>;
}

/** A stand-in for openapi.zalo.me on loopback: records requests, answers as told. */
async function startFakeZalo(): Promise<FakeZalo> {
  const fake: FakeZalo = { url: '', requests: [], answers: [], close: async () => {} };
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      fake.requests.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(raw || 'null'),
      });
      const answer = fake.answers.length > 1 ? fake.answers.shift()! : fake.answers[0]!;
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}/v3.0/oa/message/cs`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}

const OK = {
  status: 200,
  body: { error: 0, message: 'Success', data: { message_id: 'zmsg-1', user_id: '1234567890' } },
};

describeEachDb('notification deliveries: email and Zalo OA', (kind) => {
  let ctx: TestContext;
  let smtp: TestSmtp;
  let zalo: FakeZalo;
  let unit: SeededUnit;
  let mailer: Mailer;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    smtp = await startTestSmtp();
    zalo = await startFakeZalo();
    unit = await seedUnit(ctx.db, { typeCode: 'school', name: 'Trường Tiểu học Thái Bình' });
    mailer = createMailer({
      smtpUrl: smtp.url,
      mailFrom: 'EduShield <no-reply@so-gddt.edu.vn>',
      smtpRatePerSecond: 100,
    });
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
    await zalo.close();
    await ctx.close();
  });

  async function person(opts: { email?: string | null; locale?: 'vi' | 'en'; zaloUserId?: string } = {}) {
    const u = await seedUser(ctx, { unit, roles: [{ roleCode: 'school_data_clerk' }] });
    await ctx.db.execute(
      sql`update users set email = ${opts.email ?? null}, locale = ${opts.locale ?? 'vi'}, full_name = ${'Nguyễn Thị Hương'} where id = ${u.id}`,
    );
    if (opts.zaloUserId) await ctx.db.insert(zaloLinks).values({ userId: u.id, zaloUserId: opts.zaloUserId });
    return u;
  }

  /** Runs queued delivery jobs until none is due (failed ones come back later: the runner's back-off). */
  async function drain(settings: Partial<Settings> = {}, withMailer: Mailer = mailer) {
    const { definitions } = notifyJobs({
      db: ctx.db,
      keys: ctx.keys,
      settings: { ...ctx.settings, ...settings },
      mailer: withMailer,
      sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
    });
    const registry = new Map(
      definitions.filter((d) => d.kind === 'notifications.deliver').map((d) => [d.kind, d]),
    );
    while (await runOneJob(ctx.db, registry)) {
      // keep going
    }
  }

  async function deliveriesOf(notificationId: string) {
    return query<{
      channel: string;
      status: string;
      attempts: number;
      last_error: string | null;
      provider_message_id: string | null;
    }>(
      ctx.db,
      sql`select channel, status, attempts, last_error, provider_message_id from notification_deliveries
          where notification_id = ${notificationId} order by channel`,
    );
  }

  const text = {
    title: {
      vi: 'Nhắc hạn: còn 3 ngày để chốt số liệu kỳ «Đầu năm học 2026–2027»',
      en: 'Reminder: 3 days left to submit “Start of year 2026–2027”',
    },
    body: {
      vi: 'Trường Tiểu học Thái Bình chưa chốt số liệu. Hạn nộp: 17:00 01/12/2026. Đề nghị đồng chí hiệu trưởng đôn đốc.',
      en: 'Thai Binh Primary School has not submitted. Deadline: 17:00 01/12/2026.',
    },
  };

  it('an email reaches the SMTP server with its Vietnamese subject and body intact, once', async () => {
    const u = await person({ email: 'huong.nt@thaibinh.edu.vn' });
    const before = smtp.messages.length;
    const input = {
      userIds: [u.id],
      kind: 'test.reminder',
      ...text,
      link: '/reporting',
      dedupeKey: `t:${u.id}`,
    } as const;
    const first = await ctx.db.transaction((tx) => notify(tx, input));
    const again = await ctx.db.transaction((tx) => notify(tx, input));
    expect(first.created).toBe(1);
    expect(again.created).toBe(0);
    await drain();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.subject).toBe(text.title.vi);
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toBe('huong.nt@thaibinh.edu.vn');
    expect(mail!.from?.text).toContain('no-reply@so-gddt.edu.vn');
    expect(mail!.text).toContain('Kính gửi Nguyễn Thị Hương,');
    expect(mail!.text).toContain(text.body.vi);
    expect(mail!.text).toContain(`${ctx.settings.publicUrl}/reporting`);
    expect(mail!.html).toContain('Đề nghị đồng chí hiệu trưởng đôn đốc.');
    const [d] = await deliveriesOf(first.notificationIds[0]!);
    expect(d).toMatchObject({ channel: 'email', status: 'sent', attempts: 1, last_error: null });
    expect(d!.provider_message_id).toBeTruthy();
    await drain();
    expect(smtp.messages.length).toBe(before + 1);
  });

  it('an English-speaking user gets English; no email address or no SMTP means skipped, recorded', async () => {
    const en = await person({ email: 'teacher@example.edu.vn', locale: 'en' });
    const noEmail = await person({ email: null });
    const before = smtp.messages.length;
    const r = await notify(ctx.db, {
      userIds: [en.id, noEmail.id],
      kind: 'test.en',
      ...text,
      dedupeKey: 'en-test',
    });
    await drain();
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail!.subject).toBe(text.title.en);
    expect(mail!.text).toContain('Dear Nguyễn Thị Hương,');
    const statuses = await query<{ recipient_id: string; status: string; last_error: string | null }>(
      ctx.db,
      sql`select n.recipient_id, d.status, d.last_error from notification_deliveries d join notifications n on n.id = d.notification_id
          where n.id = any(${`{${r.notificationIds.join(',')}}`}::uuid[])`,
    );
    expect(statuses.find((s) => s.recipient_id === noEmail.id)).toMatchObject({
      status: 'skipped',
      last_error: 'no_email',
    });
    expect(statuses.find((s) => s.recipient_id === en.id)).toMatchObject({ status: 'sent' });

    const off = createMailer({ smtpUrl: null, mailFrom: 'x@example.invalid', smtpRatePerSecond: 10 });
    const u = await person({ email: 'a@example.edu.vn' });
    const r2 = await notify(ctx.db, { userIds: [u.id], kind: 'test.off', ...text, dedupeKey: 'off-test' });
    await drain({}, off);
    expect(await deliveriesOf(r2.notificationIds[0]!)).toMatchObject([
      { status: 'skipped', last_error: 'smtp_not_configured' },
    ]);
  });

  it('Zalo flag off: nothing is sent to Zalo and the delivery is skipped', async () => {
    const u = await person({ zaloUserId: '1234567890123' });
    zalo.answers = [OK];
    const sentBefore = zalo.requests.length;
    const r = await notify(ctx.db, {
      userIds: [u.id],
      kind: 'test.zalo',
      ...text,
      channels: ['in_app', 'zalo'],
      dedupeKey: 'zalo-off',
    });
    await drain({ zaloOaEnabled: false, zaloOaApiUrl: zalo.url, zaloOaAccessToken: 'oa-token-test' });
    expect(zalo.requests.length).toBe(sentBefore);
    expect(await deliveriesOf(r.notificationIds[0]!)).toMatchObject([
      { channel: 'zalo', status: 'skipped', last_error: 'zalo_disabled' },
    ]);
  });

  it('Zalo flag on: one OA message with the token header and the v3 "message/cs" body', async () => {
    const u = await person({ zaloUserId: '8765432109876' });
    const unlinked = await person({});
    zalo.answers = [OK];
    const sentBefore = zalo.requests.length;
    const r = await notify(ctx.db, {
      userIds: [u.id, unlinked.id],
      kind: 'test.zalo',
      ...text,
      link: '/reporting',
      channels: ['in_app', 'zalo'],
      dedupeKey: 'zalo-on',
    });
    const zaloOn = { zaloOaEnabled: true, zaloOaApiUrl: zalo.url, zaloOaAccessToken: 'oa-token-test' };
    await drain(zaloOn);
    await drain(zaloOn);
    const sent = zalo.requests.slice(sentBefore);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('POST');
    expect(sent[0]!.url).toBe('/v3.0/oa/message/cs');
    expect(sent[0]!.headers.access_token).toBe('oa-token-test');
    expect(sent[0]!.headers['content-type']).toContain('application/json');
    expect(sent[0]!.body).toEqual({
      recipient: { user_id: '8765432109876' },
      message: { text: `${text.title.vi}\n\n${text.body.vi}\n\n${ctx.settings.publicUrl}/reporting` },
    });
    const rows = await query<{
      recipient_id: string;
      status: string;
      last_error: string | null;
      provider_message_id: string | null;
    }>(
      ctx.db,
      sql`select n.recipient_id, d.status, d.last_error, d.provider_message_id from notification_deliveries d
          join notifications n on n.id = d.notification_id where n.id = any(${`{${r.notificationIds.join(',')}}`}::uuid[])`,
    );
    expect(rows.find((x) => x.recipient_id === u.id)).toMatchObject({
      status: 'sent',
      provider_message_id: 'zmsg-1',
    });
    expect(rows.find((x) => x.recipient_id === unlinked.id)).toMatchObject({
      status: 'skipped',
      last_error: 'no_zalo_link',
    });
  });

  it('Zalo endpoint errors are recorded and retried by the job runner until sent, or marked failed', async () => {
    const u = await person({ zaloUserId: '5555566666777' });
    zalo.answers = [
      { status: 500, body: { message: 'internal' } },
      { status: 200, body: { error: -216, message: 'Access token is invalid' } },
      OK,
    ];
    const sentBefore = zalo.requests.length;
    const r = await notify(ctx.db, {
      userIds: [u.id],
      kind: 'test.zalo',
      ...text,
      channels: ['zalo'],
      dedupeKey: 'zalo-retry',
    });
    const id = r.notificationIds[0]!;
    const zaloOn = { zaloOaEnabled: true, zaloOaApiUrl: zalo.url, zaloOaAccessToken: 'oa-token-test' };
    // The job is due only after its back-off: the test moves it to "now" instead of waiting.
    const due = () =>
      ctx.db.execute(
        sql`update jobs set run_at = now() where kind = 'notifications.deliver' and status = 'queued'`,
      );

    await drain(zaloOn);
    expect(await deliveriesOf(id)).toMatchObject([
      { status: 'queued', attempts: 1, last_error: expect.stringContaining('HTTP 500') },
    ]);
    const [job] = await query<{ status: string; run_at: string | Date }>(
      ctx.db,
      sql`select status, run_at from jobs where kind = 'notifications.deliver' and payload->>'deliveryId' =
            (select d.id::text from notification_deliveries d where d.notification_id = ${id})`,
    );
    expect(job!.status).toBe('queued');
    expect(new Date(job!.run_at).getTime()).toBeGreaterThan(Date.now());

    await due();
    await drain(zaloOn);
    expect(await deliveriesOf(id)).toMatchObject([
      { status: 'queued', attempts: 2, last_error: expect.stringContaining('-216') },
    ]);
    await due();
    await drain(zaloOn);
    expect(await deliveriesOf(id)).toMatchObject([
      { status: 'sent', attempts: 3, provider_message_id: 'zmsg-1' },
    ]);
    expect(zalo.requests.length - sentBefore).toBe(3);

    // A send that keeps failing ends as 'failed' at the job's last attempt.
    zalo.answers = [{ status: 503, body: {} }];
    const v = await person({ zaloUserId: '9999988888777' });
    const r2 = await notify(ctx.db, {
      userIds: [v.id],
      kind: 'test.zalo',
      ...text,
      channels: ['zalo'],
      dedupeKey: 'zalo-fail',
    });
    await ctx.db.execute(
      sql`update jobs set max_attempts = 2 where kind = 'notifications.deliver' and status = 'queued'`,
    );
    await drain(zaloOn);
    await due();
    await drain(zaloOn);
    expect(await deliveriesOf(r2.notificationIds[0]!)).toMatchObject([
      { status: 'failed', attempts: 2, last_error: expect.stringContaining('HTTP 503') },
    ]);
    zalo.answers = [OK];
  });

  it('one call notifies a whole province: 3,000 recipients, one delivery and one job per channel each', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: crypto.randomUUID(),
      username: `bulk_${i}_${crypto.randomUUID().slice(0, 6)}`,
      fullName: `Giáo viên ${i}`,
      unitId: unit.id,
    }));
    for (let i = 0; i < many.length; i += 500) await ctx.db.insert(users).values(many.slice(i, i + 500));
    const r = await notify(ctx.db, {
      userIds: many.map((u) => u.id),
      kind: 'bulletins.scam_alert',
      ...text,
      channels: ['in_app', 'email', 'zalo'],
      dedupeKey: 'bulk',
    });
    expect(r.created).toBe(3000);
    const [counts] = await query<{ deliveries: number; jobs: number }>(
      ctx.db,
      sql`select (select count(*)::int from notification_deliveries d join notifications n on n.id = d.notification_id
                   where n.dedupe_key = 'bulk') as deliveries,
                 (select count(*)::int from jobs j join notification_deliveries d on j.payload->>'deliveryId' = d.id::text
                   join notifications n on n.id = d.notification_id where n.dedupe_key = 'bulk') as jobs`,
    );
    expect(counts).toEqual({ deliveries: 6000, jobs: 6000 });
    expect(
      (await notify(ctx.db, { userIds: many.map((u) => u.id), kind: 'x', ...text, dedupeKey: 'bulk' }))
        .created,
    ).toBe(0);
    await ctx.db.execute(sql`delete from jobs where kind = 'notifications.deliver' and status = 'queued'`);
  });

  it('disabled accounts receive nothing; rolled-back callers send nothing', async () => {
    const u = await person({ email: 'gone@example.edu.vn' });
    await ctx.db.update(users).set({ status: 'disabled' }).where(sql`id = ${u.id}`);
    expect(
      (await notify(ctx.db, { userIds: [u.id], kind: 'test.x', ...text, dedupeKey: 'disabled' })).created,
    ).toBe(0);

    const w = await person({ email: 'rollback@example.edu.vn' });
    await expect(
      ctx.db.transaction(async (tx) => {
        await notify(tx, { userIds: [w.id], kind: 'test.x', ...text, dedupeKey: 'rolled-back' });
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    const [n] = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from notifications where recipient_id = ${w.id}`,
    );
    expect(n!.n).toBe(0);
  });
});
