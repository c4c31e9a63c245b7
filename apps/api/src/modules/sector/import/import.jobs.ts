import type { JobDefinition } from '../../jobs/jobs.runner';
import { runAnalysis } from './analyse.job';
import { runCommit } from './commit.job';
import type { ImportJobDeps } from './job.deps';
import { purgeImportFiles } from './retention';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function batchIdOf(payload: Record<string, unknown>): string {
  const id = payload.batchId;
  if (typeof id !== 'string' || !UUID.test(id)) throw new Error('import job: payload without a batch id');
  return id;
}

/** The import's durable jobs, for the registry in src/jobs.ts. */
export function importJobDefinitions(deps: ImportJobDeps): JobDefinition[] {
  return [
    {
      kind: 'import.analyse',
      handler: (payload, job) => runAnalysis(deps, batchIdOf(payload), job),
    },
    {
      kind: 'import.commit',
      handler: (payload, job) =>
        runCommit(
          deps,
          {
            batchId: batchIdOf(payload),
            actorName: typeof payload.actorName === 'string' ? payload.actorName : 'unknown',
            ...(typeof payload.requestId === 'string' ? { requestId: payload.requestId } : {}),
          },
          job,
        ),
    },
    {
      // Daily: abandoned uploads and old error workbooks are deleted (retention.ts).
      kind: 'import.purge',
      handler: async () => ({ ...(await purgeImportFiles(deps.db)) }),
      nextRun: (now) => new Date(now.getTime() + 86_400_000),
    },
  ];
}
