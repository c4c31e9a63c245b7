import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { escapeLike } from '../../db/fold';
import { type Scope, unitInScope } from '../../plugins/scope';

/**
 * The dashboard's SQL. Every statement reads the units that must report in a
 * period (period_units, frozen with their path in the tree valid for the
 * period), keeps those under the drill-down node by that path, and keeps only
 * those the caller may read today (`unitInScope` on the current tree): a
 * number never counts a unit outside the caller's scope, wherever it sat
 * when the period opened.
 */

export type PeriodBase = {
  id: string;
  name: string;
  kind: string;
  status: string;
  opens_at: Date | string;
  deadline_at: Date | string;
  on_time_grace_hours: number;
  tree_as_of: string;
  root_unit_id: string;
};
export type PeriodRow = PeriodBase & {
  /** The node's path in the period's tree ("/<root>/…/<node>/"), null when the node is not in it. */
  node_prefix: string | null;
};

/**
 * A period the caller may see: its root unit is in scope, or at least one of
 * the units that must report in it is. Anything else is "not found".
 */
export async function findVisiblePeriod(
  db: DbOrTx,
  scope: Scope,
  periodId: string,
  nodeId: string,
): Promise<PeriodRow | null> {
  const [row] = await query<PeriodRow>(
    db,
    sql`select p.id, p.name, p.kind, p.status, p.opens_at, p.deadline_at, p.on_time_grace_hours,
          p.tree_as_of::text as tree_as_of, p.root_unit_id,
          (select substr(pu.unit_path, 1, position(${`/${nodeId}/`} in pu.unit_path) + 37)
             from period_units pu
            where pu.period_id = p.id and pu.unit_path like ${`%/${escapeLike(nodeId)}/%`}
            limit 1) as node_prefix
        from reporting_periods p
       where p.id = ${periodId} and p.status <> 'draft' and ${visiblePeriod(scope)}`,
  );
  return row ?? null;
}

/** Periods (open or closed; drafts are not reported on) the caller may see, newest first. */
export async function listVisiblePeriods(db: DbOrTx, scope: Scope): Promise<PeriodBase[]> {
  return query(
    db,
    sql`select p.id, p.name, p.kind, p.status, p.opens_at, p.deadline_at, p.on_time_grace_hours,
          p.tree_as_of::text as tree_as_of, p.root_unit_id
        from reporting_periods p
       where p.status <> 'draft' and ${visiblePeriod(scope)}
       order by p.opens_at desc, p.name
       limit 200`,
  );
}

function visiblePeriod(scope: Scope): SQL {
  return sql`(${unitInScope(scope, sql`p.root_unit_id`)}
    or exists (select 1 from period_units vp where vp.period_id = p.id and ${unitInScope(scope, sql`vp.unit_id`)}))`;
}

/** The period's units under `prefix` that the caller may read, as a CTE body. */
function unitsUnder(scope: Scope, periodId: string, prefix: string): SQL {
  return sql`select pu.unit_id, pu.unit_path, pu.unit_name, pu.unit_code, pu.parent_id, pu.exception_until,
                    split_part(substr(pu.unit_path, ${prefix.length + 1}), '/', 1) as child
               from period_units pu
              where pu.period_id = ${periodId}
                and pu.unit_path like ${`${escapeLike(prefix)}%`}
                and ${unitInScope(scope, sql`pu.unit_id`)}`;
}

/** A summary counter of a snapshot, 0 when absent or not a number (summaries are JSON). */
const summaryNumber = (key: string) =>
  sql`case when jsonb_typeof(v.summary -> ${key}) = 'number' then (v.summary ->> ${key})::numeric else 0 end`;

export interface RollupRow {
  /** The child's id, or '' for the node's own row when the node itself reports. */
  child: string;
  name: string | null;
  type_code: string | null;
  reports: boolean;
  has_children: boolean;
  expected: number;
  submitted: number;
  on_time: number;
  outstanding: number;
  returned: number;
  approved: number;
  with_data: number;
  required_filled: number;
  required_total: number;
  issues: number;
  blocking: number;
}

export interface ChaseDbRow {
  unit_id: string;
  unit_name: string;
  unit_code: string;
  parent_name: string | null;
  state: string;
  exception_until: string | null;
  phone: string | null;
  email: string | null;
  named: { name: string; email: string | null; duty: string }[] | null;
  principals: { name: string; email: string | null; duty: string }[] | null;
}

export interface CrumbRow {
  id: string;
  path: string;
  name: string;
  type_code: string;
}

