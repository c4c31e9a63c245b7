import type { JobDeps } from '../../jobs';
import type { JobDefinition } from '../jobs/jobs.runner';

/** Durable jobs of the quality feature; `recurring` kinds are kept scheduled by the server. */
export function qualityJobs(_deps: JobDeps): { definitions: JobDefinition[]; recurring: string[] } {
  return { definitions: [], recurring: [] };
}
