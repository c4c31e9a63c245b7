import { qualityScore } from '@edushield/core/quality/rules';
import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { type Scope, unitInScope } from '../../plugins/scope';

export interface UnitQualityScore {
  unitId: string;
  unitName: string;
  unitCode: string;
  typeCode: string;
  /** 0–100, see qualityScore in packages/core/src/quality/rules.ts. */
  score: number;
  /**
   * Pupils at school + classes of the current year + working staff + school profiles, over the
   * subtree, as counted by the last run that covered each unit (quality_unit_stats).
   */
  records: number;
  openBlocking: number;
  openWarning: number;
}

/**
 * Quality scores of units (each over its subtree), for the quality screens
 * and the dashboard. Only units inside `scope` are answered, and only
 * records and issues of units inside `scope` are counted (security test 5):
 * ids outside the scope are silently left out of the result.
 * One statement whatever the number of units; record counts come from
 * quality_unit_stats (refreshed by every run), open issues are live.
 */
export async function qualityScores(
  db: DbOrTx,
  scope: Scope,
  unitIds: readonly string[],
): Promise<UnitQualityScore[]> {
  if (unitIds.length === 0 || scope.isEmpty) return [];
  const ids = sql`array[${sql.join(
    unitIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::uuid[]`;
  const rows = await query<{
    id: string;
    name: string;
    code: string;
    type_code: string;
    records: number;
    blocking: number;
    warning: number;
  }>(
    db,
    sql`with targets as (
          select ou.id, ou.name, ou.code, ou.type_code from org_units ou
          where ou.id = any(${ids}) and ${unitInScope(scope, sql`ou.id`)}),
        members as (
          select distinct t.id as target_id, u.id as unit_id
          from org_units u
          cross join lateral unnest(string_to_array(btrim(u.path, '/'), '/')) as a(ancestor)
          join targets t on t.id::text = a.ancestor
          where ${unitInScope(scope, sql`u.id`)}),
        open_issues as (
          select unit_id, count(*) filter (where severity = 'blocking')::int as b,
            count(*) filter (where severity = 'warning')::int as w
          from quality_issues where state in ('open', 'in_progress', 'reopened')
          group by unit_id)
      select t.id, t.name, t.code, t.type_code,
        coalesce(sum(st.records), 0)::int as records,
        coalesce(sum(oi.b), 0)::int as blocking,
        coalesce(sum(oi.w), 0)::int as warning
      from targets t
      left join members m on m.target_id = t.id
      left join quality_unit_stats st on st.unit_id = m.unit_id
      left join open_issues oi on oi.unit_id = m.unit_id
      group by t.id, t.name, t.code, t.type_code
      order by t.name`,
  );
  return rows.map((r) => ({
    unitId: r.id,
    unitName: r.name,
    unitCode: r.code,
    typeCode: r.type_code,
    score: qualityScore({ blocking: r.blocking, warning: r.warning }, r.records),
    records: r.records,
    openBlocking: r.blocking,
    openWarning: r.warning,
  }));
}

/** Scores of a unit and its direct children (active), or of the caller's own units when none is named. */
export async function scoresBelow(
  db: DbOrTx,
  scope: Scope,
  unit: { id: string } | undefined,
  ownUnitIds: string[],
) {
  if (!unit) return { unit: null, children: await qualityScores(db, scope, ownUnitIds) };
  const children = await query<{ id: string }>(
    db,
    sql`select id from org_units where parent_id = ${unit.id} and status = 'active'`,
  );
  const scores = await qualityScores(db, scope, [unit.id, ...children.map((c) => c.id)]);
  return {
    unit: scores.find((s) => s.unitId === unit.id) ?? null,
    children: scores.filter((s) => s.unitId !== unit.id),
  };
}
