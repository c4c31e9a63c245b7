import { ROLES, roleHasPermission } from '@edushield/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { encryptField, sha256Hex } from '../src/lib/crypto';
import { sessions } from '../src/modules/auth/auth.table';
import { createSession } from '../src/modules/auth/sessions.repository';
import { orgUnits, orgUnitVersions } from '../src/modules/org/org.table';
import { roleAssignments, users } from '../src/modules/users/users.table';
import type { AccessRule, ObjectKind, ObjectLocator } from '../src/plugins/access.types';
import { importBatchIn } from './fixtures/import-objects';
import {
  createTestContext,
  describeEachDb,
  type SeededUnit,
  seedUnit,
  TEST_TOTP_SECRET,
  type TestContext,
} from './helpers';
import { featureMatrixObjects } from './matrix';
import { sectorObjectIn } from './sector-fixtures';

/**
 * Security test 1 as one table: every registered route × every role × the
 * caller's own unit, a sibling, the parent and a child, for both assignment
 * scopes. A route joins the matrix by being registered: the app refuses to
 * start with a route that declares no access rule, and this test fails if a
 * permission route names an object kind it cannot build.
 */
type Target = 'own' | 'sibling' | 'parent' | 'child';
const TARGETS: Target[] = ['own', 'sibling', 'parent', 'child'];

interface MiniTree {
  parent: SeededUnit;
  own: SeededUnit;
  sibling: SeededUnit;
  child: SeededUnit;
}

