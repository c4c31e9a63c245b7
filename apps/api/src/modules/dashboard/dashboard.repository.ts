import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, query, queryPrepared } from '../../db/client';
import { escapeLike } from '../../db/fold';
import { pathInScope, type Scope, unitInScope } from '../../plugins/scope';

/**
 * The dashboard's SQL. Every statement reads the units that must report in a
 * period (period_units, frozen with their path in the tree valid for the
 * period), keeps those under the drill-down node by that path, and keeps only
 * those the caller may read today, judged on their path in today's tree: a
 * number never counts a unit outside the caller's scope, wherever it sat
 * when the period opened. Each period_units row also carries that current
 * path, its parent's name and its submission's counted columns, kept by
 * triggers (migration 0014), so a roll-up reads one table.
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
  const [row] = await queryPrepared<PeriodRow>(
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
    or exists (select 1 from period_units vp where vp.period_id = p.id
                  and ${pathInScope(scope, sql`vp.current_path`, sql`vp.unit_id`)}))`;
}

/**
 * `pu` (period_units) rows of the period under the node (a constant path
 * prefix lets the planner see how many it selects) that the caller may read
 * today, as a WHERE condition.
 */
function underNode(scope: Scope, periodId: string, prefix: string): SQL {
  return sql`pu.period_id = ${periodId} and ${pathsUnder(sql`pu.unit_path`, prefix)}
           and ${pathInScope(scope, sql`pu.current_path`, sql`pu.unit_id`)}`;
}

/**
 * SQL: `column` (a "/…/" path) starts with `prefix` (which ends in "/"), as a
 * byte-wise range rather than LIKE: the range can use a text_pattern_ops
 * index when the prefix is a parameter of a prepared statement's generic
 * plan, LIKE only when it is a constant. Paths are ASCII ids and slashes, and
 * "0" is the byte after "/".
 */
function pathsUnder(column: SQL, prefix: string): SQL {
  return sql`${column} ~>=~ ${prefix} and ${column} ~<~ ${`${prefix.slice(0, -1)}0`}`;
}

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

const OUTSTANDING = sql`('not_submitted', 'returned')`;

/**
 * The dashboard of one node once the period and the node's path in its tree
 * are known (findVisiblePeriod), as two prepared statements that run at once
 * on two pooled connections (one after the other on PGlite):
 * - the roll-up: the units under the node that the caller may read today,
 *   with their submission's counts as their row keeps them (one table), by
 *   the child of the node they lie under, with open quality issues, the
 *   children named as of the period's tree date; and the breadcrumb's units;
 * - the chase list: the outstanding units among them (a partial index holds
 *   only those), the first `limit` by name and how many in all, with the
 *   school's phone and e-mail and its named contacts, else its principals.
 */
export async function dashboardData(
  db: DbOrTx,
  scope: Scope,
  period: { id: string; treeAsOf: string },
  prefix: string,
  limit: number,
): Promise<DashboardRow> {
  const [[rollup], [chase]] = await Promise.all([
    queryPrepared<Pick<DashboardRow, 'rollup' | 'crumbs'>>(db, rollupStatement(scope, period, prefix)),
    queryPrepared<Pick<DashboardRow, 'chase' | 'chase_total'>>(
      db,
      chaseStatement(scope, period, prefix, limit),
    ),
  ]);
  return {
    rollup: rollup!.rollup,
    crumbs: rollup!.crumbs,
    chase: chase!.chase,
    chase_total: chase!.chase_total,
  };
}

function rollupStatement(scope: Scope, period: { id: string; treeAsOf: string }, prefix: string): SQL {
  const periodId = period.id;
  const date = period.treeAsOf;
  return sql`with
      base as materialized (
        select pu.unit_id,
               split_part(substr(pu.unit_path, ${prefix.length + 1}), '/', 1) as child,
               (length(pu.unit_path) - ${prefix.length}) / 37 as depth,
               pu.sub_state as state, pu.sub_on_time as on_time, pu.sub_version as version,
               pu.sub_required_filled as filled, pu.sub_required_total as total
          from period_units pu where ${underNode(scope, periodId, prefix)}),
      qi as (
        select q.unit_id, count(*) as issues, count(*) filter (where q.severity = 'blocking') as blocking
          from quality_issues q
         where q.state in ('open', 'in_progress', 'reopened') and q.unit_id in (select unit_id from base)
         group by q.unit_id),
      agg as (
        select b.child,
               bool_or(b.depth = 1) as reports,
               bool_or(b.depth > 1) as has_children,
               count(*)::int as expected,
               count(*) filter (where b.state in ('submitted', 'approved', 'accepted'))::int as submitted,
               count(*) filter (where b.on_time and b.state in ('submitted', 'approved', 'accepted'))::int as on_time,
               count(*) filter (where b.state in ${OUTSTANDING})::int as outstanding,
               count(*) filter (where b.state = 'returned')::int as returned,
               count(*) filter (where b.state in ('approved', 'accepted'))::int as approved,
               count(*) filter (where b.version > 0)::int as with_data,
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
          left join lateral (
            select cp.unit_name, cp.unit_type_code from period_units cp
             where cp.period_id = ${periodId} and cp.unit_id = nullif(agg.child, '')::uuid) cp on true
          left join lateral (
            select ou.id, ou.name, ou.type_code from org_units ou
             where ou.id = nullif(agg.child, '')::uuid and cp.unit_name is null) ou on true
          ${versionAsOf(sql`ou.id`, date)}),
      crumbs as (
        select seg.ord, ou.id, ou.path, coalesce(ov.name, ou.name) as name,
               coalesce(ov.type_code, ou.type_code) as type_code
          from unnest(string_to_array(trim(both '/' from ${prefix}::text), '/')) with ordinality as seg(id, ord)
          join org_units ou on ou.id = seg.id::uuid
          ${versionAsOf(sql`ou.id`, date)})
      select (select coalesce(json_agg(r), '[]') from rollup r) as rollup,
             (select coalesce(json_agg(json_build_object('id', c.id, 'path', c.path, 'name', c.name,
                                                          'type_code', c.type_code) order by c.ord), '[]')
                from crumbs c) as crumbs`;
}

