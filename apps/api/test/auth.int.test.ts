import { afterAll, beforeAll, expect, it } from 'vitest';
import { currentTotp } from '../src/modules/auth/totp';
import {
  cookieFrom,
  createTestContext,
  describeEachDb,
  type SeededUnit,
  seedUnit,
  seedUser,
  signIn,
  TEST_PASSWORD,
  TEST_TOTP_SECRET,
  type TestContext,
} from './helpers';

describeEachDb('authentication and sessions', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department' });
  });
  afterAll(() => ctx.close());

  const login = (username: string, password: string, ip = '10.9.9.9') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': '1' },
      remoteAddress: ip,
      payload: { username, password },
    });

  it('rotates the session id at sign-in and again after the second factor', async () => {
    const user = await seedUser(ctx, { unit: root, roles: [{ roleCode: 'department_admin' }] });
    const first = await login(user.username, TEST_PASSWORD);
    expect(first.statusCode).toBe(200);
    expect(first.json().pending).toBe('MFA_REQUIRED');
    const cookie1 = cookieFrom(first);
    expect(first.headers['set-cookie']).toMatch(/HttpOnly/i);
    expect(first.headers['set-cookie']).toMatch(/SameSite=Strict/i);
    const verify = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      headers: { cookie: cookie1, 'x-csrf-token': first.json().csrfToken },
      payload: { code: currentTotp(TEST_TOTP_SECRET) },
    });
    expect(verify.statusCode).toBe(200);
    const cookie2 = cookieFrom(verify);
    expect(cookie2).not.toBe(cookie1);
    // The pre-MFA session id is dead.
    const old = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: cookie1 },
    });
    expect(old.json().user).toBeNull();
  });

  it('gives the same answer for unknown accounts and wrong passwords, and throttles per account', async () => {
    const user = await seedUser(ctx, { unit: root, mfa: false });
    const unknown = await login('no-such-user', 'whatever-password');
    const wrong = await login(user.username, 'wrong-password-x');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
    for (let i = 0; i < 4; i++) await login(user.username, 'wrong-password-x', `10.0.0.${i}`);
    const blocked = await login(user.username, TEST_PASSWORD, '10.0.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    // Unknown accounts are throttled exactly the same way: no enumeration by lockout.
    for (let i = 0; i < 5; i++) await login('ghost-account', 'wrong-password-x', `10.0.2.${i}`);
    expect((await login('ghost-account', 'wrong-password-x', '10.0.3.1')).statusCode).toBe(429);
  });

  it('refuses state-changing requests without the CSRF token', async () => {
    const user = await seedUser(ctx, { unit: root, mfa: false });
    const session = await signIn(ctx.app, user);
    const noToken = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_FAILED');
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'x', password: 'y' },
    });
    expect(anonymous.statusCode).toBe(403);
  });

  it('ends the session server-side at sign-out, and everywhere with sign-out-all', async () => {
    const user = await seedUser(ctx, { unit: root, mfa: false });
    const a = await signIn(ctx.app, user);
    const b = await signIn(ctx.app, user);
    const out = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout-all', headers: a.headers });
    expect(out.statusCode).toBe(204);
    for (const s of [a, b]) {
      const check = await ctx.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { cookie: s.cookie },
      });
      expect(check.json().user).toBeNull();
    }
  });

  it('holds the idle timeout', async () => {
    const user = await seedUser(ctx, { unit: root, mfa: false });
    const s = await signIn(ctx.app, user);
    await ctx.db.execute(
      (await import('drizzle-orm'))
        .sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${user.id}`,
    );
    const check = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: s.cookie },
    });
    expect(check.json().user).toBeNull();
  });

  it('forces a password change at first sign-in and enforces the password policy', async () => {
    const user = await seedUser(ctx, { unit: root, mfa: false, mustChangePassword: true });
    const s = await signIn(ctx.app, user);
    const weak = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: s.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'password123' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('PASSWORD_TOO_COMMON');
    const ok = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: s.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'một cụm từ rất riêng 2026' },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().pending).toBeNull();
  });

  it('answers errors in English when asked, and never with a stack trace', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': '1', 'accept-language': 'en-US', 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_JSON');
    expect(res.json().error.message).toMatch(/malformed/i);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
