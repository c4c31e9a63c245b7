import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { sendAckReminders } from '../src/modules/bulletins/bulletins.jobs';
import { users } from '../src/modules/users/users.table';
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

/**
 * Bulletins on a small province:
 *
 *   Sở ─┬─ Xã An ──┬─ TH An 1    principal P1 (acknowledges), teacher T1, disabled principal
 *       │          └─ TH An 2    principal P2 (never acknowledges)
 *       └─ Xã Bình ─── TH Bình   principal PB
 *   Sở khác ─ TH Ngoài           principal PX (another tree)
 *
 * The department's security officer writes an urgent scam alert to the
 * principals of Xã An's subtree.
 */

/** Parses XML strictly (throws on anything not well-formed) into a tiny element tree. */
interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}
function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, v]) => [k, String(v)])),
      children: [],
      text: '',
    };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => {
    stack.at(-1)!.text += text;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  if (error) throw error;
  return root.children[0]!;
}
const child = (node: XmlNode, name: string) => node.children.find((c) => c.name === name);
const children = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);

const XSS = {
  title: 'Cảnh báo <script>alert(1)</script><img src=x onerror=alert(2)>',
  summary: 'Tóm tắt <b onmouseover="alert(3)">đậm</b> & "trích dẫn"',
  bodyHtml:
    '<p onclick="alert(4)">Nội dung <a href="javascript:alert(5)">bấm</a> <a href="https://canhbao.khonggianmang.gov.vn">kênh</a></p>' +
    '<script>alert(6)</script><img src="https://example.invalid/a.png" onerror="alert(7)"><iframe src="https://x.invalid"></iframe>' +
    '<svg><script>alert(8)</script></svg><p style="color:red">kiểu</p>',
};

