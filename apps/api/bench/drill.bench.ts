import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { syncRoles } from '../src/bootstrap';
import { sendPendingDrillMail } from '../src/modules/drills/drills.send';
import { drillRecipients, drills } from '../src/modules/drills/drills.table';
import { templateByCode } from '../src/modules/drills/drills.templates';
import { createMailer } from '../src/modules/mail/mailer';
import { orgUnits, orgUnitVersions } from '../src/modules/org/org.table';
import { roleAssignments, users } from '../src/modules/users/users.table';
import { benchDatabase } from './bench-db';

/**
 * `npm run bench -- drill`: renders and hands BENCH_MESSAGES (default 10,000)
 * personalised drill emails to a local SMTP server through the real send path
 * (sendPendingDrillMail: recipients read in chunks from the database, a fresh
 * token each, template rendered, throttle OFF — rate 0 — nodemailer pool, then
 * token hashes, send times and 'sent' events written per chunk). Baseline, in
 * the same run: the same number of one fixed message through the same mailer
 * (createMailer, same pool), in the same chunks of 200. The SMTP server
 * (smtp-server, loopback, data discarded) runs in a child process so it does
 * not share the event loop being measured.
 */
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 10_000);
const CHUNK = 200;

/** smtp-server on 127.0.0.1 in a child process; resolves with its port and a message counter. */
async function startSmtpChild(): Promise<{
  url: string;
  child: ChildProcess;
  received: () => Promise<number>;
}> {
  const require = createRequire(import.meta.url);
  const smtpServer = require.resolve('smtp-server');
  const code = `
    const { SMTPServer } = require(${JSON.stringify(smtpServer)});
    let received = 0;
    const server = new SMTPServer({ authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
      onData(stream, _s, cb) { stream.on('data', () => {}); stream.on('end', () => { received++; cb(); }); } });
    server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
    process.on('message', (m) => { if (m === 'count') process.send({ received }); });
  `;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m: { port: number }) => resolve(m.port)),
  );
  return {
    url: `smtp://127.0.0.1:${port}`,
    child,
    received: () =>
      new Promise((resolve) => {
        child.once('message', (m: { received: number }) => resolve(m.received));
        child.send('count');
      }),
  };
}

/** Peak resident set size while `fn` runs, sampled every 50 ms. */
async function measured<T>(fn: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { result, ms, peakRssMb: Math.round(peak / 1_048_576) };
}

export async function runDrillBench() {
  const { database, drop } = await benchDatabase('drill');
  const smtp = await startSmtpChild();
  const mailer = createMailer({
    smtpUrl: smtp.url,
    mailFrom: 'EduShield <no-reply@sogd.invalid>',
    smtpRatePerSecond: 1,
  });
  try {
    await database.migrate();
    await syncRoles(database.db);
    const db = database.db;
    const unitId = crypto.randomUUID();
    await db.insert(orgUnits).values({
      id: unitId,
      code: 'BENCH-THCS',
      typeCode: 'school',
      name: 'Trường THCS Thái Bình',
      path: `/${unitId}/`,
      validFrom: '2025-07-01',
    });
    await db.insert(orgUnitVersions).values({
      unitId,
      code: 'BENCH-THCS',
      typeCode: 'school',
      name: 'Trường THCS Thái Bình',
      status: 'active',
      validFrom: '2025-07-01',
      change: 'created',
    });
    const makeDrill = async () => {
      const [drill] = await db
        .insert(drills)
        .values({
          unitId,
          name: 'Bench',
          templateCode: 'so-gddt-ky-van-ban',
          roleCodes: [],
          status: 'sending',
        })
        .returning({ id: drills.id });
      return drill!.id;
    };
    const warmId = await makeDrill();
    const drillIds = [await makeDrill(), await makeDrill()];
    const userIds: string[] = [];
    const total = 2 * MESSAGES + 200;
    for (let i = 0; i < total; i += 1000) {
      const batch = Array.from({ length: Math.min(1000, total - i) }, (_, k) => ({
        username: `gv${i + k}`,
        fullName: `Nguyễn Thị Giáo Viên ${i + k}`,
        email: `gv${i + k}@thcs-thaibinh.invalid`,
        unitId,
      }));
      const rows = await db.insert(users).values(batch).returning({ id: users.id });
      await db
        .insert(roleAssignments)
        .values(rows.map((r) => ({ userId: r.id, roleCode: 'teacher', unitId })));
      userIds.push(...rows.map((r) => r.id));
    }
    for (let i = 0; i < userIds.length; i += 1000) {
      await db.insert(drillRecipients).values(
        userIds.slice(i, i + 1000).map((id, k) => ({
          drillId: i + k < 200 ? warmId : drillIds[i + k < 200 + MESSAGES ? 0 : 1]!,
          userId: id,
          unitId,
          email: `gv${i + k}@thcs-thaibinh.invalid`,
        })),
      );
    }
    const deps = { db, mailer, publicUrl: 'https://edushield.sogd.invalid', ratePerSecond: 0 };
    const template = templateByCode('so-gddt-ky-van-ban')!;
    const fixed = {
      to: 'gv0@thcs-thaibinh.invalid',
      subject: template.subject,
      text: template.text,
      html: template.html,
      headers: { 'X-EduShield-Drill': warmId },
    };
    const sendFixed = async (count: number) => {
      for (let i = 0; i < count; i += CHUNK) {
        await Promise.all(Array.from({ length: Math.min(CHUNK, count - i) }, () => mailer.send(fixed)));
      }
    };

    // Warm both paths (connections, JIT), then run each side twice, alternately, and keep the best.
    await sendFixed(200);
    await sendPendingDrillMail(deps, warmId);
    const before = await smtp.received();
    const runs: {
      baseline: Awaited<ReturnType<typeof measured>>;
      drill: Awaited<ReturnType<typeof measured>>;
    }[] = [];
    for (const id of drillIds) {
      const baselineRun = await measured(() => sendFixed(MESSAGES));
      const drillRun = await measured(async () => {
        const result = await sendPendingDrillMail(deps, id, { maxMs: 3_600_000 });
        if (result.sent !== MESSAGES) throw new Error(`drill sent ${result.sent} of ${MESSAGES}`);
        return result;
      });
      runs.push({ baseline: baselineRun, drill: drillRun });
    }
    const after = await smtp.received();
    if (after - before !== 4 * MESSAGES)
      throw new Error(`the SMTP server received ${after - before} of ${4 * MESSAGES}`);
    const best = (side: 'baseline' | 'drill') =>
      runs.map((r) => r[side]).reduce((a, b) => (b.ms < a.ms ? b : a));
    const baseline = best('baseline');
    const drill = best('drill');
    const value = Math.round(drill.ms);
    const base = Math.round(baseline.ms);
    return {
      name: 'drill',
      unit: 'ms',
      value,
      baseline: base,
      ratio: Number((value / base).toFixed(3)),
      better: 'lower',
      messages: MESSAGES,
      database: database.kind,
      messagesPerSecond: Math.round((MESSAGES * 1000) / value),
      baselineMessagesPerSecond: Math.round((MESSAGES * 1000) / base),
      peakRssMb: Math.max(...runs.map((r) => r.drill.peakRssMb)),
      baselinePeakRssMb: Math.max(...runs.map((r) => r.baseline.peakRssMb)),
      runsMs: runs.map((r) => ({ baseline: Math.round(r.baseline.ms), drill: Math.round(r.drill.ms) })),
    };
  } finally {
    mailer.close();
    smtp.child.kill();
    await database.close();
    await drop();
  }
}
