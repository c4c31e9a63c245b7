import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { drillsJobs } from '../src/modules/drills/drills.jobs';
import { drillRollup } from '../src/modules/drills/drills.rollup';
import { sendPendingDrillMail } from '../src/modules/drills/drills.send';
import { templateByCode } from '../src/modules/drills/drills.templates';
import type { Clock } from '../src/modules/drills/drills.throttle';
import { hashDrillToken } from '../src/modules/drills/drills.tokens';
import { courses } from '../src/modules/learning/learning.table';
import { createMailer, type Mailer } from '../src/modules/mail/mailer';
import { users } from '../src/modules/users/users.table';
import { Scope } from '../src/plugins/scope';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  type Session,
  seedUnit,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';
import { startTestSmtp, type TestSmtp } from './smtp';

const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const TYPED_SECRET = 'Mat-khau-that-cua-toi-8421';

describeEachDb('phishing drills', (kind) => {
  let t: TestContext;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let province: SeededUnit;
  let commune: SeededUnit;
  let schoolA: SeededUnit;
  let schoolB: SeededUnit;
  let officer: Session;
  let officerA: Session;
  const people: Record<string, string> = {};

  async function person(
    username: string,
    unit: SeededUnit,
    roles: string[],
    email: string | null = `${username}@truong.invalid`,
  ) {
    const user = await seedUser(t, {
      unit,
      username,
      mfa: false,
      roles: roles.map((roleCode) => ({ roleCode })),
    });
    await t.db
      .update(users)
      .set({ email, fullName: username === 'gv_a1' ? 'Vũ <b>Thị</b> Mai' : `Cô ${username}` })
      .where(sql`id = ${user.id}`);
    people[username] = user.id;
    return user;
  }

  beforeAll(async () => {
    smtp = await startTestSmtp();
    t = await createTestContext(kind, { smtpUrl: smtp.url, publicUrl: 'https://edushield.sogd.invalid' });
    mailer = createMailer({
      smtpUrl: smtp.url,
      mailFrom: 'EduShield <no-reply@sogd.invalid>',
      smtpRatePerSecond: 50,
    });
    province = await seedUnit(t.db, { typeCode: 'department', name: 'Sở GD&ĐT Minh Sơn' });
    commune = await seedUnit(t.db, { parent: province, typeCode: 'commune', name: 'Xã Thái Bình' });
    schoolA = await seedUnit(t.db, { parent: commune, name: 'Trường TH Thái Bình' });
    schoolB = await seedUnit(t.db, { parent: commune, name: 'Trường THCS Thái Bình' });
    const so = await seedUser(t, { unit: province, roles: [{ roleCode: 'security_officer' }] });
    officer = await signIn(t.app, so);
    // A security officer whose scope is school A only.
    const soA = await seedUser(t, { unit: schoolA, roles: [{ roleCode: 'security_officer' }] });
    officerA = await signIn(t.app, soA);
    await person('gv_a1', schoolA, ['teacher']);
    await person('gv_a2', schoolA, ['teacher']);
    await person('nv_a3', schoolA, ['staff']);
    await person('gv_b1', schoolB, ['teacher']);
    await person('ht_b2', schoolB, ['school_principal']);
    await person('hs_a', schoolA, ['student']);
    await person('hs_gv_a', schoolA, ['student', 'teacher']); // a pupil who also holds a staff role: never targeted
    await person('gv_noemail', schoolA, ['teacher'], null);
    // The remedial course the content writer publishes under the agreed slug.
    await t.db.insert(courses).values({
      slug: 'phishing-email-fake-websites',
      title: 'Nhận diện thư lừa đảo và trang web giả mạo',
      unitId: province.id,
      audiences: ['staff', 'leaders'],
      status: 'published',
      publishedAt: new Date(),
    });
  }, 180_000);

  afterAll(async () => {
    mailer?.close();
    await t?.close();
    await smtp?.close();
  });

  const create = (session: Session, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/drills', headers: session.headers, payload });

  const jobDeps = (rate: number) => ({
    db: t.db,
    keys: t.keys,
    settings: { ...t.settings, smtpRatePerSecond: rate },
    mailer,
    sessionPolicy: { idleMinutes: 30, absoluteHours: 12 },
  });

  let drillId: string;
  const tokens: Record<string, string> = {};

  describe('targeting (security test 19)', () => {
    it('refuses the pupil role, in Vietnamese', async () => {
      const res = await create(officer, {
        unitId: commune.id,
        name: 'Thử',
        templateCode: 'mat-khau-het-han',
        roleCodes: ['teacher', 'student'],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('DRILL_STUDENT_TARGET');
      expect(res.json().error.message).toMatch(/học sinh/);
      expect(await query(t.db, sql`select 1 from drills`)).toHaveLength(0);
    });

    it('refuses unknown templates and roles', async () => {
      const a = await create(officer, {
        unitId: commune.id,
        name: 'Thử',
        templateCode: 'khong-co',
        roleCodes: [],
      });
      expect(a.json().error.code).toBe('DRILL_TEMPLATE_UNKNOWN');
      const b = await create(officer, {
        unitId: commune.id,
        name: 'Thử',
        templateCode: 'mat-khau-het-han',
        roleCodes: ['hieu_pho'],
      });
      expect(b.json().error.code).toBe('DRILL_ROLE_UNKNOWN');
      const c = await t.app.inject({
        method: 'PATCH',
        url: '/api/drills/00000000-0000-4000-8000-000000000000',
        headers: officer.headers,
        payload: { roleCodes: ['student'] },
      });
      expect(c.statusCode).toBe(404);
    });

    it('targets adult staff with an email only: never pupils, not even pupils with a staff role', async () => {
      const res = await create(officer, {
        unitId: commune.id,
        name: 'Diễn tập tháng 11',
        templateCode: 'mat-khau-het-han',
        roleCodes: [],
      });
      expect(res.statusCode).toBe(201);
      drillId = res.json().id;
      expect(res.json().status).toBe('draft');
      expect(res.json().eligible).toBe(5);
      const launch = await t.app.inject({
        method: 'POST',
        url: `/api/drills/${drillId}/launch`,
        headers: officer.headers,
        payload: {},
      });
      expect(launch.statusCode).toBe(200);
      expect(launch.json().status).toBe('scheduled');
      const rows = await query<{ user_id: string }>(
        t.db,
        sql`select user_id from drill_recipients where drill_id = ${drillId}`,
      );
      const ids = new Set(rows.map((r) => r.user_id));
      expect(ids).toEqual(new Set([people.gv_a1, people.gv_a2, people.nv_a3, people.gv_b1, people.ht_b2]));
      expect(ids.has(people.hs_a!)).toBe(false);
      expect(ids.has(people.hs_gv_a!)).toBe(false);
      const again = await t.app.inject({
        method: 'POST',
        url: `/api/drills/${drillId}/launch`,
        headers: officer.headers,
        payload: {},
      });
      expect(again.json().error.code).toBe('DRILL_NOT_DRAFT');
    });

    it('a teacher-only filter still leaves out the pupil who is also a teacher', async () => {
      const res = await create(officer, {
        unitId: schoolA.id,
        name: 'GV',
        templateCode: 'chia-se-tai-lieu',
        roleCodes: ['teacher'],
      });
      expect(res.json().eligible).toBe(2);
      await t.app.inject({ method: 'DELETE', url: `/api/drills/${res.json().id}`, headers: officer.headers });
    });
  });

  describe('sending', () => {
    it('sends throttled through SMTP, personalised and escaped, with a report header; tokens stored hashed', async () => {
      const [job] = await query<{ kind: string; payload: { drillId: string } }>(
        t.db,
        sql`select kind, payload from jobs where dedupe_key = ${`drills.send:${drillId}`}`,
      );
      expect(job!.kind).toBe('drills.send');
      const result = await drillsJobs(jobDeps(50)).definitions[0]!.handler(job!.payload, {
        id: 'j1',
        attempts: 1,
      });
      expect(result).toMatchObject({ sent: 5, failed: 0, remaining: 0 });
      const messages = await smtp.waitFor(5);
      const template = templateByCode('mat-khau-het-han')!;
      expect(messages).toHaveLength(5);
      for (const m of messages) {
        expect(m.subject).toBe(template.subject);
        expect(m.from?.value[0]?.name).toBe(template.senderName);
        expect(m.from?.value[0]?.address).toBe('no-reply@sogd.invalid');
        const link = /https:\/\/edushield\.sogd\.invalid\/api\/public\/drills\/t\/([A-Za-z0-9_-]{43})/.exec(
          m.text ?? '',
        );
        expect(link).not.toBeNull();
        expect(String(m.html)).toContain(`/api/public/drills/t/${link![1]}`);
        expect(String(m.html)).toContain(`/api/public/drills/o/${link![1]}`);
        expect(m.headers.get('x-edushield-report')).toBe(
          `https://edushield.sogd.invalid/api/public/drills/r/${link![1]}`,
        );
        expect(m.headers.get('x-edushield-drill')).toBe(drillId);
        const to = m.to && !Array.isArray(m.to) ? m.to.value[0]!.address! : '';
        const username = to.split('@')[0]!;
        tokens[username] = link![1]!;
        if (username === 'gv_a1') {
          expect(m.text).toContain('Vũ <b>Thị</b> Mai');
          expect(String(m.html)).toContain('Vũ &lt;b&gt;Thị&lt;/b&gt; Mai');
        } else {
          expect(m.text).toContain(`Cô ${username}`);
        }
        expect(m.text).toContain(
          username.endsWith('b1') || username.endsWith('b2')
            ? 'Trường THCS Thái Bình'
            : 'Trường TH Thái Bình',
        );
      }
      expect(Object.keys(tokens).sort()).toEqual(['gv_a1', 'gv_a2', 'gv_b1', 'ht_b2', 'nv_a3']);
      // Only hashes are stored; tokens are distinct and bound to one recipient each.
      const stored = await query<{ user_id: string; token_hash: string }>(
        t.db,
        sql`select user_id, token_hash from drill_recipients where drill_id = ${drillId}`,
      );
      for (const [username, token] of Object.entries(tokens)) {
        const row = stored.find((r) => r.user_id === people[username]);
        expect(row!.token_hash).toBe(hashDrillToken(token));
        expect(row!.token_hash).not.toContain(token);
      }
      const dump = await query<{ j: string }>(
        t.db,
        sql`select row_to_json(r)::text as j from drill_recipients r`,
      );
      for (const token of Object.values(tokens)) expect(dump.some((d) => d.j.includes(token))).toBe(false);
      const [drill] = await query<{ status: string }>(
        t.db,
        sql`select status from drills where id = ${drillId}`,
      );
      expect(drill!.status).toBe('completed');
      const sent = await query(
        t.db,
        sql`select 1 from drill_events where drill_id = ${drillId} and type = 'sent'`,
      );
      expect(sent).toHaveLength(5);
    });

    it('paces messages to the configured rate (fake clock)', async () => {
      const res = await create(officer, {
        unitId: schoolB.id,
        name: 'Nhịp gửi',
        templateCode: 'hoc-phi-vi-dien-tu',
        roleCodes: [],
      });
      const id = res.json().id as string;
      await t.app.inject({
        method: 'POST',
        url: `/api/drills/${id}/launch`,
        headers: officer.headers,
        payload: {},
      });
      let now = 1_000_000;
      const sleeps: number[] = [];
      const clock: Clock = {
        now: () => now,
        sleep: async (ms) => {
          sleeps.push(ms);
        },
      };
      const before = smtp.messages.length;
      const result = await sendPendingDrillMail(
        { db: t.db, mailer, publicUrl: 'https://x.invalid', ratePerSecond: 4, clock },
        id,
      );
      expect(result.sent).toBe(2);
      // Two messages at 4/s: the second waits a quarter of a second.
      expect(sleeps).toEqual([250]);
      now += 0;
      await smtp.waitFor(before + 2);
    });
  });

  it('stops sending once the drill is cancelled', async () => {
    const res = await create(officer, {
      unitId: schoolB.id,
      name: 'Hủy',
      templateCode: 'chia-se-tai-lieu',
      roleCodes: [],
    });
    const id = res.json().id as string;
    await t.app.inject({
      method: 'POST',
      url: `/api/drills/${id}/launch`,
      headers: officer.headers,
      payload: {},
    });
    const cancelled = await t.app.inject({
      method: 'POST',
      url: `/api/drills/${id}/cancel`,
      headers: officer.headers,
      payload: {},
    });
    expect(cancelled.json().status).toBe('cancelled');
    const before = smtp.messages.length;
    const result = await sendPendingDrillMail(
      { db: t.db, mailer, publicUrl: 'https://x.invalid', ratePerSecond: 0 },
      id,
    );
    expect(result).toEqual({ sent: 0, failed: 0, remaining: 0 });
    expect(smtp.messages.length).toBe(before);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/drills/${id}/cancel`,
      headers: officer.headers,
      payload: {},
    });
    expect(again.json().error.code).toBe('DRILL_NOT_CANCELLABLE');
  });

  describe('events', () => {
    const ago = async (username: string, seconds: number) =>
      t.db.execute(
        sql`update drill_recipients set sent_at = now() - make_interval(secs => ${seconds}) where user_id = ${people[username]} and drill_id = ${drillId}`,
      );
    const events = (username: string) =>
      query<{ type: string; scanner: boolean; scanner_reason: string | null }>(
        t.db,
        sql`select e.type, e.scanner, e.scanner_reason from drill_events e join drill_recipients r on r.id = e.recipient_id
            where r.user_id = ${people[username]} and r.drill_id = ${drillId} and e.type <> 'sent' order by e.id`,
      );
    const remedial = (username: string) =>
      query<{ enrolment_id: string | null }>(
        t.db,
        sql`select enrolment_id from drill_remedials where user_id = ${people[username]}`,
      );

    it('flags mail scanners: too soon after sending, HEAD, scanner agents and addresses; no remedial lesson', async () => {
      const token = tokens.gv_a2!;
      const soon = await t.app.inject({
        method: 'GET',
        url: `/api/public/drills/t/${token}`,
        headers: { 'user-agent': BROWSER },
      });
      expect(soon.statusCode).toBe(302);
      await ago('gv_a2', 3600);
      await t.app.inject({
        method: 'HEAD',
        url: `/api/public/drills/t/${token}`,
        headers: { 'user-agent': BROWSER },
      });
      await t.app.inject({
        method: 'GET',
        url: `/api/public/drills/t/${token}`,
        headers: { 'user-agent': 'Mozilla/5.0 (compatible; Barracuda Sentinel)' },
      });
      await t.app.inject({
        method: 'GET',
        url: `/api/public/drills/o/${token}`,
        headers: { 'user-agent': BROWSER },
        remoteAddress: '40.107.22.14',
      });
      expect(await events('gv_a2')).toEqual([
        { type: 'clicked', scanner: true, scanner_reason: 'too_soon' },
        { type: 'clicked', scanner: true, scanner_reason: 'head' },
        { type: 'clicked', scanner: true, scanner_reason: 'user_agent' },
        { type: 'opened', scanner: true, scanner_reason: 'address' },
      ]);
      expect(await remedial('gv_a2')).toEqual([]);
    });

    it('records a click once per type for rates, keeps every hit on the timeline, enrols the clicker in the remedial lesson', async () => {
      await ago('gv_a1', 600);
      const token = tokens.gv_a1!;
      const click = await t.app.inject({
        method: 'GET',
        url: `/api/public/drills/t/${token}`,
        headers: { 'user-agent': BROWSER },
      });
      expect(click.statusCode).toBe(302);
      expect(click.headers.location).toBe(`/p/l/mat-khau-het-han?mode=explain#${token}`);
      expect(click.headers['referrer-policy']).toBe('no-referrer');
      await t.app.inject({
        method: 'GET',
        url: `/api/public/drills/t/${token}`,
        headers: { 'user-agent': BROWSER },
      });
      const pixel = await t.app.inject({
        method: 'GET',
        url: `/api/public/drills/o/${token}`,
        headers: { 'user-agent': BROWSER },
      });
      expect(pixel.headers['content-type']).toBe('image/gif');
      expect(pixel.headers['cache-control']).toBe('no-store');
      const submit = await t.app.inject({
        method: 'POST',
        url: '/api/public/drills/submit',
        headers: { 'user-agent': BROWSER, 'x-csrf-token': '1' },
        payload: { token },
      });
      expect(submit.statusCode).toBe(204);
      expect((await events('gv_a1')).map((e) => e.type)).toEqual([
        'clicked',
        'clicked',
        'opened',
        'submitted',
      ]);
      const [owed] = await remedial('gv_a1');
      expect(owed!.enrolment_id).not.toBeNull();
      const enrol = await query<{ reason: string }>(
        t.db,
        sql`select reason from enrolments where user_id = ${people.gv_a1}`,
      );
      expect(enrol).toEqual([{ reason: `drill:${drillId}` }]);

      const timeline = await t.app.inject({
        method: 'GET',
        url: `/api/drills/${drillId}/timeline`,
        headers: officer.headers,
      });
      expect(
        timeline
          .json()
          .items.filter(
            (e: { type: string; fullName: string }) => e.type === 'clicked' && e.fullName.startsWith('Vũ'),
          ),
      ).toHaveLength(2);
      const detail = (
        await t.app.inject({ method: 'GET', url: `/api/drills/${drillId}`, headers: officer.headers })
      ).json();
      expect(detail.stats).toMatchObject({
        recipients: 5,
        sent: 5,
        clicked: 1,
        submitted: 1,
        opened: 1,
        scannerFlagged: 1,
        scannerHits: 4,
      });
    });

    it('never stores what is typed on the landing page', async () => {
      await ago('nv_a3', 600);
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/public/drills/submit',
        headers: { 'user-agent': BROWSER, 'x-csrf-token': '1' },
        payload: { token: tokens.nv_a3, username: 'nv_a3', password: TYPED_SECRET },
      });
      expect(res.statusCode).toBe(400);
      expect(await events('nv_a3')).toEqual([]);
      const tables = await query<{ table_name: string }>(
        t.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      for (const { table_name } of tables) {
        const hits = await query(
          t.db,
          sql`select 1 from ${sql.identifier(table_name)} x where row_to_json(x)::text like ${`%${TYPED_SECRET}%`}`,
        );
        expect(hits, table_name).toHaveLength(0);
      }
    });

    it('answers unknown and malformed tokens like any other, recording nothing', async () => {
      const before = await query(t.db, sql`select 1 from drill_events`);
      const forged = `${tokens.gv_b1!.slice(0, 42)}${tokens.gv_b1!.endsWith('A') ? 'B' : 'A'}`;
      for (const token of [forged, 'abc', 'x'.repeat(43)]) {
        const res = await t.app.inject({
          method: 'GET',
          url: `/api/public/drills/t/${token}`,
          headers: { 'user-agent': BROWSER },
        });
        expect(res.statusCode).toBe(302);
        expect(res.headers.location).toBe('/p/about');
        const submit = await t.app.inject({
          method: 'POST',
          url: '/api/public/drills/submit',
          headers: { 'x-csrf-token': '1' },
          payload: { token },
        });
        expect(submit.statusCode).toBe(204);
      }
      expect(await query(t.db, sql`select 1 from drill_events`)).toHaveLength(before.length);
    });

    it('counts a report (header link or in-app by subject) in the recipient’s favour', async () => {
      await ago('gv_b1', 600);
      const link = await t.app.inject({
        method: 'GET',
        url: `/api/public/drills/r/${tokens.gv_b1}`,
        headers: { 'user-agent': BROWSER },
      });
      expect(link.headers.location).toBe('/p/reported');
      expect(await events('gv_b1')).toEqual([{ type: 'reported', scanner: false, scanner_reason: null }]);

      const staff = await signIn(t.app, { username: 'nv_a3', mfa: false });
      const subject = `Fwd:   ${templateByCode('mat-khau-het-han')!.subject.toUpperCase()}`;
      const report = await t.app.inject({
        method: 'POST',
        url: '/api/drills/report',
        headers: staff.headers,
        payload: { subject },
      });
      expect(report.json()).toEqual({ drill: true });
      expect(await events('nv_a3')).toEqual([{ type: 'reported', scanner: false, scanner_reason: null }]);
      const other = await t.app.inject({
        method: 'POST',
        url: '/api/drills/report',
        headers: staff.headers,
        payload: { subject: 'Thông báo trúng thưởng iPhone 17', sender: 'khuyenmai@zalo-vn.top' },
      });
      expect(other.json()).toEqual({ drill: false });
      const reports = (
        await t.app.inject({ method: 'GET', url: '/api/drills/reports', headers: officer.headers })
      ).json();
      expect(reports.items.map((r: { drill: boolean }) => r.drill).sort()).toEqual([false, true]);
    });
  });

  describe('results and scope', () => {
    it('rolls results up the tree, scanner hits apart', async () => {
      const rows = await drillRollup(t.db, new Scope('awareness.report', [province.path], []), commune.id);
      const byUnit = new Map(rows.map((r) => [r.unitId, r]));
      expect(rows[0]!.unitId).toBe(commune.id);
      expect(byUnit.get(commune.id)).toMatchObject({
        recipients: 7,
        sent: 7,
        clicked: 1,
        submitted: 1,
        reported: 2,
        scannerFlagged: 1,
      });
      expect(byUnit.get(schoolA.id)).toMatchObject({
        recipients: 3,
        clicked: 1,
        reported: 1,
        scannerFlagged: 1,
      });
      expect(byUnit.get(schoolB.id)).toMatchObject({ recipients: 4, clicked: 0, reported: 1 });
      expect(await drillRollup(t.db, new Scope('awareness.report', [schoolA.path], []), commune.id)).toEqual(
        [],
      );
      const api = await t.app.inject({
        method: 'GET',
        url: `/api/drills/results?unitId=${commune.id}`,
        headers: officer.headers,
      });
      expect(api.json().items.map((r: { unitName: string }) => r.unitName)).toEqual([
        'Xã Thái Bình',
        'Trường TH Thái Bình',
        'Trường THCS Thái Bình',
      ]);
    });

    it('keeps an officer to their subtree', async () => {
      const list = await t.app.inject({ method: 'GET', url: '/api/drills', headers: officerA.headers });
      expect(list.json().items).toEqual([]);
      const other = await t.app.inject({
        method: 'GET',
        url: `/api/drills/${drillId}`,
        headers: officerA.headers,
      });
      expect(other.statusCode).toBe(404);
      const outside = await create(officerA, {
        unitId: schoolB.id,
        name: 'Ngoài phạm vi',
        templateCode: 'mat-khau-het-han',
        roleCodes: [],
      });
      expect(outside.statusCode).toBe(404);
      const own = await create(officerA, {
        unitId: schoolA.id,
        name: 'Trong phạm vi',
        templateCode: 'mat-khau-het-han',
        roleCodes: [],
      });
      expect(own.statusCode).toBe(201);
      const teacher = await signIn(t.app, { username: 'gv_a2', mfa: false });
      const denied = await t.app.inject({ method: 'GET', url: '/api/drills', headers: teacher.headers });
      expect(denied.statusCode).toBe(403);
    });
  });
});