describeEachDb('bulletins', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  let an: SeededUnit;
  let an1: SeededUnit;
  let an2: SeededUnit;
  let binh: SeededUnit;
  let binh1: SeededUnit;
  let outside: SeededUnit;
  let officer: Session;
  let p1: Session;
  let p2: Session;
  let t1: Session;
  let pb: Session;
  let px: Session;
  let communeAn: Session;
  const ids: Record<string, string> = {};

  const api = (session: Session | null, method: string, url: string, payload?: unknown) =>
    ctx.app.inject({
      method: method as 'GET',
      url,
      headers: session ? session.headers : { 'x-csrf-token': '1' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  beforeAll(async () => {
    ctx = await createTestContext(kind, { publicUrl: 'https://edushield.example' });
    root = await seedUnit(ctx.db, { typeCode: 'department', name: 'Sở GD&ĐT tỉnh Thử' });
    an = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', name: 'Xã An' });
    an1 = await seedUnit(ctx.db, { parent: an, typeCode: 'school', name: 'TH An 1' });
    an2 = await seedUnit(ctx.db, { parent: an, typeCode: 'school', name: 'TH An 2' });
    binh = await seedUnit(ctx.db, { parent: root, typeCode: 'commune', name: 'Xã Bình' });
    binh1 = await seedUnit(ctx.db, { parent: binh, typeCode: 'school', name: 'TH Bình' });
    const otherRoot = await seedUnit(ctx.db, { typeCode: 'department', name: 'Sở khác' });
    outside = await seedUnit(ctx.db, { parent: otherRoot, typeCode: 'school', name: 'TH Ngoài' });

    const officerUser = await seedUser(ctx, { unit: root, roles: [{ roleCode: 'security_officer' }] });
    const p1User = await seedUser(ctx, { unit: an1, roles: [{ roleCode: 'school_principal' }] });
    await ctx.db
      .update(users)
      .set({ fullName: '=HYPERLINK("x") Hiệu trưởng An 1' })
      .where(sql`id = ${p1User.id}`);
    const p2User = await seedUser(ctx, { unit: an2, roles: [{ roleCode: 'school_principal' }] });
    const t1User = await seedUser(ctx, { unit: an1, roles: [{ roleCode: 'teacher' }], mfa: false });
    const pbUser = await seedUser(ctx, { unit: binh1, roles: [{ roleCode: 'school_principal' }] });
    const pxUser = await seedUser(ctx, { unit: outside, roles: [{ roleCode: 'school_principal' }] });
    const communeUser = await seedUser(ctx, { unit: an, roles: [{ roleCode: 'commune_officer' }] });
    const disabled = await seedUser(ctx, { unit: an1, roles: [{ roleCode: 'school_principal' }] });
    await ctx.db.update(users).set({ status: 'disabled' }).where(sql`id = ${disabled.id}`);
    ids.p1 = p1User.id;
    ids.p2 = p2User.id;
    ids.t1 = t1User.id;
    ids.disabled = disabled.id;

    officer = await signIn(ctx.app, officerUser);
    p1 = await signIn(ctx.app, p1User);
    p2 = await signIn(ctx.app, p2User);
    t1 = await signIn(ctx.app, t1User);
    pb = await signIn(ctx.app, pbUser);
    px = await signIn(ctx.app, pxUser);
    communeAn = await signIn(ctx.app, communeUser);
  });
  afterAll(() => ctx.close());

  const deadline = () => new Date(Date.now() + 5 * 86_400_000).toISOString();
  const alert = (extra: Record<string, unknown> = {}) => ({
    unitId: root.id,
    kind: 'scam_alert',
    severity: 'urgent',
    title: 'Giả danh cán bộ Sở gọi điện về học bổng',
    summary: 'Phụ huynh nhận cuộc gọi yêu cầu chuyển phí hồ sơ.',
    bodyHtml: '<p>Sở không gọi điện thu phí hồ sơ học bổng.</p>',
    audienceUnitIds: [an.id],
    audienceRoles: ['school_principal'],
    requiresAck: true,
    ackDeadline: deadline(),
    isPublic: true,
    ...extra,
  });

  describe('authoring', () => {
    it('needs a session, the permission and the unit in scope', async () => {
      expect((await api(null, 'POST', '/api/bulletins', alert())).statusCode).toBe(401);
      expect((await api(p1, 'POST', '/api/bulletins', alert({ unitId: an1.id }))).statusCode).toBe(403);
      expect((await api(t1, 'GET', '/api/bulletins')).statusCode).toBe(403);
    });

    it('refuses bad input with clear codes and writes nothing', async () => {
      const before = await query<{ n: number }>(ctx.db, sql`select count(*)::int as n from bulletins`);
      const cases: [Record<string, unknown>, number, string][] = [
        [{ audienceUnitIds: [outside.id] }, 400, 'BULLETIN_AUDIENCE_OUTSIDE_UNIT'],
        [{ ackDeadline: null }, 400, 'BULLETIN_ACK_DEADLINE_REQUIRED'],
        [{ ackDeadline: '2020-01-01T00:00:00.000Z' }, 400, 'BULLETIN_ACK_DEADLINE_PAST'],
        [{ bodyHtml: '<script>alert(1)</script>' }, 400, 'BULLETIN_BODY_EMPTY'],
        [{ title: '<b></b>  ' }, 400, 'BULLETIN_TITLE_EMPTY'],
        [{ audienceRoles: ['emperor'] }, 400, 'VALIDATION_FAILED'],
        [{ severity: 'apocalyptic' }, 400, 'VALIDATION_FAILED'],
        [{ __proto__: { isAdmin: true }, extra: 1 }, 400, 'VALIDATION_FAILED'],
      ];
      for (const [patch, status, code] of cases) {
        const res = await api(officer, 'POST', '/api/bulletins', alert(patch));
        expect(res.statusCode, JSON.stringify(patch)).toBe(status);
        expect(res.json().error.code).toBe(code);
        expect(res.json().error.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữự]/i);
      }
      const after = await query<{ n: number }>(ctx.db, sql`select count(*)::int as n from bulletins`);
      expect(after[0]!.n).toBe(before[0]!.n);
    });

    it('stores script payloads in title, summary and body inert (security test 14)', async () => {
      const res = await api(officer, 'POST', '/api/bulletins', alert(XSS));
      expect(res.statusCode).toBe(201);
      const view = res.json();
      ids.xss = view.id;
      expect(view.title).toBe('Cảnh báo');
      expect(view.summary).toBe('Tóm tắt đậm & "trích dẫn"');
      const stored = await query<{ title: string; summary: string; body_html: string }>(
        ctx.db,
        sql`select title, summary, body_html from bulletins where id = ${view.id}`,
      );
      const { title, summary, body_html: body } = stored[0]!;
      for (const text of [title, summary, body]) {
        expect(text).not.toMatch(/<script|onerror|onclick|onmouseover|javascript:|<iframe|<svg|style=/i);
      }
      expect(body).toContain(
        '<a href="https://canhbao.khonggianmang.gov.vn" rel="noopener noreferrer">kênh</a>',
      );
      expect(body).toContain('<img src="https://example.invalid/a.png" />');
      expect(body).toContain('<p>kiểu</p>');
    });

    it('edits and deletes drafts only', async () => {
      const created = (await api(officer, 'POST', '/api/bulletins', alert({ title: 'Nháp' }))).json();
      const edited = await api(officer, 'PATCH', `/api/bulletins/${created.id}`, {
        title: 'Nháp đã sửa <script>x</script>',
        requiresAck: false,
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json().title).toBe('Nháp đã sửa');
      expect(edited.json().requiresAck).toBe(false);
      expect((await api(officer, 'DELETE', `/api/bulletins/${created.id}`)).statusCode).toBe(204);
      expect((await api(officer, 'GET', `/api/bulletins/${created.id}`)).statusCode).toBe(404);
    });

    it('keeps another tree’s bulletins out of reach (404) and out of lists', async () => {
      const otherOfficer = await seedUser(ctx, { unit: outside, roles: [{ roleCode: 'security_officer' }] });
      const session = await signIn(ctx.app, otherOfficer);
      expect((await api(session, 'GET', `/api/bulletins/${ids.xss}`)).statusCode).toBe(404);
      expect((await api(session, 'POST', `/api/bulletins/${ids.xss}/publish`)).statusCode).toBe(404);
      const list = (await api(session, 'GET', '/api/bulletins')).json();
      expect(list.items.map((b: { id: string }) => b.id)).not.toContain(ids.xss);
    });
  });

  describe('publication and receipts', () => {
    it('publishes to the audience only, once, and notifies the recipients', async () => {
      const created = (await api(officer, 'POST', '/api/bulletins', alert())).json();
      ids.alert = created.id;
      const published = await api(officer, 'POST', `/api/bulletins/${created.id}/publish`);
      expect(published.statusCode).toBe(200);
      expect(published.json().status).toBe('published');
      // P1 and P2 (principals under Xã An); not the teacher, not the disabled principal, not Xã Bình.
      expect(published.json().recipientCount).toBe(2);
      const recipients = await query<{ user_id: string }>(
        ctx.db,
        sql`select user_id from bulletin_recipients where bulletin_id = ${created.id} order by user_id`,
      );
      expect(recipients.map((r) => r.user_id).sort()).toEqual([ids.p1, ids.p2].sort());
      const notices = await query<{ recipient_id: string; title_vi: string; link: string }>(
        ctx.db,
        sql`select recipient_id, title_vi, link from notifications where related_id = ${created.id}`,
      );
      expect(notices.map((n) => n.recipient_id).sort()).toEqual([ids.p1, ids.p2].sort());
      expect(notices[0]!.title_vi).toBe('[KHẨN] Cảnh báo lừa đảo: Giả danh cán bộ Sở gọi điện về học bổng');
      expect(notices[0]!.link).toBe(`/bulletins/inbox/${created.id}`);
      // An urgent alert also goes out by email and Zalo.
      const channels = await query<{ channel: string }>(
        ctx.db,
        sql`select distinct d.channel from notification_deliveries d join notifications n on n.id = d.notification_id
            where n.related_id = ${created.id} order by d.channel`,
      );
      expect(channels.map((c) => c.channel)).toEqual(['email', 'zalo']);

      const again = await api(officer, 'POST', `/api/bulletins/${created.id}/publish`);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('BULLETIN_NOT_DRAFT');
      expect((await api(officer, 'PATCH', `/api/bulletins/${created.id}`, { title: 'x' })).statusCode).toBe(
        409,
      );
      expect((await api(officer, 'DELETE', `/api/bulletins/${created.id}`)).statusCode).toBe(409);
      const audit = await query<{ action: string }>(
        ctx.db,
        sql`select action from audit_log where object_id = ${created.id} order by id`,
      );
      expect(audit.map((a) => a.action)).toEqual(['bulletin.create', 'bulletin.publish']);
    });

    it('refuses to publish to nobody', async () => {
      const created = (
        await api(officer, 'POST', '/api/bulletins', alert({ audienceRoles: ['reviewer'], isPublic: false }))
      ).json();
      const res = await api(officer, 'POST', `/api/bulletins/${created.id}/publish`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('BULLETIN_NO_RECIPIENTS');
      expect((await api(officer, 'GET', `/api/bulletins/${created.id}`)).json().status).toBe('draft');
    });

    it('shows a bulletin only to its recipients, who mark it read and acknowledge it', async () => {
      const inbox = (await api(p1, 'GET', '/api/bulletins/inbox')).json();
      expect(inbox.items.map((i: { id: string }) => i.id)).toContain(ids.alert);
      expect(inbox.unacknowledged).toBe(1);
      expect((await api(t1, 'GET', '/api/bulletins/inbox')).json().total).toBe(0);
      expect((await api(pb, 'GET', `/api/bulletins/inbox/${ids.alert}`)).statusCode).toBe(404);
      expect((await api(t1, 'POST', `/api/bulletins/inbox/${ids.alert}/acknowledge`)).statusCode).toBe(404);
      expect((await api(null, 'GET', '/api/bulletins/inbox')).statusCode).toBe(401);

      const read = await api(p1, 'POST', `/api/bulletins/inbox/${ids.alert}/read`);
      expect(read.statusCode).toBe(200);
      expect(read.json().readAt).not.toBeNull();
      expect(read.json().acknowledgedAt).toBeNull();
      expect(read.json().bodyHtml).toContain('Sở không gọi điện');

      const ack = await api(p1, 'POST', `/api/bulletins/inbox/${ids.alert}/acknowledge`);
      expect(ack.statusCode).toBe(200);
      const first = ack.json().acknowledgedAt;
      expect(first).not.toBeNull();
      const twice = await api(p1, 'POST', `/api/bulletins/inbox/${ids.alert}/acknowledge`);
      expect(twice.json().acknowledgedAt).toBe(first);
      const audits = await query<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from audit_log where object_id = ${ids.alert} and action = 'bulletin.acknowledge'`,
      );
      expect(audits[0]!.n).toBe(1);
      expect((await api(p1, 'GET', '/api/bulletins/inbox?filter=unacknowledged')).json().total).toBe(0);
    });

    it('answers 409 when acknowledging a bulletin that does not ask for it', async () => {
      const created = (
        await api(
          officer,
          'POST',
          '/api/bulletins',
          alert({ requiresAck: false, ackDeadline: null, severity: 'info' }),
        )
      ).json();
      await api(officer, 'POST', `/api/bulletins/${created.id}/publish`);
      const res = await api(p2, 'POST', `/api/bulletins/inbox/${created.id}/acknowledge`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('BULLETIN_ACK_NOT_REQUIRED');
      ids.info = created.id;
    });
  });

  describe('who has not acknowledged', () => {
    it('rolls counts up per unit with drill-down for the officer', async () => {
      const res = await api(officer, 'GET', `/api/bulletins/${ids.alert}/report?unitId=${root.id}`);
      expect(res.statusCode).toBe(200);
      const rows = res.json().rows as {
        unitId: string;
        recipients: number;
        read: number;
        acknowledged: number;
      }[];
      expect(rows[0]).toMatchObject({ unitId: root.id, recipients: 2, read: 1, acknowledged: 1 });
      expect(rows.find((r) => r.unitId === an.id)).toMatchObject({ recipients: 2, acknowledged: 1 });
      // Xã Bình got nothing and is left out.
      expect(rows.find((r) => r.unitId === binh.id)).toBeUndefined();
      const drill = (await api(officer, 'GET', `/api/bulletins/${ids.alert}/report?unitId=${an.id}`)).json();
      expect(
        drill.rows.map((r: { unitId: string; acknowledged: number }) => [r.unitId, r.acknowledged]),
      ).toEqual(
        expect.arrayContaining([
          [an.id, 1],
          [an1.id, 1],
          [an2.id, 0],
        ]),
      );
      const pending = (
        await api(officer, 'GET', `/api/bulletins/${ids.alert}/pending?unitId=${root.id}`)
      ).json();
      expect(pending.total).toBe(1);
      expect(pending.items[0]).toMatchObject({
        userId: ids.p2,
        unitId: an2.id,
        unitName: 'TH An 2',
        readAt: null,
      });
    });

    it('limits a unit head to their own subtree', async () => {
      // P2 (principal, awareness.report at TH An 2) sees themself pending, nothing about TH An 1.
      const own = await api(p2, 'GET', `/api/bulletins/${ids.alert}/pending?unitId=${an2.id}`);
      expect(own.json().items.map((i: { userId: string }) => i.userId)).toEqual([ids.p2]);
      expect((await api(p2, 'GET', `/api/bulletins/${ids.alert}/pending?unitId=${an1.id}`)).statusCode).toBe(
        404,
      );
      expect((await api(p2, 'GET', `/api/bulletins/${ids.alert}/report?unitId=${root.id}`)).statusCode).toBe(
        404,
      );
      // The commune officer sees both schools of Xã An.
      const commune = (
        await api(communeAn, 'GET', `/api/bulletins/${ids.alert}/report?unitId=${an.id}`)
      ).json();
      expect(commune.rows[0]).toMatchObject({ unitId: an.id, recipients: 2, acknowledged: 1 });
      // A bulletin that never reached the unit looks like no bulletin at all.
      const other = await api(pb, 'GET', `/api/bulletins/${ids.alert}/report?unitId=${binh1.id}`);
      expect(other.statusCode).toBe(404);
      expect(other.json().error.code).toBe('BULLETIN_NOT_FOUND');
      expect(
        (await api(px, 'GET', `/api/bulletins/${ids.alert}/pending?unitId=${outside.id}`)).statusCode,
      ).toBe(404);
      const received = (await api(pb, 'GET', `/api/bulletins/received?unitId=${binh1.id}`)).json();
      expect(received.total).toBe(0);
      const receivedAn = (await api(communeAn, 'GET', `/api/bulletins/received?unitId=${an.id}`)).json();
      expect(receivedAn.items.find((i: { id: string }) => i.id === ids.alert)).toMatchObject({
        recipients: 2,
        read: 1,
        acknowledged: 1,
      });
    });

    it('exports the pending list as a formula-safe workbook, audited', async () => {
      // Make P1 pending on the info bulletin? It asks for no acknowledgement: everyone is "pending" there,
      // so use the alert, and rename P2 to a formula-looking name first.
      await ctx.db.update(users).set({ fullName: '=cmd|"/c calc"!A1' }).where(sql`id = ${ids.p2}`);
      const res = await api(officer, 'GET', `/api/bulletins/${ids.alert}/pending.xlsx?unitId=${root.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as never);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.getRow(1).getCell(2).value).toBe('Họ và tên');
      expect(sheet.getRow(2).getCell(2).value).toBe('\'=cmd|"/c calc"!A1');
      expect(sheet.getRow(2).getCell(4).value).toBe('TH An 2');
      expect(sheet.rowCount).toBe(2);
      const audit = await query<{ n: number }>(
        ctx.db,
        sql`select count(*)::int as n from audit_log where action = 'bulletin.pending_export' and object_id = ${ids.alert}`,
      );
      expect(audit[0]!.n).toBe(1);
    });

    it('reminds those who have not acknowledged once, within a day of the deadline', async () => {
      const early = await sendAckReminders(ctx.db, new Date(Date.now() + 2 * 86_400_000));
      expect(early).toBe(0);
      const due = new Date(Date.now() + 4.5 * 86_400_000);
      expect(await sendAckReminders(ctx.db, due)).toBe(1);
      expect(await sendAckReminders(ctx.db, due)).toBe(0);
      const reminded = await query<{ recipient_id: string }>(
        ctx.db,
        sql`select recipient_id from notifications where kind = 'bulletins.ack_reminder' and related_id = ${ids.alert}`,
      );
      expect(reminded.map((r) => r.recipient_id)).toEqual([ids.p2]);
    });

    it('shows acknowledgement rates on the awareness dashboard', async () => {
      const res = await api(officer, 'GET', `/api/bulletins/dashboard?unitId=${root.id}`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.rows[0]).toMatchObject({
        unitId: root.id,
        bulletins: { recipients: 2, acknowledged: 1, ackRatePercent: 50 },
      });
      const bRow = body.rows.find((r: { unitId: string }) => r.unitId === binh.id);
      expect(bRow.bulletins).toEqual({ recipients: 0, acknowledged: 0, ackRatePercent: null });
      expect((await api(t1, 'GET', `/api/bulletins/dashboard?unitId=${an1.id}`)).statusCode).toBe(403);
      expect((await api(p2, 'GET', `/api/bulletins/dashboard?unitId=${an1.id}`)).statusCode).toBe(404);
      const own = (await api(p2, 'GET', `/api/bulletins/dashboard?unitId=${an2.id}`)).json();
      expect(own.rows[0].bulletins).toEqual({ recipients: 1, acknowledged: 0, ackRatePercent: 0 });
    });
  });

  describe('public news page and RSS', () => {
    it('lists only published public bulletins, paged, with cache headers', async () => {
      const res = await api(null, 'GET', '/api/public/bulletins?pageSize=1');
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      const body = res.json();
      // The urgent alert and the info bulletin are published and public; the XSS draft is not published.
      expect(body.total).toBe(2);
      expect(body.items).toHaveLength(1);
      const all = (await api(null, 'GET', '/api/public/bulletins')).json();
      const listed = all.items.map((i: { id: string }) => i.id);
      expect(listed.sort()).toEqual([ids.alert, ids.info].sort());
      expect(JSON.stringify(all)).not.toMatch(/audience|recipient|username/);
      expect((await api(null, 'GET', `/api/public/bulletins/${ids.alert}`)).statusCode).toBe(200);
      expect((await api(null, 'GET', `/api/public/bulletins/${ids.xss}`)).statusCode).toBe(404);
    });

    it('serves valid RSS 2.0 with absolute links and escaped text, never drafts or private items', async () => {
      const privateOne = (
        await api(officer, 'POST', '/api/bulletins', alert({ isPublic: false, title: 'Nội bộ <b>riêng</b>' }))
      ).json();
      await api(officer, 'POST', `/api/bulletins/${privateOne.id}/publish`);
      const tricky = (
        await api(
          officer,
          'POST',
          '/api/bulletins',
          alert({
            requiresAck: false,
            ackDeadline: null,
            title: 'Tom & Jerry <script>x</script> "quà" \u0007 ]]> </title>',
            summary: 'A < B & C > D',
          }),
        )
      ).json();
      await api(officer, 'POST', `/api/bulletins/${tricky.id}/publish`);

      const res = await api(null, 'GET', '/api/public/bulletins.rss');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      const rss = parseXml(res.body);
      expect(rss.name).toBe('rss');
      expect(rss.attributes.version).toBe('2.0');
      const channel = child(rss, 'channel')!;
      expect(child(channel, 'title')!.text).toBe('Tin an toàn thông tin — Sở GD&ĐT tỉnh Thử');
      expect(child(channel, 'link')!.text).toBe('https://edushield.example/news');
      const items = children(channel, 'item');
      const links = items.map((i) => child(i, 'link')!.text);
      expect(links).toContain(`https://edushield.example/news/${ids.alert}`);
      expect(links).toContain(`https://edushield.example/news/${tricky.id}`);
      expect(links).not.toContain(`https://edushield.example/news/${privateOne.id}`);
      expect(links).not.toContain(`https://edushield.example/news/${ids.xss}`);
      expect(res.body).not.toContain('Nội bộ');
      const trickyItem = items.find((i) => child(i, 'link')!.text.endsWith(tricky.id))!;
      expect(child(trickyItem, 'title')!.text).toBe('Tom & Jerry "quà" ]]>');
      expect(child(trickyItem, 'description')!.text).toBe('A < B & C > D');
      for (const item of items) {
        const pubDate = child(item, 'pubDate')!.text;
        expect(pubDate).toMatch(
          /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
        );
        expect(new Date(pubDate).getTime()).not.toBeNaN();
        expect(child(item, 'guid')!.attributes.isPermaLink).toBe('true');
      }
    });

    it('takes archived bulletins off the public page, the feed and inboxes', async () => {
      const res = await api(officer, 'POST', `/api/bulletins/${ids.info}/archive`);
      expect(res.statusCode).toBe(200);
      expect(res.json().status).toBe('archived');
      expect((await api(null, 'GET', `/api/public/bulletins/${ids.info}`)).statusCode).toBe(404);
      expect((await api(null, 'GET', '/api/public/bulletins.rss')).body).not.toContain(ids.info);
      expect((await api(p2, 'GET', `/api/bulletins/inbox/${ids.info}`)).statusCode).toBe(404);
      expect((await api(officer, 'POST', `/api/bulletins/${ids.info}/archive`)).json().error.code).toBe(
        'BULLETIN_NOT_PUBLISHED',
      );
    });
  });
});
