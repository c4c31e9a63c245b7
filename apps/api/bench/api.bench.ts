import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp } from '../src/app';
import { syncRoles } from '../src/bootstrap';
import { loadSettings } from '../src/config/settings';
import { loadOrCreateKeys } from '../src/lib/keys';
import { createSession } from '../src/modules/auth/sessions.repository';
import { orgUnits } from '../src/modules/org/org.table';
import { listUsers } from '../src/modules/users/users.repository';
import { roleAssignments, users } from '../src/modules/users/users.table';
import { Scope } from '../src/plugins/scope';
import { benchDatabase } from './bench-db';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

interface LoadResult {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** autocannon in its own process: the load generator must not share the server's event loop. */
function load(url: string, headers: Record<string, string>): Promise<LoadResult> {
  const require = createRequire(import.meta.url);
  const bin = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');
  const args = [bin, '-j', '-c', String(CONNECTIONS), '-d', String(DURATION_S)];
  for (const [k, v] of Object.entries(headers)) args.push('-H', `${k}=${v}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('close', () => {
      try {
        const r = JSON.parse(out);
        resolve({ rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx });
      } catch (error) {
        reject(error);
      }
    });
  });
}

export async function runApiBench() {
  const { database, tmp, drop } = await benchDatabase('api', 20);
  await database.migrate();
  await syncRoles(database.db);
  const db = database.db;

  // A province: 20 communes × 10 schools, 25 staff accounts per school (5,000 users).
  const rootId = crypto.randomUUID();
  await db.insert(orgUnits).values({
    id: rootId,
    code: 'SGD',
    typeCode: 'department',
    name: 'Sở',
    path: `/${rootId}/`,
    validFrom: '2025-07-01',
  });
  let target: { id: string; path: string } | null = null;
  for (let c = 0; c < 20; c++) {
    const communeId = crypto.randomUUID();
    const communePath = `/${rootId}/${communeId}/`;
    await db.insert(orgUnits).values({
      id: communeId,
      code: `XA${c}`,
      typeCode: 'commune',
      parentId: rootId,
      name: `Xã ${c}`,
      path: communePath,
      validFrom: '2025-07-01',
    });
    for (let s = 0; s < 10; s++) {
      const schoolId = crypto.randomUUID();
      const schoolPath = `${communePath}${schoolId}/`;
      await db.insert(orgUnits).values({
        id: schoolId,
        code: `TR${c}_${s}`,
        typeCode: 'school',
        parentId: communeId,
        name: `Trường ${c}-${s}`,
        path: schoolPath,
        validFrom: '2025-07-01',
      });
      const rows = Array.from({ length: 25 }, (_, i) => ({
        username: `gv_${c}_${s}_${i}`,
        fullName: `Giáo viên Nguyễn Văn ${c}-${s}-${i}`,
        unitId: schoolId,
        passwordHash: null,
        mustChangePassword: false,
      }));
      const inserted = await db.insert(users).values(rows).returning({ id: users.id });
      await db
        .insert(roleAssignments)
        .values(inserted.map((u) => ({ userId: u.id, roleCode: 'teacher', unitId: schoolId })));
      target ??= { id: schoolId, path: schoolPath };
    }
  }
  const school = target!;
  const [principal] = await db
    .insert(users)
    .values({
      username: 'ht_bench',
      fullName: 'Hiệu trưởng',
      unitId: school.id,
      passwordHash: null,
      mustChangePassword: false,
      mfaEnabledAt: new Date(),
      mfaSecretEnc: 'x',
    })
    .returning();
  await db
    .insert(roleAssignments)
    .values({ userId: principal!.id, roleCode: 'school_principal', unitId: school.id });
  const token = await createSession(
    db,
    { userId: principal!.id, mfaVerified: true, ip: '127.0.0.1', userAgent: 'bench' },
    { idleMinutes: 600, absoluteHours: 12 },
  );

  const settings = loadSettings({ DATA_DIR: tmp, LOG_LEVEL: 'silent', SESSION_IDLE_MINUTES: '600' });
  const keys = loadOrCreateKeys(settings.keysDir);
  const app = await buildApp({ settings, database, keys, logger: false });
  const appUrl = await app.listen({ port: 0, host: '127.0.0.1' });

  // Baseline: a bare Fastify route running the same SQL (count, page, roles), no session, gate or scope lookup.
  const bare = Fastify({ logger: false });
  const wholeTree = new Scope('user.read', [`/${rootId}/`], []);
  bare.get('/users', async () =>
    listUsers(db, { scope: wholeTree, subtreePath: school.path, page: 1, pageSize: 50 }, wholeTree),
  );
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const scoped = `${appUrl}/api/users?unitId=${school.id}&page=1&pageSize=50`;
  const check = await fetch(scoped, { headers: { cookie: `edushield_sid=${token}` } });
  const body = (await check.json()) as { total?: number };
  if (check.status !== 200 || body.total !== 26)
    throw new Error(`scoped endpoint misbehaves: ${check.status} ${JSON.stringify(body).slice(0, 200)}`);

  // Warm both, then alternate runs and keep each side's best.
  await load(`${bareUrl}/users`, {});
  await load(scoped, { cookie: `edushield_sid=${token}` });
  const runs = { bare: [] as LoadResult[], app: [] as LoadResult[] };
  for (let i = 0; i < 2; i++) {
    runs.bare.push(await load(`${bareUrl}/users`, {}));
    runs.app.push(await load(scoped, { cookie: `edushield_sid=${token}` }));
  }
  const best = (list: LoadResult[]) => list.reduce((a, b) => (b.rps > a.rps ? b : a));
  const appBest = best(runs.app);
  const bareBest = best(runs.bare);

  await app.close();
  await bare.close();
  await database.close();
  await drop();
  return {
    name: 'api',
    unit: 'requests/s',
    value: Math.round(appBest.rps),
    baseline: Math.round(bareBest.rps),
    ratio: Number((appBest.rps / bareBest.rps).toFixed(3)),
    better: 'higher',
    p99_ms: appBest.p99,
    baseline_p99_ms: bareBest.p99,
    db: database.kind,
    connections: CONNECTIONS,
    seconds: DURATION_S,
    errors: appBest.errors + appBest.non2xx,
  };
}
