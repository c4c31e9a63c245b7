import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';

/** Durable jobs of the bulletins feature; `recurring` kinds are kept scheduled by the server. */
export function bulletinsJobs(_deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  return { definitions: [], recurring: [] };
}
