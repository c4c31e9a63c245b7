import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';

/** Durable jobs of the reporting feature; `recurring` kinds are kept scheduled by the server. */
export function reportingJobs(_deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  return { definitions: [], recurring: [] };
}