describeEachDb('access matrix', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
    root = await seedUnit(ctx.db, { typeCode: 'department' });
  });
  afterAll(() => ctx.close());

  let treeCounter = 0;
  /** parent (commune) → own and sibling (schools) → child (satellite of own), in two statements. */
  async function miniTree(): Promise<MiniTree> {
    treeCounter += 1;
    const make = (key: string, parent: SeededUnit, typeCode: string) => {
      const id = crypto.randomUUID();
      return {
        id,
        code: `M${treeCounter}${key}_${id.slice(0, 6)}`,
        path: `${parent.path}${id}/`,
        parentId: parent.id,
        typeCode,
      };
    };
    const parent = make('p', root, 'commune');
    const own = make('o', parent, 'school');
    const sibling = make('s', parent, 'school');
    const child = make('c', own, 'satellite');
    const all = [parent, own, sibling, child];
    await ctx.db.insert(orgUnits).values(
      all.map((u) => ({
        id: u.id,
        code: u.code,
        typeCode: u.typeCode,
        parentId: u.parentId,
        name: `Đơn vị ${u.code}`,
        path: u.path,
        validFrom: '2025-07-01',
      })),
    );
    await ctx.db.insert(orgUnitVersions).values(
      all.map((u) => ({
        unitId: u.id,
        code: u.code,
        typeCode: u.typeCode,
        parentId: u.parentId,
        name: `Đơn vị ${u.code}`,
        status: 'active',
        validFrom: '2025-07-01',
        change: 'created',
      })),
    );
    const ref = (u: (typeof all)[number]): SeededUnit => ({ id: u.id, code: u.code, path: u.path });
    return { parent: ref(parent), own: ref(own), sibling: ref(sibling), child: ref(child) };
  }

  async function userIn(unit: SeededUnit, roleCode?: string, scope: 'subtree' | 'unit' = 'subtree') {
    const [user] = await ctx.db
      .insert(users)
      .values({
        username: `m_${crypto.randomUUID().slice(0, 12)}`,
        fullName: 'Người dùng thử',
        unitId: unit.id,
        passwordHash: null,
        mustChangePassword: false,
        mfaSecretEnc: encryptField(ctx.keys.fieldKeys, TEST_TOTP_SECRET),
        mfaEnabledAt: new Date(),
      })
      .returning();
    let assignmentId: string | null = null;
    if (roleCode) {
      const [a] = await ctx.db
        .insert(roleAssignments)
        .values({ userId: user!.id, roleCode, unitId: unit.id, scope })
        .returning();
      assignmentId = a!.id;
    }
    return { userId: user!.id, assignmentId };
  }

  async function objectIn(kindOf: ObjectKind, unit: SeededUnit): Promise<string> {
    switch (kindOf) {
      case 'unit':
        return unit.id;
      case 'user':
        return (await userIn(unit)).userId;
      case 'assignment':
        return (await userIn(unit, 'student')).assignmentId!;
      case 'school':
      case 'class':
      case 'staff':
      case 'student':
        return sectorObjectIn(ctx.db, kindOf, unit);
      case 'import_batch':
        return importBatchIn(ctx.db, unit);
      default: {
        const build = featureMatrixObjects[kindOf];
        if (!build)
          throw new Error(`access matrix cannot build an object of kind ${kindOf}: add it to test/matrix/`);
        return build(ctx.db, unit);
      }
    }
  }

  async function sessionFor(roleCode: string, unit: SeededUnit, scope: 'subtree' | 'unit') {
    const { userId } = await userIn(unit, roleCode, scope);
    const token = await createSession(
      ctx.db,
      { userId, mfaVerified: true, ip: '127.0.0.1', userAgent: 'matrix' },
      { idleMinutes: 30, absoluteHours: 12 },
    );
    const [row] = await ctx.db
      .select({ csrf: sessions.csrfToken })
      .from(sessions)
      .where(eq(sessions.idHash, sha256Hex(token)));
    return { cookie: `edushield_sid=${token}`, csrf: row!.csrf };
  }

  async function call(
    route: { method: string; url: string },
    locators: ObjectLocator[],
    ids: string[],
    session: { cookie: string; csrf: string },
  ) {
    let url = route.url;
    const query = new URLSearchParams();
    const body: Record<string, string> = {};
    locators.forEach((l, i) => {
      if (l.in === 'params') url = url.replace(`:${l.key}`, ids[i]!);
      else if (l.in === 'query') query.set(l.key, ids[i]!);
      else body[l.key] = ids[i]!;
    });
    url = url.replace(/:([A-Za-z]+)/g, () => crypto.randomUUID());
    const qs = query.toString();
    return ctx.app.inject({
      method: route.method as 'GET',
      url: qs ? `${url}?${qs}` : url,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: body }),
    });
  }

  /** Some routes answer with files: only JSON bodies carry an error code. */
  const errorCode = (res: { headers: Record<string, unknown>; json: () => unknown }): string | undefined =>
    String(res.headers['content-type'] ?? '').includes('json')
      ? (res.json() as { error?: { code?: string } })?.error?.code
      : undefined;
  const jsonOf = (res: { headers: Record<string, unknown>; json: () => unknown }) =>
    (String(res.headers['content-type'] ?? '').includes('json') ? res.json() : {}) as Record<string, unknown>;

  const isGateDenial = (status: number, code: string | undefined) =>
    status === 401 || (status === 403 && code === 'FORBIDDEN') || (status === 404 && code === 'NOT_FOUND');

  it('every API route declares an access rule', () => {
    const apiRoutes = ctx.app.accessRoutes;
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const r of apiRoutes) expect(r.access, `${r.method} ${r.url}`).toBeDefined();
  });

  it('refuses to start with a route that has no access rule', async () => {
    const { buildApp } = await import('../src/app');
    const app = await buildApp({
      settings: ctx.settings,
      database: ctx.database,
      keys: ctx.keys,
      logger: false,
    });
    expect(() => app.get('/api/undeclared', async () => 'x')).toThrow(/declares no access rule/);
    await app.close();
  });

  it('unauthenticated callers get 401 on every non-public route', async () => {
    for (const r of ctx.app.accessRoutes) {
      if ('public' in r.access) continue;
      const url = r.url.replace(/:([A-Za-z]+)/g, () => crypto.randomUUID());
      const res = await ctx.app.inject({ method: r.method as 'GET', url, headers: { 'x-csrf-token': '1' } });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('every permission route × role × {own, sibling, parent, child} × {subtree, unit} is decided by the gate', async () => {
    const permissionRoutes = ctx.app.accessRoutes.filter(
      (r): r is typeof r & { access: Extract<AccessRule, { permission: string }> } =>
        'permission' in r.access,
    );
    let cases = 0;
    for (const route of permissionRoutes) {
      const locators = route.access.objects ?? [];
      for (const role of ROLES) {
        const allowed = roleHasPermission(role.code, route.access.permission);
        // A role without the permission is refused before any object is looked at: one case
        // (its own unit, subtree scope — the most generous position) shows it.
        for (const scope of allowed ? (['subtree', 'unit'] as const) : (['subtree'] as const)) {
          if (locators.length === 0) {
            const tree = await miniTree();
            const session = await sessionFor(role.code, tree.own, scope);
            const res = await call(route, [], [], session);
            const code = errorCode(res);
            if (allowed)
              expect(isGateDenial(res.statusCode, code), `${route.method} ${route.url} as ${role.code}`).toBe(
                false,
              );
            else expect(res.statusCode, `${route.method} ${route.url} as ${role.code}`).toBe(403);
            cases++;
            continue;
          }
          for (const target of allowed ? TARGETS : (['own'] as const)) {
            const tree = await miniTree();
            const session = await sessionFor(role.code, tree.own, scope);
            const ids = [];
            for (const l of locators) ids.push(await objectIn(l.kind, tree[target]));
            const res = await call(route, locators, ids, session);
            const code = errorCode(res);
            const inScope = target === 'own' || (target === 'child' && scope === 'subtree');
            const label = `${route.method} ${route.url} as ${role.code}/${scope} on ${target}`;
            if (allowed && inScope) {
              expect(isGateDenial(res.statusCode, code), `${label}: ${res.statusCode} ${res.body}`).toBe(
                false,
              );
            } else {
              expect([403, 404], `${label}: ${res.statusCode}`).toContain(res.statusCode);
              expect(jsonOf(res).items, label).toBeUndefined();
              expect(jsonOf(res).total, label).toBeUndefined();
            }
            cases++;
          }
          // Security test 2: a request naming one in-scope and one foreign object is refused.
          if (locators.length > 1 && allowed) {
            const tree = await miniTree();
            const session = await sessionFor(role.code, tree.own, scope);
            const ids = [await objectIn(locators[0]!.kind, tree.own)];
            for (const l of locators.slice(1)) ids.push(await objectIn(l.kind, tree.sibling));
            const res = await call(route, locators, ids, session);
            expect(res.statusCode, `${route.method} ${route.url} mixed as ${role.code}`).toBe(404);
            cases++;
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(500);
  }, 1_200_000);
});
