import { sql } from 'drizzle-orm';
import type { JobDeps } from '../../jobs';
import { enqueueJob, type JobDefinition } from '../jobs/jobs.runner';
import { sendPendingDrillMail } from './drills.send';

export const DRILL_SEND_JOB = 'drills.send';

/** Durable jobs of the drills feature; `recurring` kinds are kept scheduled by the server. */
export function drillsJobs(deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  const send: JobDefinition = {
    kind: DRILL_SEND_JOB,
    // Sends for at most four minutes (the job lease is five), then hands the rest to a fresh job.
    handler: async (payload, job) => {
      const drillId = String(payload.drillId);
      await deps.db.execute(
        sql`update drills set status = 'sending', updated_at = now() where id = ${drillId} and status = 'scheduled'`,
      );
      const result = await sendPendingDrillMail(
        {
          db: deps.db,
          mailer: deps.mailer,
          publicUrl: deps.settings.publicUrl,
          ratePerSecond: deps.settings.smtpRatePerSecond,
        },
        drillId,
      );
      if (result.remaining > 0) {
        await enqueueJob(
          deps.db,
          DRILL_SEND_JOB,
          { drillId },
          { dedupeKey: `drills.send:${drillId}:after:${job.id}` },
        );
      }
      return { ...result };
    },
  };
  return { definitions: [send], recurring: [] };
}
