import { sql } from 'drizzle-orm';
import { type DbOrTx, query } from '../../db/client';
import { type Scope, unitInScope } from '../../plugins/scope';

export interface LearningRollupRow {
  unitId: string;
  parentId: string | null;
  code: string;
  name: string;
  /** Enrolments of learners in the unit's subtree. */
  assigned: number;
  /** Of which completed (lessons read and quiz passed). */
  completed: number;
  /** Mean best quiz score (0–100) of completed enrolments; null when none. */
  avgScore: number | null;
  /** Time spent on lessons and quizzes, in minutes (rounded). */
  minutes: number;
}

/**
 * Learning figures for `rootUnitId` and each of its direct children, each
 * rolled up over its whole subtree, counting only learners whose unit lies
 * in `scope` (for the awareness dashboard and the learning report). Empty
 * when the root is outside the scope. See docs/features/learning.md.
 */
export async function learningRollup(
  db: DbOrTx,
  scope: Scope,
  rootUnitId: string,
): Promise<LearningRollupRow[]> {
  const rows = await query<{
    id: string;
    parent_id: string | null;
    code: string;
    name: string;
    assigned: number;
    completed: number;
    avg_score: string | null;
    seconds: string | null;
  }>(
    db,
    sql`with units as (
          select ou.id, ou.parent_id, ou.code, ou.name, ou.path, 0 as depth from org_units ou
          where ou.id = ${rootUnitId} and ${unitInScope(scope, sql`ou.id`)}
          union all
          select c.id, c.parent_id, c.code, c.name, c.path, 1 from org_units c
          join org_units r on r.id = c.parent_id
          where r.id = ${rootUnitId} and c.status = 'active' and ${unitInScope(scope, sql`r.id`)}
        )
        select u.id, u.parent_id, u.code, u.name,
          count(e.id)::int as assigned,
          count(e.id) filter (where e.status = 'completed')::int as completed,
          avg(e.best_score) filter (where e.status = 'completed') as avg_score,
          coalesce(sum(e.seconds_spent), 0) as seconds
        from units u
        left join org_units eu on eu.path like u.path || '%'
        left join enrolments e on e.unit_id = eu.id and ${unitInScope(scope, sql`e.unit_id`)}
        group by u.id, u.parent_id, u.code, u.name, u.depth
        order by u.depth, u.code`,
  );
  return rows.map((r) => ({
    unitId: r.id,
    parentId: r.parent_id,
    code: r.code,
    name: r.name,
    assigned: Number(r.assigned),
    completed: Number(r.completed),
    avgScore: r.avg_score === null ? null : Math.round(Number(r.avg_score) * 10) / 10,
    minutes: Math.round(Number(r.seconds ?? 0) / 60),
  }));
}
