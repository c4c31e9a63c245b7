import type { Db } from './db/client';
import type { Keys } from './lib/keys';
import { createDailyCheckpoints } from './modules/audit/audit.checkpoints';
import { purgeExpiredSessions, type SessionPolicy } from './modules/auth/sessions.repository';
import { enqueueJob, type JobDefinition, type JobRegistry } from './modules/jobs/jobs.runner';
import { importJobDefinitions } from './modules/sector/import/import.jobs';

/** Every background job the server knows, and the recurring ones it keeps scheduled. */
export function registerBuiltInJobs(deps: { db: Db; keys: Keys; sessionPolicy: SessionPolicy }): JobRegistry {
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
  ];
  void enqueueJob(deps.db, 'audit.checkpoint', {}, { dedupeKey: 'recurring:audit.checkpoint' });
  void enqueueJob(deps.db, 'import.purge', {}, { dedupeKey: 'recurring:import.purge' });
  void enqueueJob(deps.db, 'sessions.purge', {}, { dedupeKey: 'recurring:sessions.purge' });
  return new Map(definitions.map((d) => [d.kind, d]));
}
