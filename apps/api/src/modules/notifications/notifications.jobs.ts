import { sql } from 'drizzle-orm';
import { query } from '../../db/client';
import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';
import { createThrottle, deliver } from './notifications.delivery';
import { DELIVER_JOB } from './notify';
import { runReminders } from './reminders';

/** The reminder scheduler's kind and period (recurring: kept scheduled by the server). */
export const REMINDERS_JOB = 'reporting.reminders';
export const REMINDERS_EVERY_MS = 15 * 60_000;

/** Durable jobs of the notifications feature; `recurring` kinds are kept scheduled by the server. */
export function notifyJobs(deps: JobDeps & { fetchImpl?: typeof fetch; now?: () => Date }): {
  definitions: JobDefinition[];
  recurring: string[];
} {
  const throttle = createThrottle(deps.settings.smtpRatePerSecond);
  const clock = deps.now ?? (() => new Date());
  return {
    definitions: [
      {
        kind: DELIVER_JOB,
        handler: async (payload, job) => {
          const [row] = await query<{ max_attempts: number }>(
            deps.db,
            sql`select max_attempts from jobs where id = ${job.id}`,
          );
          const outcome = await deliver(
            {
              db: deps.db,
              settings: deps.settings,
              mailer: deps.mailer,
              fetchImpl: deps.fetchImpl,
              throttle,
            },
            String(payload.deliveryId),
            { attempts: job.attempts, maxAttempts: row?.max_attempts ?? 5 },
          );
          return { ...outcome };
        },
      },
      {
        kind: REMINDERS_JOB,
        handler: async () => ({ ...(await runReminders(deps.db, clock())) }),
        nextRun: (now) => new Date(now.getTime() + REMINDERS_EVERY_MS),
      },
    ],
    recurring: [REMINDERS_JOB],
  };
}