export type DashboardRow = {
  rollup: RollupRow[];
  chase: ChaseDbRow[];
  chase_total: number;
  crumbs: CrumbRow[];
};

/** Unit names and types as of the period's tree date, for a unit id column. */
const versionAsOf = (idColumn: SQL, date: string) =>
  sql`left join lateral (
        select ov.name, ov.type_code from org_unit_versions ov
         where ov.unit_id = ${idColumn} and ov.valid_from <= ${date}::date
           and (ov.valid_to is null or ov.valid_to > ${date}::date)
         order by ov.valid_from desc limit 1) ov on true`;

/**
 * The dashboard of one node in one statement once the period and the
 * node's path in its tree are known (findVisiblePeriod; a constant path
 * prefix lets the planner see how many units it selects): the units under
 * the node in scope joined once to their submission, latest snapshot and
 * open quality issues, rolled up by the child of the node they lie under;
 * the chase list with contacts (set-based, not per row); the breadcrumb's
 * units.
 */
export async function dashboardData(
  db: DbOrTx,
  scope: Scope,
  period: { id: string; treeAsOf: string },
  prefix: string,
  chaseLimit: number,
): Promise<DashboardRow> {
  const periodId = period.id;
  const date = period.treeAsOf;
  const outstanding = sql`('not_submitted', 'returned')`;
  const [row] = await query<DashboardRow>(
    db,
    sql`with
      base as (
        select pu.unit_id, pu.unit_name, pu.unit_code, pu.parent_id, pu.exception_until,
               split_part(substr(pu.unit_path, ${prefix.length + 1}), '/', 1) as child,
               coalesce(s.state, 'not_submitted') as state, s.on_time, v.id as version_id,
               ${summaryNumber('requiredFilled')} as filled, ${summaryNumber('requiredTotal')} as total
          from period_units pu
          left join submissions s on s.period_id = pu.period_id and s.unit_id = pu.unit_id
          left join submission_versions v on v.submission_id = s.id and v.version = s.version
         where pu.period_id = ${periodId} and pu.unit_path like ${`${escapeLike(prefix)}%`}
           and ${unitInScope(scope, sql`pu.unit_id`)}),
      -- Accuracy: the quality module's issues still open today on each unit (modules/quality).
      qi as (
        select q.unit_id, count(*) as issues, count(*) filter (where q.severity = 'blocking') as blocking
          from quality_issues q
         where q.state in ('open', 'in_progress', 'reopened') and q.unit_id in (select unit_id from base)
         group by q.unit_id),
      agg as (
        select b.child,
               bool_or(b.unit_id::text = b.child) as reports,
               bool_or(b.unit_id::text <> b.child) as has_children,
               count(*)::int as expected,
               count(*) filter (where b.state in ('submitted', 'approved', 'accepted'))::int as submitted,
               count(*) filter (where b.on_time)::int as on_time,
               count(*) filter (where b.state in ${outstanding})::int as outstanding,
               count(*) filter (where b.state = 'returned')::int as returned,
               count(*) filter (where b.state in ('approved', 'accepted'))::int as approved,
               count(b.version_id)::int as with_data,
               coalesce(sum(b.filled), 0)::bigint as required_filled,
               coalesce(sum(b.total), 0)::bigint as required_total,
               coalesce(sum(qi.issues), 0)::bigint as issues,
               coalesce(sum(qi.blocking), 0)::bigint as blocking
          from base b left join qi on qi.unit_id = b.unit_id
         group by b.child),
      rollup as (
        select agg.*, coalesce(cp.unit_name, ov.name, ou.name) as name,
               coalesce(cp.unit_type_code, ov.type_code, ou.type_code) as type_code
          from agg
          left join period_units cp on cp.period_id = ${periodId} and cp.unit_id = nullif(agg.child, '')::uuid
          left join org_units ou on ou.id = nullif(agg.child, '')::uuid
          ${versionAsOf(sql`ou.id`, date)}),
      chase as (
        select b.unit_id, b.unit_name, b.unit_code, b.parent_id, b.exception_until, b.state
          from base b where b.state in ${outstanding}
         order by b.unit_name, b.unit_code limit ${chaseLimit}),
      named as (
        select x.unit_id,
               json_agg(json_build_object('name', x.full_name, 'email', x.email, 'duty', x.duty)
                        order by x.duty, x.full_name) as list
          from (select distinct on (r.unit_id, u.id) r.unit_id, u.full_name, u.email, r.duty
                  from responsibilities r join users u on u.id = r.user_id
                 where r.unit_id in (select unit_id from chase) and r.duty in ('contact', 'responsible')
                   and u.status = 'active'
                 order by r.unit_id, u.id, r.duty) x
         group by x.unit_id),
      principals as (
        select x.unit_id,
               json_agg(json_build_object('name', x.full_name, 'email', x.email, 'duty', 'principal')
                        order by x.full_name) as list
          from (select distinct ra.unit_id, u.full_name, u.email
                  from role_assignments ra join users u on u.id = ra.user_id
                 where ra.unit_id in (select unit_id from chase) and ra.role_code = 'school_principal'
                   and u.status = 'active') x
         group by x.unit_id),
      chase_rows as (
        select c.unit_id, c.unit_name, c.unit_code, c.state, c.exception_until,
               coalesce(ov.name, par.name) as parent_name, sp.phone, sp.email,
               n.list as named, pr.list as principals
          from chase c
          left join org_units par on par.id = c.parent_id
          ${versionAsOf(sql`c.parent_id`, date)}
          left join school_profiles sp on sp.unit_id = c.unit_id
          left join named n on n.unit_id = c.unit_id
          left join principals pr on pr.unit_id = c.unit_id),
      crumbs as (
        select seg.ord, ou.id, ou.path, coalesce(ov.name, ou.name) as name,
               coalesce(ov.type_code, ou.type_code) as type_code
          from unnest(string_to_array(trim(both '/' from ${prefix}::text), '/')) with ordinality as seg(id, ord)
          join org_units ou on ou.id = seg.id::uuid
          ${versionAsOf(sql`ou.id`, date)})
      select (select coalesce(json_agg(r), '[]') from rollup r) as rollup,
             (select coalesce(json_agg(c order by c.unit_name, c.unit_code), '[]') from chase_rows c) as chase,
             (select count(*)::int from base where state in ${outstanding}) as chase_total,
             (select coalesce(json_agg(json_build_object('id', c.id, 'path', c.path, 'name', c.name,
                                                          'type_code', c.type_code) order by c.ord), '[]')
                from crumbs c) as crumbs`,
  );
  return row!;
}

