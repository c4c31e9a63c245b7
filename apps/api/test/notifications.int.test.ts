import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { notify } from '../src/modules/notifications/notify';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  type SeededUser,
  seedUnit,
  seedUser,
  signIn,
  type TestContext,
} from './helpers';

describeEachDb('notifications API', (kind) => {
  let ctx: TestContext;
  let commune: SeededUnit;
  let school: SeededUnit;
  let sibling: SeededUnit;
  let alice: SeededUser;
  let bob: SeededUser;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const root = await seedUnit(ctx.db, { typeCode: 'department' });
    commune = await seedUnit(ctx.db, { parent: root, typeCode: 'commune' });
    school = await seedUnit(ctx.db, {
      parent: commune,
      typeCode: 'school',
      name: 'Trường Tiểu học Thái Bình',
    });
    sibling = await seedUnit(ctx.db, { parent: commune, typeCode: 'school' });
    alice = await seedUser(ctx, { unit: school, roles: [{ roleCode: 'teacher' }], mfa: false });
    bob = await seedUser(ctx, { unit: school, roles: [{ roleCode: 'teacher' }], mfa: false });
  });
  afterAll(() => ctx.close());

  const send = (userIds: string[], key: string, title = 'Khoá học mới: An toàn mật khẩu') =>
    notify(ctx.db, {
      userIds,
      kind: 'learning.assigned',
      title: { vi: title, en: 'New course: Password safety' },
      body: { vi: 'Hạn hoàn thành: 30/11/2026.', en: 'Due: 30 Nov 2026.' },
      link: '/learning',
      unitId: school.id,
      channels: ['in_app'],
      dedupeKey: key,
    });

  it('a user lists only their own notices, newest first, with the unread count', async () => {
    const mine = await send([alice.id], 'a1', 'Thông báo 1 của Alice');
    await send([alice.id], 'a2', 'Thông báo 2 của Alice');
    await send([bob.id], 'b1', 'Thông báo của Bob');
    await send([alice.id, bob.id], 'both');
    const s = await signIn(ctx.app, alice);
    const res = await ctx.app.inject({ method: 'GET', url: '/api/notifications', headers: s.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.total).toBe(3);
    expect(body.unread).toBe(3);
    expect(body.items.map((n: { title: string }) => n.title)).toEqual(
      expect.arrayContaining([
        'Thông báo 1 của Alice',
        'Thông báo 2 của Alice',
        'Khoá học mới: An toàn mật khẩu',
      ]),
    );
    expect(body.items.some((n: { title: string }) => n.title.includes('Bob'))).toBe(false);
    expect(body.items[0]).toMatchObject({
      link: '/learning',
      unitName: 'Trường Tiểu học Thái Bình',
      readAt: null,
    });

    const paged = await ctx.app.inject({
      method: 'GET',
      url: '/api/notifications?page=2&pageSize=2',
      headers: s.headers,
    });
    expect(paged.json().items).toHaveLength(1);

    const count = await ctx.app.inject({
      method: 'GET',
      url: '/api/notifications/unread-count',
      headers: s.headers,
    });
    expect(count.json()).toEqual({ unread: 3 });

    const read = await ctx.app.inject({
      method: 'POST',
      url: `/api/notifications/${mine.notificationIds[0]}/read`,
      headers: s.headers,
    });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toBeTruthy();
    const unread = await ctx.app.inject({
      method: 'GET',
      url: '/api/notifications?unread=true',
      headers: s.headers,
    });
    expect(unread.json()).toMatchObject({ total: 2, unread: 2 });
  });

  it("marking someone else's notice read is not found and changes nothing", async () => {
    const theirs = await send([bob.id], 'b-private');
    const s = await signIn(ctx.app, alice);
    const res = await ctx.app.inject({
      method: 'POST',
      url: `/api/notifications/${theirs.notificationIds[0]}/read`,
      headers: s.headers,
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    const [row] = await query<{ read_at: unknown }>(
      ctx.db,
      sql`select read_at from notifications where id = ${theirs.notificationIds[0]}`,
    );
    expect(row!.read_at).toBeNull();
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/notifications/not-a-uuid/read',
      headers: s.headers,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('mark all read touches only my notices; an English account reads English', async () => {
    const carol = await seedUser(ctx, { unit: school, roles: [{ roleCode: 'teacher' }], mfa: false });
    await ctx.db.execute(sql`update users set locale = 'en' where id = ${carol.id}`);
    await send([carol.id], 'c1');
    await send([bob.id], 'b2');
    const s = await signIn(ctx.app, carol);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/notifications', headers: s.headers });
    expect(list.json().items[0]).toMatchObject({
      title: 'New course: Password safety',
      body: 'Due: 30 Nov 2026.',
    });
    const all = await ctx.app.inject({
      method: 'POST',
      url: '/api/notifications/read-all',
      headers: s.headers,
    });
    expect(all.json()).toEqual({ updated: 1 });
    const [bobUnread] = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from notifications where recipient_id = ${bob.id} and read_at is null`,
    );
    expect(bobUnread!.n).toBeGreaterThan(0);
  });

  it('requires a session', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/notifications' });
    expect(res.statusCode).toBe(401);
  });

  it('account administrators link an account to Zalo (audited); bad ids get a Vietnamese message; other units are not found', async () => {
    const principal = await seedUser(ctx, { unit: school, roles: [{ roleCode: 'school_principal' }] });
    const s = await signIn(ctx.app, principal);
    const put = await ctx.app.inject({
      method: 'PUT',
      url: `/api/notifications/zalo-links/${alice.id}`,
      headers: s.headers,
      payload: { zaloUserId: ' 2468458835296197922 ' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toEqual({ userId: alice.id, zaloUserId: '2468458835296197922' });
    const get = await ctx.app.inject({
      method: 'GET',
      url: `/api/notifications/zalo-links/${alice.id}`,
      headers: s.headers,
    });
    expect(get.json().zaloUserId).toBe('2468458835296197922');
    const [audit] = await query<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from audit_log where action = 'notify.zalo_link.set' and object_id = ${alice.id}`,
    );
    expect(audit!.n).toBe(1);

    const bad = await ctx.app.inject({
      method: 'PUT',
      url: `/api/notifications/zalo-links/${alice.id}`,
      headers: s.headers,
      payload: { zaloUserId: '0912 345 678; drop table' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('NOTIFY_ZALO_USER_ID_INVALID');
    expect(bad.json().error.message).toContain('Mã người dùng Zalo không hợp lệ');

    const outsider = await seedUser(ctx, { unit: sibling, roles: [{ roleCode: 'teacher' }], mfa: false });
    const foreign = await ctx.app.inject({
      method: 'PUT',
      url: `/api/notifications/zalo-links/${outsider.id}`,
      headers: s.headers,
      payload: { zaloUserId: '1234567' },
    });
    expect(foreign.statusCode).toBe(404);

    const del = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/notifications/zalo-links/${alice.id}`,
      headers: s.headers,
    });
    expect(del.statusCode).toBe(204);
    const after = await ctx.app.inject({
      method: 'GET',
      url: `/api/notifications/zalo-links/${alice.id}`,
      headers: s.headers,
    });
    expect(after.json().zaloUserId).toBeNull();

    // A plain teacher may not link accounts.
    const t = await signIn(ctx.app, bob);
    const denied = await ctx.app.inject({
      method: 'PUT',
      url: `/api/notifications/zalo-links/${alice.id}`,
      headers: t.headers,
      payload: { zaloUserId: '1234567' },
    });
    expect(denied.statusCode).toBe(403);
  });

  it('account administrators see the delivery record of a notice in their scope', async () => {
    const r = await notify(ctx.db, {
      userIds: [alice.id],
      kind: 'test.deliveries',
      title: { vi: 'Tiêu đề', en: 'Title' },
      body: { vi: 'Nội dung', en: 'Body' },
      channels: ['in_app', 'email', 'zalo'],
      dedupeKey: 'deliveries-route',
    });
    const principal = await seedUser(ctx, { unit: school, roles: [{ roleCode: 'school_principal' }] });
    const s = await signIn(ctx.app, principal);
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/notifications/${r.notificationIds[0]}/deliveries`,
      headers: s.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(
      res.json().items.map((d: { channel: string; status: string }) => `${d.channel}:${d.status}`),
    ).toEqual(['email:queued', 'zalo:queued']);
    const other = await seedUser(ctx, { unit: sibling, roles: [{ roleCode: 'school_principal' }] });
    const so = await signIn(ctx.app, other);
    const denied = await ctx.app.inject({
      method: 'GET',
      url: `/api/notifications/${r.notificationIds[0]}/deliveries`,
      headers: so.headers,
    });
    expect(denied.statusCode).toBe(404);
  });
});
