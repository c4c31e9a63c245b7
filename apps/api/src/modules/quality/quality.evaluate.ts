import {
  AT_SCHOOL_STATUSES,
  LEFT_STATUSES,
  parseRuleParams,
  type QualityParamsByType,
  type QualityRuleType,
} from '@edushield/core/quality/rules';
import { type SQL, sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../db/client';
import { escapeLike } from '../../db/fold';

/**
 * Rule runs: each enabled rule becomes one set-based SELECT of the records
 * that break it (no per-record round trips), merged into quality_issues in
 * one statement per rule (create, refresh, reopen), then one statement that
 * auto-resolves what no longer occurs. Each rule commits on its own, so a
 * run is idempotent and a crash leaves whole rules behind, never half ones.
 */

export interface RuleRow {
  id: string;
  ruleType: QualityRuleType;
  dataGroup: string;
  severity: string;
  params: Record<string, unknown>;
  enabled: boolean;
  dueDays: number;
  rootPath: string;
}

export interface RuleOutcome {
  ruleId: string;
  found: number;
  created: number;
  reopened: number;
  resolved: number;
}

const list = (values: readonly string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
const AT_SCHOOL = list(AT_SCHOOL_STATUSES);
const LEFT = list(LEFT_STATUSES);
const TEACHER_POSITIONS = list(['05', '06', '07', '08']);

/** Units (schools) under a path prefix. */
const unitsUnder = (prefix: string) =>
  sql`(select ou.id from org_units ou where ou.path like ${`${escapeLike(prefix)}%`})`;

/** The SELECT of records breaking a rule: unit_id, entity, record_id, record_key, details. */
export function findingsSql<T extends QualityRuleType>(
  type: T,
  params: QualityParamsByType[T],
  prefix: string,
): SQL {
  const units = unitsUnder(prefix);
  switch (type) {
    case 'class_size': {
      const p = params as QualityParamsByType['class_size'];
      const th = p.maxByLevel?.TH ?? p.max;
      const thcs = p.maxByLevel?.THCS ?? p.max;
      const thpt = p.maxByLevel?.THPT ?? p.max;
      return sql`select c.unit_id, 'class' as entity, c.id as record_id, 'class:' || c.id as record_key,
          jsonb_build_object('className', c.name, 'grade', c.grade, 'count', n.pupils, 'max', lim.max) as details
        from classes c
        join school_years y on y.id = c.school_year_id and y.is_current
        join (select class_id, count(*)::int as pupils from students
              where unit_id in ${units} and status_code = any(${AT_SCHOOL}) and class_id is not null
              group by class_id) n on n.class_id = c.id
        cross join lateral (select case when c.grade between 1 and 5 then ${th}::int
                                        when c.grade between 6 and 9 then ${thcs}::int
                                        when c.grade between 10 and 12 then ${thpt}::int end as max) lim
        where c.unit_id in ${units} and lim.max is not null and n.pupils > lim.max`;
    }
    case 'pupils_per_teacher': {
      const { max } = params as QualityParamsByType['pupils_per_teacher'];
      return sql`select p.unit_id, 'school' as entity, p.unit_id as record_id, 'school:' || p.unit_id as record_key,
          jsonb_build_object('pupils', p.n, 'teachers', coalesce(t.n, 0), 'max', ${max}::int,
            'ratio', coalesce(round(p.n::numeric / nullif(t.n, 0), 1)::text, '∞')) as details
        from (select unit_id, count(*)::int as n from students
              where unit_id in ${units} and status_code = any(${AT_SCHOOL}) group by unit_id) p
        left join (select unit_id, count(*)::int as n from staff
              where unit_id in ${units} and status = 'working' and position_code = any(${TEACHER_POSITIONS})
              group by unit_id) t on t.unit_id = p.unit_id
        where coalesce(t.n, 0) = 0 or p.n > ${max}::int * t.n`;
    }
    case 'age_grade': {
      const { toleranceYears } = params as QualityParamsByType['age_grade'];
      const age = sql`(extract(year from y.starts_on)::int - extract(year from st.birth_date)::int)`;
      return sql`select st.unit_id, 'student' as entity, st.id as record_id, 'student:' || st.id as record_key,
          jsonb_build_object('grade', c.grade, 'age', ${age}, 'expected', c.grade + 5,
            'tolerance', ${toleranceYears}::int, 'className', c.name) as details
        from students st
        join classes c on c.id = st.class_id
        join school_years y on y.id = c.school_year_id and y.is_current
        where st.unit_id in ${units} and st.status_code = any(${AT_SCHOOL}) and c.grade between 1 and 12
          and abs(${age} - (c.grade + 5)) > ${toleranceYears}::int`;
    }
    case 'duplicate_across_schools': {
      const { match } = params as QualityParamsByType['duplicate_across_schools'];
      const byPid = match !== 'name_birth';
      const byName = match !== 'personal_id';
      const pairs: SQL[] = [];
      if (byPid)
        pairs.push(sql`select m.id, m.unit_id, o.unit_id as other_unit, true as by_pid
          from mine m join students o on o.personal_id_bidx = m.personal_id_bidx and o.unit_id <> m.unit_id
          where m.personal_id_bidx is not null and o.status_code = any(${AT_SCHOOL})`);
      if (byName)
        pairs.push(sql`select m.id, m.unit_id, o.unit_id as other_unit, false as by_pid
          from mine m join students o on o.name_key = m.name_key and o.birth_date = m.birth_date and o.unit_id <> m.unit_id
          where o.status_code = any(${AT_SCHOOL})`);
      return sql`with mine as (select id, unit_id, personal_id_bidx, name_key, birth_date from students
                    where unit_id in ${units} and status_code = any(${AT_SCHOOL})),
          pairs as (${sql.join(pairs, sql` union all `)})
        select pairs.unit_id, 'student' as entity, pairs.id as record_id, 'student:' || pairs.id as record_key,
          jsonb_build_object('otherCount', count(distinct pairs.other_unit),
            'otherSchools', string_agg(distinct ou.code, ', '),
            'matchedBy', case when bool_or(pairs.by_pid) then 'personal_id' else 'name_birth' end) as details
        from pairs join org_units ou on ou.id = pairs.other_unit
        group by pairs.unit_id, pairs.id`;
    }
    case 'status_consistency': {
      const { checks } = params as QualityParamsByType['status_consistency'];
      const parts: SQL[] = [];
      if (checks.includes('left_still_in_class'))
        parts.push(sql`select st.unit_id, 'student' as entity, st.id as record_id,
            'student:' || st.id || ':left_still_in_class' as record_key,
            jsonb_build_object('check', 'left_still_in_class', 'status', st.status_code, 'className', c.name) as details
          from students st join classes c on c.id = st.class_id
          where st.unit_id in ${units} and st.status_code = any(${LEFT})`);
      if (checks.includes('transfer_without_destination'))
        parts.push(sql`select st.unit_id, 'student' as entity, st.id as record_id,
            'student:' || st.id || ':transfer_without_destination' as record_key,
            jsonb_build_object('check', 'transfer_without_destination', 'status', st.status_code) as details
          from students st
          where st.unit_id in ${units} and st.status_code = '03'
            and not exists (select 1 from student_status_events e where e.student_id = st.id and e.status_code = '03'
              and (e.other_unit_id is not null or coalesce(btrim(e.other_school_name), '') <> ''))`);
      return sql.join(parts, sql` union all `);
    }
    case 'period_change': {
      const { thresholdPercent, minPupils } = params as QualityParamsByType['period_change'];
      return sql`select prev.unit_id, 'school' as entity, prev.unit_id as record_id, 'school:' || prev.unit_id as record_key,
          jsonb_build_object('current', coalesce(cur.n, 0), 'previous', prev.n, 'threshold', ${thresholdPercent}::int,
            'changePercent', round((coalesce(cur.n, 0) - prev.n) * 100.0 / prev.n, 1), 'period', prev.period_name) as details
        from (select distinct on (s.unit_id) s.unit_id, (v.summary->>'pupils')::int as n, p.name as period_name
              from submissions s
              join submission_versions v on v.submission_id = s.id and v.version = s.version
              join reporting_periods p on p.id = s.period_id
              where s.state in ('approved', 'accepted') and s.unit_id in ${units} and v.summary->>'pupils' is not null
              order by s.unit_id, coalesce(s.accepted_at, s.approved_at) desc nulls last) prev
        left join (select unit_id, count(*)::int as n from students
              where unit_id in ${units} and status_code = any(${AT_SCHOOL}) group by unit_id) cur on cur.unit_id = prev.unit_id
        where prev.n > 0 and greatest(prev.n, coalesce(cur.n, 0)) >= ${minPupils}::int
          and abs(coalesce(cur.n, 0) - prev.n) * 100.0 / prev.n > ${thresholdPercent}::int`;
    }
  }
  throw new RangeError(`unknown rule type ${type as string}`);
}

/** The person responsible for a unit's data group (a group-specific duty wins over 'all'). */
const responsibleFor = (unitColumn: SQL, group: string) =>
  sql`(select r.user_id from responsibilities r join users u on u.id = r.user_id and u.status = 'active'
       where r.unit_id = ${unitColumn} and r.duty = 'responsible' and r.data_group in (${group}, 'all')
       order by (r.data_group = ${group}) desc, r.created_at, r.id limit 1)`;

/** Merges one rule's findings into the issues and resolves what no longer occurs. */
export async function evaluateRule(
  tx: DbOrTx,
  rule: RuleRow,
  runId: string,
  prefix: string,
  today: string,
): Promise<RuleOutcome> {
  const outcome: RuleOutcome = { ruleId: rule.id, found: 0, created: 0, reopened: 0, resolved: 0 };
  if (rule.enabled) {
    const parsed = parseRuleParams(rule.ruleType, rule.params);
    // Stored parameters were validated on save; a rule that no longer parses is skipped, not guessed at.
    if (!parsed.ok) return outcome;
    const found = findingsSql(rule.ruleType, parsed.params, prefix);
    const [merged] = await query<{ found: number; created: number; reopened: number }>(
      tx,
      sql`with found as (${found}),
        refreshed as (
          update quality_issues qi set
            last_run_id = ${runId}, last_seen_at = now(), details = f.details,
            severity = ${rule.severity}, data_group = ${rule.dataGroup},
            assignee_id = coalesce(qi.assignee_id, ${responsibleFor(sql`qi.unit_id`, rule.dataGroup)}),
            state = case when qi.state = 'resolved' then 'reopened' else qi.state end,
            resolution = case when qi.state = 'resolved' then null else qi.resolution end,
            resolved_at = case when qi.state = 'resolved' then null else qi.resolved_at end,
            due_on = case when qi.state = 'resolved' then ${today}::date + ${rule.dueDays}::int else qi.due_on end,
            revision = qi.revision + case when qi.state = 'resolved' then 1 else 0 end,
            updated_at = case when qi.state = 'resolved' then now() else qi.updated_at end
          from found f join quality_issues prev on prev.rule_id = ${rule.id} and prev.record_key = f.record_key
          where qi.id = prev.id
          returning qi.id, prev.state = 'resolved' as reopened),
        created as (
          insert into quality_issues (rule_id, unit_id, data_group, severity, entity, record_id, record_key, details,
            assignee_id, due_on, first_run_id, last_run_id)
          select ${rule.id}, f.unit_id, ${rule.dataGroup}, ${rule.severity}, f.entity, f.record_id, f.record_key, f.details,
            ${responsibleFor(sql`f.unit_id`, rule.dataGroup)}, ${today}::date + ${rule.dueDays}::int, ${runId}, ${runId}
          from found f
          where not exists (select 1 from quality_issues qi where qi.rule_id = ${rule.id} and qi.record_key = f.record_key)
          on conflict do nothing
          returning id),
        events as (
          insert into quality_issue_events (issue_id, kind, to_state, run_id)
          select id, 'created'::text, 'open'::text, ${runId}::uuid from created
          union all
          select id, 'state'::text, 'reopened'::text, ${runId}::uuid from refreshed where reopened
          returning 1)
        select (select count(*)::int from found) as found,
          (select count(*)::int from created) as created,
          (select count(*)::int from refreshed where reopened) as reopened,
          (select count(*)::int from events) as events`,
    );
    outcome.found = merged?.found ?? 0;
    outcome.created = merged?.created ?? 0;
    outcome.reopened = merged?.reopened ?? 0;
  }
  const [closed] = await query<{ resolved: number }>(
    tx,
    sql`with gone as (
        select id, state from quality_issues
        where rule_id = ${rule.id} and state in ('open', 'in_progress', 'reopened')
          and last_run_id is distinct from ${runId} and unit_id in ${unitsUnder(prefix)}
        for update),
      closed as (
        update quality_issues qi set state = 'resolved', resolution = 'auto', resolved_at = now(),
          revision = qi.revision + 1, updated_at = now()
        from gone where qi.id = gone.id
        returning qi.id, gone.state as from_state),
      events as (
        insert into quality_issue_events (issue_id, kind, from_state, to_state, run_id)
        select id, 'state', from_state, 'resolved', ${runId}::uuid from closed returning 1)
      select (select count(*)::int from closed) as resolved, (select count(*)::int from events) as events`,
  );
  outcome.resolved = closed?.resolved ?? 0;
  return outcome;
}

/**
 * Record counts of every unit under the run's root, for the quality score
 * (one statement; the score then never re-counts pupils).
 */
export async function refreshUnitStats(db: DbOrTx, runId: string, rootPath: string) {
  const units = unitsUnder(rootPath);
  await db.execute(sql`insert into quality_unit_stats (unit_id, pupils, classes, staff, records, run_id, updated_at)
    select ou.id, coalesce(p.n, 0), coalesce(c.n, 0), coalesce(s.n, 0),
      coalesce(p.n, 0) + coalesce(c.n, 0) + coalesce(s.n, 0) + case when sp.unit_id is null then 0 else 1 end,
      ${runId}, now()
    from org_units ou
    left join (select unit_id, count(*)::int as n from students
               where unit_id in ${units} and status_code = any(${AT_SCHOOL}) group by unit_id) p on p.unit_id = ou.id
    left join (select c.unit_id, count(*)::int as n from classes c join school_years y on y.id = c.school_year_id and y.is_current
               where c.unit_id in ${units} group by c.unit_id) c on c.unit_id = ou.id
    left join (select unit_id, count(*)::int as n from staff where unit_id in ${units} and status = 'working'
               group by unit_id) s on s.unit_id = ou.id
    left join school_profiles sp on sp.unit_id = ou.id
    where ou.id in ${units}
    on conflict (unit_id) do update set pupils = excluded.pupils, classes = excluded.classes, staff = excluded.staff,
      records = excluded.records, run_id = excluded.run_id, updated_at = excluded.updated_at`);
}

/** The deeper of two nested paths, or null when neither contains the other. */
export function innerPath(a: string, b: string): string | null {
  if (a.startsWith(b)) return a;
  if (b.startsWith(a)) return b;
  return null;
}

/** Runs every rule that reaches into the run's subtree (enabled ones evaluate; disabled ones close their issues). */
export async function executeRun(db: Db, runId: string, today: string): Promise<Record<string, unknown>> {
  const [run] = await query<{ root_path: string; status: string }>(
    db,
    sql`update quality_runs r set status = 'running', started_at = now()
        from org_units ou where r.id = ${runId} and ou.id = r.root_unit_id
        returning ou.path as root_path, r.status`,
  );
  if (!run) return { skipped: 'no such run' };
  try {
    const rules = await query<{
      id: string;
      rule_type: QualityRuleType;
      data_group: string;
      severity: string;
      params: Record<string, unknown>;
      enabled: boolean;
      due_days: number;
      root_path: string;
    }>(
      db,
      sql`select r.id, r.rule_type, r.data_group, r.severity, r.params, r.enabled, r.due_days, ou.path as root_path
          from quality_rules r join org_units ou on ou.id = r.root_unit_id order by r.code`,
    );
    const outcomes: RuleOutcome[] = [];
    for (const r of rules) {
      const prefix = innerPath(run.root_path, r.root_path);
      if (!prefix) continue;
      const rule: RuleRow = {
        id: r.id,
        ruleType: r.rule_type,
        dataGroup: r.data_group,
        severity: r.severity,
        params: r.params,
        enabled: r.enabled,
        dueDays: r.due_days,
        rootPath: r.root_path,
      };
      outcomes.push(await db.transaction((tx) => evaluateRule(tx, rule, runId, prefix, today)));
    }
    await refreshUnitStats(db, runId, run.root_path);
    const summary = {
      rules: outcomes.length,
      found: outcomes.reduce((n, o) => n + o.found, 0),
      created: outcomes.reduce((n, o) => n + o.created, 0),
      reopened: outcomes.reduce((n, o) => n + o.reopened, 0),
      resolved: outcomes.reduce((n, o) => n + o.resolved, 0),
      byRule: outcomes,
    };
    await db.execute(
      sql`update quality_runs set status = 'done', finished_at = now(), summary = ${JSON.stringify(summary)}::jsonb
          where id = ${runId}`,
    );
    return summary;
  } catch (error) {
    await db.execute(sql`update quality_runs set status = 'failed', finished_at = now() where id = ${runId}`);
    throw error;
  }
}
