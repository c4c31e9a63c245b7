import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';

/** Durable jobs of the notifications feature; `recurring` kinds are kept scheduled by the server. */
export function notifyJobs(_deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  return { definitions: [], recurring: [] };
}
