import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { describe } from 'vitest';
import { buildApp } from '../src/app';
import { syncRoles } from '../src/bootstrap';
import { loadSettings, type Settings } from '../src/config/settings';
import { type Database, type Db, openDatabase } from '../src/db/client';
import { encryptField } from '../src/lib/crypto';
import { type Keys, loadOrCreateKeys } from '../src/lib/keys';
import { hashPassword } from '../src/modules/auth/passwords';
import { currentTotp } from '../src/modules/auth/totp';
import { orgUnits, orgUnitVersions } from '../src/modules/org/org.table';
import { roleAssignments, users } from '../src/modules/users/users.table';

export type DbKind = 'pglite' | 'postgres';

/** The database kinds integration tests run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DB_KINDS: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** `describe` once per database kind. */
export function describeEachDb(name: string, body: (kind: DbKind) => void) {
  for (const kind of DB_KINDS) describe(`${name} [${kind}]`, () => body(kind));
}

export interface TestContext {
  app: FastifyInstance;
  db: Db;
  database: Database;
  keys: Keys;
  settings: Settings;
  close(): Promise<void>;
}

/**
 * A real database built from the real migrations: PGlite in memory, or a
 * fresh PostgreSQL database created for this context and dropped after.
 */
export async function createTestContext(
  kind: DbKind,
  overrides: Partial<Settings> = {},
): Promise<TestContext> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'edushield-test-'));
  let dropDatabase: (() => Promise<void>) | null = null;
  let url: string | null = null;
  if (kind === 'postgres') {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `edushield_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(base);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const database = await openDatabase({ url, dataDir: null, poolSize: 4 });
  await database.migrate();
  await syncRoles(database.db);
  const settings = loadSettings(
    { DATA_DIR: tmp, LOG_LEVEL: 'silent' },
    { loginMaxFailuresPerAccount: 5, loginMaxFailuresPerAddress: 1000, ...overrides },
  );
  const keys = loadOrCreateKeys(settings.keysDir);
  const app = await buildApp({ settings, database, keys, logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    keys,
    settings,
    async close() {
      await app.close();
      await database.close();
      if (dropDatabase) await dropDatabase();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface SeededUnit {
  id: string;
  code: string;
  path: string;
}

let unitCounter = 0;

/** Inserts a unit (and its first version) under a parent, without going through the API. */
export async function seedUnit(
  db: Db,
  input: { parent?: SeededUnit | null; typeCode?: string; name?: string; code?: string; validFrom?: string },
): Promise<SeededUnit> {
  const id = crypto.randomUUID();
  unitCounter += 1;
  const code = input.code ?? `U${unitCounter}_${id.slice(0, 6)}`;
  const unitPath = `${input.parent?.path ?? '/'}${id}/`;
  const name = input.name ?? `Đơn vị ${unitCounter}`;
  const typeCode = input.typeCode ?? 'school';
  const validFrom = input.validFrom ?? '2025-07-01';
  await db
    .insert(orgUnits)
    .values({ id, code, typeCode, parentId: input.parent?.id ?? null, name, path: unitPath, validFrom });
  await db.insert(orgUnitVersions).values({
    unitId: id,
    code,
    typeCode,
    parentId: input.parent?.id ?? null,
    name,
    status: 'active',
    validFrom,
    change: 'created',
  });
  return { id, code, path: unitPath };
}

export const TEST_PASSWORD = 'mật khẩu thử nghiệm dài';
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface SeededUser {
  id: string;
  username: string;
  mfa: boolean;
}

let passwordHashCache: Promise<string> | undefined;

/** A ready-to-use account: password TEST_PASSWORD, MFA enrolled with TEST_TOTP_SECRET when `mfa`. */
export async function seedUser(
  ctx: Pick<TestContext, 'db' | 'keys'>,
  input: {
    unit: SeededUnit;
    roles?: { roleCode: string; unit?: SeededUnit; scope?: 'subtree' | 'unit' }[];
    username?: string;
    mfa?: boolean;
    mustChangePassword?: boolean;
  },
): Promise<SeededUser> {
  passwordHashCache ??= hashPassword(TEST_PASSWORD);
  const username = input.username ?? `user_${crypto.randomUUID().slice(0, 8)}`;
  const mfa = input.mfa ?? true;
  const [user] = await ctx.db
    .insert(users)
    .values({
      username,
      fullName: `Người dùng ${username}`,
      unitId: input.unit.id,
      passwordHash: await passwordHashCache,
      mustChangePassword: input.mustChangePassword ?? false,
      mfaSecretEnc: mfa ? encryptField(ctx.keys.fieldKeys, TEST_TOTP_SECRET) : null,
      mfaEnabledAt: mfa ? new Date() : null,
    })
    .returning();
  for (const role of input.roles ?? []) {
    await ctx.db.insert(roleAssignments).values({
      userId: user!.id,
      roleCode: role.roleCode,
      unitId: (role.unit ?? input.unit).id,
      scope: role.scope ?? 'subtree',
    });
  }
  return { id: user!.id, username, mfa };
}

export interface Session {
  cookie: string;
  csrf: string;
  headers: Record<string, string>;
}

export function cookieFrom(response: LightMyRequestResponse): string {
  const raw = response.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const sid = list.find((c) => c.startsWith('edushield_sid='));
  if (!sid) throw new Error(`no session cookie in response ${response.statusCode}: ${response.body}`);
  return sid.split(';')[0]!;
}

/**
 * Signs in through the API (password, then TOTP when enrolled). A TOTP step
 * works once, so successive sign-ins of one user use the current, next and
 * previous step (the ±1 drift window): at most three per user per test.
 */
const signInsByUser = new Map<string, number>();
/**
 * The current step first, then the next, then the previous: a step boundary
 * passing between making the code and the server checking it (a loaded
 * machine) still leaves the first two inside the ±1 window.
 */
const TOTP_STEP_ORDER = [0, 1, -1] as const;
export async function signIn(
  app: FastifyInstance,
  user: { username: string; mfa: boolean },
): Promise<Session> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-csrf-token': '1' },
    payload: { username: user.username, password: TEST_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login failed ${login.statusCode}: ${login.body}`);
  let cookie = cookieFrom(login);
  let csrf = login.json().csrfToken as string;
  if (user.mfa) {
    const count = signInsByUser.get(user.username) ?? 0;
    signInsByUser.set(user.username, count + 1);
    const verify = await app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { code: currentTotp(TEST_TOTP_SECRET, Date.now() + TOTP_STEP_ORDER[count % 3]! * 30_000) },
    });
    if (verify.statusCode !== 200) throw new Error(`mfa failed ${verify.statusCode}: ${verify.body}`);
    cookie = cookieFrom(verify);
    csrf = verify.json().csrfToken as string;
  }
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

export async function countRows(db: Db, table: string): Promise<number> {
  const result = (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return result.rows[0]!.n;
}
