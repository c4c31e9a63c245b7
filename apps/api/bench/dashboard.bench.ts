import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app';
import { syncRoles } from '../src/bootstrap';
import { loadSettings } from '../src/config/settings';
import { type Db, query } from '../src/db/client';
import { loadOrCreateKeys } from '../src/lib/keys';
import { createSession } from '../src/modules/auth/sessions.repository';
import { benchDatabase } from './bench-db';

/**
 * `npm run bench -- dashboard`: the department's dashboard over a generated
 * province (1,000 schools, 500,000 pupils, three periods), against the plain
 * SQL count-and-group query over the same tables in the same run; and the
 * same at 100 schools to show how it grows. Everything is generated with
 * set-based SQL (generate_series), never through the API.
 */

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARMUP = 30;
const PUPILS_PER_SCHOOL = Number(process.env.BENCH_PUPILS_PER_SCHOOL ?? 500);
const SCHOOLS_PER_COMMUNE = 20;

interface Province {
  rootId: string;
  rootPath: string;
  schools: number;
  /** The open period the department looks at (the third). */
  periodId: string;
  userId: string;
}

/** A province of `schools` schools in communes of 20, three periods, snapshots and aggregates. */
export async function generateProvince(db: Db, tag: string, schools: number): Promise<Province> {
  const rootId = crypto.randomUUID();
  const rootPath = `/${rootId}/`;
  const communes = Math.ceil(schools / SCHOOLS_PER_COMMUNE);
  await db.execute(sql`insert into org_units (id, code, type_code, name, path, valid_from)
    values (${rootId}, ${`SGD-${tag}`}, 'department', ${`Sở GD&ĐT ${tag}`}, ${rootPath}, '2025-07-01')`);
  await db.execute(sql`insert into org_units (id, code, type_code, parent_id, name, path, valid_from)
    select g.id, ${`XA-${tag}-`} || g.i, 'commune', ${rootId}::uuid, 'Xã ' || g.i, ${rootPath} || g.id || '/', '2025-07-01'
      from (select gen_random_uuid() as id, i from generate_series(1, ${communes}) i) g`);
  await db.execute(sql`insert into org_units (id, code, type_code, parent_id, name, path, valid_from)
    select g.id, ${`TR-${tag}-`} || g.n, 'school', g.cid, 'Trường ' || g.n, g.cpath || g.id || '/', '2025-07-01'
      from (select gen_random_uuid() as id, c.id as cid, c.path as cpath,
                   row_number() over (order by c.code, j) as n
              from org_units c cross join generate_series(1, ${SCHOOLS_PER_COMMUNE}) j
             where c.parent_id = ${rootId}) g
     where g.n <= ${schools}`);
  const scopeOf = sql`path like ${`${rootPath}%`}`;
  await db.execute(sql`insert into org_unit_versions (unit_id, code, type_code, parent_id, name, status, valid_from, change)
    select id, code, type_code, parent_id, name, 'active', valid_from, 'created' from org_units where ${scopeOf}`);
  await db.execute(sql`insert into school_profiles (unit_id, level_code, phone, email)
    select id, (array['TH','THCS','THPT'])[1 + abs(hashtext(code)) % 3], '0203 555 ' || right(code, 4),
           lower(code) || '@truong.edu.vn'
      from org_units where ${scopeOf} and type_code = 'school'`);

  // The pupils themselves (the dashboard never reads them: snapshots carry their counts).
  if (PUPILS_PER_SCHOOL > 0)
    await db.execute(sql`insert into students (student_code, unit_id, full_name, name_key, birth_date, gender_code,
                           ethnicity_code, status_code, status_date)
      select ${`HS${tag}`} || s.code || '-' || n, s.id, 'Nguyễn Văn ' || n, 'nguyen van ' || n,
             date '2012-01-01' + (n % 2500), case when n % 2 = 0 then '1' else '2' end,
             case when n % 10 = 0 then '02' else '01' end, '01', date '2026-09-05'
        from org_units s cross join generate_series(1, ${PUPILS_PER_SCHOOL}) n
       where s.path like ${`${rootPath}%`} and s.type_code = 'school'`);

  // A principal per school (the chase list's fallback contact) and a named contact for every third.
  await db.execute(sql`insert into users (username, full_name, email, unit_id, must_change_password)
    select 'ht_' || lower(code), 'Hiệu trưởng ' || name, 'ht.' || lower(code) || '@truong.edu.vn', id, false
      from org_units where ${scopeOf} and type_code = 'school'`);
  await db.execute(sql`insert into role_assignments (user_id, role_code, unit_id)
    select u.id, 'school_principal', u.unit_id from users u join org_units o on o.id = u.unit_id
     where o.path like ${`${rootPath}%`} and o.type_code = 'school'`);
  await db.execute(sql`insert into responsibilities (unit_id, duty, user_id)
    select u.unit_id, 'contact', u.id from users u join org_units o on o.id = u.unit_id
     where o.path like ${`${rootPath}%`} and o.type_code = 'school' and abs(hashtext(o.code)) % 3 = 0`);

  const periodIds: string[] = [];
  for (const [k, kind] of (['start_of_year', 'mid_year', 'end_of_year'] as const).entries()) {
    const [row] = await query<{ id: string }>(
      db,
      sql`insert into reporting_periods (kind, name, root_unit_id, tree_as_of, opens_at, deadline_at, status)
          values (${kind}, ${`Kỳ ${k + 1} ${tag}`}, ${rootId}, ${`2026-0${k + 1}-01`},
                  ${`2026-0${k + 1}-01T00:00:00Z`}, ${`2026-0${k + 2}-01T00:00:00Z`}, ${k < 2 ? 'closed' : 'open'})
          returning id`,
    );
    periodIds.push(row!.id);
    const periodId = row!.id;
    await db.execute(sql`insert into period_units (period_id, unit_id, unit_path, parent_id, unit_name, unit_code,
                           unit_type_code, level_code)
      select ${periodId}, o.id, o.path, o.parent_id, o.name, o.code, o.type_code, sp.level_code
        from org_units o join school_profiles sp on sp.unit_id = o.id
       where o.path like ${`${rootPath}%`} and o.type_code = 'school'`);
    // States by a hash of the code and period: ~5% no row, 5% not submitted, 5% returned, 15% submitted, 70% approved.
    await db.execute(sql`insert into submissions (period_id, unit_id, state, version, on_time, first_submitted_at,
                           last_submitted_at, approved_at)
      select ${periodId}, pu.unit_id, st.state, case when st.state = 'not_submitted' then 0 else 1 end,
             case when st.state = 'not_submitted' then null else st.h % 7 <> 0 end,
             case when st.state = 'not_submitted' then null else now() end,
             case when st.state = 'not_submitted' then null else now() end,
             case when st.state = 'approved' then now() end
        from period_units pu
        cross join lateral (select abs(hashtext(pu.unit_code || ${String(k)})) % 100 as h) hh
        cross join lateral (select hh.h,
               case when hh.h < 5 then null when hh.h < 10 then 'not_submitted' when hh.h < 15 then 'returned'
                    when hh.h < 30 then 'submitted' else 'approved' end as state) st
       where pu.period_id = ${periodId} and st.state is not null`);
    await db.execute(sql`insert into submission_versions (submission_id, version, records, summary)
      select s.id, 1, '{}'::jsonb,
             jsonb_build_object('pupils', ${PUPILS_PER_SCHOOL}::int, 'classes', 15, 'staff', 30,
               'requiredFilled', 900 + abs(hashtext(s.id::text)) % 100, 'requiredTotal', 1000,
               'blockingIssues', abs(hashtext(s.id::text)) % 3, 'warnings', abs(hashtext(s.id::text)) % 5)
        from submissions s where s.period_id = ${periodId} and s.version = 1`);
    // The latest snapshot's counts are kept on the submission too (reporting.repository insertVersion).
    await db.execute(sql`update submissions s
         set required_filled = (v.summary ->> 'requiredFilled')::int, required_total = (v.summary ->> 'requiredTotal')::int
        from submission_versions v
       where v.submission_id = s.id and v.version = s.version and s.period_id = ${periodId}`);
    // The standard tables of each snapshot: 5 grades × 2 sexes (sum = pupils per school), ethnicity, classes, staff.
    const perCell = Math.floor(PUPILS_PER_SCHOOL / 10);
    await db.execute(sql`insert into submission_aggregates (version_id, period_id, unit_id, table_code, dim1, dim2, value)
      select v.id, s.period_id, s.unit_id, t.table_code, t.dim1, t.dim2, t.value
        from submission_versions v join submissions s on s.id = v.submission_id
        cross join lateral (
          select 'pupils_by_grade_gender' as table_code, g::text as dim1, x::text as dim2, ${perCell}::int as value
            from generate_series(1, 5) g, generate_series(1, 2) x
          union all select 'pupils_by_ethnicity', e, '', v2
            from (values ('01', ${Math.floor(PUPILS_PER_SCHOOL * 0.9)}::int), ('02', ${Math.ceil(PUPILS_PER_SCHOOL * 0.1)}::int)) e(e, v2)
          union all select 'classes_by_grade', g::text, '', 3 from generate_series(1, 5) g
          union all select 'staff_by_position', p, '', n from (values ('01', 1), ('02', 2), ('07', 27)) p(p, n)
          union all select 'staff_by_qualification', q, '', n from (values ('02', 5), ('03', 25)) q(q, n)
          union all select 'schools', 'TH', '', 1) t
       where s.period_id = ${periodId}`);
  }

  const [user] = await query<{ id: string }>(
    db,
    sql`insert into users (username, full_name, unit_id, must_change_password, mfa_enabled_at, mfa_secret_enc)
        values (${`so_${tag}`}, 'Cán bộ dữ liệu Sở', ${rootId}, false, now(), 'x') returning id`,
  );
  await db.execute(sql`insert into role_assignments (user_id, role_code, unit_id)
    values (${user!.id}, 'department_data_officer', ${rootId})`);
  return { rootId, rootPath, schools, periodId: periodIds[2]!, userId: user!.id };
}

