import { sql } from 'drizzle-orm';
import { query } from '../../db/client';
import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';
import { vietnamDate } from './quality.context';
import { executeRun } from './quality.evaluate';
import { createNightlyRuns, RUN_JOB } from './runs.service';

/** 02:00 in Vietnam (19:00 UTC) after `now`. */
export function nextNightly(now: Date): Date {
  const next = new Date(now);
  next.setUTCHours(19, 0, 0, 0);
  if (next.getTime() <= now.getTime()) next.setUTCDate(next.getUTCDate() + 1);
  return next;
}

/**
 * quality.run: with a runId, executes that run (queued from the UI/API);
 * without one (the recurring nightly job), creates and executes a run per
 * topmost rule root. Re-running is harmless: issues are deduplicated.
 */
export function qualityJobs(deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  const run: JobDefinition = {
    kind: RUN_JOB,
    handler: async (payload) => {
      const today = vietnamDate();
      if (typeof payload.runId === 'string') return executeRun(deps.db, payload.runId, today);
      const ids = await createNightlyRuns(deps.db);
      const results: Record<string, unknown>[] = [];
      for (const id of ids) results.push(await executeRun(deps.db, id, today));
      return { runs: ids.length, created: results.reduce((n, r) => n + Number(r.created ?? 0), 0) };
    },
  };
  const nightly: JobDefinition = {
    kind: 'quality.nightly',
    // The server schedules recurring kinds at start-up: a restart does not re-check the whole province.
    handler: async (payload, job) => {
      const [recent] = await query<{ n: number }>(
        deps.db,
        sql`select count(*)::int as n from quality_runs
            where trigger = 'nightly' and created_at > now() - interval '20 hours'`,
      );
      if ((recent?.n ?? 0) > 0) return { skipped: 'ran in the last 20 hours' };
      return run.handler(payload, job);
    },
    nextRun: nextNightly,
  };
  return { definitions: [run, nightly], recurring: ['quality.nightly'] };
}
