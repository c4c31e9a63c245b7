import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  BODIES,
  bodySchemas,
  extreme,
  JUNK_QUERY,
  PARAM_VALUES,
  problemWith,
  SKIP,
  wrongTypes,
} from './bad-input';
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
 * Bad input of any kind gets a clear, coded message and never a 500: every
 * API route, called by an account holding every role over the whole tree,
 * with malformed ids in the path, junk in the query string and bodies of the
 * wrong shape. Each answer below 500 that is an error carries a stable code
 * and a Vietnamese message (the default locale).
 */

describeEachDb('bad input', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  let session: Session;
  let user: { username: string; mfa: boolean };

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department' });
    await seedUnit(ctx.db, { parent: root, typeCode: 'school' });
    const roles = [
      'system_admin',
      'department_admin',
      'department_data_officer',
      'security_officer',
      'reviewer',
    ].map((roleCode) => ({ roleCode }));
    user = await seedUser(ctx, { unit: root, roles });
    session = await signIn(ctx.app, user);
  });
  afterAll(async () => {
    await ctx?.close();
  });

  /** A route may legitimately change the session (locale, password, MFA): sign in again when it did. */
  async function ensureSession() {
    const check = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: session.headers });
    const view = check.json() as { user: unknown; pending: string | null };
    if (view.user && !view.pending) return;
    user = await seedUser(ctx, {
      unit: root,
      roles: ['system_admin', 'department_admin', 'department_data_officer', 'security_officer'].map(
        (roleCode) => ({ roleCode }),
      ),
    });
    session = await signIn(ctx.app, user);
  }

  it('answers malformed ids, junk queries and wrong bodies on every route with a coded 4xx', async () => {
    const routes = ctx.app.accessRoutes.filter((r) => !SKIP.has(`${r.method} ${r.url}`));
    // The JSON body schema of each route, from the generated OpenAPI document.
    const bodySchemaOf = bodySchemas(ctx.app);
    const withSchema = routes.filter((r) => bodySchemaOf(r.method, r.url));
    expect(withSchema.length).toBeGreaterThan(40);
    expect(routes.length).toBeGreaterThan(150);
    let requests = 0;
    const problems: string[] = [];
    const check = (response: LightMyRequestResponse, what: string) => {
      requests++;
      const problem = problemWith(response);
      if (problem) problems.push(`${what}: ${problem}`);
    };
    for (const route of routes) {
      const hasParams = route.url.includes(':');
      const urls = hasParams
        ? PARAM_VALUES.map((v) => route.url.replace(/:[A-Za-z]+/g, encodeURIComponent(v)))
        : [route.url];
      const label = (i: number) => (hasParams ? `${route.url} [id ${i + 1}]` : route.url);
      const withBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
      const bodySchema = bodySchemaOf(route.method, route.url);
      for (const [i, url] of urls.entries()) {
        const plain = await ctx.app.inject({
          method: route.method as 'GET',
          url: `${url}?${JUNK_QUERY}`,
          headers: session.headers,
        });
        check(plain, `${route.method} ${label(i)} with a junk query`);
        if (!withBody) continue;
        for (const body of BODIES) {
          const payload =
            body.label === 'wrong types'
              ? wrongTypes(bodySchema)
              : body.label === 'NUL bytes' || body.label === 'edge values'
                ? JSON.stringify(extreme(bodySchema, body.label === 'NUL bytes'))
                : body.payload;
          const response = await ctx.app.inject({
            method: route.method as 'POST',
            url,
            headers: { ...session.headers, 'content-type': body.contentType },
            payload,
          });
          check(response, `${route.method} ${label(i)} with ${body.label}`);
        }
        await ensureSession();
      }
    }
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  }, 600_000);
});