/**
 * The baseline: the plain count-and-group over the tables the dashboard reads
 * (by commune and state, with completeness from the submissions' counts).
 */
function baselineQuery(province: Province) {
  return sql`select split_part(substr(pu.unit_path, ${province.rootPath.length + 1}), '/', 1) as child,
                    s.state, count(*) as n,
                    sum(s.required_filled) as filled,
                    sum(s.required_total) as total
               from period_units pu
               left join submissions s on s.period_id = pu.period_id and s.unit_id = pu.unit_id
              where pu.period_id = ${province.periodId}
              group by 1, 2`;
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (ms: number) => Math.round(ms * 100) / 100;

export async function runDashboardBench() {
  const { database, tmp, drop } = await benchDatabase('dash');
  await database.migrate();
  await syncRoles(database.db);
  const db = database.db;

  const started = performance.now();
  const small = await generateProvince(db, 'S', 100);
  const large = await generateProvince(db, 'L', 1000);
  // What autovacuum does on a live database: the generation's updates (submission counts copied
  // onto period_units by trigger) leave dead rows that a fresh bench would otherwise scan.
  await db.execute(sql`vacuum analyze`);
  const generateSeconds = Math.round((performance.now() - started) / 100) / 10;
  const [counts] = await query<{ pupils: number; aggregates: number }>(
    db,
    sql`select (select count(*)::int from students st join org_units o on o.id = st.unit_id
                 where o.path like ${`${large.rootPath}%`}) as pupils,
               (select count(*)::int from submission_aggregates) as aggregates`,
  );

  const settings = loadSettings({ DATA_DIR: tmp, LOG_LEVEL: 'silent', SESSION_IDLE_MINUTES: '600' });
  const keys = loadOrCreateKeys(settings.keysDir);
  const app = await buildApp({ settings, database, keys, logger: false });
  await app.ready();

  async function measure(province: Province) {
    const token = await createSession(
      db,
      { userId: province.userId, mfaVerified: true, ip: '127.0.0.1', userAgent: 'bench' },
      { idleMinutes: 600, absoluteHours: 12 },
    );
    const headers = { cookie: `edushield_sid=${token}` };
    const url = `/api/dashboard?periodId=${province.periodId}`;
    const check = await app.inject({ method: 'GET', url, headers });
    const view = check.json() as { node?: { figures?: { expected?: number } }; children?: unknown[] };
    if (check.statusCode !== 200 || view.node?.figures?.expected !== province.schools)
      throw new Error(`dashboard misbehaves: ${check.statusCode} ${check.body.slice(0, 300)}`);
    const tablesUrl = `/api/dashboard/tables?periodId=${province.periodId}`;
    const statement = baselineQuery(province);
    for (let i = 0; i < WARMUP; i++) {
      await app.inject({ method: 'GET', url, headers });
      await db.execute(statement);
    }
    const api: number[] = [];
    const base: number[] = [];
    const tables: number[] = [];
    // Interleaved, so that both sides see the same machine.
    for (let i = 0; i < SAMPLES; i++) {
      let t = performance.now();
      const res = await app.inject({ method: 'GET', url, headers });
      api.push(performance.now() - t);
      if (res.statusCode !== 200) throw new Error(`dashboard answered ${res.statusCode}`);
      t = performance.now();
      await db.execute(statement);
      base.push(performance.now() - t);
      if (i % 3 === 0) {
        t = performance.now();
        await app.inject({ method: 'GET', url: tablesUrl, headers });
        tables.push(performance.now() - t);
      }
    }
    return {
      p50: round(percentile(api, 50)),
      p95: round(percentile(api, 95)),
      baseP50: round(percentile(base, 50)),
      baseP95: round(percentile(base, 95)),
      tablesP95: round(percentile(tables, 95)),
      children: view.children?.length ?? 0,
    };
  }

  const at100 = await measure(small);
  const at1000 = await measure(large);

  await app.close();
  await database.close();
  await drop();
  return {
    name: 'dashboard',
    unit: 'ms (p95 server time, department view, 1,000 schools)',
    value: at1000.p95,
    baseline: at1000.baseP95,
    ratio: Number((at1000.p95 / at1000.baseP95).toFixed(2)),
    better: 'lower',
    p50_ms: at1000.p50,
    baseline_p50_ms: at1000.baseP50,
    tables_p95_ms: at1000.tablesP95,
    p95_ms_100_schools: at100.p95,
    baseline_p95_ms_100_schools: at100.baseP95,
    growth_100_to_1000: Number((at1000.p95 / at100.p95).toFixed(2)),
    baseline_growth_100_to_1000: Number((at1000.baseP95 / at100.baseP95).toFixed(2)),
    pupils_1000_schools: counts?.pupils,
    aggregate_rows: counts?.aggregates,
    periods_per_province: 3,
    samples: SAMPLES,
    generate_s: generateSeconds,
    db: database.kind,
  };
}
