import { sql } from 'drizzle-orm';
import { type Db, type DbOrTx, query } from '../../db/client';
import { unitInScope } from '../../plugins/scope';
import { enqueueJob } from '../jobs/jobs.runner';
import { auditQuality, type QualityContext } from './quality.context';

export const RUN_JOB = 'quality.run';

interface RunRow extends Record<string, unknown> {
  id: string;
  root_unit_id: string;
  root_unit_name: string;
  status: string;
  trigger: string;
  summary: Record<string, unknown> | null;
  created_at: string | Date;
  finished_at: string | Date | null;
}

const toView = (r: RunRow) => ({
  id: r.id,
  rootUnitId: r.root_unit_id,
  rootUnitName: r.root_unit_name,
  status: r.status,
  trigger: r.trigger,
  summary: r.summary,
  createdAt: new Date(r.created_at).toISOString(),
  finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
});

const select = sql`select r.id, r.root_unit_id, ou.name as root_unit_name, r.status, r.trigger, r.summary,
    r.created_at, r.finished_at from quality_runs r join org_units ou on ou.id = r.root_unit_id`;

/**
 * Queues a run over a unit's subtree as a durable job. A run already queued
 * for the same unit is returned instead of a second one.
 */
export async function startRun(ctx: QualityContext, unitId: string) {
  const id = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(72200601, hashtext(${unitId}))`);
    const [queued] = await query<{ id: string }>(
      tx,
      sql`select id from quality_runs where root_unit_id = ${unitId} and status = 'queued' limit 1`,
    );
    if (queued) return queued.id;
    const [row] = await query<{ id: string }>(
      tx,
      sql`insert into quality_runs (root_unit_id, trigger, requested_by) values (${unitId}, 'manual', ${ctx.actor.userId})
          returning id`,
    );
    await auditQuality(tx, ctx, 'quality.run.start', { type: 'quality_run', id: row!.id, unitId });
    return row!.id;
  });
  await enqueueJob(
    ctx.db as Db,
    RUN_JOB,
    { runId: id },
    { dedupeKey: `quality.run:${id}`, createdBy: ctx.actor.userId },
  );
  const [view] = await query<RunRow>(ctx.db, sql`${select} where r.id = ${id}`);
  return toView(view!);
}

export async function listRuns(ctx: QualityContext) {
  const rows = await query<RunRow>(
    ctx.db,
    sql`${select} where ${unitInScope(ctx.scope, sql`r.root_unit_id`)} order by r.created_at desc limit 20`,
  );
  return { items: rows.map(toView) };
}

/** Nightly: one run per topmost rule root (the province, usually). */
export async function createNightlyRuns(
  db: DbOrTx,
  trigger: 'nightly' | 'demo' = 'nightly',
): Promise<string[]> {
  const rows = await query<{ id: string }>(
    db,
    sql`insert into quality_runs (root_unit_id, trigger)
        select distinct ou.id, ${trigger} from quality_rules r join org_units ou on ou.id = r.root_unit_id
        where not exists (select 1 from quality_rules r2 join org_units o2 on o2.id = r2.root_unit_id
                          where o2.id <> ou.id and ou.path like o2.path || '%')
        returning id`,
  );
  return rows.map((r) => r.id);
}
