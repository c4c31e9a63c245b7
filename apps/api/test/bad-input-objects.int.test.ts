import { appendFileSync } from 'node:fs';
import { type SQL, sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../src/db/client';
import { seedDemoProvince } from '../src/demo/demo.seed';
import { bulletinRecipients } from '../src/modules/bulletins/bulletins.table';
import { enrolments } from '../src/modules/learning/learning.table';
import { notifications } from '../src/modules/notifications/notifications.table';
import { importBatches } from '../src/modules/sector/sector.table';
import {
  bodySchemas,
  extreme,
  type JsonSchema,
  JUNK_QUERY,
  problemWith,
  SKIP,
  wrongTypes,
} from './bad-input';
import { importBatchIn } from './fixtures/import-objects';
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
import { sectorObjectIn } from './sector-fixtures';

/**
 * bad-input.int.test.ts sends bad input with ids that match nothing, so the
 * access gate answers 404 before a handler runs. Here every route with path
 * ids is called on real objects of the demo province (in several states where
 * the kind has states): a junk query, no query, an empty object, wrong types,
 * NUL bytes, edge values (5,000 characters, 2^31, 30 February, ids that match
 * nothing inside the body) and, for state-changing routes, a valid-looking
 * body twice in a row. Every answer must be below 500 and every error coded
 * with a Vietnamese message. BAD_INPUT_TRACE=<file> writes every request and answer there.
 */

/**
 * Failures in apps/api/src/modules/sector/** that another engineer is
 * changing right now: listed in the report, left out of the assertion until
 * fixed there. Each entry is a request label as the test prints it (prefix match).
 */
const KNOWN_SECTOR_BUGS: string[] = [];

const NOWHERE = '00000000-0000-4000-8000-000000000000';

type Params = Record<string, string>;

describeEachDb('bad input on real objects', (kind) => {
  let ctx: TestContext;
  let root: SeededUnit;
  let session: Session;
  let callerId: string;

  const ROLES = [
    'system_admin',
    'department_admin',
    'department_data_officer',
    'security_officer',
    'reviewer',
  ];

  const rows = async (statement: SQL) => (await query<{ id: string }>(ctx.db, statement)).map((r) => r.id);
  const tuples = (statement: SQL) => query<Params>(ctx.db, statement);

  async function newCaller() {
    const user = await seedUser(ctx, { unit: root, roles: ROLES.map((roleCode) => ({ roleCode })) });
    callerId = user.id;
    session = await signIn(ctx.app, user);
  }

  beforeAll(async () => {
    ctx = await createTestContext(kind);
    const started = Date.now();
    root = await seedUnit(ctx.db, { typeCode: 'department', code: 'SGD-DEMO' });
    await seedUser(ctx, { unit: root, username: 'admin', roles: [{ roleCode: 'system_admin' }] });
    await seedDemoProvince(ctx.db, { keys: ctx.keys });
    // Kinds the demo does not seed: staff and import batches in a school.
    const [school] = await query<SeededUnit & Record<string, unknown>>(
      ctx.db,
      sql`select id, code, path from org_units where code = 'TH-THAIBINH'`,
    );
    await sectorObjectIn(ctx.db, 'staff', school!);
    // An analysed batch carries the summary the analyse job writes with that status.
    const analysed = await importBatchIn(ctx.db, school!);
    await ctx.db
      .update(importBatches)
      .set({
        summary: {
          plan: {
            format: 'xlsx',
            sheetName: 'Học sinh',
            headerRows: [1],
            columns: [],
            ignored: [],
            notStored: [],
            dataRows: 2,
            hiddenRows: 0,
            notices: [],
          },
          counts: { rows: 2, valid: 1, withWarnings: 0, blocking: 1 },
          changesByColumn: [],
          issuesByRule: [],
          notices: [],
          errorWorkbook: false,
        },
      })
      .where(sql`id = ${analysed}`);
    const failed = await importBatchIn(ctx.db, school!);
    await ctx.db
      .update(importBatches)
      .set({ status: 'failed', errorCode: 'IMPORT_FAILED' })
      .where(sql`id = ${failed}`);
    await newCaller();
    // Objects addressed to the caller: a notice and an enrolment in a published course.
    await ctx.db.insert(notifications).values({
      recipientId: callerId,
      kind: 'test.bad_input',
      titleVi: 'Thông báo thử',
      titleEn: 'Test notice',
      bodyVi: 'Nội dung',
      bodyEn: 'Body',
      dedupeKey: crypto.randomUUID(),
    });
    const [course] = await rows(sql`select id from courses where status = 'published' limit 1`);
    const [published] = await rows(sql`select id from bulletins where status = 'published' limit 1`);
    await ctx.db
      .insert(bulletinRecipients)
      .values({ bulletinId: published!, userId: callerId, unitId: root.id });
    await ctx.db
      .insert(enrolments)
      .values({ courseId: course!, userId: callerId, unitId: root.id, audience: 'staff' });
    console.info(`[${kind}] seeded the demo province in ${Date.now() - started} ms`);
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
  });

  /** A route may legitimately change the session (locale, password, MFA): sign in again when it did. */
  async function ensureSession() {
    const check = await ctx.app.inject({ method: 'GET', url: '/api/auth/session', headers: session.headers });
    const view = check.json() as { user: unknown; pending: string | null };
    if (!view.user || view.pending) await newCaller();
  }

  /** Demo accounts other than the caller and the admin. */
  const otherUsers = () =>
    rows(sql`select id from users where username in ('gv.th.thaibinh', 'xa.thaibinh') order by username`);

  /** Up to `n` ids of a table, one per distinct value of `column` (objects in different states). */
  const byState = (table: string, column: string, n = 3, where = sql`true`) =>
    rows(
      sql`select id from (select distinct on (${sql.raw(column)}) id, ${sql.raw(column)} as s from ${sql.raw(table)}
          where ${where} order by ${sql.raw(column)}, id) t order by s limit ${n}`,
    );

  const ids = async (key: string, list: Promise<string[]>) => (await list).map((id) => ({ [key]: id }));

  /** Sets of real path parameters for a route, by the table its URL addresses. */
  async function paramSets(url: string): Promise<Params[]> {
    const rules: [RegExp, () => Promise<Params[]>][] = [
      [
        /^\/api\/units\/:id/,
        () =>
          ids(
            'id',
            rows(
              sql`(select id from org_units where type_code = 'satellite' order by code limit 1)
                  union all (select id from org_units where type_code = 'district' order by code limit 1)`,
            ),
          ),
      ],
      [/^\/api\/users\/:id/, () => ids('id', otherUsers())],
      [
        /^\/api\/role-assignments\/:id/,
        () =>
          ids(
            'id',
            rows(
              sql`select ra.id from role_assignments ra join users u on u.id = ra.user_id
                  where u.username = 'vt.th.thaibinh'`,
            ),
          ),
      ],
      [/^\/api\/imports\/:id/, () => ids('id', byState('import_batches', 'status'))],
      [
        /^\/api\/schools\/:id/,
        () =>
          ids(
            'id',
            rows(
              sql`(select unit_id as id from school_profiles order by unit_id limit 1)
                  union all (select id from org_units where code = 'MN-THAIBINH')`,
            ),
          ),
      ],
      [/^\/api\/classes\/:id/, () => ids('id', rows(sql`select id from classes order by code limit 2`))],
      [/^\/api\/staff\/:id/, () => ids('id', rows(sql`select id from staff limit 2`))],
      [/^\/api\/students\/:id/, () => ids('id', byState('students', 'status_code'))],
      [/^\/api\/reporting\/periods\/:id/, () => ids('id', byState('reporting_periods', 'status', 4))],
      [
        /^\/api\/reporting\/submissions\/:id/,
        async () =>
          [
            // Submissions of an open period in each state, and one of a period that is not open.
            ...(await byState(
              'submissions',
              'state',
              4,
              sql`period_id in (select id from reporting_periods where status = 'open')`,
            )),
            ...(await byState(
              'submissions',
              'state',
              1,
              sql`period_id in (select id from reporting_periods where status <> 'open')`,
            )),
          ].flatMap((id) => [
            { id, version: '1' },
            ...(url.includes(':version') ? [{ id, version: '2147483648' }] : []),
          ]),
      ],
      [/^\/api\/quality\/rules\/:id/, () => ids('id', byState('quality_rules', 'rule_type', 2))],
      [/^\/api\/quality\/issues\/:id/, () => ids('id', byState('quality_issues', 'state'))],
      [/^\/api\/responsibilities\//, () => ids('id', byState('responsibilities', 'duty', 2))],
      [
        /^\/api\/notifications\/zalo-links\/:userId/,
        async () => (await otherUsers()).map((userId) => ({ userId })),
      ],
      [
        /^\/api\/notifications\/:id/,
        () =>
          ids(
            'id',
            rows(
              sql`(select id from notifications where recipient_id = ${callerId} limit 1)
                  union all (select id from notifications where recipient_id <> ${callerId} limit 1)`,
            ),
          ),
      ],
      [
        /^\/api\/learning\/courses\/:id/,
        () =>
          tuples(
            sql`select distinct on (c.status) c.id, l.id as "lessonId", coalesce(q.id, ${NOWHERE}::uuid) as "questionId"
                from courses c join lessons l on l.course_id = c.id left join questions q on q.lesson_id = l.id
                order by c.status, c.id, l.position, q.position`,
          ),
      ],
      [/^\/api\/learning\/assignments\/:id/, () => ids('id', byState('course_assignments', 'status'))],
      [
        /^\/api\/learning\/enrolments\/:id/,
        () =>
          tuples(
            sql`select * from (
                  (select e.id, l.id as "lessonId", coalesce(a.id, ${NOWHERE}::uuid) as "attemptId"
                   from enrolments e join lessons l on l.course_id = e.course_id
                   left join quiz_attempts a on a.enrolment_id = e.id
                   where e.user_id = ${callerId} order by l.position, a.started_at desc limit 1)
                  union all
                  (select e.id, l.id as "lessonId", coalesce(a.id, ${NOWHERE}::uuid) as "attemptId"
                   from enrolments e join lessons l on l.course_id = e.course_id
                   left join quiz_attempts a on a.enrolment_id = e.id
                   where e.user_id <> ${callerId} and e.certificate_code is not null
                   order by l.position limit 1)) t`,
          ).then((list) => list.flatMap((p) => [0, 2 ** 31].map((i) => ({ ...p, index: String(i) })))),
      ],
      [
        /^\/api\/public\/certificates\/:code/,
        async () =>
          (
            await query<{ code: string }>(
              ctx.db,
              sql`select certificate_code as code from enrolments where certificate_code is not null limit 1`,
            )
          ).map(({ code }) => ({ code })),
      ],
      [/^\/api\/drills\/:id/, () => ids('id', byState('drills', 'status'))],
      [/^\/api\/public\/drills\//, async () => [{ token: 'A'.repeat(43) }]],
      [
        /^\/api\/bulletins\/inbox\/:id/,
        () =>
          ids(
            'id',
            rows(
              sql`(select bulletin_id as id from bulletin_recipients where user_id = ${callerId} limit 1)
                  union all (select id from bulletins where status = 'draft' limit 1)`,
            ),
          ),
      ],
      [/^\/api\/(public\/)?bulletins\/:id/, () => ids('id', byState('bulletins', 'status'))],
    ];
    const rule = rules.find(([pattern]) => pattern.test(url));
    if (!rule) throw new Error(`no real objects known for ${url}: add the table it addresses`);
    const sets = await rule[1]();
    if (sets.length === 0) throw new Error(`the seed holds no object for ${url}`);
    return sets;
  }

  /** A real id for a body property, by its name (an id of the right kind makes the body valid-looking). */
  async function bodyIdFor(name: string): Promise<string> {
    const table: Record<string, SQL> = {
      classId: sql`select id from classes order by code desc limit 1`,
      homeroomStaffId: sql`select id from staff limit 1`,
      userId: sql`select id from users where username = 'gv.th.thaibinh'`,
      newParentId: sql`select id from org_units where code = 'XA-KIMPHU'`,
      intoUnitId: sql`select id from org_units where code = 'TH-THAIBINH-DT2'`,
      siteUnitId: sql`select id from org_units where type_code = 'satellite' order by code desc limit 1`,
      periodId: sql`select id from reporting_periods limit 1`,
      courseId: sql`select id from courses where status = 'published' limit 1`,
    };
    const [id] = await rows(table[name] ?? sql`select id from org_units where code = 'TH-TRUNGMON'`);
    return id ?? NOWHERE;
  }

  /** A value that fits the schema as a careful user would fill the form in. */
  async function plausible(schema: JsonSchema | undefined, name = '', depth = 0): Promise<unknown> {
    if (!schema || depth > 4) return null;
    if (schema.const !== undefined) return schema.const;
    if (schema.enum?.length) return schema.enum[0];
    if (schema.anyOf?.length)
      return plausible(schema.anyOf.find((s) => s.type !== 'null') ?? schema.anyOf[0], name, depth);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'string': {
        if (schema.format === 'uuid') return bodyIdFor(name);
        if (schema.format === 'date') return '2026-03-16';
        if (schema.format === 'date-time') return new Date(Date.now() + 7 * 86_400_000).toISOString();
        if (schema.format === 'email') return 'thu.nghiem@truong.edu.vn';
        // The first everyday value that fits the field's pattern and length, dates first for date-like names.
        if (name === 'typeCode') return 'school';
        const dateLike = /(date|Date|validFrom|AsOf|On|Deadline)$/.test(name);
        const candidates = [
          ...(dateLike ? ['2026-03-16'] : []),
          'Nội dung thử nghiệm hợp lệ',
          '2026-03-16',
          '0912345678',
          'TH',
          '01',
          'bai-hoc-thu-nghiem',
          'MS-001',
          '20',
        ];
        const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : null;
        const fits = (v: string) =>
          (!pattern || pattern.test(v)) &&
          v.length >= (schema.minLength ?? 0) &&
          v.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY);
        return candidates.find(fits) ?? candidates[0]!.slice(0, schema.maxLength);
      }
      case 'integer':
      case 'number':
        return Math.min(Math.max(1, schema.minimum ?? 1), schema.maximum ?? 1);
      case 'boolean':
        return false;
      case 'array': {
        const items = [];
        for (let i = 0; i < Math.max(1, schema.minItems ?? 1); i++)
          items.push(await plausible(schema.items, name, depth + 1));
        return items;
      }
      case 'object': {
        const body: Record<string, unknown> = {};
        for (const [key, property] of Object.entries(schema.properties ?? {}))
          body[key] = await plausible(property, key, depth + 1);
        return body;
      }
      default:
        return null;
    }
  }

  it('answers odd but well-formed input on real objects of every kind with a coded 4xx', async () => {
    const started = Date.now();
    const routes = ctx.app.accessRoutes.filter(
      (r) => r.url.includes(':') && !SKIP.has(`${r.method} ${r.url}`),
    );
    expect(routes.length).toBeGreaterThan(80);
    // Routes that end an object's life (close, merge, cancel, archive, delete …) run last, so the
    // others still meet open periods, drafts and enrolled pupils.
    const ending = (r: { method: string; url: string }) =>
      r.method === 'DELETE' || /\/(close|merge|cancel|archive|drop-out|graduate|transfer-out)$/.test(r.url);
    routes.sort((a, b) => Number(ending(a)) - Number(ending(b)));
    const bodySchemaOf = bodySchemas(ctx.app);
    let requests = 0;
    const problems: string[] = [];
    const known: string[] = [];
    const check = (response: LightMyRequestResponse, what: string) => {
      requests++;
      const problem = problemWith(response);
      if (!problem) return;
      if (KNOWN_SECTOR_BUGS.some((bug) => what.startsWith(bug))) known.push(`${what}: ${problem}`);
      else problems.push(`${what}: ${problem}`);
    };
    /** A request that never answers (a transaction waiting on itself) fails the test instead of hanging it. */
    const send = async (method: string, url: string, payload?: string) => {
      if (process.env.BAD_INPUT_TRACE)
        appendFileSync(process.env.BAD_INPUT_TRACE, `${method} ${url} ${payload?.slice(0, 200)}\n`);
      const answer = ctx.app.inject({
        method: method as 'POST',
        url,
        headers:
          payload === undefined
            ? session.headers
            : { ...session.headers, 'content-type': 'application/json' },
        ...(payload === undefined ? {} : { payload }),
      });
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within 15 s: ${method} ${url}`)), 15_000);
      });
      try {
        const response = await Promise.race([answer, timeout]);
        if (process.env.BAD_INPUT_TRACE)
          appendFileSync(
            process.env.BAD_INPUT_TRACE,
            `  -> ${response.statusCode} ${response.body.slice(0, 160)}\n`,
          );
        return response;
      } finally {
        clearTimeout(timer);
      }
    };

    for (const route of routes) {
      const withBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
      const schema = bodySchemaOf(route.method, route.url);
      for (const params of await paramSets(route.url)) {
        const url = route.url.replace(/:([A-Za-z]+)/g, (_, key: string) =>
          encodeURIComponent(params[key] ?? NOWHERE),
        );
        const label = `${route.method} ${route.url} ${JSON.stringify(params)}`;
        check(await send(route.method, `${url}?${JUNK_QUERY}`), `${label} with a junk query`);
        if (route.method === 'GET') {
          check(await send('GET', url), `${label} without a query`);
          continue;
        }
        if (!withBody) {
          // DELETE twice: the second finds the object gone or refuses again.
          check(await send(route.method, url), `${label} (first)`);
          check(await send(route.method, url), `${label} (double submit)`);
          await ensureSession();
          continue;
        }
        const bodies: [string, string][] = [
          ['an empty object', '{}'],
          ['wrong types', wrongTypes(schema)],
          ['NUL bytes', JSON.stringify(extreme(schema, true))],
          ['edge values', JSON.stringify(extreme(schema, false))],
        ];
        for (const [what, payload] of bodies)
          check(await send(route.method, url, payload), `${label} with ${what}`);
        const valid = JSON.stringify((await plausible(schema)) ?? {});
        check(await send(route.method, url, valid), `${label} with a valid-looking body`);
        check(await send(route.method, url, valid), `${label} with a valid-looking body (double submit)`);
        await ensureSession();
      }
    }
    console.info(`[${kind}] ${requests} requests on real objects in ${Date.now() - started} ms`);
    if (known.length) console.info(`[${kind}] known sector bugs (KNOWN_SECTOR_BUGS):\n${known.join('\n')}`);
    expect(problems).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  }, 300_000);
});
