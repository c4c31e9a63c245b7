import type { Settings } from './config/settings';
import type { Db } from './db/client';
import type { Keys } from './lib/keys';
import { createDailyCheckpoints } from './modules/audit/audit.checkpoints';
import { purgeExpiredSessions, type SessionPolicy } from './modules/auth/sessions.repository';
import { bulletinsJobs } from './modules/bulletins/bulletins.jobs';
import { dashboardJobs } from './modules/dashboard/dashboard.jobs';
import { drillsJobs } from './modules/drills/drills.jobs';
import { enqueueJob, type JobDefinition, type JobRegistry } from './modules/jobs/jobs.runner';
import { learningJobs } from './modules/learning/learning.jobs';
import type { Mailer } from './modules/mail/mailer';
import { notifyJobs } from './modules/notifications/notifications.jobs';
import { qualityJobs } from './modules/quality/quality.jobs';
import { reportingJobs } from './modules/reporting/reporting.jobs';
import { importJobDefinitions } from './modules/sector/import/import.jobs';

/** What background jobs may use: the database, keys, settings and the mailer. */
export interface JobDeps {
  db: Db;
  keys: Keys;
  settings: Settings;
  mailer: Mailer;
  sessionPolicy: SessionPolicy;
}

/** Every background job the server knows, and the recurring ones it keeps scheduled. */
export function registerBuiltInJobs(deps: JobDeps): JobRegistry {
  const features = [
    reportingJobs(deps),
    qualityJobs(deps),
    dashboardJobs(deps),
    notifyJobs(deps),
    learningJobs(deps),
    drillsJobs(deps),
    bulletinsJobs(deps),
  ];
  const definitions: JobDefinition[] = [
    {
      kind: 'audit.checkpoint',
      handler: async () => ({ created: await createDailyCheckpoints(deps.db, deps.keys) }),
      nextRun: (now) => new Date(now.getTime() + 3_600_000),
    },
    {
      // Expired and idle sessions are already refused on every request; this only keeps the table small.
      kind: 'sessions.purge',
      handler: async () => {
        await purgeExpiredSessions(deps.db, deps.sessionPolicy);
        return {};
      },
      nextRun: (now) => new Date(now.getTime() + 3_600_000),
    },
    ...importJobDefinitions({ db: deps.db, keys: deps.keys }),
    ...features.flatMap((f) => f.definitions),
  ];
  void enqueueJob(deps.db, 'audit.checkpoint', {}, { dedupeKey: 'recurring:audit.checkpoint' });
  void enqueueJob(deps.db, 'import.purge', {}, { dedupeKey: 'recurring:import.purge' });
  void enqueueJob(deps.db, 'sessions.purge', {}, { dedupeKey: 'recurring:sessions.purge' });
  for (const kind of features.flatMap((f) => f.recurring)) {
    void enqueueJob(deps.db, kind, {}, { dedupeKey: `recurring:${kind}` });
  }
  return new Map(definitions.map((d) => [d.kind, d]));
}
