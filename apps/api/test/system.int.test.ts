import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildApp, LOG_REDACT } from '../src/app';
import {
  createTestContext,
  describeEachDb,
  seedUnit,
  seedUser,
  TEST_PASSWORD,
  type TestContext,
} from './helpers';

describeEachDb('system endpoints and hardening', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.close());

  it('reports health with the database kind', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: kind });
  });

  it('publishes OpenAPI with every API route', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const spec = res.json() as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/api/units/{id}/move');
    expect(Object.keys(spec.paths)).toContain('/api/auth/login');
  });

  it('sends a strict Content-Security-Policy and security headers', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBeTruthy();
  });

  it('answers unknown API routes and oversize bodies with coded JSON errors', async () => {
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ROUTE_NOT_FOUND');
    const huge = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': '1', 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2_000_000) }),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('BODY_TOO_LARGE');
    expect(huge.json().error.message).toMatch(/quá lớn/);
  });

  it('serves Prometheus metrics to loopback only', async () => {
    const local = await ctx.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '127.0.0.1' });
    expect(local.statusCode).toBe(200);
    expect(local.body).toContain('edushield_http_request_duration_seconds');
    const remote = await ctx.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.5' });
    expect(remote.statusCode).toBe(403);
  });

  it('keeps passwords, cookies and CSRF tokens out of the JSON log', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({
      settings: ctx.settings,
      database: ctx.database,
      keys: ctx.keys,
      logger: { level: 'trace', redact: LOG_REDACT, stream },
    });
    const root = await seedUnit(ctx.db, { typeCode: 'department' });
    const user = await seedUser(ctx, { unit: root, mfa: false });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-csrf-token': '1' },
      payload: { username: user.username, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('"reqId"');
    expect(log).not.toContain(TEST_PASSWORD);
    expect(log).not.toContain(cookie.split('=')[1]!);
  });
});