function chaseStatement(
  scope: Scope,
  period: { id: string; treeAsOf: string },
  prefix: string,
  limit: number,
): SQL {
  return sql`with
      late as (
        select pu.unit_id, pu.unit_name, pu.unit_code, pu.parent_name, pu.exception_until,
               pu.sub_state as state, count(*) over () as total
          from period_units pu
         where ${underNode(scope, period.id, prefix)} and pu.sub_state in ${OUTSTANDING}
         order by pu.unit_name, pu.unit_code limit ${limit}),
      chase_rows as (
        select l.unit_id, l.unit_name, l.unit_code, l.state, l.exception_until,
               l.parent_name, sp.phone, sp.email, n.list as named,
               case when n.list is null then
                 (select json_agg(json_build_object('name', x.full_name, 'email', x.email, 'duty', 'principal')
                                  order by x.full_name)
                    from (select distinct u.full_name, u.email
                            from role_assignments ra join users u on u.id = ra.user_id
                           where ra.unit_id = l.unit_id and ra.role_code = 'school_principal'
                             and u.status = 'active') x)
               end as principals
          from late l
          left join school_profiles sp on sp.unit_id = l.unit_id
          left join lateral (
            select json_agg(json_build_object('name', x.full_name, 'email', x.email, 'duty', x.duty)
                            order by x.duty, x.full_name) as list
              from (select distinct on (u.id) u.full_name, u.email, r.duty
                      from responsibilities r join users u on u.id = r.user_id
                     where r.unit_id = l.unit_id and r.duty in ('contact', 'responsible')
                       and u.status = 'active'
                     order by u.id, r.duty) x) n on true)
      select (select coalesce(json_agg(c order by c.unit_name, c.unit_code), '[]') from chase_rows c) as chase,
             coalesce((select max(total)::int from late), 0) as chase_total`;
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
 * the units under the node that the caller may read. The approved units are
 * chosen first (a materialised CTE: otherwise the planner, guessing a
 * handful of rows, checks each of ~15,000 aggregate rows against
 * period_units one by one); codes are grouped and sorted byte-wise (they are
 * ASCII codes, and the service orders them for display).
 */
export async function approvedAggregates(
  db: DbOrTx,
  scope: Scope,
  periodId: string,
  prefix: string,
): Promise<{ rows: AggregateRow[]; approvedUnits: number; expected: number }> {
  const [rows, [counts]] = await Promise.all([
    queryPrepared<AggregateRow>(
      db,
      sql`with approved as materialized (
            select s.id, s.version, pu.unit_id
              from period_units pu
              join submissions s on s.period_id = pu.period_id and s.unit_id = pu.unit_id
             where ${underNode(scope, periodId, prefix)} and s.state in ('approved', 'accepted'))
          select a.table_code collate "C" as table_code, a.dim1 collate "C" as dim1,
                 a.dim2 collate "C" as dim2, sum(a.value) as value
            from approved s
            join submission_versions v on v.submission_id = s.id and v.version = s.version
            join submission_aggregates a on a.version_id = v.id and a.unit_id = s.unit_id
           group by 1, 2, 3
           order by 1, 2, 3`,
    ),
    queryPrepared<{ approved: number; expected: number }>(
      db,
      sql`select count(*)::int as expected,
               count(*) filter (where pu.sub_state in ('approved', 'accepted'))::int as approved
          from period_units pu where ${underNode(scope, periodId, prefix)}`,
    ),
  ]);
  return { rows, approvedUnits: counts?.approved ?? 0, expected: counts?.expected ?? 0 };
}