export interface UnitNameRow extends Record<string, unknown> {
  id: string;
  path: string;
  name: string;
  type_code: string;
}

/** Units by id with today's path (for scope checks) and their name as of a date. */
export async function unitsAsOf(db: DbOrTx, ids: readonly string[], date: string): Promise<UnitNameRow[]> {
  if (ids.length === 0) return [];
  return query<UnitNameRow>(
    db,
    sql`select ou.id, ou.path, coalesce(ov.name, ou.name) as name, coalesce(ov.type_code, ou.type_code) as type_code
          from org_units ou
          left join lateral (
            select v.name, v.type_code from org_unit_versions v
             where v.unit_id = ou.id and v.valid_from <= ${date}::date
               and (v.valid_to is null or v.valid_to > ${date}::date)
             order by v.valid_from desc limit 1) ov on true
         where ou.id = any(array[${sql.join(
           ids.map((id) => sql`${id}`),
           sql`, `,
         )}]::uuid[])`,
  );
}

export interface AggregateRow extends Record<string, unknown> {
  table_code: string;
  dim1: string;
  dim2: string;
  value: string | number;
}

/**
 * The standard tables: aggregate rows of approved (or accepted) snapshots
 * only, the snapshot being the submission's current version, summed over
 * the units under the node that the caller may read.
 */
export async function approvedAggregates(
  db: DbOrTx,
  scope: Scope,
  periodId: string,
  prefix: string,
): Promise<{ rows: AggregateRow[]; approvedUnits: number; expected: number }> {
  const base = unitsUnder(scope, periodId, prefix);
  const [rows, [counts]] = await Promise.all([
    query<AggregateRow>(
      db,
      sql`with pu as (${base})
        select a.table_code, a.dim1, a.dim2, sum(a.value) as value
          from pu
          join submissions s on s.period_id = ${periodId} and s.unit_id = pu.unit_id
                            and s.state in ('approved', 'accepted')
          join submission_versions v on v.submission_id = s.id and v.version = s.version
          join submission_aggregates a on a.version_id = v.id and a.unit_id = pu.unit_id
         group by a.table_code, a.dim1, a.dim2
         order by a.table_code, a.dim1, a.dim2`,
    ),
    query<{ approved: number; expected: number }>(
      db,
      sql`with pu as (${base})
        select count(*)::int as expected,
               count(*) filter (where s.state in ('approved', 'accepted'))::int as approved
          from pu left join submissions s on s.period_id = ${periodId} and s.unit_id = pu.unit_id`,
    ),
  ]);
  return { rows, approvedUnits: counts?.approved ?? 0, expected: counts?.expected ?? 0 };
}
